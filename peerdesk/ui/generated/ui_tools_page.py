# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tools_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_ToolsPage(object):
    def setupUi(self, ToolsPage):
        if not ToolsPage.objectName():
            ToolsPage.setObjectName(u"ToolsPage")
        self.page_layout = QVBoxLayout(ToolsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.summary_label = QLabel(ToolsPage)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.PlainText)
        self.summary_label.setWordWrap(True)

        self.page_layout.addWidget(self.summary_label)

        self.sections_tabs = QTabWidget(ToolsPage)
        self.sections_tabs.setObjectName(u"sections_tabs")
        self.plan_tab = QWidget()
        self.plan_tab.setObjectName(u"plan_tab")
        self.plan_layout = QHBoxLayout(self.plan_tab)
        self.plan_layout.setObjectName(u"plan_layout")
        self.activities_layout = QVBoxLayout()
        self.activities_layout.setObjectName(u"activities_layout")
        self.activity_buttons_layout = QHBoxLayout()
        self.activity_buttons_layout.setObjectName(u"activity_buttons_layout")
        self.add_activity_button = QPushButton(self.plan_tab)
        self.add_activity_button.setObjectName(u"add_activity_button")

        self.activity_buttons_layout.addWidget(self.add_activity_button)

        self.edit_activity_button = QPushButton(self.plan_tab)
        self.edit_activity_button.setObjectName(u"edit_activity_button")

        self.activity_buttons_layout.addWidget(self.edit_activity_button)

        self.delete_activity_button = QPushButton(self.plan_tab)
        self.delete_activity_button.setObjectName(u"delete_activity_button")

        self.activity_buttons_layout.addWidget(self.delete_activity_button)

        self.undo_delete_button = QPushButton(self.plan_tab)
        self.undo_delete_button.setObjectName(u"undo_delete_button")

        self.activity_buttons_layout.addWidget(self.undo_delete_button)

        self.activity_buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.activity_buttons_layout.addItem(self.activity_buttons_spacer)

        self.print_plan_button = QPushButton(self.plan_tab)
        self.print_plan_button.setObjectName(u"print_plan_button")

        self.activity_buttons_layout.addWidget(self.print_plan_button)


        self.activities_layout.addLayout(self.activity_buttons_layout)

        self.activities_view = QTableView(self.plan_tab)
        self.activities_view.setObjectName(u"activities_view")
        self.activities_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.activities_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.activities_view.setSortingEnabled(True)
        self.activities_view.setAlternatingRowColors(True)
        self.activities_view.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.activities_layout.addWidget(self.activities_view)

        self.plan_status_label = QLabel(self.plan_tab)
        self.plan_status_label.setObjectName(u"plan_status_label")
        self.plan_status_label.setTextFormat(Qt.PlainText)
        self.plan_status_label.setWordWrap(True)

        self.activities_layout.addWidget(self.plan_status_label)


        self.plan_layout.addLayout(self.activities_layout)

        self.settings_box = QGroupBox(self.plan_tab)
        self.settings_box.setObjectName(u"settings_box")
        self.settings_box.setMaximumSize(QSize(340, 16777215))
        self.settings_box.setMinimumSize(QSize(300, 0))
        self.settings_layout = QVBoxLayout(self.settings_box)
        self.settings_layout.setObjectName(u"settings_layout")
        self.cadence_label = QLabel(self.settings_box)
        self.cadence_label.setObjectName(u"cadence_label")

        self.settings_layout.addWidget(self.cadence_label)

        self.cadence_combo = QComboBox(self.settings_box)
        self.cadence_combo.setObjectName(u"cadence_combo")

        self.settings_layout.addWidget(self.cadence_combo)

        self.cadence_description_label = QLabel(self.settings_box)
        self.cadence_description_label.setObjectName(u"cadence_description_label")
        self.cadence_description_label.setTextFormat(Qt.PlainText)
        self.cadence_description_label.setWordWrap(True)

        self.settings_layout.addWidget(self.cadence_description_label)

        self.goals_label = QLabel(self.settings_box)
        self.goals_label.setObjectName(u"goals_label")

        self.settings_layout.addWidget(self.goals_label)

        self.goals_list = QListWidget(self.settings_box)
        self.goals_list.setObjectName(u"goals_list")
        self.goals_list.setWordWrap(True)
        self.goals_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.goals_list.setMaximumSize(QSize(16777215, 150))

        self.settings_layout.addWidget(self.goals_list)

        self.settings_error_label = QLabel(self.settings_box)
        self.settings_error_label.setObjectName(u"settings_error_label")
        self.settings_error_label.setTextFormat(Qt.PlainText)
        self.settings_error_label.setWordWrap(True)
        self.settings_error_label.setVisible(False)

        self.settings_layout.addWidget(self.settings_error_label)

        self.plan_checks_title_label = QLabel(self.settings_box)
        self.plan_checks_title_label.setObjectName(u"plan_checks_title_label")

        self.settings_layout.addWidget(self.plan_checks_title_label)

        self.plan_checks_label = QLabel(self.settings_box)
        self.plan_checks_label.setObjectName(u"plan_checks_label")
        self.plan_checks_label.setTextFormat(Qt.PlainText)
        self.plan_checks_label.setWordWrap(True)
        self.plan_checks_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.settings_layout.addWidget(self.plan_checks_label)

        self.settings_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settings_layout.addItem(self.settings_spacer)


        self.plan_layout.addWidget(self.settings_box)

        self.plan_layout.setStretch(0, 3)
        self.plan_layout.setStretch(1, 1)
        self.sections_tabs.addTab(self.plan_tab, "")
        self.coverage_tab = QWidget()
        self.coverage_tab.setObjectName(u"coverage_tab")
        self.coverage_layout = QHBoxLayout(self.coverage_tab)
        self.coverage_layout.setObjectName(u"coverage_layout")
        self.coverage_chart_host = QWidget(self.coverage_tab)
        self.coverage_chart_host.setObjectName(u"coverage_chart_host")
        self.coverage_chart_host.setMinimumSize(QSize(420, 300))

        self.coverage_layout.addWidget(self.coverage_chart_host)

        self.coverage_browser = QTextBrowser(self.coverage_tab)
        self.coverage_browser.setObjectName(u"coverage_browser")
        self.coverage_browser.setOpenLinks(False)

        self.coverage_layout.addWidget(self.coverage_browser)

        self.coverage_layout.setStretch(0, 3)
        self.coverage_layout.setStretch(1, 2)
        self.sections_tabs.addTab(self.coverage_tab, "")
        self.timeline_tab = QWidget()
        self.timeline_tab.setObjectName(u"timeline_tab")
        self.timeline_layout = QHBoxLayout(self.timeline_tab)
        self.timeline_layout.setObjectName(u"timeline_layout")
        self.timeline_chart_host = QWidget(self.timeline_tab)
        self.timeline_chart_host.setObjectName(u"timeline_chart_host")
        self.timeline_chart_host.setMinimumSize(QSize(420, 300))

        self.timeline_layout.addWidget(self.timeline_chart_host)

        self.peer_load_layout = QVBoxLayout()
        self.peer_load_layout.setObjectName(u"peer_load_layout")
        self.peer_load_label = QLabel(self.timeline_tab)
        self.peer_load_label.setObjectName(u"peer_load_label")
        self.peer_load_label.setWordWrap(True)

        self.peer_load_layout.addWidget(self.peer_load_label)

        self.peer_load_view = QTableView(self.timeline_tab)
        self.peer_load_view.setObjectName(u"peer_load_view")
        self.peer_load_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.peer_load_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.peer_load_view.setSortingEnabled(True)
        self.peer_load_view.setAlternatingRowColors(True)
        self.peer_load_view.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.peer_load_layout.addWidget(self.peer_load_view)


        self.timeline_layout.addLayout(self.peer_load_layout)

        self.timeline_layout.setStretch(0, 3)
        self.timeline_layout.setStretch(1, 1)
        self.sections_tabs.addTab(self.timeline_tab, "")
        self.checklist_tab = QWidget()
        self.checklist_tab.setObjectName(u"checklist_tab")
        self.checklist_layout = QVBoxLayout(self.checklist_tab)
        self.checklist_layout.setObjectName(u"checklist_layout")
        self.checklist_summary_label = QLabel(self.checklist_tab)
        self.checklist_summary_label.setObjectName(u"checklist_summary_label")
        self.checklist_summary_label.setTextFormat(Qt.PlainText)
        self.checklist_summary_label.setWordWrap(True)

        self.checklist_layout.addWidget(self.checklist_summary_label)

        self.checklist_view = QTableView(self.checklist_tab)
        self.checklist_view.setObjectName(u"checklist_view")
        self.checklist_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.checklist_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.checklist_view.setSortingEnabled(True)
        self.checklist_view.setAlternatingRowColors(True)
        self.checklist_view.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.checklist_layout.addWidget(self.checklist_view)

        self.checklist_editor_layout = QHBoxLayout()
        self.checklist_editor_layout.setObjectName(u"checklist_editor_layout")
        self.checklist_status_label = QLabel(self.checklist_tab)
        self.checklist_status_label.setObjectName(u"checklist_status_label")

        self.checklist_editor_layout.addWidget(self.checklist_status_label)

        self.checklist_status_combo = QComboBox(self.checklist_tab)
        self.checklist_status_combo.setObjectName(u"checklist_status_combo")

        self.checklist_editor_layout.addWidget(self.checklist_status_combo)

        self.checklist_note_label = QLabel(self.checklist_tab)
        self.checklist_note_label.setObjectName(u"checklist_note_label")

        self.checklist_editor_layout.addWidget(self.checklist_note_label)

        self.checklist_note_edit = QLineEdit(self.checklist_tab)
        self.checklist_note_edit.setObjectName(u"checklist_note_edit")

        self.checklist_editor_layout.addWidget(self.checklist_note_edit)

        self.checklist_save_button = QPushButton(self.checklist_tab)
        self.checklist_save_button.setObjectName(u"checklist_save_button")

        self.checklist_editor_layout.addWidget(self.checklist_save_button)


        self.checklist_layout.addLayout(self.checklist_editor_layout)

        self.checklist_error_label = QLabel(self.checklist_tab)
        self.checklist_error_label.setObjectName(u"checklist_error_label")
        self.checklist_error_label.setTextFormat(Qt.PlainText)
        self.checklist_error_label.setWordWrap(True)
        self.checklist_error_label.setVisible(False)

        self.checklist_layout.addWidget(self.checklist_error_label)

        self.checklist_layout.setStretch(1, 1)
        self.sections_tabs.addTab(self.checklist_tab, "")
        self.catalogue_tab = QWidget()
        self.catalogue_tab.setObjectName(u"catalogue_tab")
        self.catalogue_layout = QVBoxLayout(self.catalogue_tab)
        self.catalogue_layout.setObjectName(u"catalogue_layout")
        self.catalogue_filter_layout = QHBoxLayout()
        self.catalogue_filter_layout.setObjectName(u"catalogue_filter_layout")
        self.catalogue_search_edit = QLineEdit(self.catalogue_tab)
        self.catalogue_search_edit.setObjectName(u"catalogue_search_edit")
        self.catalogue_search_edit.setClearButtonEnabled(True)

        self.catalogue_filter_layout.addWidget(self.catalogue_search_edit)

        self.catalogue_part_label = QLabel(self.catalogue_tab)
        self.catalogue_part_label.setObjectName(u"catalogue_part_label")

        self.catalogue_filter_layout.addWidget(self.catalogue_part_label)

        self.catalogue_part_combo = QComboBox(self.catalogue_tab)
        self.catalogue_part_combo.setObjectName(u"catalogue_part_combo")

        self.catalogue_filter_layout.addWidget(self.catalogue_part_combo)

        self.catalogue_challenge_label = QLabel(self.catalogue_tab)
        self.catalogue_challenge_label.setObjectName(u"catalogue_challenge_label")

        self.catalogue_filter_layout.addWidget(self.catalogue_challenge_label)

        self.catalogue_challenge_combo = QComboBox(self.catalogue_tab)
        self.catalogue_challenge_combo.setObjectName(u"catalogue_challenge_combo")

        self.catalogue_filter_layout.addWidget(self.catalogue_challenge_combo)


        self.catalogue_layout.addLayout(self.catalogue_filter_layout)

        self.catalogue_splitter = QSplitter(self.catalogue_tab)
        self.catalogue_splitter.setObjectName(u"catalogue_splitter")
        self.catalogue_splitter.setOrientation(Qt.Horizontal)
        self.catalogue_view = QTableView(self.catalogue_splitter)
        self.catalogue_view.setObjectName(u"catalogue_view")
        self.catalogue_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.catalogue_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.catalogue_view.setSortingEnabled(True)
        self.catalogue_view.setAlternatingRowColors(True)
        self.catalogue_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.catalogue_splitter.addWidget(self.catalogue_view)
        self.catalogue_detail_browser = QTextBrowser(self.catalogue_splitter)
        self.catalogue_detail_browser.setObjectName(u"catalogue_detail_browser")
        self.catalogue_detail_browser.setOpenLinks(False)
        self.catalogue_splitter.addWidget(self.catalogue_detail_browser)

        self.catalogue_layout.addWidget(self.catalogue_splitter)

        self.catalogue_buttons_layout = QHBoxLayout()
        self.catalogue_buttons_layout.setObjectName(u"catalogue_buttons_layout")
        self.add_tool_type_button = QPushButton(self.catalogue_tab)
        self.add_tool_type_button.setObjectName(u"add_tool_type_button")

        self.catalogue_buttons_layout.addWidget(self.add_tool_type_button)

        self.delete_tool_type_button = QPushButton(self.catalogue_tab)
        self.delete_tool_type_button.setObjectName(u"delete_tool_type_button")

        self.catalogue_buttons_layout.addWidget(self.delete_tool_type_button)

        self.catalogue_buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.catalogue_buttons_layout.addItem(self.catalogue_buttons_spacer)

        self.catalogue_count_label = QLabel(self.catalogue_tab)
        self.catalogue_count_label.setObjectName(u"catalogue_count_label")
        self.catalogue_count_label.setTextFormat(Qt.PlainText)

        self.catalogue_buttons_layout.addWidget(self.catalogue_count_label)


        self.catalogue_layout.addLayout(self.catalogue_buttons_layout)

        self.catalogue_error_label = QLabel(self.catalogue_tab)
        self.catalogue_error_label.setObjectName(u"catalogue_error_label")
        self.catalogue_error_label.setTextFormat(Qt.PlainText)
        self.catalogue_error_label.setWordWrap(True)
        self.catalogue_error_label.setVisible(False)

        self.catalogue_layout.addWidget(self.catalogue_error_label)

        self.catalogue_layout.setStretch(1, 1)
        self.sections_tabs.addTab(self.catalogue_tab, "")

        self.page_layout.addWidget(self.sections_tabs)

