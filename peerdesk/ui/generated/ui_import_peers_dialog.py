# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_peers_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_ImportPeersDialog(object):
    def setupUi(self, ImportPeersDialog):
        if not ImportPeersDialog.objectName():
            ImportPeersDialog.setObjectName(u"ImportPeersDialog")
        ImportPeersDialog.resize(860, 600)
        self.dialog_layout = QVBoxLayout(ImportPeersDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.source_form = QFormLayout()
        self.source_form.setObjectName(u"source_form")
        self.source_caption = QLabel(ImportPeersDialog)
        self.source_caption.setObjectName(u"source_caption")

        self.source_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.source_caption)

        self.source_row = QHBoxLayout()
        self.source_row.setObjectName(u"source_row")
        self.source_edit = QLineEdit(ImportPeersDialog)
        self.source_edit.setObjectName(u"source_edit")
        self.source_edit.setReadOnly(True)

        self.source_row.addWidget(self.source_edit)

        self.browse_button = QPushButton(ImportPeersDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.source_row.addWidget(self.browse_button)

        self.template_button = QPushButton(ImportPeersDialog)
        self.template_button.setObjectName(u"template_button")

        self.source_row.addWidget(self.template_button)


        self.source_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.source_row)

        self.initiative_caption = QLabel(ImportPeersDialog)
        self.initiative_caption.setObjectName(u"initiative_caption")

        self.source_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.initiative_caption)

        self.initiative_combo = QComboBox(ImportPeersDialog)
        self.initiative_combo.setObjectName(u"initiative_combo")
        self.initiative_combo.setEditable(True)

        self.source_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.initiative_combo)

        self.encoding_caption = QLabel(ImportPeersDialog)
        self.encoding_caption.setObjectName(u"encoding_caption")

        self.source_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.encoding_caption)

        self.encoding_combo = QComboBox(ImportPeersDialog)
        self.encoding_combo.setObjectName(u"encoding_combo")

        self.source_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.encoding_combo)


        self.dialog_layout.addLayout(self.source_form)

        self.summary_label = QLabel(ImportPeersDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.PlainText)
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.preview_tabs = QTabWidget(ImportPeersDialog)
        self.preview_tabs.setObjectName(u"preview_tabs")
        self.problems_tab = QWidget()
        self.problems_tab.setObjectName(u"problems_tab")
        self.problems_layout = QVBoxLayout(self.problems_tab)
        self.problems_layout.setObjectName(u"problems_layout")
        self.problems_view = QTableView(self.problems_tab)
        self.problems_view.setObjectName(u"problems_view")
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.problems_view.setSortingEnabled(True)
        self.problems_view.setAlternatingRowColors(True)

        self.problems_layout.addWidget(self.problems_view)

        self.preview_tabs.addTab(self.problems_tab, "")
        self.people_tab = QWidget()
        self.people_tab.setObjectName(u"people_tab")
        self.people_layout = QVBoxLayout(self.people_tab)
        self.people_layout.setObjectName(u"people_layout")
        self.people_view = QTableView(self.people_tab)
        self.people_view.setObjectName(u"people_view")
        self.people_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.people_view.setSortingEnabled(True)
        self.people_view.setAlternatingRowColors(True)

        self.people_layout.addWidget(self.people_view)

        self.preview_tabs.addTab(self.people_tab, "")
        self.columns_tab = QWidget()
        self.columns_tab.setObjectName(u"columns_tab")
        self.columns_layout = QVBoxLayout(self.columns_tab)
        self.columns_layout.setObjectName(u"columns_layout")
        self.columns_hint_label = QLabel(self.columns_tab)
        self.columns_hint_label.setObjectName(u"columns_hint_label")
        self.columns_hint_label.setWordWrap(True)

        self.columns_layout.addWidget(self.columns_hint_label)

        self.columns_view = QTableView(self.columns_tab)
        self.columns_view.setObjectName(u"columns_view")
        self.columns_view.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.columns_layout.addWidget(self.columns_view)

        self.name_order_row = QHBoxLayout()
        self.name_order_row.setObjectName(u"name_order_row")
        self.name_order_caption = QLabel(self.columns_tab)
        self.name_order_caption.setObjectName(u"name_order_caption")

        self.name_order_row.addWidget(self.name_order_caption)

        self.name_order_combo = QComboBox(self.columns_tab)
        self.name_order_combo.setObjectName(u"name_order_combo")

        self.name_order_row.addWidget(self.name_order_combo)

        self.name_order_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.name_order_row.addItem(self.name_order_spacer)


        self.columns_layout.addLayout(self.name_order_row)

        self.preview_tabs.addTab(self.columns_tab, "")
        self.values_tab = QWidget()
        self.values_tab.setObjectName(u"values_tab")
        self.values_layout = QVBoxLayout(self.values_tab)
        self.values_layout.setObjectName(u"values_layout")
        self.values_hint_label = QLabel(self.values_tab)
        self.values_hint_label.setObjectName(u"values_hint_label")
        self.values_hint_label.setWordWrap(True)

        self.values_layout.addWidget(self.values_hint_label)

        self.values_view = QTableView(self.values_tab)
        self.values_view.setObjectName(u"values_view")
        self.values_view.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.values_layout.addWidget(self.values_view)

        self.preview_tabs.addTab(self.values_tab, "")

        self.dialog_layout.addWidget(self.preview_tabs)

        self.skip_bad_rows_check = QCheckBox(ImportPeersDialog)
        self.skip_bad_rows_check.setObjectName(u"skip_bad_rows_check")

        self.dialog_layout.addWidget(self.skip_bad_rows_check)

        self.button_box = QDialogButtonBox(ImportPeersDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.source_caption.setBuddy(self.browse_button)
        self.initiative_caption.setBuddy(self.initiative_combo)
        self.encoding_caption.setBuddy(self.encoding_combo)
        self.name_order_caption.setBuddy(self.name_order_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportPeersDialog)

        QMetaObject.connectSlotsByName(ImportPeersDialog)
    # setupUi

    def retranslateUi(self, ImportPeersDialog):
        ImportPeersDialog.setWindowTitle(QCoreApplication.translate("ImportPeersDialog", u"Import peers", None))
        self.source_caption.setText(QCoreApplication.translate("ImportPeersDialog", u"&Spreadsheet:", None))
        self.source_edit.setPlaceholderText(QCoreApplication.translate("ImportPeersDialog", u"A CSV or XLSX file, or a KoboToolbox/ODK export", None))
        self.browse_button.setText(QCoreApplication.translate("ImportPeersDialog", u"&Choose\u2026", None))
        self.template_button.setText(QCoreApplication.translate("ImportPeersDialog", u"Save the &template\u2026", None))
#if QT_CONFIG(tooltip)
        self.template_button.setToolTip(QCoreApplication.translate("ImportPeersDialog", u"A spreadsheet with the columns PeerDesk always recognises and their allowed values", None))
#endif // QT_CONFIG(tooltip)
        self.initiative_caption.setText(QCoreApplication.translate("ImportPeersDialog", u"&Initiative:", None))
#if QT_CONFIG(tooltip)
        self.initiative_combo.setToolTip(QCoreApplication.translate("ImportPeersDialog", u"The peers join this initiative; type a new name to create it", None))
#endif // QT_CONFIG(tooltip)
        self.encoding_caption.setText(QCoreApplication.translate("ImportPeersDialog", u"&Encoding:", None))
#if QT_CONFIG(tooltip)
        self.encoding_combo.setToolTip(QCoreApplication.translate("ImportPeersDialog", u"How the letters of a CSV file are stored; change it if names in the preview look garbled", None))
#endif // QT_CONFIG(tooltip)
        self.summary_label.setText(QCoreApplication.translate("ImportPeersDialog", u"Choose a spreadsheet to see what would be imported. Nothing is written until you press Import.", None))
        self.preview_tabs.setTabText(self.preview_tabs.indexOf(self.problems_tab), QCoreApplication.translate("ImportPeersDialog", u"Problems", None))
        self.preview_tabs.setTabText(self.preview_tabs.indexOf(self.people_tab), QCoreApplication.translate("ImportPeersDialog", u"People", None))
        self.columns_hint_label.setText(QCoreApplication.translate("ImportPeersDialog", u"Choose the PeerDesk field each column fills, or ignore it (double-click or F2 on a field to change it). Given name, surname and patronymic columns are joined into the full name.", None))
        self.name_order_caption.setText(QCoreApplication.translate("ImportPeersDialog", u"Full &name from its parts:", None))
        self.preview_tabs.setTabText(self.preview_tabs.indexOf(self.columns_tab), QCoreApplication.translate("ImportPeersDialog", u"Columns", None))
        self.values_hint_label.setText(QCoreApplication.translate("ImportPeersDialog", u"Values in the file that are not PeerDesk's own, with a suggested PeerDesk value for each. Check each suggestion and change it where it is wrong (double-click or F2).", None))
        self.preview_tabs.setTabText(self.preview_tabs.indexOf(self.values_tab), QCoreApplication.translate("ImportPeersDialog", u"Values", None))
        self.skip_bad_rows_check.setText(QCoreApplication.translate("ImportPeersDialog", u"&Leave out the rows with problems and import the others", None))
    # retranslateUi
