# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_backup_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_RestoreBackupDialog(object):
    def setupUi(self, RestoreBackupDialog):
        if not RestoreBackupDialog.objectName():
            RestoreBackupDialog.setObjectName(u"RestoreBackupDialog")
        RestoreBackupDialog.resize(640, 420)
        self.dialog_layout = QVBoxLayout(RestoreBackupDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(RestoreBackupDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.PlainText)
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.backups_view = QTableView(RestoreBackupDialog)
        self.backups_view.setObjectName(u"backups_view")
        self.backups_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.backups_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backups_view.setAlternatingRowColors(True)

        self.dialog_layout.addWidget(self.backups_view)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.backup_now_button = QPushButton(RestoreBackupDialog)
        self.backup_now_button.setObjectName(u"backup_now_button")

        self.buttons_row.addWidget(self.backup_now_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.restore_button = QPushButton(RestoreBackupDialog)
        self.restore_button.setObjectName(u"restore_button")
        self.restore_button.setEnabled(False)

        self.buttons_row.addWidget(self.restore_button)

        self.close_button = QPushButton(RestoreBackupDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_row.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons_row)


        self.retranslateUi(RestoreBackupDialog)

        QMetaObject.connectSlotsByName(RestoreBackupDialog)
    # setupUi

    def retranslateUi(self, RestoreBackupDialog):
        RestoreBackupDialog.setWindowTitle(QCoreApplication.translate("RestoreBackupDialog", u"Restore from backup", None))
        self.intro_label.setText("")
        self.backup_now_button.setText(QCoreApplication.translate("RestoreBackupDialog", u"&Back up now", None))
        self.restore_button.setText(QCoreApplication.translate("RestoreBackupDialog", u"&Restore the selected backup\u2026", None))
        self.close_button.setText(QCoreApplication.translate("RestoreBackupDialog", u"Close", None))
    # retranslateUi
