# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_page.ui'
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
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QScrollArea,
    QSizePolicy, QSlider, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_EvaluationPage(object):
    def setupUi(self, EvaluationPage):
        if not EvaluationPage.objectName():
            EvaluationPage.setObjectName(u"EvaluationPage")
        self.page_layout = QVBoxLayout(EvaluationPage)
        self.page_layout.setObjectName(u"page_layout")
        self.top_row = QHBoxLayout()
        self.top_row.setObjectName(u"top_row")
        self.summary_label = QLabel(EvaluationPage)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.PlainText)
        self.summary_label.setWordWrap(True)

        self.top_row.addWidget(self.summary_label)

        self.anonymise_check = QCheckBox(EvaluationPage)
        self.anonymise_check.setObjectName(u"anonymise_check")

        self.top_row.addWidget(self.anonymise_check)

        self.export_button = QPushButton(EvaluationPage)
        self.export_button.setObjectName(u"export_button")

        self.top_row.addWidget(self.export_button)


        self.page_layout.addLayout(self.top_row)

        self.evaluation_tabs = QTabWidget(EvaluationPage)
        self.evaluation_tabs.setObjectName(u"evaluation_tabs")
        self.dashboard_tab = QWidget()
        self.dashboard_tab.setObjectName(u"dashboard_tab")
        self.dashboard_layout = QHBoxLayout(self.dashboard_tab)
        self.dashboard_layout.setObjectName(u"dashboard_layout")
        self.hourglass_container = QWidget(self.dashboard_tab)
        self.hourglass_container.setObjectName(u"hourglass_container")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.hourglass_container.sizePolicy().hasHeightForWidth())
        self.hourglass_container.setSizePolicy(sizePolicy)
        self.hourglass_container.setMinimumSize(QSize(200, 160))
        self.hourglass_layout = QVBoxLayout(self.hourglass_container)
        self.hourglass_layout.setObjectName(u"hourglass_layout")
        self.hourglass_layout.setContentsMargins(0, 0, 0, 0)

        self.dashboard_layout.addWidget(self.hourglass_container)

        self.stages_scroll = QScrollArea(self.dashboard_tab)
        self.stages_scroll.setObjectName(u"stages_scroll")
        self.stages_scroll.setWidgetResizable(True)
        self.stages_widget = QWidget()
        self.stages_widget.setObjectName(u"stages_widget")
        self.stages_layout = QVBoxLayout(self.stages_widget)
        self.stages_layout.setObjectName(u"stages_layout")
        self.stages_label = QLabel(self.stages_widget)
        self.stages_label.setObjectName(u"stages_label")
        self.stages_label.setTextFormat(Qt.PlainText)
        self.stages_label.setWordWrap(True)

        self.stages_layout.addWidget(self.stages_label)

        self.numbers_label = QLabel(self.stages_widget)
        self.numbers_label.setObjectName(u"numbers_label")
        self.numbers_label.setTextFormat(Qt.PlainText)
        self.numbers_label.setWordWrap(True)

        self.stages_layout.addWidget(self.numbers_label)

        self.stages_scroll.setWidget(self.stages_widget)

        self.dashboard_layout.addWidget(self.stages_scroll)

        self.evaluation_tabs.addTab(self.dashboard_tab, "")
        self.contacts_tab = QWidget()
        self.contacts_tab.setObjectName(u"contacts_tab")
        self.contacts_layout = QVBoxLayout(self.contacts_tab)
        self.contacts_layout.setObjectName(u"contacts_layout")
        self.period_row = QHBoxLayout()
        self.period_row.setObjectName(u"period_row")
        self.window_label = QLabel(self.contacts_tab)
        self.window_label.setObjectName(u"window_label")
        self.window_label.setTextFormat(Qt.PlainText)

        self.period_row.addWidget(self.window_label)

        self.window_combo = QComboBox(self.contacts_tab)
        self.window_combo.setObjectName(u"window_combo")

        self.period_row.addWidget(self.window_combo)

        self.slider_label = QLabel(self.contacts_tab)
        self.slider_label.setObjectName(u"slider_label")
        self.slider_label.setTextFormat(Qt.PlainText)

        self.period_row.addWidget(self.slider_label)

        self.period_slider = QSlider(self.contacts_tab)
        self.period_slider.setObjectName(u"period_slider")
        self.period_slider.setOrientation(Qt.Horizontal)
        self.period_slider.setPageStep(1)

        self.period_row.addWidget(self.period_slider)

        self.period_label = QLabel(self.contacts_tab)
        self.period_label.setObjectName(u"period_label")
        self.period_label.setTextFormat(Qt.PlainText)

        self.period_row.addWidget(self.period_label)


        self.contacts_layout.addLayout(self.period_row)

        self.heatmap_container = QWidget(self.contacts_tab)
        self.heatmap_container.setObjectName(u"heatmap_container")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(3)
        sizePolicy1.setHeightForWidth(self.heatmap_container.sizePolicy().hasHeightForWidth())
        self.heatmap_container.setSizePolicy(sizePolicy1)
        self.heatmap_container.setMinimumSize(QSize(200, 160))
        self.heatmap_layout = QVBoxLayout(self.heatmap_container)
        self.heatmap_layout.setObjectName(u"heatmap_layout")
        self.heatmap_layout.setContentsMargins(0, 0, 0, 0)

        self.contacts_layout.addWidget(self.heatmap_container)

        self.trend_container = QWidget(self.contacts_tab)
        self.trend_container.setObjectName(u"trend_container")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(2)
        sizePolicy2.setHeightForWidth(self.trend_container.sizePolicy().hasHeightForWidth())
        self.trend_container.setSizePolicy(sizePolicy2)
        self.trend_container.setMinimumSize(QSize(200, 160))
        self.trend_layout = QVBoxLayout(self.trend_container)
        self.trend_layout.setObjectName(u"trend_layout")
        self.trend_layout.setContentsMargins(0, 0, 0, 0)

        self.contacts_layout.addWidget(self.trend_container)

        self.evaluation_tabs.addTab(self.contacts_tab, "")
        self.learning_tab = QWidget()
        self.learning_tab.setObjectName(u"learning_tab")
        self.learning_tab_layout = QVBoxLayout(self.learning_tab)
        self.learning_tab_layout.setObjectName(u"learning_tab_layout")
        self.learning_label = QLabel(self.learning_tab)
        self.learning_label.setObjectName(u"learning_label")
        self.learning_label.setTextFormat(Qt.PlainText)
        self.learning_label.setWordWrap(True)

        self.learning_tab_layout.addWidget(self.learning_label)

        self.learning_splitter = QSplitter(self.learning_tab)
        self.learning_splitter.setObjectName(u"learning_splitter")
        self.learning_splitter.setOrientation(Qt.Vertical)
        self.learning_container = QWidget(self.learning_splitter)
        self.learning_container.setObjectName(u"learning_container")
        sizePolicy.setHeightForWidth(self.learning_container.sizePolicy().hasHeightForWidth())
        self.learning_container.setSizePolicy(sizePolicy)
        self.learning_container.setMinimumSize(QSize(200, 160))
        self.learning_layout = QVBoxLayout(self.learning_container)
        self.learning_layout.setObjectName(u"learning_layout")
        self.learning_layout.setContentsMargins(0, 0, 0, 0)
        self.learning_splitter.addWidget(self.learning_container)
        self.gains_container = QWidget(self.learning_splitter)
        self.gains_container.setObjectName(u"gains_container")
        sizePolicy.setHeightForWidth(self.gains_container.sizePolicy().hasHeightForWidth())
        self.gains_container.setSizePolicy(sizePolicy)
        self.gains_container.setMinimumSize(QSize(200, 160))
        self.gains_layout = QVBoxLayout(self.gains_container)
        self.gains_layout.setObjectName(u"gains_layout")
        self.gains_layout.setContentsMargins(0, 0, 0, 0)
        self.learning_splitter.addWidget(self.gains_container)

        self.learning_tab_layout.addWidget(self.learning_splitter)

        self.evaluation_tabs.addTab(self.learning_tab, "")
        self.diffusion_tab = QWidget()
        self.diffusion_tab.setObjectName(u"diffusion_tab")
        self.diffusion_tab_layout = QVBoxLayout(self.diffusion_tab)
        self.diffusion_tab_layout.setObjectName(u"diffusion_tab_layout")
        self.diffusion_label = QLabel(self.diffusion_tab)
        self.diffusion_label.setObjectName(u"diffusion_label")
        self.diffusion_label.setTextFormat(Qt.PlainText)
        self.diffusion_label.setWordWrap(True)

        self.diffusion_tab_layout.addWidget(self.diffusion_label)

        self.diffusion_splitter = QSplitter(self.diffusion_tab)
        self.diffusion_splitter.setObjectName(u"diffusion_splitter")
        self.diffusion_splitter.setOrientation(Qt.Vertical)
        self.diffusion_container = QWidget(self.diffusion_splitter)
        self.diffusion_container.setObjectName(u"diffusion_container")
        sizePolicy.setHeightForWidth(self.diffusion_container.sizePolicy().hasHeightForWidth())
        self.diffusion_container.setSizePolicy(sizePolicy)
        self.diffusion_container.setMinimumSize(QSize(200, 160))
        self.diffusion_layout = QVBoxLayout(self.diffusion_container)
        self.diffusion_layout.setObjectName(u"diffusion_layout")
        self.diffusion_layout.setContentsMargins(0, 0, 0, 0)
        self.diffusion_splitter.addWidget(self.diffusion_container)
        self.reach_view = QTableView(self.diffusion_splitter)
        self.reach_view.setObjectName(u"reach_view")
        self.reach_view.setAlternatingRowColors(True)
        self.reach_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.diffusion_splitter.addWidget(self.reach_view)

        self.diffusion_tab_layout.addWidget(self.diffusion_splitter)

        self.evaluation_tabs.addTab(self.diffusion_tab, "")
        self.compare_tab = QWidget()
        self.compare_tab.setObjectName(u"compare_tab")
        self.compare_layout = QVBoxLayout(self.compare_tab)
        self.compare_layout.setObjectName(u"compare_layout")
        self.compare_row = QHBoxLayout()
        self.compare_row.setObjectName(u"compare_row")
        self.measure_label = QLabel(self.compare_tab)
        self.measure_label.setObjectName(u"measure_label")
        self.measure_label.setTextFormat(Qt.PlainText)

        self.compare_row.addWidget(self.measure_label)

        self.measure_combo = QComboBox(self.compare_tab)
        self.measure_combo.setObjectName(u"measure_combo")

        self.compare_row.addWidget(self.measure_combo)

        self.cut_label = QLabel(self.compare_tab)
        self.cut_label.setObjectName(u"cut_label")
        self.cut_label.setTextFormat(Qt.PlainText)

        self.compare_row.addWidget(self.cut_label)

        self.cut_date = QDateEdit(self.compare_tab)
        self.cut_date.setObjectName(u"cut_date")
        self.cut_date.setCalendarPopup(True)

        self.compare_row.addWidget(self.cut_date)

        self.compare_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.compare_row.addItem(self.compare_spacer)


        self.compare_layout.addLayout(self.compare_row)

        self.compare_view = QTableView(self.compare_tab)
        self.compare_view.setObjectName(u"compare_view")
        self.compare_view.setAlternatingRowColors(True)
        self.compare_view.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.compare_layout.addWidget(self.compare_view)

        self.compare_note = QLabel(self.compare_tab)
        self.compare_note.setObjectName(u"compare_note")
        self.compare_note.setTextFormat(Qt.PlainText)
        self.compare_note.setWordWrap(True)

        self.compare_layout.addWidget(self.compare_note)

        self.evaluation_tabs.addTab(self.compare_tab, "")
        self.capture_tab = QWidget()
        self.capture_tab.setObjectName(u"capture_tab")
        self.capture_layout = QVBoxLayout(self.capture_tab)
        self.capture_layout.setObjectName(u"capture_layout")
        self.capture_help = QLabel(self.capture_tab)
        self.capture_help.setObjectName(u"capture_help")
        self.capture_help.setTextFormat(Qt.PlainText)
        self.capture_help.setWordWrap(True)

        self.capture_layout.addWidget(self.capture_help)

        self.capture_view = QTableView(self.capture_tab)
        self.capture_view.setObjectName(u"capture_view")
        self.capture_view.setAlternatingRowColors(True)
        self.capture_view.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.capture_layout.addWidget(self.capture_view)

        self.capture_buttons = QHBoxLayout()
        self.capture_buttons.setObjectName(u"capture_buttons")
        self.add_rows_button = QPushButton(self.capture_tab)
        self.add_rows_button.setObjectName(u"add_rows_button")

        self.capture_buttons.addWidget(self.add_rows_button)

        self.check_button = QPushButton(self.capture_tab)
        self.check_button.setObjectName(u"check_button")

        self.capture_buttons.addWidget(self.check_button)

        self.save_button = QPushButton(self.capture_tab)
        self.save_button.setObjectName(u"save_button")

        self.capture_buttons.addWidget(self.save_button)

        self.capture_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.capture_buttons.addItem(self.capture_spacer)


        self.capture_layout.addLayout(self.capture_buttons)

        self.capture_problems = QListWidget(self.capture_tab)
        self.capture_problems.setObjectName(u"capture_problems")
        self.capture_problems.setMaximumSize(QSize(16777215, 140))

        self.capture_layout.addWidget(self.capture_problems)

        self.evaluation_tabs.addTab(self.capture_tab, "")
        self.entries_tab = QWidget()
        self.entries_tab.setObjectName(u"entries_tab")
        self.entries_tab_layout = QVBoxLayout(self.entries_tab)
        self.entries_tab_layout.setObjectName(u"entries_tab_layout")
        self.evaluation_tabs.addTab(self.entries_tab, "")

        self.page_layout.addWidget(self.evaluation_tabs)


        self.retranslateUi(EvaluationPage)

        QMetaObject.connectSlotsByName(EvaluationPage)
    # setupUi

    def retranslateUi(self, EvaluationPage):
        self.summary_label.setText("")
        self.anonymise_check.setText(QCoreApplication.translate("EvaluationPage", u"Anon&ymise names", None))
