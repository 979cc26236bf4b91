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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_EvaluationPage(object):
    def setupUi(self, EvaluationPage):
        if not EvaluationPage.objectName():
            EvaluationPage.setObjectName(u"EvaluationPage")
        self.page_layout = QVBoxLayout(EvaluationPage)
        self.page_layout.setObjectName(u"page_layout")
        self.summary_label = QLabel(EvaluationPage)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.PlainText)
        self.summary_label.setWordWrap(True)

        self.page_layout.addWidget(self.summary_label)

        self.chart_container = QWidget(EvaluationPage)
        self.chart_container.setObjectName(u"chart_container")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.chart_container.sizePolicy().hasHeightForWidth())
        self.chart_container.setSizePolicy(sizePolicy)
        self.chart_layout = QVBoxLayout(self.chart_container)
        self.chart_layout.setObjectName(u"chart_layout")
        self.chart_layout.setContentsMargins(0, 0, 0, 0)

        self.page_layout.addWidget(self.chart_container)


        self.retranslateUi(EvaluationPage)

        QMetaObject.connectSlotsByName(EvaluationPage)
    # setupUi

    def retranslateUi(self, EvaluationPage):
        self.summary_label.setText("")
        pass
    # retranslateUi
