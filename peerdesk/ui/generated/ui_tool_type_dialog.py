# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tool_type_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QGroupBox, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ToolTypeDialog(object):
    def setupUi(self, ToolTypeDialog):
        if not ToolTypeDialog.objectName():
            ToolTypeDialog.setObjectName(u"ToolTypeDialog")
        ToolTypeDialog.setMinimumSize(QSize(560, 480))
        self.tool_type_layout = QVBoxLayout(ToolTypeDialog)
        self.tool_type_layout.setObjectName(u"tool_type_layout")
        self.name_label = QLabel(ToolTypeDialog)
        self.name_label.setObjectName(u"name_label")

        self.tool_type_layout.addWidget(self.name_label)

        self.name_edit = QLineEdit(ToolTypeDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.tool_type_layout.addWidget(self.name_edit)

        self.name_error_label = QLabel(ToolTypeDialog)
        self.name_error_label.setObjectName(u"name_error_label")
        self.name_error_label.setTextFormat(Qt.PlainText)
        self.name_error_label.setWordWrap(True)
        self.name_error_label.setVisible(False)

        self.tool_type_layout.addWidget(self.name_error_label)

        self.description_label = QLabel(ToolTypeDialog)
        self.description_label.setObjectName(u"description_label")

        self.tool_type_layout.addWidget(self.description_label)

        self.description_edit = QPlainTextEdit(ToolTypeDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setMaximumSize(QSize(16777215, 80))

        self.tool_type_layout.addWidget(self.description_edit)

        self.cells_box = QGroupBox(ToolTypeDialog)
        self.cells_box.setObjectName(u"cells_box")
        self.cells_grid = QGridLayout(self.cells_box)
        self.cells_grid.setObjectName(u"cells_grid")

        self.tool_type_layout.addWidget(self.cells_box)

        self.cells_error_label = QLabel(ToolTypeDialog)
        self.cells_error_label.setObjectName(u"cells_error_label")
        self.cells_error_label.setTextFormat(Qt.PlainText)
        self.cells_error_label.setWordWrap(True)
        self.cells_error_label.setVisible(False)

        self.tool_type_layout.addWidget(self.cells_error_label)

        self.supports_label = QLabel(ToolTypeDialog)
        self.supports_label.setObjectName(u"supports_label")

        self.tool_type_layout.addWidget(self.supports_label)

        self.supports_list = QListWidget(ToolTypeDialog)
        self.supports_list.setObjectName(u"supports_list")

        self.tool_type_layout.addWidget(self.supports_list)

        self.button_box = QDialogButtonBox(ToolTypeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.tool_type_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.description_label.setBuddy(self.description_edit)
        self.supports_label.setBuddy(self.supports_list)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ToolTypeDialog)

        QMetaObject.connectSlotsByName(ToolTypeDialog)
    # setupUi

    def retranslateUi(self, ToolTypeDialog):
        ToolTypeDialog.setWindowTitle(QCoreApplication.translate("ToolTypeDialog", u"Your own tool type", None))
        self.name_label.setText(QCoreApplication.translate("ToolTypeDialog", u"&Name:", None))
        self.name_error_label.setText("")
        self.name_error_label.setStyleSheet(QCoreApplication.translate("ToolTypeDialog", u"color: #b00020;", None))
        self.description_label.setText(QCoreApplication.translate("ToolTypeDialog", u"&What it is:", None))
        self.cells_box.setTitle(QCoreApplication.translate("ToolTypeDialog", u"Cells of the map it serves", None))
        self.cells_error_label.setText("")
        self.cells_error_label.setStyleSheet(QCoreApplication.translate("ToolTypeDialog", u"color: #b00020;", None))
        self.supports_label.setText(QCoreApplication.translate("ToolTypeDialog", u"&Learning goals it supports:", None))
    # retranslateUi