#if QT_CONFIG(tooltip)
        self.anonymise_check.setToolTip(QCoreApplication.translate("EvaluationPage", u"Show and print people as stable codes (P01, C01, X01) instead of names", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("EvaluationPage", u"&Export summary PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("EvaluationPage", u"Write the evaluation summary of this initiative as a PDF", None))
#endif // QT_CONFIG(tooltip)
        self.stages_label.setText("")
        self.numbers_label.setText("")
        self.evaluation_tabs.setTabText(self.evaluation_tabs.indexOf(self.dashboard_tab), QCoreApplication.translate("EvaluationPage", u"&Dashboard", None))
        self.window_label.setText(QCoreApplication.translate("EvaluationPage", u"Weeks per map:", None))
#if QT_CONFIG(tooltip)
        self.window_combo.setToolTip(QCoreApplication.translate("EvaluationPage", u"How many weeks of reports each heat map covers", None))
#endif // QT_CONFIG(tooltip)
        self.slider_label.setText(QCoreApplication.translate("EvaluationPage", u"Period:", None))
#if QT_CONFIG(tooltip)
        self.period_slider.setToolTip(QCoreApplication.translate("EvaluationPage", u"Move through the weeks; the map to the right is the chosen period, the left one the first", None))
#endif // QT_CONFIG(tooltip)
        self.period_label.setText("")
        self.evaluation_tabs.setTabText(self.evaluation_tabs.indexOf(self.contacts_tab), QCoreApplication.translate("EvaluationPage", u"&Contact heat map", None))
        self.learning_label.setText("")
        self.evaluation_tabs.setTabText(self.evaluation_tabs.indexOf(self.learning_tab), QCoreApplication.translate("EvaluationPage", u"&Learning", None))
        self.diffusion_label.setText("")
        self.evaluation_tabs.setTabText(self.evaluation_tabs.indexOf(self.diffusion_tab), QCoreApplication.translate("EvaluationPage", u"D&iffusion", None))
        self.measure_label.setText(QCoreApplication.translate("EvaluationPage", u"Measure:", None))
        self.cut_label.setText(QCoreApplication.translate("EvaluationPage", u"Before/after date:", None))
        self.cut_date.setDisplayFormat(QCoreApplication.translate("EvaluationPage", u"yyyy-MM-dd", None))
        self.compare_note.setText("")
        self.evaluation_tabs.setTabText(self.evaluation_tabs.indexOf(self.compare_tab), QCoreApplication.translate("EvaluationPage", u"Before/&after", None))
        self.capture_help.setText("")
        self.add_rows_button.setText(QCoreApplication.translate("EvaluationPage", u"Add 10 rows", None))
        self.check_button.setText(QCoreApplication.translate("EvaluationPage", u"Chec&k", None))
#if QT_CONFIG(tooltip)
        self.check_button.setToolTip(QCoreApplication.translate("EvaluationPage", u"Check the rows without saving (Ctrl+Return saves)", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("EvaluationPage", u"&Save reports", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("EvaluationPage", u"Check and save; rows that cannot be saved stay in the grid", None))
#endif // QT_CONFIG(tooltip)
        self.evaluation_tabs.setTabText(self.evaluation_tabs.indexOf(self.capture_tab), QCoreApplication.translate("EvaluationPage", u"Contact &reports", None))
        self.evaluation_tabs.setTabText(self.evaluation_tabs.indexOf(self.entries_tab), QCoreApplication.translate("EvaluationPage", u"&Other entries", None))
        pass
    # retranslateUi
