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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_ContractsPage(object):
    def setupUi(self, ContractsPage):
        if not ContractsPage.objectName():
            ContractsPage.setObjectName(u"ContractsPage")
        self.page_layout = QVBoxLayout(ContractsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.actions_bar = QHBoxLayout()
        self.actions_bar.setObjectName(u"actions_bar")
        self.summary_label = QLabel(ContractsPage)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.PlainText)
        self.summary_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summary_label.sizePolicy().hasHeightForWidth())
        self.summary_label.setSizePolicy(sizePolicy)

        self.actions_bar.addWidget(self.summary_label)

        self.templates_button = QPushButton(ContractsPage)
        self.templates_button.setObjectName(u"templates_button")

        self.actions_bar.addWidget(self.templates_button)

        self.create_button = QPushButton(ContractsPage)
        self.create_button.setObjectName(u"create_button")

        self.actions_bar.addWidget(self.create_button)

        self.print_language_label = QLabel(ContractsPage)
        self.print_language_label.setObjectName(u"print_language_label")

        self.actions_bar.addWidget(self.print_language_label)

        self.print_language_combo = QComboBox(ContractsPage)
        self.print_language_combo.setObjectName(u"print_language_combo")

        self.actions_bar.addWidget(self.print_language_combo)

        self.print_selected_button = QPushButton(ContractsPage)
        self.print_selected_button.setObjectName(u"print_selected_button")

        self.actions_bar.addWidget(self.print_selected_button)

        self.print_all_button = QPushButton(ContractsPage)
        self.print_all_button.setObjectName(u"print_all_button")

        self.actions_bar.addWidget(self.print_all_button)

        self.report_back_button = QPushButton(ContractsPage)
        self.report_back_button.setObjectName(u"report_back_button")

        self.actions_bar.addWidget(self.report_back_button)


        self.page_layout.addLayout(self.actions_bar)

        self.main_splitter = QSplitter(ContractsPage)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Horizontal)
        self.list_panel = QWidget(self.main_splitter)
        self.list_panel.setObjectName(u"list_panel")
        self.list_panel_layout = QVBoxLayout(self.list_panel)
        self.list_panel_layout.setObjectName(u"list_panel_layout")
        self.list_panel_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_edit = QLineEdit(self.list_panel)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.list_panel_layout.addWidget(self.filter_edit)

        self.contracts_view = QTableView(self.list_panel)
        self.contracts_view.setObjectName(u"contracts_view")
        self.contracts_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.contracts_view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.contracts_view.setSortingEnabled(True)
        self.contracts_view.setAlternatingRowColors(True)

        self.list_panel_layout.addWidget(self.contracts_view)

        self.due_group = QGroupBox(self.list_panel)
        self.due_group.setObjectName(u"due_group")
        self.due_layout = QVBoxLayout(self.due_group)
        self.due_layout.setObjectName(u"due_layout")
        self.due_bar = QHBoxLayout()
        self.due_bar.setObjectName(u"due_bar")
        self.horizon_label = QLabel(self.due_group)
        self.horizon_label.setObjectName(u"horizon_label")

        self.due_bar.addWidget(self.horizon_label)

        self.horizon_spin = QSpinBox(self.due_group)
        self.horizon_spin.setObjectName(u"horizon_spin")
        self.horizon_spin.setMinimum(0)
        self.horizon_spin.setMaximum(365)
        self.horizon_spin.setValue(30)

        self.due_bar.addWidget(self.horizon_spin)

        self.due_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.due_bar.addItem(self.due_spacer)


        self.due_layout.addLayout(self.due_bar)

        self.due_view = QTableView(self.due_group)
        self.due_view.setObjectName(u"due_view")
        self.due_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.due_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.due_view.setSortingEnabled(True)
        self.due_view.setAlternatingRowColors(True)

        self.due_layout.addWidget(self.due_view)


        self.list_panel_layout.addWidget(self.due_group)

        self.main_splitter.addWidget(self.list_panel)
        self.detail_panel = QWidget(self.main_splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_label = QLabel(self.detail_panel)
        self.detail_label.setObjectName(u"detail_label")
        self.detail_label.setTextFormat(Qt.PlainText)
        self.detail_label.setWordWrap(True)

        self.detail_layout.addWidget(self.detail_label)

        self.fallback_label = QLabel(self.detail_panel)
        self.fallback_label.setObjectName(u"fallback_label")
        self.fallback_label.setTextFormat(Qt.PlainText)
        self.fallback_label.setWordWrap(True)

        self.detail_layout.addWidget(self.fallback_label)

        self.contract_group = QGroupBox(self.detail_panel)
        self.contract_group.setObjectName(u"contract_group")
        self.contract_form = QFormLayout(self.contract_group)
        self.contract_form.setObjectName(u"contract_form")
        self.language_label = QLabel(self.contract_group)
        self.language_label.setObjectName(u"language_label")

        self.contract_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(self.contract_group)
        self.language_combo.setObjectName(u"language_combo")

        self.contract_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.status_label = QLabel(self.contract_group)
        self.status_label.setObjectName(u"status_label")

        self.contract_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_row = QHBoxLayout()
        self.status_row.setObjectName(u"status_row")
        self.status_combo = QComboBox(self.contract_group)
        self.status_combo.setObjectName(u"status_combo")

        self.status_row.addWidget(self.status_combo)

        self.signed_on_label = QLabel(self.contract_group)
        self.signed_on_label.setObjectName(u"signed_on_label")

        self.status_row.addWidget(self.signed_on_label)

        self.signed_on_edit = QDateEdit(self.contract_group)
        self.signed_on_edit.setObjectName(u"signed_on_edit")
        self.signed_on_edit.setCalendarPopup(True)

        self.status_row.addWidget(self.signed_on_edit)


        self.contract_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.status_row)

        self.authoriser_name_label = QLabel(self.contract_group)
        self.authoriser_name_label.setObjectName(u"authoriser_name_label")

        self.contract_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.authoriser_name_label)

        self.authoriser_name_edit = QLineEdit(self.contract_group)
        self.authoriser_name_edit.setObjectName(u"authoriser_name_edit")

        self.contract_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.authoriser_name_edit)

        self.authoriser_title_label = QLabel(self.contract_group)
        self.authoriser_title_label.setObjectName(u"authoriser_title_label")

        self.contract_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.authoriser_title_label)

        self.authoriser_title_edit = QLineEdit(self.contract_group)
        self.authoriser_title_edit.setObjectName(u"authoriser_title_edit")

        self.contract_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.authoriser_title_edit)

        self.facilitator_label = QLabel(self.contract_group)
        self.facilitator_label.setObjectName(u"facilitator_label")

        self.contract_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.facilitator_label)

        self.facilitator_edit = QLineEdit(self.contract_group)
        self.facilitator_edit.setObjectName(u"facilitator_edit")

        self.contract_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.facilitator_edit)

        self.notes_label = QLabel(self.contract_group)
        self.notes_label.setObjectName(u"notes_label")

        self.contract_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(self.contract_group)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaximumSize(QSize(16777215, 60))
        self.notes_edit.setTabChangesFocus(True)

        self.contract_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes_edit)

        self.save_contract_button = QPushButton(self.contract_group)
        self.save_contract_button.setObjectName(u"save_contract_button")

        self.contract_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.save_contract_button)


        self.detail_layout.addWidget(self.contract_group)

        self.items_group = QGroupBox(self.detail_panel)
        self.items_group.setObjectName(u"items_group")
        self.items_layout = QVBoxLayout(self.items_group)
        self.items_layout.setObjectName(u"items_layout")
        self.items_view = QTableView(self.items_group)
        self.items_view.setObjectName(u"items_view")
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.items_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.items_view.setAlternatingRowColors(True)
        self.items_view.setWordWrap(True)

        self.items_layout.addWidget(self.items_view)

        self.items_bar = QHBoxLayout()
        self.items_bar.setObjectName(u"items_bar")
        self.edit_item_button = QPushButton(self.items_group)
        self.edit_item_button.setObjectName(u"edit_item_button")

        self.items_bar.addWidget(self.edit_item_button)

        self.add_item_button = QPushButton(self.items_group)
        self.add_item_button.setObjectName(u"add_item_button")

        self.items_bar.addWidget(self.add_item_button)

        self.remove_item_button = QPushButton(self.items_group)
        self.remove_item_button.setObjectName(u"remove_item_button")

        self.items_bar.addWidget(self.remove_item_button)

        self.item_up_button = QPushButton(self.items_group)
        self.item_up_button.setObjectName(u"item_up_button")

        self.items_bar.addWidget(self.item_up_button)

        self.item_down_button = QPushButton(self.items_group)
        self.item_down_button.setObjectName(u"item_down_button")

        self.items_bar.addWidget(self.item_down_button)

        self.items_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.items_bar.addItem(self.items_spacer)


        self.items_layout.addLayout(self.items_bar)


        self.detail_layout.addWidget(self.items_group)

        self.scan_group = QGroupBox(self.detail_panel)
        self.scan_group.setObjectName(u"scan_group")
        self.scan_layout = QHBoxLayout(self.scan_group)
        self.scan_layout.setObjectName(u"scan_layout")
        self.scan_label = QLabel(self.scan_group)
        self.scan_label.setObjectName(u"scan_label")
        self.scan_label.setTextFormat(Qt.PlainText)
        sizePolicy.setHeightForWidth(self.scan_label.sizePolicy().hasHeightForWidth())
        self.scan_label.setSizePolicy(sizePolicy)

        self.scan_layout.addWidget(self.scan_label)

        self.attach_scan_button = QPushButton(self.scan_group)
        self.attach_scan_button.setObjectName(u"attach_scan_button")

        self.scan_layout.addWidget(self.attach_scan_button)

        self.open_scan_button = QPushButton(self.scan_group)
        self.open_scan_button.setObjectName(u"open_scan_button")

        self.scan_layout.addWidget(self.open_scan_button)

        self.export_scan_button = QPushButton(self.scan_group)
        self.export_scan_button.setObjectName(u"export_scan_button")

        self.scan_layout.addWidget(self.export_scan_button)

        self.remove_scan_button = QPushButton(self.scan_group)
        self.remove_scan_button.setObjectName(u"remove_scan_button")

        self.scan_layout.addWidget(self.remove_scan_button)


        self.detail_layout.addWidget(self.scan_group)

        self.main_splitter.addWidget(self.detail_panel)

        self.page_layout.addWidget(self.main_splitter)

