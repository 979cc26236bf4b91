"""A matplotlib Figure shown in Qt. Figures come from ``reports/charts`` so screen and PDF agree."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget


class ChartView(QWidget):
    """Holds one figure at a time; ``show_figure`` swaps it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.canvas: FigureCanvasQTAgg | None = None

    def show_figure(self, figure: Figure) -> None:
        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout.addWidget(self.canvas)
        self.canvas.draw_idle()

    @property
    def figure(self) -> Figure | None:
        return self.canvas.figure if self.canvas is not None else None
