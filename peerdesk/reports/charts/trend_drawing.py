"""The weekly density / informal-share trend drawn straight as a reportlab Drawing for the PDF summary.

The same picture as :func:`peerdesk.reports.charts.heatmap.density_trend_figure` (which the screen keeps):
two lines over the weeks in %, density solid green with dots, informal share dashed black with squares,
a 0-100 scale, every third week or so named, a title, axis labels and a frameless legend. Built here
without matplotlib and svglib, it costs a few milliseconds instead of a second and a half for a year
of weeks (each marker was an SVG ``<use>`` that svglib copies and converts one by one).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from peerdesk.core.evaluation.contact_measures import WeeklyDensity
from peerdesk.i18n import format_day_month
from peerdesk.reports.charts.palette import DENSITY_COLOUR, SHARE_COLOUR
from peerdesk.reports.pdf import FONT, register_fonts, unchecked_shapes

TICK = 3.5  # points, outward, as matplotlib draws them
PAD = 3.5  # between a tick and its label
LABEL_PAD = 4.0  # between tick labels and the axis label
LINE_WIDTH = 1.5
MARKER = 4.0  # points: matplotlib's markersize 3 plus its 1 pt edge in the same colour (dot diameter, square side)
DASH = (5.55, 2.4)  # matplotlib's "--" at a 1.5 pt line
SPINE = 0.8
AXIS_SIZE = 10.0  # the scale's numbers
TICK_SIZE = 7.0  # the week labels
LABEL_SIZE = 7.5  # the axis labels
TITLE_SIZE = 10.0
LEGEND_SIZE = 8.0
ASCENT = 0.76  # DejaVu Sans: cap height as a share of the size, to centre and hang labels
DIAGONAL = math.sqrt(0.5)


def string_at(x: float, y: float, text: str, size: float, anchor: str = "start", colour=colors.black) -> String:
    """``text`` as it is (no markup) in the embedded font, its baseline at ``y``."""
    return String(x, y, text, fontName=FONT, fontSize=size, fillColor=colour, textAnchor=anchor)


def slanted_label(x: float, top: float, text: str, size: float) -> Group:
    """A tick label turned 45°, its right end at ``x`` and its top at ``top``, as matplotlib draws them."""
    group = Group(string_at(0, 0, text, size, "end"))
    group.transform = (DIAGONAL, DIAGONAL, -DIAGONAL, DIAGONAL, x, top - size * ASCENT * DIAGONAL)
    return group


def slanted_hang(texts: Sequence[str], size: float) -> float:
    """How far labels drawn by :func:`slanted_label` reach below their top."""
    widest = max((stringWidth(t, FONT, size) for t in texts), default=0.0)
    return (widest + size * ASCENT) * DIAGONAL


def _marker(x: float, y: float, square: bool, colour) -> Rect | Circle:
    half = MARKER / 2
    if square:
        return Rect(x - half, y - half, MARKER, MARKER, fillColor=colour, strokeColor=None)
    return Circle(x, y, half, fillColor=colour, strokeColor=None)


def _series(points: list[tuple[float, float]], colour, dashed: bool, square: bool) -> Group:
    group = Group()
    flat = [v for point in points for v in point]
    if len(points) > 1:
        group.add(PolyLine(flat, strokeColor=colour, strokeWidth=LINE_WIDTH, strokeLineJoin=1, strokeLineCap=0,
                           strokeDashArray=list(DASH) if dashed else None))
    for x, y in points:
        group.add(_marker(x, y, square, colour))
    return group


@unchecked_shapes()
def density_trend_drawing(
    weeks: Sequence[WeeklyDensity],
    *,
    title: str,
    density_label: str,
    share_label: str,
    percent_label: str,
    week_label: str,
    week_format: Callable[[date], str] | None = None,
    width: float,
    height: float,
) -> Drawing:
    """The trend as a ``width`` x ``height`` point Drawing, left-aligned like the other charts."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.hAlign = "LEFT"
    label = week_format or format_day_month
    count = len(weeks)
    step = max(1, count // 16)
    positions = list(range(0, count, step))
    ticks = [label(weeks[i].week_start) for i in positions]
    # the rotated week labels hang below the axis: their length along the diagonal plus their height
    hang = slanted_hang(ticks, TICK_SIZE)
    bottom = TICK + PAD + hang + LABEL_PAD + LABEL_SIZE * 1.2
    scale_width = stringWidth("100", FONT, AXIS_SIZE)
    left = LABEL_SIZE * 1.2 + LABEL_PAD + scale_width + PAD + TICK
    top = height - (TITLE_SIZE * 1.25 + 6)
    right = width - 4
    # matplotlib's default margins: 5% of the data's range either side
    span = max(count - 1, 1)
    x_min, x_max = (-0.05 * span, (count - 1) + 0.05 * span) if count > 1 else (-0.055, 0.055)

    def x_of(position: float) -> float:
        return left + (position - x_min) / (x_max - x_min) * (right - left)

    def y_of(percent: float) -> float:
        return bottom + percent / 100 * (top - bottom)

    # title over the plot's left edge
    drawing.add(string_at(left, top + 6 + TITLE_SIZE * 0.22, title, TITLE_SIZE))
    # left and bottom spines, ticks and their labels
    drawing.add(Line(left, bottom, left, top, strokeColor=colors.black, strokeWidth=SPINE))
    drawing.add(Line(left, bottom, right, bottom, strokeColor=colors.black, strokeWidth=SPINE))
    for percent in range(0, 101, 20):
        y = y_of(percent)
        drawing.add(Line(left - TICK, y, left, y, strokeColor=colors.black, strokeWidth=SPINE))
        drawing.add(string_at(left - TICK - PAD, y - AXIS_SIZE * ASCENT / 2, str(percent), AXIS_SIZE, "end"))
    label_y = bottom - TICK - PAD
    for position, text in zip(positions, ticks, strict=True):
        x = x_of(position)
        drawing.add(Line(x, bottom - TICK, x, bottom, strokeColor=colors.black, strokeWidth=SPINE))
        # right end of the label at the tick, its top at the pad, rotated 45° as matplotlib does
        drawing.add(slanted_label(x, label_y, text, TICK_SIZE))
    ylabel = Group(string_at(0, 0, percent_label, LABEL_SIZE, "middle"))
    ylabel.transform = (0, 1, -1, 0, left - TICK - PAD - scale_width - LABEL_PAD, (bottom + top) / 2)
    drawing.add(ylabel)
    drawing.add(string_at((left + right) / 2, label_y - hang - LABEL_PAD - LABEL_SIZE * ASCENT, week_label,
                      LABEL_SIZE, "middle"))
    # the two series
    drawing.add(_series([(x_of(i), y_of(w.density * 100)) for i, w in enumerate(weeks)],
                        colors.HexColor(DENSITY_COLOUR), dashed=False, square=False))
    drawing.add(_series([(x_of(i), y_of(w.informal_share * 100)) for i, w in enumerate(weeks)],
                        colors.HexColor(SHARE_COLOUR), dashed=True, square=True))
    # frameless legend in the upper left corner, a line sample with its marker before each name
    em = LEGEND_SIZE
    sample = 2.0 * em
    x = left + 0.5 * em + 0.4 * em
    y = top - 0.5 * em - 0.4 * em - em * 0.5
    for text, colour, dashed, square in ((density_label, DENSITY_COLOUR, False, False),
                                         (share_label, SHARE_COLOUR, True, True)):
        colour = colors.HexColor(colour)
        drawing.add(Line(x, y, x + sample, y, strokeColor=colour, strokeWidth=LINE_WIDTH,
                         strokeDashArray=list(DASH) if dashed else None))
        drawing.add(_marker(x + sample / 2, y, square, colour))
        drawing.add(string_at(x + sample + 0.8 * em, y - em * ASCENT / 2, text, LEGEND_SIZE))
        y -= em * 1.5
    return drawing
