# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QSpacerItem, QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.action_new = QAction(MainWindow)
        self.action_new.setObjectName(u"action_new")
        self.action_open = QAction(MainWindow)
        self.action_open.setObjectName(u"action_open")
        self.action_save_copy = QAction(MainWindow)
        self.action_save_copy.setObjectName(u"action_save_copy")
        self.action_import_peers = QAction(MainWindow)
        self.action_import_peers.setObjectName(u"action_import_peers")
        self.action_export = QAction(MainWindow)
        self.action_export.setObjectName(u"action_export")
        self.action_merge = QAction(MainWindow)
        self.action_merge.setObjectName(u"action_merge")
        self.action_restore_backup = QAction(MainWindow)
        self.action_restore_backup.setObjectName(u"action_restore_backup")
        self.action_quit = QAction(MainWindow)
        self.action_quit.setObjectName(u"action_quit")
        self.action_about = QAction(MainWindow)
        self.action_about.setObjectName(u"action_about")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.initiative_bar = QHBoxLayout()
        self.initiative_bar.setObjectName(u"initiative_bar")
        self.initiative_label = QLabel(self.central_widget)
        self.initiative_label.setObjectName(u"initiative_label")

        self.initiative_bar.addWidget(self.initiative_label)

        self.initiative_combo = QComboBox(self.central_widget)
        self.initiative_combo.setObjectName(u"initiative_combo")
        self.initiative_combo.setMinimumSize(QSize(360, 0))

        self.initiative_bar.addWidget(self.initiative_combo)

        self.initiative_info_label = QLabel(self.central_widget)
        self.initiative_info_label.setObjectName(u"initiative_info_label")
        self.initiative_info_label.setTextFormat(Qt.PlainText)

        self.initiative_bar.addWidget(self.initiative_info_label)

        self.initiative_bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.initiative_bar.addItem(self.initiative_bar_spacer)


        self.central_layout.addLayout(self.initiative_bar)

        self.main_tabs = QTabWidget(self.central_widget)
        self.main_tabs.setObjectName(u"main_tabs")
        self.main_tabs.setDocumentMode(True)

        self.central_layout.addWidget(self.main_tabs)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.menu_file = QMenu(self.menu_bar)
        self.menu_file.setObjectName(u"menu_file")
        self.menu_recent = QMenu(self.menu_file)
        self.menu_recent.setObjectName(u"menu_recent")
        self.menu_help = QMenu(self.menu_bar)
        self.menu_help.setObjectName(u"menu_help")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)
#if QT_CONFIG(shortcut)
        self.initiative_label.setBuddy(self.initiative_combo)
#endif // QT_CONFIG(shortcut)

        self.menu_bar.addAction(self.menu_file.menuAction())
        self.menu_bar.addAction(self.menu_help.menuAction())
        self.menu_file.addAction(self.action_new)
        self.menu_file.addAction(self.action_open)
        self.menu_file.addAction(self.menu_recent.menuAction())
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_save_copy)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_import_peers)
        self.menu_file.addAction(self.action_export)
        self.menu_file.addAction(self.action_merge)
        self.menu_file.addAction(self.action_restore_backup)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_help.addAction(self.action_about)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"PeerDesk", None))
        self.action_new.setText(QCoreApplication.translate("MainWindow", u"&New Data File\u2026", None))
#if QT_CONFIG(shortcut)
        self.action_new.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.action_open.setText(QCoreApplication.translate("MainWindow", u"&Open\u2026", None))
#if QT_CONFIG(shortcut)
        self.action_open.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.action_save_copy.setText(QCoreApplication.translate("MainWindow", u"Save a &Copy As\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_save_copy.setToolTip(QCoreApplication.translate("MainWindow", u"Write a consistent copy of the open data file, for backup or to share", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_save_copy.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+S", None))
#endif // QT_CONFIG(shortcut)
        self.action_import_peers.setText(QCoreApplication.translate("MainWindow", u"&Import Peers\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_import_peers.setToolTip(QCoreApplication.translate("MainWindow", u"Add or update peers from a CSV or XLSX spreadsheet, or a KoboToolbox/ODK export", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_import_peers.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.action_export.setText(QCoreApplication.translate("MainWindow", u"&Export\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_export.setToolTip(QCoreApplication.translate("MainWindow", u"Write the whole data file to an XLSX workbook or a zip of CSV files", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_export.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.action_merge.setText(QCoreApplication.translate("MainWindow", u"&Merge Another File\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_merge.setToolTip(QCoreApplication.translate("MainWindow", u"Bring in a co-facilitator's copy of the data file; the newer edit of each row wins", None))
#endif // QT_CONFIG(tooltip)
        self.action_restore_backup.setText(QCoreApplication.translate("MainWindow", u"&Restore from Backup\u2026", None))
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.action_quit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.action_about.setText(QCoreApplication.translate("MainWindow", u"&About PeerDesk", None))
        self.initiative_label.setText(QCoreApplication.translate("MainWindow", u"&Initiative:", None))
#if QT_CONFIG(tooltip)
        self.initiative_combo.setToolTip(QCoreApplication.translate("MainWindow", u"The initiative every tab shows", None))
#endif // QT_CONFIG(tooltip)
        self.initiative_info_label.setText("")
        self.menu_file.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menu_recent.setTitle(QCoreApplication.translate("MainWindow", u"Open &Recent", None))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi
