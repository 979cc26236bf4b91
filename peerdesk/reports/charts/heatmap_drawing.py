"""The summary's two heat maps drawn straight as reportlab Drawings: contact between pairs of peers
(first and last fortnight side by side) and productive conversations, peer by week.

The same pictures as :func:`peerdesk.reports.charts.heatmap.contact_heatmap_figure` and
:func:`peerdesk.reports.charts.learning.learning_heatmap_figure` (which the screen keeps): the same
colours, names, markers in small matrices, titles and legend. Cells of one colour are one path of row
runs over a background of the commonest colour, so a 30-peer year costs milliseconds where matplotlib's
SVG converted by svglib cost ten seconds a chart. A matrix of more than ``VECTOR_CELLS_UP_TO`` cells is
one image instead (large contact matrices grouped as :func:`matrix_array` does), as before; text always
stays text, printed as typed (no markup) in the embedded font.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from datetime import date

import numpy as np
from PIL import Image as PILImage
from reportlab.graphics.shapes import Circle, Drawing, Group, Image, Path, Rect
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from peerdesk.core.evaluation.contact_measures import FORMAL, INFORMAL, NONE, ContactMatrix
from peerdesk.core.evaluation.learning import LearningHeatMap
from peerdesk.i18n import format_day_month
from peerdesk.reports.charts import VECTOR_CELLS_UP_TO
from peerdesk.reports.charts.layout import LABELLED_UP_TO, checkin_rows, group_size, matrix_array
from peerdesk.reports.charts.palette import (
    FORMAL_COLOUR,
    INFORMAL_COLOUR,
    MISSING_COLOUR,
    NO_COLOUR,
    NONE_COLOUR,
    YES_COLOUR,
)
from peerdesk.reports.charts.trend_drawing import ASCENT, slanted_hang, slanted_label, string_at
from peerdesk.reports.pdf import FONT, register_fonts, unchecked_shapes

PAD = 3.5  # between a label and the cells
TITLE_SIZE = 10.0
PANEL_TITLE_SIZE = 9.0
LEGEND_SIZE = 8.0
WEEK_SIZE = 7.0
PANEL_GAP = 14.0
FRAME = 0.8
EDGE = colors.HexColor("#999999")
MUTED = colors.HexColor("#5b6773")
#: Rows of check-ins that carry the peers' names and a cross in every "no" (above, they would not read).
NAMED_ROWS_UP_TO = 60
ROW_HEIGHT = 0.16 * 72  # points per peer in the learning heat map
MOST_CELLS_HEIGHT = 7.6 * 72  # the learning heat map's cells at most this tall (it then fits an A4 page)
RASTER_DPI = 150  # pixels per inch of a printed cell when a matrix is an image...
PIXELS_PER_CELL = 8  # ...but no more pixels than this across or down a cell


def _colour(value: str) -> colors.Color:
    return colors.HexColor(value)


def _runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, first column, end column) of every horizontal run of True cells."""
    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    edges = np.diff(padded, axis=1)
    rows, starts = np.nonzero(edges == 1)
    _rows, ends = np.nonzero(edges == -1)
    return rows, starts, ends  # np.nonzero is row-major, so the n-th start and the n-th end pair up


def cells_group(values: np.ndarray, palette: Mapping[int, str], x: float, top: float, cell_w: float,
                cell_h: float) -> Group:
    """``values`` (row 0 at the top) as cells ``cell_w`` x ``cell_h`` points from (x, top) down, coloured
    by ``palette``: vectors up to ``VECTOR_CELLS_UP_TO`` cells, else one image of the same cells."""
    rows, cols = values.shape
    group = Group()
    if rows * cols > VECTOR_CELLS_UP_TO:
        group.add(_image(values, palette, x, top, cell_w, cell_h))
        return group
    present, counts = np.unique(values, return_counts=True)
    common = int(present[np.argmax(counts)])
    group.add(Rect(x, top - rows * cell_h, cols * cell_w, rows * cell_h, fillColor=_colour(palette[common]),
                   strokeColor=None))
    for value in present.tolist():
        if value == common:
            continue
        path = Path(fillColor=_colour(palette[value]), strokeColor=None)
        for row, start, end in zip(*_runs(values == value), strict=True):
            left, right = x + start * cell_w, x + end * cell_w
            upper = top - row * cell_h
            path.moveTo(left, upper)
            path.lineTo(right, upper)
            path.lineTo(right, upper - cell_h)
            path.lineTo(left, upper - cell_h)
            path.closePath()
        group.add(path)
    return group


