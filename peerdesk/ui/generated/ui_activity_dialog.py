# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ActivityDialog(object):
    def setupUi(self, ActivityDialog):
        if not ActivityDialog.objectName():
            ActivityDialog.setObjectName(u"ActivityDialog")
        ActivityDialog.setMinimumSize(QSize(860, 560))
        self.dialog_layout = QVBoxLayout(ActivityDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.details_grid = QGridLayout()
        self.details_grid.setObjectName(u"details_grid")
        self.title_label = QLabel(ActivityDialog)
        self.title_label.setObjectName(u"title_label")

        self.details_grid.addWidget(self.title_label, 0, 0, 1, 1)

        self.title_edit = QLineEdit(ActivityDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.details_grid.addWidget(self.title_edit, 0, 1, 1, 1)

        self.title_error_label = QLabel(ActivityDialog)
        self.title_error_label.setObjectName(u"title_error_label")
        self.title_error_label.setTextFormat(Qt.PlainText)
        self.title_error_label.setWordWrap(True)
        self.title_error_label.setVisible(False)

        self.details_grid.addWidget(self.title_error_label, 1, 1, 1, 1)

        self.tool_type_label = QLabel(ActivityDialog)
        self.tool_type_label.setObjectName(u"tool_type_label")

        self.details_grid.addWidget(self.tool_type_label, 2, 0, 1, 1)

        self.tool_type_combo = QComboBox(ActivityDialog)
        self.tool_type_combo.setObjectName(u"tool_type_combo")

        self.details_grid.addWidget(self.tool_type_combo, 2, 1, 1, 1)

        self.tool_type_hint_label = QLabel(ActivityDialog)
        self.tool_type_hint_label.setObjectName(u"tool_type_hint_label")
        self.tool_type_hint_label.setTextFormat(Qt.PlainText)
        self.tool_type_hint_label.setWordWrap(True)

        self.details_grid.addWidget(self.tool_type_hint_label, 3, 1, 1, 1)

        self.tool_type_error_label = QLabel(ActivityDialog)
        self.tool_type_error_label.setObjectName(u"tool_type_error_label")
        self.tool_type_error_label.setTextFormat(Qt.PlainText)
        self.tool_type_error_label.setWordWrap(True)
        self.tool_type_error_label.setVisible(False)

        self.details_grid.addWidget(self.tool_type_error_label, 4, 1, 1, 1)

        self.start_date_label = QLabel(ActivityDialog)
        self.start_date_label.setObjectName(u"start_date_label")

        self.details_grid.addWidget(self.start_date_label, 5, 0, 1, 1)

        self.start_date_edit = QDateEdit(ActivityDialog)
        self.start_date_edit.setObjectName(u"start_date_edit")
        self.start_date_edit.setCalendarPopup(True)

        self.details_grid.addWidget(self.start_date_edit, 5, 1, 1, 1)

        self.start_date_error_label = QLabel(ActivityDialog)
        self.start_date_error_label.setObjectName(u"start_date_error_label")
        self.start_date_error_label.setTextFormat(Qt.PlainText)
        self.start_date_error_label.setWordWrap(True)
        self.start_date_error_label.setVisible(False)

        self.details_grid.addWidget(self.start_date_error_label, 6, 1, 1, 1)

        self.end_date_label = QLabel(ActivityDialog)
        self.end_date_label.setObjectName(u"end_date_label")

        self.details_grid.addWidget(self.end_date_label, 7, 0, 1, 1)

        self.end_date_edit = QDateEdit(ActivityDialog)
        self.end_date_edit.setObjectName(u"end_date_edit")
        self.end_date_edit.setCalendarPopup(True)

        self.details_grid.addWidget(self.end_date_edit, 7, 1, 1, 1)

        self.end_date_error_label = QLabel(ActivityDialog)
        self.end_date_error_label.setObjectName(u"end_date_error_label")
        self.end_date_error_label.setTextFormat(Qt.PlainText)
        self.end_date_error_label.setWordWrap(True)
        self.end_date_error_label.setVisible(False)

        self.details_grid.addWidget(self.end_date_error_label, 8, 1, 1, 1)

        self.duration_label = QLabel(ActivityDialog)
        self.duration_label.setObjectName(u"duration_label")

        self.details_grid.addWidget(self.duration_label, 9, 0, 1, 1)

        self.duration_spin = QDoubleSpinBox(ActivityDialog)
        self.duration_spin.setObjectName(u"duration_spin")
        self.duration_spin.setMaximum(10000.000000000000000)
        self.duration_spin.setDecimals(1)

        self.details_grid.addWidget(self.duration_spin, 9, 1, 1, 1)

        self.mode_label = QLabel(ActivityDialog)
        self.mode_label.setObjectName(u"mode_label")

        self.details_grid.addWidget(self.mode_label, 10, 0, 1, 1)

        self.mode_combo = QComboBox(ActivityDialog)
        self.mode_combo.setObjectName(u"mode_combo")

        self.details_grid.addWidget(self.mode_combo, 10, 1, 1, 1)

        self.venue_label = QLabel(ActivityDialog)
        self.venue_label.setObjectName(u"venue_label")

        self.details_grid.addWidget(self.venue_label, 11, 0, 1, 1)

        self.venue_edit = QLineEdit(ActivityDialog)
        self.venue_edit.setObjectName(u"venue_edit")

        self.details_grid.addWidget(self.venue_edit, 11, 1, 1, 1)

        self.cost_label = QLabel(ActivityDialog)
        self.cost_label.setObjectName(u"cost_label")

        self.details_grid.addWidget(self.cost_label, 12, 0, 1, 1)

        self.cost_edit = QLineEdit(ActivityDialog)
        self.cost_edit.setObjectName(u"cost_edit")

        self.details_grid.addWidget(self.cost_edit, 12, 1, 1, 1)

        self.currency_label = QLabel(ActivityDialog)
        self.currency_label.setObjectName(u"currency_label")

        self.details_grid.addWidget(self.currency_label, 13, 0, 1, 1)

        self.currency_edit = QLineEdit(ActivityDialog)
        self.currency_edit.setObjectName(u"currency_edit")
        self.currency_edit.setMaxLength(8)

        self.details_grid.addWidget(self.currency_edit, 13, 1, 1, 1)

        self.cost_error_label = QLabel(ActivityDialog)
        self.cost_error_label.setObjectName(u"cost_error_label")
        self.cost_error_label.setTextFormat(Qt.PlainText)
        self.cost_error_label.setWordWrap(True)
        self.cost_error_label.setVisible(False)

        self.details_grid.addWidget(self.cost_error_label, 14, 1, 1, 1)

        self.notes_label = QLabel(ActivityDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.details_grid.addWidget(self.notes_label, 15, 0, 1, 1)

        self.notes_edit = QPlainTextEdit(ActivityDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaximumSize(QSize(16777215, 70))

        self.details_grid.addWidget(self.notes_edit, 15, 1, 1, 1)


        self.columns_layout.addLayout(self.details_grid)

        self.people_layout = QVBoxLayout()
        self.people_layout.setObjectName(u"people_layout")
        self.all_peers_check = QCheckBox(ActivityDialog)
        self.all_peers_check.setObjectName(u"all_peers_check")

        self.people_layout.addWidget(self.all_peers_check)

        self.participants_label = QLabel(ActivityDialog)
        self.participants_label.setObjectName(u"participants_label")

        self.people_layout.addWidget(self.participants_label)

        self.participants_list = QListWidget(ActivityDialog)
        self.participants_list.setObjectName(u"participants_list")

        self.people_layout.addWidget(self.participants_list)

        self.participants_error_label = QLabel(ActivityDialog)
        self.participants_error_label.setObjectName(u"participants_error_label")
        self.participants_error_label.setTextFormat(Qt.PlainText)
        self.participants_error_label.setWordWrap(True)
        self.participants_error_label.setVisible(False)

        self.people_layout.addWidget(self.participants_error_label)

        self.site_visit_box = QGroupBox(ActivityDialog)
        self.site_visit_box.setObjectName(u"site_visit_box")
        self.site_visit_grid = QGridLayout(self.site_visit_box)
        self.site_visit_grid.setObjectName(u"site_visit_grid")
        self.host_label = QLabel(self.site_visit_box)
        self.host_label.setObjectName(u"host_label")

        self.site_visit_grid.addWidget(self.host_label, 0, 0, 1, 1)

        self.host_edit = QLineEdit(self.site_visit_box)
        self.host_edit.setObjectName(u"host_edit")

        self.site_visit_grid.addWidget(self.host_edit, 0, 1, 1, 1)

        self.reciprocal_check = QCheckBox(self.site_visit_box)
        self.reciprocal_check.setObjectName(u"reciprocal_check")

        self.site_visit_grid.addWidget(self.reciprocal_check, 1, 0, 1, 2)

        self.mark_host_button = QPushButton(self.site_visit_box)
        self.mark_host_button.setObjectName(u"mark_host_button")

        self.site_visit_grid.addWidget(self.mark_host_button, 2, 0, 1, 1)

        self.mark_visitor_button = QPushButton(self.site_visit_box)
        self.mark_visitor_button.setObjectName(u"mark_visitor_button")

        self.site_visit_grid.addWidget(self.mark_visitor_button, 2, 1, 1, 1)


        self.people_layout.addWidget(self.site_visit_box)

        self.logistics_label = QLabel(ActivityDialog)
        self.logistics_label.setObjectName(u"logistics_label")

        self.people_layout.addWidget(self.logistics_label)

        self.logistics_list = QListWidget(ActivityDialog)
        self.logistics_list.setObjectName(u"logistics_list")
        self.logistics_list.setMaximumSize(QSize(16777215, 130))

        self.people_layout.addWidget(self.logistics_list)

        self.logistics_buttons_layout = QHBoxLayout()
        self.logistics_buttons_layout.setObjectName(u"logistics_buttons_layout")
        self.logistics_item_edit = QLineEdit(ActivityDialog)
        self.logistics_item_edit.setObjectName(u"logistics_item_edit")

        self.logistics_buttons_layout.addWidget(self.logistics_item_edit)

        self.add_logistics_button = QPushButton(ActivityDialog)
        self.add_logistics_button.setObjectName(u"add_logistics_button")

        self.logistics_buttons_layout.addWidget(self.add_logistics_button)

        self.remove_logistics_button = QPushButton(ActivityDialog)
        self.remove_logistics_button.setObjectName(u"remove_logistics_button")

        self.logistics_buttons_layout.addWidget(self.remove_logistics_button)

        self.suggest_logistics_button = QPushButton(ActivityDialog)
        self.suggest_logistics_button.setObjectName(u"suggest_logistics_button")

        self.logistics_buttons_layout.addWidget(self.suggest_logistics_button)


        self.people_layout.addLayout(self.logistics_buttons_layout)

        self.logistics_error_label = QLabel(ActivityDialog)
        self.logistics_error_label.setObjectName(u"logistics_error_label")
        self.logistics_error_label.setTextFormat(Qt.PlainText)
        self.logistics_error_label.setWordWrap(True)
        self.logistics_error_label.setVisible(False)

        self.people_layout.addWidget(self.logistics_error_label)


        self.columns_layout.addLayout(self.people_layout)

        self.columns_layout.setStretch(0, 1)
        self.columns_layout.setStretch(1, 1)

        self.dialog_layout.addLayout(self.columns_layout)

        self.general_error_label = QLabel(ActivityDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setTextFormat(Qt.PlainText)
        self.general_error_label.setWordWrap(True)
        self.general_error_label.setVisible(False)

        self.dialog_layout.addWidget(self.general_error_label)

        self.button_box = QDialogButtonBox(ActivityDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.tool_type_label.setBuddy(self.tool_type_combo)
        self.start_date_label.setBuddy(self.start_date_edit)
        self.end_date_label.setBuddy(self.end_date_edit)
        self.duration_label.setBuddy(self.duration_spin)
        self.mode_label.setBuddy(self.mode_combo)
        self.venue_label.setBuddy(self.venue_edit)
        self.cost_label.setBuddy(self.cost_edit)
        self.currency_label.setBuddy(self.currency_edit)
        self.notes_label.setBuddy(self.notes_edit)
        self.participants_label.setBuddy(self.participants_list)
        self.host_label.setBuddy(self.host_edit)
        self.logistics_label.setBuddy(self.logistics_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title_edit, self.tool_type_combo)
        QWidget.setTabOrder(self.tool_type_combo, self.start_date_edit)
        QWidget.setTabOrder(self.start_date_edit, self.end_date_edit)
        QWidget.setTabOrder(self.end_date_edit, self.duration_spin)
        QWidget.setTabOrder(self.duration_spin, self.mode_combo)
        QWidget.setTabOrder(self.mode_combo, self.venue_edit)
        QWidget.setTabOrder(self.venue_edit, self.cost_edit)
        QWidget.setTabOrder(self.cost_edit, self.currency_edit)
        QWidget.setTabOrder(self.currency_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.all_peers_check)
        QWidget.setTabOrder(self.all_peers_check, self.participants_list)
        QWidget.setTabOrder(self.participants_list, self.host_edit)
        QWidget.setTabOrder(self.host_edit, self.reciprocal_check)
        QWidget.setTabOrder(self.reciprocal_check, self.logistics_list)
        QWidget.setTabOrder(self.logistics_list, self.logistics_item_edit)

        self.retranslateUi(ActivityDialog)

        QMetaObject.connectSlotsByName(ActivityDialog)
    # setupUi

    def retranslateUi(self, ActivityDialog):
        ActivityDialog.setWindowTitle(QCoreApplication.translate("ActivityDialog", u"Activity", None))
        self.title_label.setText(QCoreApplication.translate("ActivityDialog", u"&Name:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"e.g. Study visit to the treasury", None))
        self.title_error_label.setText("")
        self.title_error_label.setStyleSheet(QCoreApplication.translate("ActivityDialog", u"color: #b00020;", None))
        self.tool_type_label.setText(QCoreApplication.translate("ActivityDialog", u"&Tool type:", None))
        self.tool_type_hint_label.setText("")
        self.tool_type_hint_label.setStyleSheet(QCoreApplication.translate("ActivityDialog", u"color: #5b6773;", None))
        self.tool_type_error_label.setText("")
        self.tool_type_error_label.setStyleSheet(QCoreApplication.translate("ActivityDialog", u"color: #b00020;", None))
        self.start_date_label.setText(QCoreApplication.translate("ActivityDialog", u"&Starts:", None))
        self.start_date_edit.setDisplayFormat(QCoreApplication.translate("ActivityDialog", u"yyyy-MM-dd", None))
        self.start_date_error_label.setText("")
        self.start_date_error_label.setStyleSheet(QCoreApplication.translate("ActivityDialog", u"color: #b00020;", None))
        self.end_date_label.setText(QCoreApplication.translate("ActivityDialog", u"E&nds:", None))
        self.end_date_edit.setDisplayFormat(QCoreApplication.translate("ActivityDialog", u"yyyy-MM-dd", None))
        self.end_date_error_label.setText("")
        self.end_date_error_label.setStyleSheet(QCoreApplication.translate("ActivityDialog", u"color: #b00020;", None))
        self.duration_label.setText(QCoreApplication.translate("ActivityDialog", u"D&uration (hours):", None))
        self.duration_spin.setSpecialValueText(QCoreApplication.translate("ActivityDialog", u"not set", None))
        self.mode_label.setText(QCoreApplication.translate("ActivityDialog", u"&Mode:", None))
        self.venue_label.setText(QCoreApplication.translate("ActivityDialog", u"&Venue:", None))
        self.venue_edit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"City, building, or the video-call link", None))
        self.cost_label.setText(QCoreApplication.translate("ActivityDialog", u"Rough &cost:", None))
        self.cost_edit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"e.g. 12000 (blank if unknown)", None))
        self.currency_label.setText(QCoreApplication.translate("ActivityDialog", u"C&urrency:", None))
        self.cost_error_label.setText("")
        self.cost_error_label.setStyleSheet(QCoreApplication.translate("ActivityDialog", u"color: #b00020;", None))
        self.notes_label.setText(QCoreApplication.translate("ActivityDialog", u"N&otes:", None))
        self.all_peers_check.setText(QCoreApplication.translate("ActivityDialog", u"&All peers of the initiative take part", None))
        self.participants_label.setText(QCoreApplication.translate("ActivityDialog", u"&Participants (tick who takes part):", None))
        self.participants_error_label.setText("")
        self.participants_error_label.setStyleSheet(QCoreApplication.translate("ActivityDialog", u"color: #b00020;", None))
        self.site_visit_box.setTitle(QCoreApplication.translate("ActivityDialog", u"Site visit", None))
        self.host_label.setText(QCoreApplication.translate("ActivityDialog", u"&Host organisation:", None))
        self.reciprocal_check.setText(QCoreApplication.translate("ActivityDialog", u"Reci&procal (both sides visit)", None))
        self.mark_host_button.setText(QCoreApplication.translate("ActivityDialog", u"Mark as host", None))
#if QT_CONFIG(tooltip)
        self.mark_host_button.setToolTip(QCoreApplication.translate("ActivityDialog", u"The selected participant hosts the visit", None))
#endif // QT_CONFIG(tooltip)
        self.mark_visitor_button.setText(QCoreApplication.translate("ActivityDialog", u"Mark as visitor", None))
#if QT_CONFIG(tooltip)
        self.mark_visitor_button.setToolTip(QCoreApplication.translate("ActivityDialog", u"The selected participant travels", None))
#endif // QT_CONFIG(tooltip)
        self.logistics_label.setText(QCoreApplication.translate("ActivityDialog", u"&Logistics checklist:", None))
        self.logistics_item_edit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"New item, e.g. Book interpreters", None))
        self.add_logistics_button.setText(QCoreApplication.translate("ActivityDialog", u"Add", None))
        self.remove_logistics_button.setText(QCoreApplication.translate("ActivityDialog", u"Remove", None))
        self.suggest_logistics_button.setText(QCoreApplication.translate("ActivityDialog", u"From tool type", None))
#if QT_CONFIG(tooltip)
        self.suggest_logistics_button.setToolTip(QCoreApplication.translate("ActivityDialog", u"Add the logistics needs the tool type usually has", None))
#endif // QT_CONFIG(tooltip)
        self.logistics_error_label.setText("")
        self.logistics_error_label.setStyleSheet(QCoreApplication.translate("ActivityDialog", u"color: #b00020;", None))
        self.general_error_label.setText("")
        self.general_error_label.setStyleSheet(QCoreApplication.translate("ActivityDialog", u"color: #b00020;", None))
    # retranslateUi
