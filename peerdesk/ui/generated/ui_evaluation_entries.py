# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_entries.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QGridLayout, QGroupBox, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_EvaluationEntries(object):
    def setupUi(self, EvaluationEntries):
        if not EvaluationEntries.objectName():
            EvaluationEntries.setObjectName(u"EvaluationEntries")
        self.entries_layout = QVBoxLayout(EvaluationEntries)
        self.entries_layout.setObjectName(u"entries_layout")
        self.entries_scroll = QScrollArea(EvaluationEntries)
        self.entries_scroll.setObjectName(u"entries_scroll")
        self.entries_scroll.setWidgetResizable(True)
        self.entries_inner = QWidget()
        self.entries_inner.setObjectName(u"entries_inner")
        self.entries_grid = QGridLayout(self.entries_inner)
        self.entries_grid.setObjectName(u"entries_grid")
        self.checkin_group = QGroupBox(self.entries_inner)
        self.checkin_group.setObjectName(u"checkin_group")
        self.checkin_form = QFormLayout(self.checkin_group)
        self.checkin_form.setObjectName(u"checkin_form")
        self.checkin_peer_combo_label = QLabel(self.checkin_group)
        self.checkin_peer_combo_label.setObjectName(u"checkin_peer_combo_label")

        self.checkin_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.checkin_peer_combo_label)

        self.checkin_peer_combo = QComboBox(self.checkin_group)
        self.checkin_peer_combo.setObjectName(u"checkin_peer_combo")

        self.checkin_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.checkin_peer_combo)

        self.checkin_week_date_label = QLabel(self.checkin_group)
        self.checkin_week_date_label.setObjectName(u"checkin_week_date_label")

        self.checkin_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.checkin_week_date_label)

        self.checkin_week_date = QDateEdit(self.checkin_group)
        self.checkin_week_date.setObjectName(u"checkin_week_date")
        self.checkin_week_date.setCalendarPopup(True)

        self.checkin_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.checkin_week_date)

        self.checkin_productive_check_label = QLabel(self.checkin_group)
        self.checkin_productive_check_label.setObjectName(u"checkin_productive_check_label")

        self.checkin_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.checkin_productive_check_label)

        self.checkin_productive_check = QCheckBox(self.checkin_group)
        self.checkin_productive_check.setObjectName(u"checkin_productive_check")

        self.checkin_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.checkin_productive_check)

        self.checkin_note_edit_label = QLabel(self.checkin_group)
        self.checkin_note_edit_label.setObjectName(u"checkin_note_edit_label")

        self.checkin_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.checkin_note_edit_label)

        self.checkin_note_edit = QLineEdit(self.checkin_group)
        self.checkin_note_edit.setObjectName(u"checkin_note_edit")

        self.checkin_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.checkin_note_edit)

        self.checkin_save_button_label = QLabel(self.checkin_group)
        self.checkin_save_button_label.setObjectName(u"checkin_save_button_label")

        self.checkin_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.checkin_save_button_label)

        self.checkin_save_button = QPushButton(self.checkin_group)
        self.checkin_save_button.setObjectName(u"checkin_save_button")

        self.checkin_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.checkin_save_button)


        self.entries_grid.addWidget(self.checkin_group, 0, 0, 1, 1)

        self.scores_group = QGroupBox(self.entries_inner)
        self.scores_group.setObjectName(u"scores_group")
        self.scores_group_layout = QVBoxLayout(self.scores_group)
        self.scores_group_layout.setObjectName(u"scores_group_layout")
        self.scores_form = QFormLayout()
        self.scores_form.setObjectName(u"scores_form")
        self.score_peer_combo_label = QLabel(self.scores_group)
        self.score_peer_combo_label.setObjectName(u"score_peer_combo_label")

        self.scores_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.score_peer_combo_label)

        self.score_peer_combo = QComboBox(self.scores_group)
        self.score_peer_combo.setObjectName(u"score_peer_combo")

        self.scores_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.score_peer_combo)

        self.score_date_label = QLabel(self.scores_group)
        self.score_date_label.setObjectName(u"score_date_label")

        self.scores_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.score_date_label)

        self.score_date = QDateEdit(self.scores_group)
        self.score_date.setObjectName(u"score_date")
        self.score_date.setCalendarPopup(True)

        self.scores_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.score_date)

        self.score_point_edit_label = QLabel(self.scores_group)
        self.score_point_edit_label.setObjectName(u"score_point_edit_label")

        self.scores_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.score_point_edit_label)

        self.score_point_edit = QLineEdit(self.scores_group)
        self.score_point_edit.setObjectName(u"score_point_edit")

        self.scores_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.score_point_edit)


        self.scores_group_layout.addLayout(self.scores_form)

        self.scores_container = QWidget(self.scores_group)
        self.scores_container.setObjectName(u"scores_container")
        self.scores_layout = QFormLayout(self.scores_container)
        self.scores_layout.setObjectName(u"scores_layout")
        self.scores_layout.setContentsMargins(0, 0, 0, 0)

        self.scores_group_layout.addWidget(self.scores_container)

        self.scores_save_button = QPushButton(self.scores_group)
        self.scores_save_button.setObjectName(u"scores_save_button")

        self.scores_group_layout.addWidget(self.scores_save_button)


        self.entries_grid.addWidget(self.scores_group, 1, 0, 1, 1)

        self.diffusion_group = QGroupBox(self.entries_inner)
        self.diffusion_group.setObjectName(u"diffusion_group")
        self.diffusion_form = QFormLayout(self.diffusion_group)
        self.diffusion_form.setObjectName(u"diffusion_form")
        self.diffusion_sharer_combo_label = QLabel(self.diffusion_group)
        self.diffusion_sharer_combo_label.setObjectName(u"diffusion_sharer_combo_label")

        self.diffusion_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.diffusion_sharer_combo_label)

        self.diffusion_sharer_combo = QComboBox(self.diffusion_group)
        self.diffusion_sharer_combo.setObjectName(u"diffusion_sharer_combo")

        self.diffusion_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.diffusion_sharer_combo)

        self.diffusion_name_edit_label = QLabel(self.diffusion_group)
        self.diffusion_name_edit_label.setObjectName(u"diffusion_name_edit_label")

        self.diffusion_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.diffusion_name_edit_label)

        self.diffusion_name_edit = QLineEdit(self.diffusion_group)
        self.diffusion_name_edit.setObjectName(u"diffusion_name_edit")

        self.diffusion_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.diffusion_name_edit)

        self.diffusion_parent_combo_label = QLabel(self.diffusion_group)
        self.diffusion_parent_combo_label.setObjectName(u"diffusion_parent_combo_label")

        self.diffusion_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.diffusion_parent_combo_label)

        self.diffusion_parent_combo = QComboBox(self.diffusion_group)
        self.diffusion_parent_combo.setObjectName(u"diffusion_parent_combo")

        self.diffusion_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.diffusion_parent_combo)

        self.diffusion_date_label = QLabel(self.diffusion_group)
        self.diffusion_date_label.setObjectName(u"diffusion_date_label")

        self.diffusion_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.diffusion_date_label)

        self.diffusion_date = QDateEdit(self.diffusion_group)
        self.diffusion_date.setObjectName(u"diffusion_date")
        self.diffusion_date.setCalendarPopup(True)

        self.diffusion_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.diffusion_date)

        self.diffusion_form_edit_label = QLabel(self.diffusion_group)
        self.diffusion_form_edit_label.setObjectName(u"diffusion_form_edit_label")

        self.diffusion_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.diffusion_form_edit_label)

        self.diffusion_form_edit = QLineEdit(self.diffusion_group)
        self.diffusion_form_edit.setObjectName(u"diffusion_form_edit")

        self.diffusion_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.diffusion_form_edit)

        self.diffusion_audience_edit_label = QLabel(self.diffusion_group)
        self.diffusion_audience_edit_label.setObjectName(u"diffusion_audience_edit_label")

        self.diffusion_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.diffusion_audience_edit_label)

        self.diffusion_audience_edit = QLineEdit(self.diffusion_group)
        self.diffusion_audience_edit.setObjectName(u"diffusion_audience_edit")

        self.diffusion_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.diffusion_audience_edit)

        self.diffusion_reached_spin_label = QLabel(self.diffusion_group)
        self.diffusion_reached_spin_label.setObjectName(u"diffusion_reached_spin_label")

        self.diffusion_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.diffusion_reached_spin_label)

        self.diffusion_reached_spin = QSpinBox(self.diffusion_group)
        self.diffusion_reached_spin.setObjectName(u"diffusion_reached_spin")
        self.diffusion_reached_spin.setMaximum(100000)

        self.diffusion_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.diffusion_reached_spin)

        self.diffusion_save_button_label = QLabel(self.diffusion_group)
        self.diffusion_save_button_label.setObjectName(u"diffusion_save_button_label")

        self.diffusion_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.diffusion_save_button_label)

        self.diffusion_save_button = QPushButton(self.diffusion_group)
        self.diffusion_save_button.setObjectName(u"diffusion_save_button")

        self.diffusion_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.diffusion_save_button)


        self.entries_grid.addWidget(self.diffusion_group, 0, 1, 1, 1)

        self.attendance_group = QGroupBox(self.entries_inner)
        self.attendance_group.setObjectName(u"attendance_group")
        self.attendance_form = QFormLayout(self.attendance_group)
        self.attendance_form.setObjectName(u"attendance_form")
        self.attendance_activity_combo_label = QLabel(self.attendance_group)
        self.attendance_activity_combo_label.setObjectName(u"attendance_activity_combo_label")

        self.attendance_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.attendance_activity_combo_label)

        self.attendance_activity_combo = QComboBox(self.attendance_group)
        self.attendance_activity_combo.setObjectName(u"attendance_activity_combo")

        self.attendance_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.attendance_activity_combo)

        self.attendance_spin_label = QLabel(self.attendance_group)
        self.attendance_spin_label.setObjectName(u"attendance_spin_label")

        self.attendance_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.attendance_spin_label)

        self.attendance_spin = QSpinBox(self.attendance_group)
        self.attendance_spin.setObjectName(u"attendance_spin")
        self.attendance_spin.setMaximum(100000)
        self.attendance_spin.setMinimum(-1)

        self.attendance_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.attendance_spin)

        self.attendance_save_button_label = QLabel(self.attendance_group)
        self.attendance_save_button_label.setObjectName(u"attendance_save_button_label")

        self.attendance_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.attendance_save_button_label)

        self.attendance_save_button = QPushButton(self.attendance_group)
        self.attendance_save_button.setObjectName(u"attendance_save_button")

        self.attendance_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.attendance_save_button)


        self.entries_grid.addWidget(self.attendance_group, 1, 1, 1, 1)

        self.interview_group = QGroupBox(self.entries_inner)
        self.interview_group.setObjectName(u"interview_group")
        self.interview_group_layout = QVBoxLayout(self.interview_group)
        self.interview_group_layout.setObjectName(u"interview_group_layout")
        self.interview_form = QFormLayout()
        self.interview_form.setObjectName(u"interview_form")
        self.interview_peer_combo_label = QLabel(self.interview_group)
        self.interview_peer_combo_label.setObjectName(u"interview_peer_combo_label")

        self.interview_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.interview_peer_combo_label)

        self.interview_peer_combo = QComboBox(self.interview_group)
        self.interview_peer_combo.setObjectName(u"interview_peer_combo")

        self.interview_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.interview_peer_combo)

        self.interview_date_label = QLabel(self.interview_group)
        self.interview_date_label.setObjectName(u"interview_date_label")

        self.interview_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.interview_date_label)

        self.interview_date = QDateEdit(self.interview_group)
        self.interview_date.setObjectName(u"interview_date")
        self.interview_date.setCalendarPopup(True)

        self.interview_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.interview_date)


        self.interview_group_layout.addLayout(self.interview_form)

        self.interview_container = QWidget(self.interview_group)
        self.interview_container.setObjectName(u"interview_container")
        self.interview_layout = QFormLayout(self.interview_container)
        self.interview_layout.setObjectName(u"interview_layout")
        self.interview_layout.setContentsMargins(0, 0, 0, 0)

        self.interview_group_layout.addWidget(self.interview_container)

        self.interview_save_button = QPushButton(self.interview_group)
        self.interview_save_button.setObjectName(u"interview_save_button")

        self.interview_group_layout.addWidget(self.interview_save_button)


        self.entries_grid.addWidget(self.interview_group, 2, 0, 1, 2)

        self.entries_scroll.setWidget(self.entries_inner)

        self.entries_layout.addWidget(self.entries_scroll)

        self.entries_status_label = QLabel(EvaluationEntries)
        self.entries_status_label.setObjectName(u"entries_status_label")
        self.entries_status_label.setTextFormat(Qt.PlainText)
        self.entries_status_label.setWordWrap(True)

        self.entries_layout.addWidget(self.entries_status_label)

