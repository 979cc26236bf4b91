"""A matplotlib Figure shown in Qt. Figures come from ``reports/charts`` so screen and PDF agree."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget


class ChartView(QWidget):
    """Holds one figure at a time; ``show_figure`` swaps it.

    A figure is drawn (on the GUI thread, which is where Qt paints) only once its view is on screen: a
    tab with charts on several sub-tabs draws the one she is looking at, not all of them at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.canvas: FigureCanvasQTAgg | None = None
        self._pending: Figure | None = None

    def show_figure(self, figure: Figure) -> None:
        self._pending = figure
        if self.isVisible():
            self._attach()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending is not None:
            self._attach()

    def _attach(self) -> None:
        figure, self._pending = self._pending, None
        if figure is None:
            return
        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout.addWidget(self.canvas)
        self.canvas.draw_idle()

    @property
    def figure(self) -> Figure | None:
        """The figure shown, or waiting to be shown when the view comes on screen."""
        if self._pending is not None:
            return self._pending
        return self.canvas.figure if self.canvas is not None else None
