# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'matching_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTabWidget, QTableView, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_MatchingPage(object):
    def setupUi(self, MatchingPage):
        if not MatchingPage.objectName():
            MatchingPage.setObjectName(u"MatchingPage")
        self.page_layout = QVBoxLayout(MatchingPage)
        self.page_layout.setObjectName(u"page_layout")
        self.matching_tabs = QTabWidget(MatchingPage)
        self.matching_tabs.setObjectName(u"matching_tabs")
        self.profiles_tab = QWidget()
        self.profiles_tab.setObjectName(u"profiles_tab")
        self.profiles_tab_layout = QVBoxLayout(self.profiles_tab)
        self.profiles_tab_layout.setObjectName(u"profiles_tab_layout")
        self.peers_splitter = QSplitter(self.profiles_tab)
        self.peers_splitter.setObjectName(u"peers_splitter")
        self.peers_splitter.setOrientation(Qt.Horizontal)
        self.peers_panel = QWidget(self.peers_splitter)
        self.peers_panel.setObjectName(u"peers_panel")
        self.peers_panel_layout = QVBoxLayout(self.peers_panel)
        self.peers_panel_layout.setObjectName(u"peers_panel_layout")
        self.peers_panel_layout.setContentsMargins(0, 0, 0, 0)
        self.peers_search_bar = QHBoxLayout()
        self.peers_search_bar.setObjectName(u"peers_search_bar")
        self.peer_search_edit = QLineEdit(self.peers_panel)
        self.peer_search_edit.setObjectName(u"peer_search_edit")
        self.peer_search_edit.setClearButtonEnabled(True)

        self.peers_search_bar.addWidget(self.peer_search_edit)

        self.peer_count_label = QLabel(self.peers_panel)
        self.peer_count_label.setObjectName(u"peer_count_label")

        self.peers_search_bar.addWidget(self.peer_count_label)

        self.edit_profile_button = QPushButton(self.peers_panel)
        self.edit_profile_button.setObjectName(u"edit_profile_button")

        self.peers_search_bar.addWidget(self.edit_profile_button)


        self.peers_panel_layout.addLayout(self.peers_search_bar)

        self.peers_view = QTableView(self.peers_panel)
        self.peers_view.setObjectName(u"peers_view")
        self.peers_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.peers_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.peers_view.setSortingEnabled(True)
        self.peers_view.setAlternatingRowColors(True)
        self.peers_view.setWordWrap(True)

        self.peers_panel_layout.addWidget(self.peers_view)

        self.peers_splitter.addWidget(self.peers_panel)
        self.profile_browser = QTextBrowser(self.peers_splitter)
        self.profile_browser.setObjectName(u"profile_browser")
        self.profile_browser.setMinimumSize(QSize(300, 0))
        self.peers_splitter.addWidget(self.profile_browser)

        self.profiles_tab_layout.addWidget(self.peers_splitter)

        self.matching_tabs.addTab(self.profiles_tab, "")
        self.match_tab = QWidget()
        self.match_tab.setObjectName(u"match_tab")
        self.match_tab_layout = QVBoxLayout(self.match_tab)
        self.match_tab_layout.setObjectName(u"match_tab_layout")
        self.match_splitter = QSplitter(self.match_tab)
        self.match_splitter.setObjectName(u"match_splitter")
        self.match_splitter.setOrientation(Qt.Horizontal)
        self.settings_container = QWidget(self.match_splitter)
        self.settings_container.setObjectName(u"settings_container")
        self.settings_container_layout = QVBoxLayout(self.settings_container)
        self.settings_container_layout.setObjectName(u"settings_container_layout")
        self.settings_container_layout.setContentsMargins(0, 0, 0, 0)
        self.settings_scroll = QScrollArea(self.settings_container)
        self.settings_scroll.setObjectName(u"settings_scroll")
        self.settings_scroll.setWidgetResizable(True)
        self.settings_scroll.setMinimumSize(QSize(430, 0))
        self.settings_panel = QWidget()
        self.settings_panel.setObjectName(u"settings_panel")
        self.settings_layout = QVBoxLayout(self.settings_panel)
        self.settings_layout.setObjectName(u"settings_layout")
        self.mode_box = QGroupBox(self.settings_panel)
        self.mode_box.setObjectName(u"mode_box")
        self.mode_form = QFormLayout(self.mode_box)
        self.mode_form.setObjectName(u"mode_form")
        self.mode_label = QLabel(self.mode_box)
        self.mode_label.setObjectName(u"mode_label")

        self.mode_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mode_label)

        self.mode_combo = QComboBox(self.mode_box)
        self.mode_combo.setObjectName(u"mode_combo")

        self.mode_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mode_combo)

        self.group_size_label = QLabel(self.mode_box)
        self.group_size_label.setObjectName(u"group_size_label")

        self.mode_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.group_size_label)

        self.group_size_spin = QSpinBox(self.mode_box)
        self.group_size_spin.setObjectName(u"group_size_spin")
        self.group_size_spin.setMinimum(2)
        self.group_size_spin.setMaximum(12)
        self.group_size_spin.setValue(5)

        self.mode_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.group_size_spin)

        self.remainder_label = QLabel(self.mode_box)
        self.remainder_label.setObjectName(u"remainder_label")

        self.mode_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.remainder_label)

        self.remainder_combo = QComboBox(self.mode_box)
        self.remainder_combo.setObjectName(u"remainder_combo")

        self.mode_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.remainder_combo)

        self.capacity_label = QLabel(self.mode_box)
        self.capacity_label.setObjectName(u"capacity_label")

        self.mode_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.capacity_label)

        self.capacity_spin = QSpinBox(self.mode_box)
        self.capacity_spin.setObjectName(u"capacity_spin")
        self.capacity_spin.setMinimum(1)
        self.capacity_spin.setMaximum(10)
        self.capacity_spin.setValue(2)

        self.mode_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.capacity_spin)


        self.settings_layout.addWidget(self.mode_box)

        self.criteria_box = QGroupBox(self.settings_panel)
        self.criteria_box.setObjectName(u"criteria_box")
        self.criteria_grid = QGridLayout(self.criteria_box)
        self.criteria_grid.setObjectName(u"criteria_grid")

        self.settings_layout.addWidget(self.criteria_box)

        self.criteria_defaults_button = QPushButton(self.settings_panel)
        self.criteria_defaults_button.setObjectName(u"criteria_defaults_button")

        self.settings_layout.addWidget(self.criteria_defaults_button)

        self.rules_box = QGroupBox(self.settings_panel)
        self.rules_box.setObjectName(u"rules_box")
        self.rules_layout = QVBoxLayout(self.rules_box)
        self.rules_layout.setObjectName(u"rules_layout")
        self.shared_language_check = QCheckBox(self.rules_box)
        self.shared_language_check.setObjectName(u"shared_language_check")
        self.shared_language_check.setChecked(True)

        self.rules_layout.addWidget(self.shared_language_check)

        self.not_same_org_check = QCheckBox(self.rules_box)
        self.not_same_org_check.setObjectName(u"not_same_org_check")
        self.not_same_org_check.setChecked(False)

        self.rules_layout.addWidget(self.not_same_org_check)

        self.distinct_countries_check = QCheckBox(self.rules_box)
        self.distinct_countries_check.setObjectName(u"distinct_countries_check")
        self.distinct_countries_check.setChecked(False)

        self.rules_layout.addWidget(self.distinct_countries_check)

        self.avoid_repeats_check = QCheckBox(self.rules_box)
        self.avoid_repeats_check.setObjectName(u"avoid_repeats_check")
        self.avoid_repeats_check.setChecked(True)

        self.rules_layout.addWidget(self.avoid_repeats_check)

        self.pair_rules_button = QPushButton(self.rules_box)
        self.pair_rules_button.setObjectName(u"pair_rules_button")

        self.rules_layout.addWidget(self.pair_rules_button)

        self.rules_label = QLabel(self.rules_box)
        self.rules_label.setObjectName(u"rules_label")
        self.rules_label.setWordWrap(True)

        self.rules_layout.addWidget(self.rules_label)


        self.settings_layout.addWidget(self.rules_box)

        self.settings_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settings_layout.addItem(self.settings_spacer)

        self.settings_scroll.setWidget(self.settings_panel)

        self.settings_container_layout.addWidget(self.settings_scroll)

        self.run_button = QPushButton(self.settings_container)
        self.run_button.setObjectName(u"run_button")

        self.settings_container_layout.addWidget(self.run_button)

        self.match_splitter.addWidget(self.settings_container)
        self.results_panel = QWidget(self.match_splitter)
        self.results_panel.setObjectName(u"results_panel")
        self.results_layout = QVBoxLayout(self.results_panel)
        self.results_layout.setObjectName(u"results_layout")
        self.results_layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel(self.results_panel)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.results_layout.addWidget(self.summary_label)

        self.results_splitter = QSplitter(self.results_panel)
        self.results_splitter.setObjectName(u"results_splitter")
        self.results_splitter.setOrientation(Qt.Vertical)
        self.units_view = QTableView(self.results_splitter)
        self.units_view.setObjectName(u"units_view")
        self.units_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.units_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.units_view.setSortingEnabled(True)
        self.units_view.setAlternatingRowColors(True)
        self.units_view.setWordWrap(True)
        self.results_splitter.addWidget(self.units_view)
        self.unit_browser = QTextBrowser(self.results_splitter)
        self.unit_browser.setObjectName(u"unit_browser")
        self.results_splitter.addWidget(self.unit_browser)

        self.results_layout.addWidget(self.results_splitter)

        self.adjust_bar = QHBoxLayout()
        self.adjust_bar.setObjectName(u"adjust_bar")
        self.adjust_bar.setContentsMargins(0, 0, 0, 0)
        self.swap_button = QPushButton(self.results_panel)
        self.swap_button.setObjectName(u"swap_button")

        self.adjust_bar.addWidget(self.swap_button)

        self.move_button = QPushButton(self.results_panel)
        self.move_button.setObjectName(u"move_button")

        self.adjust_bar.addWidget(self.move_button)

        self.lock_button = QPushButton(self.results_panel)
        self.lock_button.setObjectName(u"lock_button")

        self.adjust_bar.addWidget(self.lock_button)

        self.adjust_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.adjust_bar.addItem(self.adjust_spacer)

        self.save_round_button = QPushButton(self.results_panel)
        self.save_round_button.setObjectName(u"save_round_button")

        self.adjust_bar.addWidget(self.save_round_button)

        self.export_pdf_button = QPushButton(self.results_panel)
        self.export_pdf_button.setObjectName(u"export_pdf_button")

        self.adjust_bar.addWidget(self.export_pdf_button)

        self.export_sheet_button = QPushButton(self.results_panel)
        self.export_sheet_button.setObjectName(u"export_sheet_button")

        self.adjust_bar.addWidget(self.export_sheet_button)


        self.results_layout.addLayout(self.adjust_bar)

        self.match_splitter.addWidget(self.results_panel)

        self.match_tab_layout.addWidget(self.match_splitter)

        self.matching_tabs.addTab(self.match_tab, "")
        self.rounds_tab = QWidget()
        self.rounds_tab.setObjectName(u"rounds_tab")
        self.rounds_tab_layout = QVBoxLayout(self.rounds_tab)
        self.rounds_tab_layout.setObjectName(u"rounds_tab_layout")
        self.rounds_bar = QHBoxLayout()
        self.rounds_bar.setObjectName(u"rounds_bar")
        self.rounds_hint = QLabel(self.rounds_tab)
        self.rounds_hint.setObjectName(u"rounds_hint")

        self.rounds_bar.addWidget(self.rounds_hint)

        self.rounds_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rounds_bar.addItem(self.rounds_spacer)

        self.compare_button = QPushButton(self.rounds_tab)
        self.compare_button.setObjectName(u"compare_button")

        self.rounds_bar.addWidget(self.compare_button)

        self.delete_round_button = QPushButton(self.rounds_tab)
        self.delete_round_button.setObjectName(u"delete_round_button")

        self.rounds_bar.addWidget(self.delete_round_button)


        self.rounds_tab_layout.addLayout(self.rounds_bar)

        self.rounds_splitter = QSplitter(self.rounds_tab)
        self.rounds_splitter.setObjectName(u"rounds_splitter")
        self.rounds_splitter.setOrientation(Qt.Vertical)
        self.rounds_view = QTableView(self.rounds_splitter)
        self.rounds_view.setObjectName(u"rounds_view")
        self.rounds_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rounds_view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.rounds_view.setSortingEnabled(True)
        self.rounds_view.setAlternatingRowColors(True)
        self.rounds_view.setWordWrap(True)
        self.rounds_splitter.addWidget(self.rounds_view)
        self.round_browser = QTextBrowser(self.rounds_splitter)
        self.round_browser.setObjectName(u"round_browser")
        self.rounds_splitter.addWidget(self.round_browser)

        self.rounds_tab_layout.addWidget(self.rounds_splitter)

        self.matching_tabs.addTab(self.rounds_tab, "")

        self.page_layout.addWidget(self.matching_tabs)