#if QT_CONFIG(shortcut)
        self.print_language_label.setBuddy(self.print_language_combo)
        self.horizon_label.setBuddy(self.horizon_spin)
        self.language_label.setBuddy(self.language_combo)
        self.status_label.setBuddy(self.status_combo)
        self.signed_on_label.setBuddy(self.signed_on_edit)
        self.authoriser_name_label.setBuddy(self.authoriser_name_edit)
        self.authoriser_title_label.setBuddy(self.authoriser_title_edit)
        self.facilitator_label.setBuddy(self.facilitator_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContractsPage)

        QMetaObject.connectSlotsByName(ContractsPage)
    # setupUi

    def retranslateUi(self, ContractsPage):
        self.summary_label.setText("")
        self.templates_button.setText(QCoreApplication.translate("ContractsPage", u"&Default commitments\u2026", None))
#if QT_CONFIG(tooltip)
        self.templates_button.setToolTip(QCoreApplication.translate("ContractsPage", u"Edit the commitments every new contract of this initiative starts with", None))
#endif // QT_CONFIG(tooltip)
        self.create_button.setText(QCoreApplication.translate("ContractsPage", u"&Create missing contracts", None))
#if QT_CONFIG(tooltip)
        self.create_button.setToolTip(QCoreApplication.translate("ContractsPage", u"Make a draft contract, from the default commitments, for every participant who has none", None))
