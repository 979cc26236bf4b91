# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pair_rules_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_PairRulesDialog(object):
    def setupUi(self, PairRulesDialog):
        if not PairRulesDialog.objectName():
            PairRulesDialog.setObjectName(u"PairRulesDialog")
        PairRulesDialog.resize(820, 460)
        self.dialog_layout = QVBoxLayout(PairRulesDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.hint_label = QLabel(PairRulesDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.rules_view = QTableView(PairRulesDialog)
        self.rules_view.setObjectName(u"rules_view")
        self.rules_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rules_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.rules_view.setAlternatingRowColors(True)

        self.dialog_layout.addWidget(self.rules_view)

        self.add_bar = QHBoxLayout()
        self.add_bar.setObjectName(u"add_bar")
        self.first_peer_combo = QComboBox(PairRulesDialog)
        self.first_peer_combo.setObjectName(u"first_peer_combo")

        self.add_bar.addWidget(self.first_peer_combo)

        self.rule_combo = QComboBox(PairRulesDialog)
        self.rule_combo.setObjectName(u"rule_combo")

        self.add_bar.addWidget(self.rule_combo)

        self.second_peer_combo = QComboBox(PairRulesDialog)
        self.second_peer_combo.setObjectName(u"second_peer_combo")

        self.add_bar.addWidget(self.second_peer_combo)

        self.reason_edit = QLineEdit(PairRulesDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.add_bar.addWidget(self.reason_edit)

        self.add_rule_button = QPushButton(PairRulesDialog)
        self.add_rule_button.setObjectName(u"add_rule_button")

        self.add_bar.addWidget(self.add_rule_button)

        self.remove_rule_button = QPushButton(PairRulesDialog)
        self.remove_rule_button.setObjectName(u"remove_rule_button")

        self.add_bar.addWidget(self.remove_rule_button)


        self.dialog_layout.addLayout(self.add_bar)

        self.button_box = QDialogButtonBox(PairRulesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(PairRulesDialog)

        QMetaObject.connectSlotsByName(PairRulesDialog)
    # setupUi

    def retranslateUi(self, PairRulesDialog):
        PairRulesDialog.setWindowTitle(QCoreApplication.translate("PairRulesDialog", u"Never-pair and must-pair rules", None))
        self.hint_label.setText(QCoreApplication.translate("PairRulesDialog", u"Never-pair rules keep two peers apart in every matching; must-pair rules keep them together.", None))
#if QT_CONFIG(accessibility)
        self.first_peer_combo.setAccessibleName(QCoreApplication.translate("PairRulesDialog", u"First peer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rule_combo.setAccessibleName(QCoreApplication.translate("PairRulesDialog", u"Rule", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.second_peer_combo.setAccessibleName(QCoreApplication.translate("PairRulesDialog", u"Second peer", None))
#endif // QT_CONFIG(accessibility)
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("PairRulesDialog", u"Why (optional)", None))
        self.add_rule_button.setText(QCoreApplication.translate("PairRulesDialog", u"&Add rule", None))
        self.remove_rule_button.setText(QCoreApplication.translate("PairRulesDialog", u"&Remove selected", None))
    # retranslateUi
