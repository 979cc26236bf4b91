# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_editor_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ProfileEditorDialog(object):
    def setupUi(self, ProfileEditorDialog):
        if not ProfileEditorDialog.objectName():
            ProfileEditorDialog.setObjectName(u"ProfileEditorDialog")
        ProfileEditorDialog.resize(1000, 540)
        self.dialog_layout = QVBoxLayout(ProfileEditorDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.name_label = QLabel(ProfileEditorDialog)
        self.name_label.setObjectName(u"name_label")

        self.dialog_layout.addWidget(self.name_label)

        self.error_label = QLabel(ProfileEditorDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.completeness_label = QLabel(ProfileEditorDialog)
        self.completeness_label.setObjectName(u"completeness_label")

        self.dialog_layout.addWidget(self.completeness_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.fields_form = QFormLayout()
        self.fields_form.setObjectName(u"fields_form")
        self.full_name_label = QLabel(ProfileEditorDialog)
        self.full_name_label.setObjectName(u"full_name_label")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name_edit = QLineEdit(ProfileEditorDialog)
        self.full_name_edit.setObjectName(u"full_name_edit")
        self.full_name_edit.setMaxLength(300)

        self.fields_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name_edit)

        self.email_label = QLabel(ProfileEditorDialog)
        self.email_label.setObjectName(u"email_label")

        self.fields_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(ProfileEditorDialog)
        self.email_edit.setObjectName(u"email_edit")
        self.email_edit.setMaxLength(320)

        self.fields_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.organisation_label = QLabel(ProfileEditorDialog)
        self.organisation_label.setObjectName(u"organisation_label")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_edit = QLineEdit(ProfileEditorDialog)
        self.organisation_edit.setObjectName(u"organisation_edit")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organisation_edit)

        self.country_label = QLabel(ProfileEditorDialog)
        self.country_label.setObjectName(u"country_label")

        self.fields_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country_edit = QLineEdit(ProfileEditorDialog)
        self.country_edit.setObjectName(u"country_edit")

        self.fields_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.country_edit)

        self.position_label = QLabel(ProfileEditorDialog)
        self.position_label.setObjectName(u"position_label")

        self.fields_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position_edit = QLineEdit(ProfileEditorDialog)
        self.position_edit.setObjectName(u"position_edit")

        self.fields_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.position_edit)

        self.affiliation_label = QLabel(ProfileEditorDialog)
        self.affiliation_label.setObjectName(u"affiliation_label")

        self.fields_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.affiliation_label)

        self.affiliation_edit = QLineEdit(ProfileEditorDialog)
        self.affiliation_edit.setObjectName(u"affiliation_edit")

        self.fields_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.affiliation_edit)

        self.career_label = QLabel(ProfileEditorDialog)
        self.career_label.setObjectName(u"career_label")

        self.fields_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.career_label)

        self.career_combo = QComboBox(ProfileEditorDialog)
        self.career_combo.setObjectName(u"career_combo")

        self.fields_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.career_combo)

        self.education_label = QLabel(ProfileEditorDialog)
        self.education_label.setObjectName(u"education_label")

        self.fields_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.education_label)

        self.education_combo = QComboBox(ProfileEditorDialog)
        self.education_combo.setObjectName(u"education_combo")

        self.fields_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.education_combo)

        self.influence_label = QLabel(ProfileEditorDialog)
        self.influence_label.setObjectName(u"influence_label")

        self.fields_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.influence_label)

        self.influence_combo = QComboBox(ProfileEditorDialog)
        self.influence_combo.setObjectName(u"influence_combo")

        self.fields_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.influence_combo)

        self.standing_label = QLabel(ProfileEditorDialog)
        self.standing_label.setObjectName(u"standing_label")

        self.fields_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.standing_label)

        self.standing_combo = QComboBox(ProfileEditorDialog)
        self.standing_combo.setObjectName(u"standing_combo")

        self.fields_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.standing_combo)

        self.languages_label = QLabel(ProfileEditorDialog)
        self.languages_label.setObjectName(u"languages_label")

        self.fields_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.languages_label)

        self.languages_edit = QLineEdit(ProfileEditorDialog)
        self.languages_edit.setObjectName(u"languages_edit")

        self.fields_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.languages_edit)


        self.columns_layout.addLayout(self.fields_form)

        self.problems_box = QGroupBox(ProfileEditorDialog)
        self.problems_box.setObjectName(u"problems_box")
        self.problems_layout = QVBoxLayout(self.problems_box)
        self.problems_layout.setObjectName(u"problems_layout")
        self.problems_list = QListWidget(self.problems_box)
        self.problems_list.setObjectName(u"problems_list")
        self.problems_list.setMinimumSize(QSize(160, 0))

        self.problems_layout.addWidget(self.problems_list)

        self.new_problems_edit = QLineEdit(self.problems_box)
        self.new_problems_edit.setObjectName(u"new_problems_edit")

        self.problems_layout.addWidget(self.new_problems_edit)


        self.columns_layout.addWidget(self.problems_box)

        self.goals_box = QGroupBox(ProfileEditorDialog)
        self.goals_box.setObjectName(u"goals_box")
        self.goals_layout = QVBoxLayout(self.goals_box)
        self.goals_layout.setObjectName(u"goals_layout")
        self.goals_list = QListWidget(self.goals_box)
        self.goals_list.setObjectName(u"goals_list")
        self.goals_list.setMinimumSize(QSize(160, 0))

        self.goals_layout.addWidget(self.goals_list)

        self.new_goals_edit = QLineEdit(self.goals_box)
        self.new_goals_edit.setObjectName(u"new_goals_edit")

        self.goals_layout.addWidget(self.new_goals_edit)


        self.columns_layout.addWidget(self.goals_box)

        self.tasks_box = QGroupBox(ProfileEditorDialog)
        self.tasks_box.setObjectName(u"tasks_box")
        self.tasks_layout = QVBoxLayout(self.tasks_box)
        self.tasks_layout.setObjectName(u"tasks_layout")
        self.tasks_list = QListWidget(self.tasks_box)
        self.tasks_list.setObjectName(u"tasks_list")
        self.tasks_list.setMinimumSize(QSize(160, 0))

        self.tasks_layout.addWidget(self.tasks_list)

        self.new_tasks_edit = QLineEdit(self.tasks_box)
        self.new_tasks_edit.setObjectName(u"new_tasks_edit")

        self.tasks_layout.addWidget(self.new_tasks_edit)


        self.columns_layout.addWidget(self.tasks_box)


        self.dialog_layout.addLayout(self.columns_layout)

        self.button_box = QDialogButtonBox(ProfileEditorDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.full_name_label.setBuddy(self.full_name_edit)
        self.email_label.setBuddy(self.email_edit)
        self.organisation_label.setBuddy(self.organisation_edit)
        self.country_label.setBuddy(self.country_edit)
        self.position_label.setBuddy(self.position_edit)
        self.affiliation_label.setBuddy(self.affiliation_edit)
        self.career_label.setBuddy(self.career_combo)
        self.education_label.setBuddy(self.education_combo)
        self.influence_label.setBuddy(self.influence_combo)
        self.standing_label.setBuddy(self.standing_combo)
        self.languages_label.setBuddy(self.languages_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProfileEditorDialog)

        QMetaObject.connectSlotsByName(ProfileEditorDialog)
    # setupUi

    def retranslateUi(self, ProfileEditorDialog):
        ProfileEditorDialog.setWindowTitle(QCoreApplication.translate("ProfileEditorDialog", u"Matching profile", None))
        self.name_label.setText("")
        self.error_label.setText("")
        self.completeness_label.setText("")
        self.full_name_label.setText(QCoreApplication.translate("ProfileEditorDialog", u"Full &name *", None))
        self.email_label.setText(QCoreApplication.translate("ProfileEditorDialog", u"&E-mail *", None))
        self.organisation_label.setText(QCoreApplication.translate("ProfileEditorDialog", u"Organisation", None))
        self.country_label.setText(QCoreApplication.translate("ProfileEditorDialog", u"Country", None))
        self.position_label.setText(QCoreApplication.translate("ProfileEditorDialog", u"Position", None))
        self.affiliation_label.setText(QCoreApplication.translate("ProfileEditorDialog", u"Professional affiliation", None))
        self.career_label.setText(QCoreApplication.translate("ProfileEditorDialog", u"Career level", None))
        self.education_label.setText(QCoreApplication.translate("ProfileEditorDialog", u"Education", None))
        self.influence_label.setText(QCoreApplication.translate("ProfileEditorDialog", u"Influence over the reform", None))
        self.standing_label.setText(QCoreApplication.translate("ProfileEditorDialog", u"Social standing", None))
        self.languages_label.setText(QCoreApplication.translate("ProfileEditorDialog", u"Working languages", None))
#if QT_CONFIG(tooltip)
        self.languages_edit.setToolTip(QCoreApplication.translate("ProfileEditorDialog", u"Language codes separated by spaces or commas, e.g. en ru ro", None))
#endif // QT_CONFIG(tooltip)
        self.problems_box.setTitle(QCoreApplication.translate("ProfileEditorDialog", u"Problems and challenges", None))
        self.new_problems_edit.setPlaceholderText(QCoreApplication.translate("ProfileEditorDialog", u"Type a new one and press Enter", None))
        self.goals_box.setTitle(QCoreApplication.translate("ProfileEditorDialog", u"Goals", None))
        self.new_goals_edit.setPlaceholderText(QCoreApplication.translate("ProfileEditorDialog", u"Type a new one and press Enter", None))
        self.tasks_box.setTitle(QCoreApplication.translate("ProfileEditorDialog", u"Tasks", None))
        self.new_tasks_edit.setPlaceholderText(QCoreApplication.translate("ProfileEditorDialog", u"Type a new one and press Enter", None))
    # retranslateUi