#if QT_CONFIG(shortcut)
        self.mode_label.setBuddy(self.mode_combo)
        self.group_size_label.setBuddy(self.group_size_spin)
        self.remainder_label.setBuddy(self.remainder_combo)
        self.capacity_label.setBuddy(self.capacity_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MatchingPage)

        QMetaObject.connectSlotsByName(MatchingPage)
    # setupUi

    def retranslateUi(self, MatchingPage):
        self.peer_search_edit.setPlaceholderText(QCoreApplication.translate("MatchingPage", u"Search peers by name, country, organisation, problem\u2026", None))
        self.peer_count_label.setText("")
        self.edit_profile_button.setText(QCoreApplication.translate("MatchingPage", u"&Edit profile\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_profile_button.setToolTip(QCoreApplication.translate("MatchingPage", u"Edit the selected peer's matching profile", None))
#endif // QT_CONFIG(tooltip)
        self.matching_tabs.setTabText(self.matching_tabs.indexOf(self.profiles_tab), QCoreApplication.translate("MatchingPage", u"Profiles", None))
        self.mode_box.setTitle(QCoreApplication.translate("MatchingPage", u"What to form", None))
        self.mode_label.setText(QCoreApplication.translate("MatchingPage", u"&Mode", None))
        self.group_size_label.setText(QCoreApplication.translate("MatchingPage", u"Group &size", None))
        self.remainder_label.setText(QCoreApplication.translate("MatchingPage", u"&Odd counts", None))
        self.capacity_label.setText(QCoreApplication.translate("MatchingPage", u"Mentor &capacity", None))
        self.criteria_box.setTitle(QCoreApplication.translate("MatchingPage", u"Criteria: weight 0-10 and mode", None))
        self.criteria_defaults_button.setText(QCoreApplication.translate("MatchingPage", u"Use the &paper's default weights", None))
#if QT_CONFIG(tooltip)
        self.criteria_defaults_button.setToolTip(QCoreApplication.translate("MatchingPage", u"Problems, goals and tasks weigh most; countries different", None))
#endif // QT_CONFIG(tooltip)
        self.rules_box.setTitle(QCoreApplication.translate("MatchingPage", u"Hard rules", None))
        self.shared_language_check.setText(QCoreApplication.translate("MatchingPage", u"Share a working language", None))
        self.not_same_org_check.setText(QCoreApplication.translate("MatchingPage", u"Not from the same organisation", None))
        self.distinct_countries_check.setText(QCoreApplication.translate("MatchingPage", u"No two from the same country", None))
        self.avoid_repeats_check.setText(QCoreApplication.translate("MatchingPage", u"No repeats from earlier rounds (unless unavoidable)", None))
        self.pair_rules_button.setText(QCoreApplication.translate("MatchingPage", u"Never-/must-pair &rules\u2026", None))
        self.rules_label.setText("")
        self.run_button.setText(QCoreApplication.translate("MatchingPage", u"&Match", None))
#if QT_CONFIG(tooltip)
        self.run_button.setToolTip(QCoreApplication.translate("MatchingPage", u"Match the cohort with these settings; locked units are kept", None))
#endif // QT_CONFIG(tooltip)
        self.summary_label.setText(QCoreApplication.translate("MatchingPage", u"Choose criteria and press Match.", None))
        self.swap_button.setText(QCoreApplication.translate("MatchingPage", u"S&wap peers\u2026", None))
#if QT_CONFIG(tooltip)
        self.swap_button.setToolTip(QCoreApplication.translate("MatchingPage", u"Exchange two peers between units", None))
#endif // QT_CONFIG(tooltip)
        self.move_button.setText(QCoreApplication.translate("MatchingPage", u"M&ove peer\u2026", None))
#if QT_CONFIG(tooltip)
        self.move_button.setToolTip(QCoreApplication.translate("MatchingPage", u"Move a peer of the selected unit to another unit", None))
#endif // QT_CONFIG(tooltip)
        self.lock_button.setText(QCoreApplication.translate("MatchingPage", u"&Lock / unlock", None))
#if QT_CONFIG(tooltip)
        self.lock_button.setToolTip(QCoreApplication.translate("MatchingPage", u"Locked units stay as they are when you match again", None))
#endif // QT_CONFIG(tooltip)
        self.save_round_button.setText(QCoreApplication.translate("MatchingPage", u"&Save round\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_round_button.setToolTip(QCoreApplication.translate("MatchingPage", u"Keep this matching as a round, with its date and criteria", None))
#endif // QT_CONFIG(tooltip)
        self.export_pdf_button.setText(QCoreApplication.translate("MatchingPage", u"Match sheet &PDF\u2026", None))
        self.export_sheet_button.setText(QCoreApplication.translate("MatchingPage", u"E&xport CSV/XLSX\u2026", None))
        self.matching_tabs.setTabText(self.matching_tabs.indexOf(self.match_tab), QCoreApplication.translate("MatchingPage", u"Match", None))
        self.rounds_hint.setText(QCoreApplication.translate("MatchingPage", u"Select a round to see it; select two to compare them.", None))
        self.compare_button.setText(QCoreApplication.translate("MatchingPage", u"&Compare selected", None))
        self.delete_round_button.setText(QCoreApplication.translate("MatchingPage", u"&Delete round", None))
        self.matching_tabs.setTabText(self.matching_tabs.indexOf(self.rounds_tab), QCoreApplication.translate("MatchingPage", u"Rounds", None))
        pass
    # retranslateUi
