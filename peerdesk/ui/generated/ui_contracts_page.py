# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contracts_page.ui'
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

class Ui_ContractsPage(object):
    def setupUi(self, ContractsPage):
        if not ContractsPage.objectName():
            ContractsPage.setObjectName(u"ContractsPage")
        self.page_layout = QVBoxLayout(ContractsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.summary_label = QLabel(ContractsPage)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.PlainText)
        self.summary_label.setWordWrap(True)

        self.page_layout.addWidget(self.summary_label)

        self.contracts_view = QTableView(ContractsPage)
        self.contracts_view.setObjectName(u"contracts_view")
        self.contracts_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.contracts_view.setSortingEnabled(True)
        self.contracts_view.setAlternatingRowColors(True)

        self.page_layout.addWidget(self.contracts_view)

        self.detail_label = QLabel(ContractsPage)
        self.detail_label.setObjectName(u"detail_label")
        self.detail_label.setTextFormat(Qt.PlainText)
        self.detail_label.setWordWrap(True)

        self.page_layout.addWidget(self.detail_label)


        self.retranslateUi(ContractsPage)

        QMetaObject.connectSlotsByName(ContractsPage)
    # setupUi

    def retranslateUi(self, ContractsPage):
        self.summary_label.setText("")
        self.detail_label.setText("")
        pass
    # retranslateUi