#if QT_CONFIG(shortcut)
        self.cadence_label.setBuddy(self.cadence_combo)
        self.goals_label.setBuddy(self.goals_list)
        self.checklist_status_label.setBuddy(self.checklist_status_combo)
        self.checklist_note_label.setBuddy(self.checklist_note_edit)
        self.catalogue_part_label.setBuddy(self.catalogue_part_combo)
        self.catalogue_challenge_label.setBuddy(self.catalogue_challenge_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ToolsPage)

        self.sections_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ToolsPage)
    # setupUi

    def retranslateUi(self, ToolsPage):
        self.summary_label.setText("")
        self.add_activity_button.setText(QCoreApplication.translate("ToolsPage", u"&Add activity\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_activity_button.setToolTip(QCoreApplication.translate("ToolsPage", u"Plan a new activity of one tool type", None))
#endif // QT_CONFIG(tooltip)
        self.edit_activity_button.setText(QCoreApplication.translate("ToolsPage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_activity_button.setToolTip(QCoreApplication.translate("ToolsPage", u"Change the selected activity (or double-click it)", None))
#endif // QT_CONFIG(tooltip)
        self.delete_activity_button.setText(QCoreApplication.translate("ToolsPage", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.delete_activity_button.setToolTip(QCoreApplication.translate("ToolsPage", u"Remove the selected activity from the plan", None))
#endif // QT_CONFIG(tooltip)
        self.undo_delete_button.setText(QCoreApplication.translate("ToolsPage", u"&Undo delete", None))
#if QT_CONFIG(tooltip)
        self.undo_delete_button.setToolTip(QCoreApplication.translate("ToolsPage", u"Put back the activity you just deleted", None))
#endif // QT_CONFIG(tooltip)
        self.print_plan_button.setText(QCoreApplication.translate("ToolsPage", u"P&rint plan\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_plan_button.setToolTip(QCoreApplication.translate("ToolsPage", u"Save the engagement plan as a PDF", None))
#endif // QT_CONFIG(tooltip)
        self.plan_status_label.setText("")
        self.settings_box.setTitle(QCoreApplication.translate("ToolsPage", u"Goals and cadence", None))
        self.cadence_label.setText(QCoreApplication.translate("ToolsPage", u"&Cadence:", None))
        self.cadence_description_label.setText("")
        self.goals_label.setText(QCoreApplication.translate("ToolsPage", u"&Learning goals pursued:", None))
#if QT_CONFIG(tooltip)
        self.goals_list.setToolTip(QCoreApplication.translate("ToolsPage", u"Tick the goals the initiative pursues; the share of the 52 mapped initiatives pursuing each is in brackets", None))
#endif // QT_CONFIG(tooltip)
        self.settings_error_label.setText("")
        self.settings_error_label.setStyleSheet(QCoreApplication.translate("ToolsPage", u"color: #b00020;", None))
        self.plan_checks_title_label.setText(QCoreApplication.translate("ToolsPage", u"Checks on this plan:", None))
        self.plan_checks_label.setText("")
        self.plan_checks_label.setStyleSheet(QCoreApplication.translate("ToolsPage", u"color: #8a3b00;", None))
        self.sections_tabs.setTabText(self.sections_tabs.indexOf(self.plan_tab), QCoreApplication.translate("ToolsPage", u"&Plan", None))
        self.sections_tabs.setTabText(self.sections_tabs.indexOf(self.coverage_tab), QCoreApplication.translate("ToolsPage", u"Co&verage", None))
        self.peer_load_label.setText(QCoreApplication.translate("ToolsPage", u"Each peer's load (activities they take part in):", None))
        self.sections_tabs.setTabText(self.sections_tabs.indexOf(self.timeline_tab), QCoreApplication.translate("ToolsPage", u"&Timeline", None))
        self.checklist_summary_label.setText("")
        self.checklist_status_label.setText(QCoreApplication.translate("ToolsPage", u"&Status:", None))
        self.checklist_note_label.setText(QCoreApplication.translate("ToolsPage", u"&Note:", None))
        self.checklist_note_edit.setPlaceholderText(QCoreApplication.translate("ToolsPage", u"What was done, what is pending, who is on it", None))
        self.checklist_save_button.setText(QCoreApplication.translate("ToolsPage", u"Sa&ve item", None))
        self.checklist_error_label.setText("")
        self.checklist_error_label.setStyleSheet(QCoreApplication.translate("ToolsPage", u"color: #b00020;", None))
        self.sections_tabs.setTabText(self.sections_tabs.indexOf(self.checklist_tab), QCoreApplication.translate("ToolsPage", u"C&hecklist", None))
        self.catalogue_search_edit.setPlaceholderText(QCoreApplication.translate("ToolsPage", u"Search tool types (name, description, examples)", None))
        self.catalogue_part_label.setText(QCoreApplication.translate("ToolsPage", u"Pa&rt:", None))
        self.catalogue_challenge_label.setText(QCoreApplication.translate("ToolsPage", u"C&hallenge:", None))
        self.add_tool_type_button.setText(QCoreApplication.translate("ToolsPage", u"Add &own tool type\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_tool_type_button.setToolTip(QCoreApplication.translate("ToolsPage", u"Describe a tool of your own and place it on the map", None))
#endif // QT_CONFIG(tooltip)
        self.delete_tool_type_button.setText(QCoreApplication.translate("ToolsPage", u"Delete tool type", None))
#if QT_CONFIG(tooltip)
        self.delete_tool_type_button.setToolTip(QCoreApplication.translate("ToolsPage", u"Only your own tool types that no activity uses can be deleted", None))
#endif // QT_CONFIG(tooltip)
        self.catalogue_count_label.setText("")
        self.catalogue_error_label.setText("")
        self.catalogue_error_label.setStyleSheet(QCoreApplication.translate("ToolsPage", u"color: #b00020;", None))
        self.sections_tabs.setTabText(self.sections_tabs.indexOf(self.catalogue_tab), QCoreApplication.translate("ToolsPage", u"Tool &catalogue", None))
        pass
    # retranslateUi
