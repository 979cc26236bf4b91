# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commitment_item_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_CommitmentItemDialog(object):
    def setupUi(self, CommitmentItemDialog):
        if not CommitmentItemDialog.objectName():
            CommitmentItemDialog.setObjectName(u"CommitmentItemDialog")
        CommitmentItemDialog.setMinimumSize(QSize(520, 0))
        self.dialog_layout = QVBoxLayout(CommitmentItemDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.item_form = QFormLayout()
        self.item_form.setObjectName(u"item_form")
        self.party_label = QLabel(CommitmentItemDialog)
        self.party_label.setObjectName(u"party_label")

        self.item_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.party_label)

        self.party_combo = QComboBox(CommitmentItemDialog)
        self.party_combo.setObjectName(u"party_combo")

        self.item_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.party_combo)

        self.kind_label = QLabel(CommitmentItemDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.item_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(CommitmentItemDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.item_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.meetings_label = QLabel(CommitmentItemDialog)
        self.meetings_label.setObjectName(u"meetings_label")

        self.item_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.meetings_label)

        self.meetings_edit = QLineEdit(CommitmentItemDialog)
        self.meetings_edit.setObjectName(u"meetings_edit")

        self.item_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.meetings_edit)

        self.frequency_label = QLabel(CommitmentItemDialog)
        self.frequency_label.setObjectName(u"frequency_label")

        self.item_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.frequency_label)

        self.frequency_combo = QComboBox(CommitmentItemDialog)
        self.frequency_combo.setObjectName(u"frequency_combo")

        self.item_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.frequency_combo)

        self.activity_label = QLabel(CommitmentItemDialog)
        self.activity_label.setObjectName(u"activity_label")

        self.item_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.activity_label)

        self.activity_edit = QLineEdit(CommitmentItemDialog)
        self.activity_edit.setObjectName(u"activity_edit")

        self.item_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.activity_edit)

        self.lesson_label = QLabel(CommitmentItemDialog)
        self.lesson_label.setObjectName(u"lesson_label")

        self.item_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lesson_label)

        self.lesson_edit = QLineEdit(CommitmentItemDialog)
        self.lesson_edit.setObjectName(u"lesson_edit")

        self.item_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.lesson_edit)

        self.form_label = QLabel(CommitmentItemDialog)
        self.form_label.setObjectName(u"form_label")

        self.item_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.form_label)

        self.form_combo = QComboBox(CommitmentItemDialog)
        self.form_combo.setObjectName(u"form_combo")

        self.item_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.form_combo)

        self.audience_label = QLabel(CommitmentItemDialog)
        self.audience_label.setObjectName(u"audience_label")

        self.item_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.audience_label)

        self.audience_spin = QSpinBox(CommitmentItemDialog)
        self.audience_spin.setObjectName(u"audience_spin")
        self.audience_spin.setMaximum(100000)

        self.item_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.audience_spin)

        self.days_label = QLabel(CommitmentItemDialog)
        self.days_label.setObjectName(u"days_label")

        self.item_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.days_label)

        self.days_spin = QSpinBox(CommitmentItemDialog)
        self.days_spin.setObjectName(u"days_spin")
        self.days_spin.setMaximum(365)

        self.item_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.days_spin)

        self.amount_label = QLabel(CommitmentItemDialog)
        self.amount_label.setObjectName(u"amount_label")

        self.item_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount_row = QHBoxLayout()
        self.amount_row.setObjectName(u"amount_row")
        self.amount_edit = QLineEdit(CommitmentItemDialog)
        self.amount_edit.setObjectName(u"amount_edit")

        self.amount_row.addWidget(self.amount_edit)

        self.currency_edit = QLineEdit(CommitmentItemDialog)
        self.currency_edit.setObjectName(u"currency_edit")
        self.currency_edit.setMaximumSize(QSize(80, 16777215))

        self.amount_row.addWidget(self.currency_edit)


        self.item_form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.amount_row)

        self.beneficiaries_label = QLabel(CommitmentItemDialog)
        self.beneficiaries_label.setObjectName(u"beneficiaries_label")

        self.item_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.beneficiaries_label)

        self.beneficiaries_edit = QLineEdit(CommitmentItemDialog)
        self.beneficiaries_edit.setObjectName(u"beneficiaries_edit")

        self.item_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.beneficiaries_edit)

        self.schedule_label = QLabel(CommitmentItemDialog)
        self.schedule_label.setObjectName(u"schedule_label")

        self.item_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.schedule_label)

        self.schedule_combo = QComboBox(CommitmentItemDialog)
        self.schedule_combo.setObjectName(u"schedule_combo")

        self.item_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.schedule_combo)

        self.text_label = QLabel(CommitmentItemDialog)
        self.text_label.setObjectName(u"text_label")

        self.item_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text_column = QVBoxLayout()
        self.text_column.setObjectName(u"text_column")
        self.text_edit = QPlainTextEdit(CommitmentItemDialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setMaximumSize(QSize(16777215, 70))
        self.text_edit.setTabChangesFocus(True)

        self.text_column.addWidget(self.text_edit)

        self.own_wording_check = QCheckBox(CommitmentItemDialog)
        self.own_wording_check.setObjectName(u"own_wording_check")

        self.text_column.addWidget(self.own_wording_check)


        self.item_form.setLayout(12, QFormLayout.ItemRole.FieldRole, self.text_column)

        self.due_label = QLabel(CommitmentItemDialog)
        self.due_label.setObjectName(u"due_label")

        self.item_form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.due_label)

        self.due_row = QHBoxLayout()
        self.due_row.setObjectName(u"due_row")
        self.due_check = QCheckBox(CommitmentItemDialog)
        self.due_check.setObjectName(u"due_check")

        self.due_row.addWidget(self.due_check)

        self.due_edit = QDateEdit(CommitmentItemDialog)
        self.due_edit.setObjectName(u"due_edit")
        self.due_edit.setCalendarPopup(True)

        self.due_row.addWidget(self.due_edit)


        self.item_form.setLayout(13, QFormLayout.ItemRole.FieldRole, self.due_row)

        self.status_label = QLabel(CommitmentItemDialog)
        self.status_label.setObjectName(u"status_label")

        self.item_form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_row = QHBoxLayout()
        self.status_row.setObjectName(u"status_row")
        self.status_combo = QComboBox(CommitmentItemDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.status_row.addWidget(self.status_combo)

        self.status_date_label = QLabel(CommitmentItemDialog)
        self.status_date_label.setObjectName(u"status_date_label")

        self.status_row.addWidget(self.status_date_label)

        self.status_date_edit = QDateEdit(CommitmentItemDialog)
        self.status_date_edit.setObjectName(u"status_date_edit")
        self.status_date_edit.setCalendarPopup(True)

        self.status_row.addWidget(self.status_date_edit)


        self.item_form.setLayout(14, QFormLayout.ItemRole.FieldRole, self.status_row)

        self.evidence_label = QLabel(CommitmentItemDialog)
        self.evidence_label.setObjectName(u"evidence_label")

        self.item_form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.evidence_label)

        self.evidence_edit = QPlainTextEdit(CommitmentItemDialog)
        self.evidence_edit.setObjectName(u"evidence_edit")
        self.evidence_edit.setMaximumSize(QSize(16777215, 60))
        self.evidence_edit.setTabChangesFocus(True)

        self.item_form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.evidence_edit)


        self.dialog_layout.addLayout(self.item_form)

        self.preview_group = QGroupBox(CommitmentItemDialog)
        self.preview_group.setObjectName(u"preview_group")
        self.preview_layout = QVBoxLayout(self.preview_group)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_label = QLabel(self.preview_group)
        self.preview_label.setObjectName(u"preview_label")
        self.preview_label.setTextFormat(Qt.PlainText)
        self.preview_label.setWordWrap(True)

        self.preview_layout.addWidget(self.preview_label)


        self.dialog_layout.addWidget(self.preview_group)

        self.button_box = QDialogButtonBox(CommitmentItemDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.party_label.setBuddy(self.party_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.meetings_label.setBuddy(self.meetings_edit)
        self.frequency_label.setBuddy(self.frequency_combo)
        self.activity_label.setBuddy(self.activity_edit)
        self.lesson_label.setBuddy(self.lesson_edit)
        self.form_label.setBuddy(self.form_combo)
        self.audience_label.setBuddy(self.audience_spin)
        self.days_label.setBuddy(self.days_spin)
        self.amount_label.setBuddy(self.amount_edit)
        self.beneficiaries_label.setBuddy(self.beneficiaries_edit)
        self.schedule_label.setBuddy(self.schedule_combo)
        self.text_label.setBuddy(self.text_edit)
        self.due_label.setBuddy(self.due_check)
        self.status_label.setBuddy(self.status_combo)
        self.evidence_label.setBuddy(self.evidence_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CommitmentItemDialog)

        QMetaObject.connectSlotsByName(CommitmentItemDialog)
    # setupUi

    def retranslateUi(self, CommitmentItemDialog):
        CommitmentItemDialog.setWindowTitle(QCoreApplication.translate("CommitmentItemDialog", u"Commitment", None))
        self.party_label.setText(QCoreApplication.translate("CommitmentItemDialog", u"&Who commits:", None))
        self.kind_label.setText(QCoreApplication.translate("CommitmentItemDialog", u"&Kind:", None))
        self.meetings_label.setText(QCoreApplication.translate("CommitmentItemDialog", u"Named &meetings:", None))
        self.meetings_edit.setPlaceholderText(QCoreApplication.translate("CommitmentItemDialog", u"Empty: the activities listed in the contract", None))
        self.frequency_label.setText(QCoreApplication.translate("CommitmentItemDialog", u"&Frequency:", None))
        self.activity_label.setText(QCoreApplication.translate("CommitmentItemDialog", u"&Joint activity:", None))
        self.lesson_label.setText(QCoreApplication.translate("CommitmentItemDialog", u"&Lesson to apply:", None))
        self.form_label.setText(QCoreApplication.translate("CommitmentItemDialog", u"&Form of sharing:", None))
        self.audience_label.setText(QCoreApplication.translate("CommitmentItemDialog", u"&Audience (people):", None))
        self.audience_spin.setSpecialValueText(QCoreApplication.translate("CommitmentItemDialog", u"not set", None))
        self.days_label.setText(QCoreApplication.translate("CommitmentItemDialog", u"Days of &time off:", None))
        self.days_spin.setSpecialValueText(QCoreApplication.translate("CommitmentItemDialog", u"not set", None))
        self.amount_label.setText(QCoreApplication.translate("CommitmentItemDialog", u"&Budget:", None))
        self.amount_edit.setPlaceholderText(QCoreApplication.translate("CommitmentItemDialog", u"amount", None))
        self.currency_edit.setPlaceholderText(QCoreApplication.translate("CommitmentItemDialog", u"currency", None))
        self.beneficiaries_label.setText(QCoreApplication.translate("CommitmentItemDialog", u"&Beneficiaries:", None))
        self.beneficiaries_edit.setPlaceholderText(QCoreApplication.translate("CommitmentItemDialog", u"Units or people expected to benefit", None))
        self.schedule_label.setText(QCoreApplication.translate("CommitmentItemDialog", u"Report-back &schedule:", None))
        self.text_label.setText(QCoreApplication.translate("CommitmentItemDialog", u"Own &wording:", None))
        self.own_wording_check.setText(QCoreApplication.translate("CommitmentItemDialog", u"Print my own wording, not the standard sentence", None))
        self.due_label.setText(QCoreApplication.translate("CommitmentItemDialog", u"D&ue:", None))
        self.due_check.setText(QCoreApplication.translate("CommitmentItemDialog", u"has a due date", None))
        self.due_edit.setDisplayFormat(QCoreApplication.translate("CommitmentItemDialog", u"yyyy-MM-dd", None))
        self.status_label.setText(QCoreApplication.translate("CommitmentItemDialog", u"&Kept?", None))
        self.status_date_label.setText(QCoreApplication.translate("CommitmentItemDialog", u"on", None))
        self.status_date_edit.setDisplayFormat(QCoreApplication.translate("CommitmentItemDialog", u"yyyy-MM-dd", None))
        self.evidence_label.setText(QCoreApplication.translate("CommitmentItemDialog", u"E&vidence:", None))
        self.preview_group.setTitle(QCoreApplication.translate("CommitmentItemDialog", u"As printed", None))
        self.preview_label.setText("")
    # retranslateUi