def _image(values: np.ndarray, palette: Mapping[int, str], x: float, top: float, cell_w: float,
           cell_h: float) -> Image:
    """The cells as an RGB image, each cell a block of pixels so that it prints crisp without smoothing."""
    rows, cols = values.shape
    lowest = min(palette)
    table = np.zeros((max(palette) - lowest + 1, 3), dtype=np.uint8)
    for value, colour in palette.items():
        table[value - lowest] = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    # a viewer smooths an image it enlarges over about one pixel: at 8 pixels a cell that is an eighth of a
    # cell, so wide cells (a year's weeks) take no more pixels than that
    across = min(PIXELS_PER_CELL, max(1, math.ceil(cell_w / 72 * RASTER_DPI)))
    down = min(PIXELS_PER_CELL, max(1, math.ceil(cell_h / 72 * RASTER_DPI)))
    pixels = table[values.astype(np.int16) - lowest]
    pixels = np.repeat(np.repeat(pixels, down, axis=0), across, axis=1)
    picture = PILImage.fromarray(np.ascontiguousarray(pixels), "RGB")
    return Image(x, top - rows * cell_h, cols * cell_w, rows * cell_h, picture)


def _dots(group: Group, x: float, y: float, width: float, height: float, radius: float) -> None:
    """The legend's dotted hatch (informal contact)."""
    step = height / 2
    for row in range(2):
        for column in range(int(width / step)):
            group.add(Circle(x + step * (column + 0.5 + 0.5 * row), y + step * (row + 0.5), radius,
                             fillColor=colors.black, strokeColor=None))


def _crosses(points: Sequence[tuple[float, float]], half: float) -> Path:
    path = Path(fillColor=None, strokeColor=colors.black, strokeWidth=0.6)
    for cx, cy in points:
        path.moveTo(cx - half, cy - half)
        path.lineTo(cx + half, cy + half)
        path.moveTo(cx - half, cy + half)
        path.lineTo(cx + half, cy - half)
    return path


def _legend(entries: Sequence[tuple[str, str, object, str | None]], centre: float, y: float) -> Group:
    """A frameless legend in one row centred on ``centre``: (label, fill, edge, hatch) per entry; the
    hatch is "dots" or "crosses" so that no entry rests on colour alone."""
    em = LEGEND_SIZE
    patch_w, patch_h = 2.0 * em, 0.7 * em
    widths = [patch_w + 0.8 * em + stringWidth(label, FONT, em) for label, *_rest in entries]
    x = centre - (sum(widths) + 2.0 * em * (len(entries) - 1)) / 2
    group = Group()
    for (label, fill, edge, hatch), entry_width in zip(entries, widths, strict=True):
        group.add(Rect(x, y, patch_w, patch_h, fillColor=_colour(fill), strokeColor=edge,
                       strokeWidth=0.8 if edge is not None else 0))
        if hatch == "dots":
            _dots(group, x, y, patch_w, patch_h, 0.45)
        elif hatch == "crosses":
            step = patch_h / 2
            group.add(_crosses([(x + step * (i + 0.5), y + step * (j + 0.5)) for i in range(int(patch_w / step))
                                for j in range(2)], step * 0.4))
        group.add(string_at(x + patch_w + 0.8 * em, y + patch_h / 2 - em * ASCENT / 2, label, em))
        x += entry_width + 2.0 * em
    return group


def _empty(width: float, message: str) -> Drawing:
    drawing = Drawing(width, 72)
    drawing.hAlign = "LEFT"
    drawing.add(string_at(width / 2, 36, message, 10, "middle", MUTED))
    return drawing


