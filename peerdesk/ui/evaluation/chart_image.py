"""A chart drawn off the GUI thread: the figure is built and rendered to an image by a background task
(``tasks.run_task``) at the view's size, and the view only paints that image.

The Evaluation tab's figures for a large cohort (a 2,000 x 2,000 contact matrix grouped into an image, a
year of check-ins for thousands of peers, a diffusion tree) take from a tenth of a second to a second or
more to build and draw; done on the GUI thread the window would freeze that long each time one comes on
screen or the period slider moves. A view is given a *maker* (a function returning the figure), called
on the worker only once the view is on screen; the Figure is let go once drawn (the view keeps only the
image, and calls the maker again after a resize). Until the first image arrives the view says it is
drawing; after a resize it shows the previous image scaled until the new one is ready. One render per
view at a time: a slider dragged over ten periods draws the first and the last, not all ten.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from peerdesk.core.collector import collector_paused
from peerdesk.ui import tasks

if TYPE_CHECKING:
    from matplotlib.figure import Figure

logger = logging.getLogger(__name__)

#: matplotlib's dots per inch for a figure on screen (what its Qt canvas uses at a device ratio of 1)
SCREEN_DPI = 100


def render_figure(figure: Figure, width: int, height: int, ratio: float) -> tuple[bytes, int, int]:
    """``figure`` drawn at ``width`` x ``height`` logical pixels (times the screen's device ratio), as
    RGBA bytes and the image's pixel size. Safe on a worker thread: no Qt, and the figure is drawn by no
    one else meanwhile (one render per view at a time, see :class:`ImageChartView`)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    with collector_paused():
        figure.set_dpi(SCREEN_DPI * ratio)
        figure.set_size_inches(max(width, 1) / SCREEN_DPI, max(height, 1) / SCREEN_DPI)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        rgba = canvas.buffer_rgba()
        return rgba.tobytes(), rgba.shape[1], rgba.shape[0]


def _image(data: bytes, width: int, height: int, ratio: float) -> QImage:
    """The rendered pixels copied into an image Qt owns (an image made over a Python buffer must keep that
    buffer alive, and the buffer constructor has miscounted references in some PySide6 versions); a few
    milliseconds on the GUI thread for a full-window chart."""
    picture = QImage(width, height, QImage.Format.Format_RGBA8888)
    stride = width * 4
    if picture.bytesPerLine() == stride:
        picture.bits()[: len(data)] = data
    else:  # padded scanlines
        bits = picture.bits()
        for row in range(height):
            start = row * picture.bytesPerLine()
            bits[start:start + stride] = data[row * stride:(row + 1) * stride]
    picture.setDevicePixelRatio(ratio)
    return picture


class ImageChartView(QWidget):
    """Holds one chart at a time (``show_figure`` or ``show_maker`` swaps it) and shows it as an image
    rendered in the background; the chart is built and drawn only once the view is on screen."""

    def __init__(self, parent: QWidget | None = None, drawing_text: str = "") -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 80)
        self._figure: Figure | None = None
        self._maker: Callable[[], Figure] | None = None
        self._image: QImage | None = None
        self._rendered: tuple[int, QSize] | None = None  # (chart generation, size) of the image shown
        self._generation = 0
        self._busy = False  # a render of this view's chart is running (one at a time per view)
        self._drawing_text = drawing_text or self.tr("Drawing the chart…")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)  # a resize drag re-renders once it pauses
        self._timer.timeout.connect(self._render)

    @property
    def figure(self) -> Figure | None:
        """The figure shown or waiting to be drawn (a chart given by its maker is built now, on the
        calling thread: for tests and tools, not for the GUI thread)."""
        if self._figure is None and self._maker is not None:
            return self._maker()
        return self._figure

    @property
    def drawn(self) -> bool:
        """Whether the image on screen is the current chart at the view's current size."""
        return self._rendered == (self._generation, self.size())

    def show_figure(self, figure: Figure) -> None:
        """Show a figure built already (kept, and drawn again at each new size)."""
        self._swap(figure, None)

    def show_maker(self, maker: Callable[[], Figure]) -> None:
        """Show the figure ``maker`` returns, built on a worker thread when the view is on screen (again
        after a resize); the figure is not kept once drawn."""
        self._swap(None, maker)

    def keep_image_only(self) -> None:
        """Let go of the chart (its figure, or its maker and what that refers to) and keep showing its
        image until the next chart comes."""
        self._figure = self._maker = None

    def _swap(self, figure: Figure | None, maker: Callable[[], Figure] | None) -> None:
        self._figure, self._maker = figure, maker
        self._generation += 1
        if self.isVisible():
            self._render()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self.drawn:
            self._render()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if (self._figure is not None or self._maker is not None) and self.isVisible():
            self._timer.start()

    def _render(self) -> None:
        if (self._figure is None and self._maker is None) or self._busy or self.drawn or not self.isVisible():
            return
        self._busy = True
        figure, maker, generation, size = self._figure, self._maker, self._generation, self.size()
        ratio = self.devicePixelRatioF()

        def work() -> tuple[bytes, int, int]:
            with collector_paused():
                return render_figure(figure if figure is not None else maker(), size.width(), size.height(), ratio)

        tasks.run_task(work, on_done=lambda image: self._rendered_image(image, generation, size, ratio),
                       on_error=self._failed, owner=self)

    def _rendered_image(self, image: tuple[bytes, int, int], generation: int, size: QSize, ratio: float) -> None:
        self._busy = False
        self._image, self._rendered = _image(*image, ratio), (generation, size)
        self.update()
        if not self.drawn:  # the chart or the size changed meanwhile
            self._render()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        logger.error("chart could not be drawn: %s", getattr(exc, "__peerdesk_traceback__", exc))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self._image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(self.rect()), self._image, QRectF(self._image.rect()))
        else:
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._drawing_text)
        painter.end()