#if QT_CONFIG(shortcut)
        self.checkin_peer_combo_label.setBuddy(self.checkin_peer_combo)
        self.checkin_week_date_label.setBuddy(self.checkin_week_date)
        self.checkin_productive_check_label.setBuddy(self.checkin_productive_check)
        self.checkin_note_edit_label.setBuddy(self.checkin_note_edit)
        self.checkin_save_button_label.setBuddy(self.checkin_save_button)
        self.score_peer_combo_label.setBuddy(self.score_peer_combo)
        self.score_date_label.setBuddy(self.score_date)
        self.score_point_edit_label.setBuddy(self.score_point_edit)
        self.diffusion_sharer_combo_label.setBuddy(self.diffusion_sharer_combo)
        self.diffusion_name_edit_label.setBuddy(self.diffusion_name_edit)
        self.diffusion_parent_combo_label.setBuddy(self.diffusion_parent_combo)
        self.diffusion_date_label.setBuddy(self.diffusion_date)
        self.diffusion_form_edit_label.setBuddy(self.diffusion_form_edit)
        self.diffusion_audience_edit_label.setBuddy(self.diffusion_audience_edit)
        self.diffusion_reached_spin_label.setBuddy(self.diffusion_reached_spin)
        self.diffusion_save_button_label.setBuddy(self.diffusion_save_button)
        self.attendance_activity_combo_label.setBuddy(self.attendance_activity_combo)
        self.attendance_spin_label.setBuddy(self.attendance_spin)
        self.attendance_save_button_label.setBuddy(self.attendance_save_button)
        self.interview_peer_combo_label.setBuddy(self.interview_peer_combo)
        self.interview_date_label.setBuddy(self.interview_date)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvaluationEntries)

        QMetaObject.connectSlotsByName(EvaluationEntries)
    # setupUi

    def retranslateUi(self, EvaluationEntries):
        self.checkin_group.setTitle(QCoreApplication.translate("EvaluationEntries", u"Weekly learning check-in", None))
        self.checkin_peer_combo_label.setText(QCoreApplication.translate("EvaluationEntries", u"Pee&r:", None))
        self.checkin_week_date_label.setText(QCoreApplication.translate("EvaluationEntries", u"&Week of:", None))
        self.checkin_week_date.setDisplayFormat(QCoreApplication.translate("EvaluationEntries", u"yyyy-MM-dd", None))
        self.checkin_productive_check_label.setText(QCoreApplication.translate("EvaluationEntries", u"Productive:", None))
        self.checkin_productive_check.setText(QCoreApplication.translate("EvaluationEntries", u"Had a productive conversation about a reform challenge", None))
        self.checkin_note_edit_label.setText(QCoreApplication.translate("EvaluationEntries", u"&Note:", None))
        self.checkin_save_button_label.setText("")
        self.checkin_save_button.setText(QCoreApplication.translate("EvaluationEntries", u"Save check-in", None))
        self.scores_group.setTitle(QCoreApplication.translate("EvaluationEntries", u"Learning-gain scores (5 very, 3 quite, 1 not important)", None))
        self.score_peer_combo_label.setText(QCoreApplication.translate("EvaluationEntries", u"P&eer:", None))
        self.score_date_label.setText(QCoreApplication.translate("EvaluationEntries", u"Assessed on:", None))
        self.score_date.setDisplayFormat(QCoreApplication.translate("EvaluationEntries", u"yyyy-MM-dd", None))
        self.score_point_edit_label.setText(QCoreApplication.translate("EvaluationEntries", u"Point:", None))
        self.score_point_edit.setPlaceholderText(QCoreApplication.translate("EvaluationEntries", u"baseline, midpoint, end\u2026", None))
        self.scores_save_button.setText(QCoreApplication.translate("EvaluationEntries", u"Save scores", None))
        self.diffusion_group.setTitle(QCoreApplication.translate("EvaluationEntries", u"Diffusion: sharing back home", None))
        self.diffusion_sharer_combo_label.setText(QCoreApplication.translate("EvaluationEntries", u"S&hared by:", None))
        self.diffusion_name_edit_label.setText(QCoreApplication.translate("EvaluationEntries", u"Colleague's name:", None))
        self.diffusion_name_edit.setPlaceholderText(QCoreApplication.translate("EvaluationEntries", u"when a colleague reached earlier shares on", None))
        self.diffusion_parent_combo_label.setText(QCoreApplication.translate("EvaluationEntries", u"Reached through:", None))
        self.diffusion_date_label.setText(QCoreApplication.translate("EvaluationEntries", u"Date:", None))
        self.diffusion_date.setDisplayFormat(QCoreApplication.translate("EvaluationEntries", u"yyyy-MM-dd", None))
        self.diffusion_form_edit_label.setText(QCoreApplication.translate("EvaluationEntries", u"Form:", None))
        self.diffusion_form_edit.setText(QCoreApplication.translate("EvaluationEntries", u"presentation", None))
        self.diffusion_audience_edit_label.setText(QCoreApplication.translate("EvaluationEntries", u"Audience:", None))
        self.diffusion_reached_spin_label.setText(QCoreApplication.translate("EvaluationEntries", u"People reached:", None))
        self.diffusion_save_button_label.setText("")
        self.diffusion_save_button.setText(QCoreApplication.translate("EvaluationEntries", u"Save diffusion event", None))
        self.attendance_group.setTitle(QCoreApplication.translate("EvaluationEntries", u"Event attendance", None))
        self.attendance_activity_combo_label.setText(QCoreApplication.translate("EvaluationEntries", u"E&vent:", None))
        self.attendance_spin_label.setText(QCoreApplication.translate("EvaluationEntries", u"Head count:", None))
        self.attendance_spin.setSpecialValueText(QCoreApplication.translate("EvaluationEntries", u"not counted", None))
        self.attendance_save_button_label.setText("")
        self.attendance_save_button.setText(QCoreApplication.translate("EvaluationEntries", u"Save attendance", None))
        self.interview_group.setTitle(QCoreApplication.translate("EvaluationEntries", u"Value-creation interview", None))
        self.interview_peer_combo_label.setText(QCoreApplication.translate("EvaluationEntries", u"Peer:", None))
        self.interview_date_label.setText(QCoreApplication.translate("EvaluationEntries", u"Interviewed on:", None))
        self.interview_date.setDisplayFormat(QCoreApplication.translate("EvaluationEntries", u"yyyy-MM-dd", None))
        self.interview_save_button.setText(QCoreApplication.translate("EvaluationEntries", u"Save interview", None))
        self.entries_status_label.setText("")
        pass
    # retranslateUi
