"""What the window shows instead of the tabs while the open file holds no initiative: the three ways in."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class StartPanel(QWidget):
    new_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_panel")
        self.title_label = QLabel()
        self.title_label.setObjectName("start_title_label")
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label = QLabel()
        self.text_label.setObjectName("start_text_label")
        self.text_label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&Start a new initiative…"))
        self.new_button.setObjectName("start_new_button")
        self.new_button.setDefault(True)
        self.import_button = QPushButton(self.tr("&Import participants…"))
        self.import_button.setObjectName("start_import_button")
        self.demo_button = QPushButton(self.tr("Open the &demo"))
        self.demo_button.setObjectName("start_demo_button")
        self.demo_button.setToolTip(self.tr("Open a separate data file holding a fictional initiative to try "
                                            "every tab on; your own file is not changed"))
        self.new_button.clicked.connect(self.new_requested.emit)
        self.import_button.clicked.connect(self.import_requested.emit)
        self.demo_button.clicked.connect(self.demo_requested.emit)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.import_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label)
        layout.addLayout(buttons)
        layout.addStretch(2)
        layout.setContentsMargins(40, 20, 40, 20)
        self.show_state(has_file=True)

    def show_state(self, has_file: bool) -> None:
        if has_file:
            self.title_label.setText("<h2>{}</h2>".format(self.tr("This data file holds no initiative yet")))
            self.text_label.setText(self.tr(
                "Start your own initiative (its name, dates and facilitating organisation; you can change "
                "them later under Initiative → Properties), or import a participant list, which creates the "
                "initiative it names. To look around first, open the demo."))
        else:
            self.title_label.setText("<h2>{}</h2>".format(self.tr("No data file is open")))
            self.text_label.setText(self.tr(
                "Open a data file with File → Open…, or make a new one with File → New Data File…"))
        self.new_button.setVisible(has_file)
        self.import_button.setVisible(has_file)
        self.demo_button.setVisible(True)

    def show_opening(self, name: str | None) -> None:
        """What shows while a data file is being opened (its checks can take a few seconds on a large one)."""
        title = self.tr("Opening {name}…").format(name=name) if name else self.tr("Opening your data file…")
        self.title_label.setText(f"<h2>{escape(title)}</h2>")
        self.text_label.setText(self.tr(
            "PeerDesk is checking that the file is whole; your initiative appears in a moment."))
        for button in (self.new_button, self.import_button, self.demo_button):
            button.setVisible(False)
