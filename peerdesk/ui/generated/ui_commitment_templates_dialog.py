# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commitment_templates_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_CommitmentTemplatesDialog(object):
    def setupUi(self, CommitmentTemplatesDialog):
        if not CommitmentTemplatesDialog.objectName():
            CommitmentTemplatesDialog.setObjectName(u"CommitmentTemplatesDialog")
        CommitmentTemplatesDialog.setMinimumSize(QSize(720, 420))
        self.dialog_layout = QVBoxLayout(CommitmentTemplatesDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(CommitmentTemplatesDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.templates_view = QTableView(CommitmentTemplatesDialog)
        self.templates_view.setObjectName(u"templates_view")
        self.templates_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.templates_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.templates_view.setAlternatingRowColors(True)
        self.templates_view.setWordWrap(True)

        self.dialog_layout.addWidget(self.templates_view)

        self.templates_bar = QHBoxLayout()
        self.templates_bar.setObjectName(u"templates_bar")
        self.edit_button = QPushButton(CommitmentTemplatesDialog)
        self.edit_button.setObjectName(u"edit_button")

        self.templates_bar.addWidget(self.edit_button)

        self.add_button = QPushButton(CommitmentTemplatesDialog)
        self.add_button.setObjectName(u"add_button")

        self.templates_bar.addWidget(self.add_button)

        self.remove_button = QPushButton(CommitmentTemplatesDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.templates_bar.addWidget(self.remove_button)

        self.up_button = QPushButton(CommitmentTemplatesDialog)
        self.up_button.setObjectName(u"up_button")

        self.templates_bar.addWidget(self.up_button)

        self.down_button = QPushButton(CommitmentTemplatesDialog)
        self.down_button.setObjectName(u"down_button")

        self.templates_bar.addWidget(self.down_button)

        self.standard_button = QPushButton(CommitmentTemplatesDialog)
        self.standard_button.setObjectName(u"standard_button")

        self.templates_bar.addWidget(self.standard_button)

        self.bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templates_bar.addItem(self.bar_spacer)


        self.dialog_layout.addLayout(self.templates_bar)

        self.button_box = QDialogButtonBox(CommitmentTemplatesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(CommitmentTemplatesDialog)

        QMetaObject.connectSlotsByName(CommitmentTemplatesDialog)
    # setupUi

    def retranslateUi(self, CommitmentTemplatesDialog):
        CommitmentTemplatesDialog.setWindowTitle(QCoreApplication.translate("CommitmentTemplatesDialog", u"Default commitments", None))
        self.intro_label.setText(QCoreApplication.translate("CommitmentTemplatesDialog", u"Every new contract of this initiative starts with these commitments. Contracts already made keep their own.", None))
        self.edit_button.setText(QCoreApplication.translate("CommitmentTemplatesDialog", u"&Edit\u2026", None))
        self.add_button.setText(QCoreApplication.translate("CommitmentTemplatesDialog", u"A&dd\u2026", None))
        self.remove_button.setText(QCoreApplication.translate("CommitmentTemplatesDialog", u"Re&move", None))
        self.up_button.setText(QCoreApplication.translate("CommitmentTemplatesDialog", u"Up", None))
        self.down_button.setText(QCoreApplication.translate("CommitmentTemplatesDialog", u"Down", None))
        self.standard_button.setText(QCoreApplication.translate("CommitmentTemplatesDialog", u"Use the &standard set", None))
    # retranslateUi
