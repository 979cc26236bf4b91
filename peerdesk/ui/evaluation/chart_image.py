"""A chart drawn off the GUI thread: the figure is rendered to an image by a background task
(``tasks.run_task``) at the view's size, and the view only paints that image.

The Evaluation tab's figures for a large cohort (a 300 x 300 contact matrix, a year of check-ins for
hundreds of peers, a diffusion tree) take from a tenth of a second to a second or more to draw; drawn on
the GUI thread, as a canvas does, the window would freeze that long each time one comes on screen or the
period slider moves. Until the first image arrives the view says it is drawing; after a resize it shows
the previous image scaled until the new one is ready.
"""

from __future__ import annotations

import logging

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from peerdesk.db.services.evaluation import collector_paused
from peerdesk.ui import tasks

logger = logging.getLogger(__name__)

#: matplotlib's dots per inch for a figure on screen (what its Qt canvas uses at a device ratio of 1)
SCREEN_DPI = 100


def render_figure(figure: Figure, width: int, height: int, ratio: float) -> tuple[bytes, int, int]:
    """``figure`` drawn at ``width`` x ``height`` logical pixels (times the screen's device ratio), as
    RGBA bytes and the image's pixel size. Safe on a worker thread: no Qt, and the figure is drawn by no
    one else meanwhile (one render of a figure at a time, see :class:`ImageChartView`)."""
    with collector_paused():
        figure.set_dpi(SCREEN_DPI * ratio)
        figure.set_size_inches(max(width, 1) / SCREEN_DPI, max(height, 1) / SCREEN_DPI)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        rgba = canvas.buffer_rgba()
        return bytes(rgba), rgba.shape[1], rgba.shape[0]


class ImageChartView(QWidget):
    """Holds one figure at a time (``show_figure`` swaps it) and shows it as an image rendered in the
    background; the figure is drawn only once the view is on screen."""

    def __init__(self, parent: QWidget | None = None, drawing_text: str = "") -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 80)
        self._figure: Figure | None = None
        self._pixmap: QPixmap | None = None
        self._rendered: tuple[int, QSize] | None = None  # (figure generation, size) of the image shown
        self._generation = 0
        self._busy = False  # a render of this view's figure is running (one at a time per figure)
        self._drawing_text = drawing_text or self.tr("Drawing the chart…")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)  # a resize drag re-renders once it pauses
        self._timer.timeout.connect(self._render)

    @property
    def figure(self) -> Figure | None:
        """The figure shown, or waiting to be drawn."""
        return self._figure

    @property
    def drawn(self) -> bool:
        """Whether the image on screen is the current figure at the view's current size."""
        return self._rendered == (self._generation, self.size())

    def show_figure(self, figure: Figure) -> None:
        self._figure = figure
        self._generation += 1
        if self.isVisible():
            self._render()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self.drawn:
            self._render()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._figure is not None and self.isVisible():
            self._timer.start()

    def _render(self) -> None:
        if self._figure is None or self._busy or self.drawn or not self.isVisible():
            return
        self._busy = True
        figure, generation, size = self._figure, self._generation, self.size()
        ratio = self.devicePixelRatioF()
        tasks.run_task(lambda: render_figure(figure, size.width(), size.height(), ratio),
                       on_done=lambda image: self._rendered_image(image, generation, size, ratio),
                       on_error=self._failed, owner=self)

    def _rendered_image(self, image: tuple[bytes, int, int], generation: int, size: QSize, ratio: float) -> None:
        self._busy = False
        data, width, height = image
        # the pixels are copied into an image Qt owns (an image made over a Python buffer must keep that
        # buffer alive, and the buffer constructor has miscounted references in some PySide6 versions)
        picture = QImage(width, height, QImage.Format.Format_RGBA8888)
        stride = width * 4
        if picture.bytesPerLine() == stride:
            picture.bits()[: len(data)] = data
        else:  # padded scanlines
            bits = picture.bits()
            for row in range(height):
                start = row * picture.bytesPerLine()
                bits[start:start + stride] = data[row * stride:(row + 1) * stride]
        pixmap = QPixmap.fromImage(picture)
        pixmap.setDevicePixelRatio(ratio)
        self._pixmap, self._rendered = pixmap, (generation, size)
        self.update()
        if not self.drawn:  # the figure or the size changed meanwhile
            self._render()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        logger.error("chart could not be drawn: %s", getattr(exc, "__peerdesk_traceback__", exc))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self._pixmap is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(QRectF(self.rect()), self._pixmap, QRectF(self._pixmap.rect()))
        else:
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._drawing_text)
        painter.end()
