# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'matching_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QSplitter,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_MatchingPage(object):
    def setupUi(self, MatchingPage):
        if not MatchingPage.objectName():
            MatchingPage.setObjectName(u"MatchingPage")
        self.page_layout = QVBoxLayout(MatchingPage)
        self.page_layout.setObjectName(u"page_layout")
        self.peers_splitter = QSplitter(MatchingPage)
        self.peers_splitter.setObjectName(u"peers_splitter")
        self.peers_splitter.setOrientation(Qt.Horizontal)
        self.peers_panel = QWidget(self.peers_splitter)
        self.peers_panel.setObjectName(u"peers_panel")
        self.peers_panel_layout = QVBoxLayout(self.peers_panel)
        self.peers_panel_layout.setObjectName(u"peers_panel_layout")
        self.peers_panel_layout.setContentsMargins(0, 0, 0, 0)
        self.peers_search_bar = QHBoxLayout()
        self.peers_search_bar.setObjectName(u"peers_search_bar")
        self.peer_search_edit = QLineEdit(self.peers_panel)
        self.peer_search_edit.setObjectName(u"peer_search_edit")
        self.peer_search_edit.setClearButtonEnabled(True)

        self.peers_search_bar.addWidget(self.peer_search_edit)

        self.peer_count_label = QLabel(self.peers_panel)
        self.peer_count_label.setObjectName(u"peer_count_label")

        self.peers_search_bar.addWidget(self.peer_count_label)


        self.peers_panel_layout.addLayout(self.peers_search_bar)

        self.peers_view = QTableView(self.peers_panel)
        self.peers_view.setObjectName(u"peers_view")
        self.peers_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.peers_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.peers_view.setSortingEnabled(True)
        self.peers_view.setAlternatingRowColors(True)

        self.peers_panel_layout.addWidget(self.peers_view)

        self.peers_splitter.addWidget(self.peers_panel)
        self.profile_browser = QTextBrowser(self.peers_splitter)
        self.profile_browser.setObjectName(u"profile_browser")
        self.profile_browser.setMinimumSize(QSize(300, 0))
        self.peers_splitter.addWidget(self.profile_browser)

        self.page_layout.addWidget(self.peers_splitter)


        self.retranslateUi(MatchingPage)

        QMetaObject.connectSlotsByName(MatchingPage)
    # setupUi

    def retranslateUi(self, MatchingPage):
        self.peer_search_edit.setPlaceholderText(QCoreApplication.translate("MatchingPage", u"Search peers by name, country, organisation, problem\u2026", None))
        self.peer_count_label.setText("")
        pass
    # retranslateUi