@unchecked_shapes()
def contact_heatmap_drawing(
    panels: Sequence[tuple[str, ContactMatrix]],
    labels: Sequence[str],
    *,
    formal_label: str,
    informal_label: str,
    none_label: str,
    density_label: str,
    empty_label: str = "No contact reports yet",
    width: float,
) -> Drawing:
    """One square matrix per panel side by side, peers in ``labels`` order on both axes, named up to
    ``LABELLED_UP_TO`` peers (with a dot in informal cells), each panel's period above it and its density
    below, the legend under all."""
    register_fonts()
    if not panels or not labels:
        return _empty(width, empty_label)
    size = len(labels)
    named = size <= LABELLED_UP_TO
    font = max(7, 8 - size // 8)
    label_w = max(stringWidth(label, FONT, font) for label in labels) if named else 0.0
    left = label_w + PAD if named else 0.0
    side = (width - left - PANEL_GAP * (len(panels) - 1)) / len(panels)
    hang = label_w + PAD if named else 0.0
    legend_h = LEGEND_SIZE * 2.2
    density_h = 8 * 1.25 + 4
    title_h = PANEL_TITLE_SIZE * 1.25 + 3
    height = title_h + side + hang + density_h + legend_h
    drawing = Drawing(width, height)
    drawing.hAlign = "LEFT"
    top = height - title_h
    palette = {NONE: NONE_COLOUR, FORMAL: FORMAL_COLOUR, INFORMAL: INFORMAL_COLOUR}
    for index, (title, matrix) in enumerate(panels):
        x = left + index * (side + PANEL_GAP)
        cells = matrix_array(matrix)
        cell = side / cells.shape[0]
        drawing.add(string_at(x, top + 3 + PANEL_TITLE_SIZE * 0.22, title, PANEL_TITLE_SIZE))
        drawing.add(cells_group(cells, palette, x, top, cell, cell))
        if named:
            ys, xs = np.nonzero(cells == INFORMAL)
            radius = max(0.7, min(1.25, cell * 0.15))
            for row, column in zip(ys.tolist(), xs.tolist(), strict=True):
                drawing.add(Circle(x + (column + 0.5) * cell, top - (row + 0.5) * cell, radius,
                                   fillColor=colors.black, strokeColor=None))
            for position, label in enumerate(labels):
                centre = x + (position + 0.5) * cell
                turned = Group(string_at(0, 0, label, font, "end"))  # read upwards, ending at the matrix
                turned.transform = (0, 1, -1, 0, centre + font * ASCENT / 2, top - side - PAD)
                drawing.add(turned)
                if index == 0:
                    drawing.add(string_at(x - PAD, top - (position + 0.5) * cell - font * ASCENT / 2, label,
                                          font, "end"))
        drawing.add(string_at(x + side / 2, top - side - hang - 4 - 8 * ASCENT,
                              density_label.format(density=matrix.density, informal=matrix.informal_share), 8,
                              "middle"))
    drawing.add(_legend([(formal_label, FORMAL_COLOUR, None, None),
                         (informal_label, INFORMAL_COLOUR, colors.black, "dots"),
                         (none_label, NONE_COLOUR, EDGE, None)], width / 2, LEGEND_SIZE * 0.4))
    return drawing


@unchecked_shapes()
def learning_heatmap_drawing(
    heat: LearningHeatMap,
    labels: Sequence[str],
    *,
    title: str,
    yes_label: str,
    no_label: str,
    missing_label: str,
    empty_label: str = "No learning check-ins yet",
    groups_label: str = "",
    week_format: Callable[[date], str] | None = None,
    width: float,
) -> Drawing:
    """Peers (rows, named up to ``NAMED_ROWS_UP_TO``) by weeks (columns, about 16 named); "no" cells
    carry a cross in named rows so that they read without colour too. Above ``CELLS_UP_TO`` peers a row
    is a group of consecutive peers (:func:`checkin_rows`), which ``groups_label`` ("{count}", "{size}")
    says beside the cells."""
    register_fonts()
    rows = len(labels)
    if not heat.weeks or not rows:
        return _empty(width, empty_label)
    named = rows <= NAMED_ROWS_UP_TO
    font = max(7, 8 - rows // 12)
    label_w = max(stringWidth(label, FONT, font) for label in labels) if named else 0.0
    left = label_w + PAD if named else (WEEK_SIZE * 1.25 + PAD if groups_label and group_size(rows) > 1 else 0.0)
    right = width - 2
    weeks = len(heat.weeks)
    cell_w = (right - left) / weeks
    cells_h = min(ROW_HEIGHT * max(rows, 6), MOST_CELLS_HEIGHT)
    cell_h = cells_h / rows
    step = max(1, weeks // 16)
    ticks = [(week_format or format_day_month)(day) for day in heat.weeks[::step]]
    hang = slanted_hang(ticks, WEEK_SIZE)
    title_h = TITLE_SIZE * 1.25 + 4
    legend_h = LEGEND_SIZE * 2.2
    height = title_h + cells_h + PAD + hang + 6 + legend_h
    drawing = Drawing(width, height)
    drawing.hAlign = "LEFT"
    top = height - title_h
    drawing.add(string_at(left, top + 4 + TITLE_SIZE * 0.22, title, TITLE_SIZE))
    values = checkin_rows(heat.values)  # groups of consecutive peers above CELLS_UP_TO, as on screen
    cell_h = cells_h / values.shape[0]
    drawing.add(cells_group(values, {-1: MISSING_COLOUR, 0: NO_COLOUR, 1: YES_COLOUR}, left, top, cell_w, cell_h))
    if named:
        ys, xs = np.nonzero(values == 0)
        drawing.add(_crosses([(left + (c + 0.5) * cell_w, top - (r + 0.5) * cell_h)
                              for r, c in zip(ys.tolist(), xs.tolist(), strict=True)], 1.6))
        for position, label in enumerate(labels):
            drawing.add(string_at(left - PAD, top - (position + 0.5) * cell_h - font * ASCENT / 2, label, font,
                                  "end"))
    drawing.add(Rect(left, top - cells_h, right - left, cells_h, fillColor=None, strokeColor=colors.black,
                     strokeWidth=FRAME))
    if values.shape[0] < rows and groups_label:
        turned = Group(string_at(0, 0, groups_label.format(count=rows, size=group_size(rows)), WEEK_SIZE,
                                 "middle"))  # read upwards, beside the cells
        turned.transform = (0, 1, -1, 0, left - PAD, top - cells_h / 2)
        drawing.add(turned)
    for position, text in zip(range(0, weeks, step), ticks, strict=True):
        drawing.add(slanted_label(left + (position + 0.5) * cell_w, top - cells_h - PAD, text, WEEK_SIZE))
    drawing.add(_legend([(yes_label, YES_COLOUR, None, None), (no_label, NO_COLOUR, colors.black, "crosses"),
                         (missing_label, MISSING_COLOUR, EDGE, None)], (left + right) / 2, LEGEND_SIZE * 0.4))
    return drawing