#endif // QT_CONFIG(tooltip)
        self.print_language_label.setText(QCoreApplication.translate("ContractsPage", u"Print &in:", None))
#if QT_CONFIG(tooltip)
        self.print_language_combo.setToolTip(QCoreApplication.translate("ContractsPage", u"Print every contract in its own language, or all in one language", None))
#endif // QT_CONFIG(tooltip)
        self.print_selected_button.setText(QCoreApplication.translate("ContractsPage", u"&Print selected\u2026", None))
        self.print_all_button.setText(QCoreApplication.translate("ContractsPage", u"Print &all\u2026", None))
        self.report_back_button.setText(QCoreApplication.translate("ContractsPage", u"&Report-back letter\u2026", None))
#if QT_CONFIG(tooltip)
        self.report_back_button.setToolTip(QCoreApplication.translate("ContractsPage", u"A letter for each selected peer's home organisation: what was committed, what has been done, what comes next", None))
#endif // QT_CONFIG(tooltip)
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("ContractsPage", u"Filter contracts by peer, language, status\u2026", None))
        self.due_group.setTitle(QCoreApplication.translate("ContractsPage", u"Due soon or overdue: sharing forward and reporting back", None))
        self.horizon_label.setText(QCoreApplication.translate("ContractsPage", u"&Look ahead (days):", None))
        self.detail_label.setText("")
        self.fallback_label.setText("")
        self.fallback_label.setStyleSheet(QCoreApplication.translate("ContractsPage", u"color: #8a3b00;", None))
        self.contract_group.setTitle(QCoreApplication.translate("ContractsPage", u"Contract", None))
        self.language_label.setText(QCoreApplication.translate("ContractsPage", u"&Language:", None))
        self.status_label.setText(QCoreApplication.translate("ContractsPage", u"&Status:", None))
        self.signed_on_label.setText(QCoreApplication.translate("ContractsPage", u"Si&gned on:", None))
        self.signed_on_edit.setDisplayFormat(QCoreApplication.translate("ContractsPage", u"yyyy-MM-dd", None))
        self.authoriser_name_label.setText(QCoreApplication.translate("ContractsPage", u"&Authoriser:", None))
        self.authoriser_name_edit.setPlaceholderText(QCoreApplication.translate("ContractsPage", u"Who signs for the home organisation", None))
        self.authoriser_title_label.setText(QCoreApplication.translate("ContractsPage", u"Authoriser's &title:", None))
        self.facilitator_label.setText(QCoreApplication.translate("ContractsPage", u"&Facilitator:", None))
        self.notes_label.setText(QCoreApplication.translate("ContractsPage", u"&Notes:", None))
        self.save_contract_button.setText(QCoreApplication.translate("ContractsPage", u"Sa&ve contract details", None))
        self.items_group.setTitle(QCoreApplication.translate("ContractsPage", u"Commitments and whether they were kept", None))
        self.edit_item_button.setText(QCoreApplication.translate("ContractsPage", u"&Edit\u2026", None))
        self.add_item_button.setText(QCoreApplication.translate("ContractsPage", u"A&dd\u2026", None))
        self.remove_item_button.setText(QCoreApplication.translate("ContractsPage", u"Re&move", None))
        self.item_up_button.setText(QCoreApplication.translate("ContractsPage", u"Up", None))
        self.item_down_button.setText(QCoreApplication.translate("ContractsPage", u"Down", None))
        self.scan_group.setTitle(QCoreApplication.translate("ContractsPage", u"Signed copy", None))
        self.scan_label.setText("")
        self.attach_scan_button.setText(QCoreApplication.translate("ContractsPage", u"A&ttach scan\u2026", None))
        self.open_scan_button.setText(QCoreApplication.translate("ContractsPage", u"&Open", None))
        self.export_scan_button.setText(QCoreApplication.translate("ContractsPage", u"E&xport\u2026", None))
        self.remove_scan_button.setText(QCoreApplication.translate("ContractsPage", u"Remove", None))
        pass
    # retranslateUi
