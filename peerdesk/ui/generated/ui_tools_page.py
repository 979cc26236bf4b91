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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

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

        self.activities_view = QTableView(ToolsPage)
        self.activities_view.setObjectName(u"activities_view")
        self.activities_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.activities_view.setSortingEnabled(True)
        self.activities_view.setAlternatingRowColors(True)

        self.page_layout.addWidget(self.activities_view)

        self.detail_label = QLabel(ToolsPage)
        self.detail_label.setObjectName(u"detail_label")
        self.detail_label.setTextFormat(Qt.PlainText)
        self.detail_label.setWordWrap(True)

        self.page_layout.addWidget(self.detail_label)


        self.retranslateUi(ToolsPage)

        QMetaObject.connectSlotsByName(ToolsPage)
    # setupUi

    def retranslateUi(self, ToolsPage):
        self.summary_label.setText("")
        self.detail_label.setText("")
        pass
    # retranslateUi
