"""Learning gains drawn straight as a reportlab Drawing for the PDF summary.

The same picture as :func:`peerdesk.reports.charts.learning.gains_figure` (which the screen keeps): left,
the first (grey) and latest (blue, hatched) mean score of each area on the scale's own 1-5 range with
the number of peers scored; right, each peer's mean gain, largest first, green up and orange down from
a zero line, named up to ``NAMED_BARS_UP_TO`` peers and counted on the axis above that. The legend sits
under the left panel, where it covers no bar. Without matplotlib and svglib it costs milliseconds
instead of about a second.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.graphics.shapes import Drawing, Group, Line, Path, Rect
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from peerdesk.core.evaluation.learning import GainSummary
from peerdesk.i18n import format_number
from peerdesk.reports.charts.layout import NAMED_BARS_UP_TO, nice_ticks
from peerdesk.reports.charts.palette import DOWN_COLOUR, FIRST_COLOUR, LAST_COLOUR, UP_COLOUR
from peerdesk.reports.charts.trend_drawing import ASCENT, string_at
from peerdesk.reports.pdf import FONT, register_fonts, unchecked_shapes

TICK = 3.5
PAD = 3.5
SPINE = 0.8
AXIS_SIZE = 10.0  # the scales' numbers
AREA_SIZE = 7.5
AREA_SHARE = 0.32  # of the width, at most, for the areas' names
NAME_SIZE = 7.0
LABEL_SIZE = 7.0
TITLE_SIZE = 9.0
LEGEND_SIZE = 7.0
HATCH_STEP = 4.0  # points between the white diagonals of a "latest" bar
GAP = 14.0  # between the two panels


def _hatch(x: float, y: float, width: float, height: float) -> Path:
    """White "//" diagonals clipped to the rectangle, so the latest score reads without colour too."""
    path = Path(fillColor=None, strokeColor=colors.white, strokeWidth=0.8)
    offset = -height
    while offset < width:
        # the line from (x + offset, y) rising at 45°, cut to the rectangle
        start = max(0.0, -offset)
        end = min(height, width - offset)
        if end > start:
            path.moveTo(x + offset + start, y + start)
            path.lineTo(x + offset + end, y + end)
        offset += HATCH_STEP
    return path


def _bar(group: Group, x0: float, x1: float, y: float, height: float, colour: str, hatch: bool = False) -> None:
    left, right = min(x0, x1), max(x0, x1)
    group.add(Rect(left, y, right - left, height, fillColor=colors.HexColor(colour), strokeColor=None))
    if hatch and right - left > 0:
        group.add(_hatch(left, y, right - left, height))


def _x_axis(group: Group, left: float, right: float, bottom: float, low: float, high: float, ticks,
            label: str, limit: float, after: float = 0.0) -> float:
    """Bottom spine, ticks and numbers, and ``label`` centred under them (moved left if it would pass
    ``limit``, a line lower if it would start before ``after``); returns where the label ends."""
    group.add(Line(left, bottom, right, bottom, strokeColor=colors.black, strokeWidth=SPINE))
    for value in ticks:
        x = left + (value - low) / (high - low) * (right - left)
        group.add(Line(x, bottom - TICK, x, bottom, strokeColor=colors.black, strokeWidth=SPINE))
        text = format_number(value, digits=0 if float(value).is_integer() else 1)
        group.add(string_at(x, bottom - TICK - PAD - AXIS_SIZE * ASCENT, text, AXIS_SIZE, "middle"))
    baseline = bottom - TICK - PAD - AXIS_SIZE - 3 - LABEL_SIZE * ASCENT
    half = stringWidth(label, FONT, LABEL_SIZE) / 2
    centre = min((left + right) / 2, limit - half)
    if centre - half < after:  # the other panel's label is in the way: the line under it is free
        baseline -= LABEL_SIZE * 1.3
    group.add(string_at(centre, baseline, label, LABEL_SIZE, "middle"))
    return centre + half


@unchecked_shapes()
def gains_drawing(
    gains: GainSummary,
    area_names: Mapping[str, str],
    peer_labels: Mapping[int, str],
    *,
    title_areas: str,
    title_peers: str,
    scale_label: str,
    gain_label: str,
    first_label: str,
    last_label: str,
    peers_label: str,
    empty_label: str = "No learning gains yet: score the areas at two points",
    width: float,
    height: float = 4.2 * 72,
) -> Drawing:
    register_fonts()
    drawing = Drawing(width, height)
    drawing.hAlign = "LEFT"
    measured = [area for area in gains.by_area if area.peers]
    if not measured:
        drawing.add(string_at(width / 2, height / 2, empty_label, 10, "middle", colors.HexColor("#5b6773")))
        return drawing
    legend_h = LEGEND_SIZE * 2.2
    bottom = legend_h + TICK + PAD + AXIS_SIZE + 3 + LABEL_SIZE * 1.3
    top = height - (TITLE_SIZE * 1.25 + 4)
    # left panel: three fifths of the width, the areas' names before it
    # long names (French, Russian) wrap onto more lines rather than squeeze the bars
    area_texts = [simpleSplit(f"{area_names.get(a.area, a.area)} (n={a.peers})", FONT, AREA_SIZE, width * AREA_SHARE)
                  for a in measured]
    area_w = max(stringWidth(line, FONT, AREA_SIZE) for lines in area_texts for line in lines)
    l_left = area_w + PAD + TICK
    l_right = width * 3 / 5 - GAP / 2
    count = len(measured)
    span = (count - 1) + 0.8
    low_y, high_y = -0.4 - 0.05 * span, count - 1 + 0.4 + 0.05 * span

    def y_of(position: float, high: float = high_y, low: float = low_y) -> float:  # first at the top
        return top - (position - low) / (high - low) * (top - bottom)

    def x_score(score: float) -> float:
        return l_left + (score - 1) / 4 * (l_right - l_left)

    bar_h = 0.4 / (high_y - low_y) * (top - bottom)
    for position, (area, text) in enumerate(zip(measured, area_texts, strict=True)):
        y = y_of(position)
        _bar(drawing, x_score(1), x_score(area.mean_first), y_of(position - 0.2) - bar_h / 2, bar_h, FIRST_COLOUR)
        _bar(drawing, x_score(1), x_score(area.mean_last), y_of(position + 0.2) - bar_h / 2, bar_h, LAST_COLOUR,
             hatch=True)
        drawing.add(Line(l_left - TICK, y, l_left, y, strokeColor=colors.black, strokeWidth=SPINE))
        first = y - AREA_SIZE * ASCENT / 2 + (len(text) - 1) * AREA_SIZE * 1.2 / 2
        for number, line in enumerate(text):
            drawing.add(string_at(l_left - TICK - PAD, first - number * AREA_SIZE * 1.2, line, AREA_SIZE, "end"))
    drawing.add(Line(l_left, bottom, l_left, top, strokeColor=colors.black, strokeWidth=SPINE))
    scale_end = _x_axis(drawing, l_left, l_right, bottom, 1, 5, [1, 2, 3, 4, 5], scale_label, width)
    # the legend under the left panel, from its left edge: a patch before each name
    x = l_left
    for text, colour, hatch in ((first_label, FIRST_COLOUR, False), (last_label, LAST_COLOUR, True)):
        _bar(drawing, x, x + 2 * LEGEND_SIZE, LEGEND_SIZE * 0.4 - 0.5, 0.7 * LEGEND_SIZE + 1, colour, hatch)
        x += 2.8 * LEGEND_SIZE
        drawing.add(string_at(x, LEGEND_SIZE * 0.4, text, LEGEND_SIZE))
        x += stringWidth(text, FONT, LEGEND_SIZE) + 2 * LEGEND_SIZE
    # right panel: each peer's mean gain, largest first
    peers = sorted(gains.by_peer, key=lambda p: -p.mean_gain)
    values = [p.mean_gain for p in peers]
    named = len(peers) <= NAMED_BARS_UP_TO
    names = [peer_labels.get(p.peer_id, str(p.peer_id)) for p in peers]
    r_left = width * 3 / 5 + GAP / 2
    if named:
        r_left += max((stringWidth(name, FONT, NAME_SIZE) for name in names), default=0) + PAD + TICK
    else:
        r_left += LABEL_SIZE * 1.2 + 4
    r_right = width - 6
    # clear of the left panel's title, however long a language makes it (it moves left if it must)
    title_w = stringWidth(title_areas, FONT, TITLE_SIZE)
    r_left = min(max(r_left, l_left + title_w + GAP), width - 120)
    peers_title_x = max(0.0, min(r_left, width - stringWidth(title_peers, FONT, TITLE_SIZE)))
    drawing.add(string_at(max(0.0, min(l_left, peers_title_x - GAP - title_w)), top + 4 + TITLE_SIZE * 0.22,
                          title_areas, TITLE_SIZE))
    drawing.add(string_at(peers_title_x, top + 4 + TITLE_SIZE * 0.22, title_peers, TITLE_SIZE))
    low, high = min(0.0, *values), max(0.0, *values)
    margin = 0.05 * (high - low or 1)
    low, high = (low - margin if low < 0 else low), (high + margin if high > 0 else high + (0 if low < 0 else 1))
    ticks = [t for t in nice_ticks(low, high, 4) if low <= t <= high]

    def x_gain(value: float) -> float:
        return r_left + (value - low) / (high - low) * (r_right - r_left)

    rows = len(peers)
    r_low, r_high = -0.5 - 0.1, rows - 0.5 + 0.1
    peer_h = 0.8 / (r_high - r_low) * (top - bottom)
    paths: dict[str, Path] = {}
    for position, (value, name) in enumerate(zip(values, names, strict=True)):
        colour = UP_COLOUR if value > 0 else DOWN_COLOUR if value < 0 else FIRST_COLOUR
        path = paths.setdefault(colour, Path(fillColor=colors.HexColor(colour), strokeColor=None))
        y = y_of(position, r_high, r_low)
        x0, x1 = sorted((x_gain(0), x_gain(value)))
        path.moveTo(x0, y - peer_h / 2)
        path.lineTo(x1, y - peer_h / 2)
        path.lineTo(x1, y + peer_h / 2)
        path.lineTo(x0, y + peer_h / 2)
        path.closePath()
        if named:
            drawing.add(Line(r_left - TICK, y, r_left, y, strokeColor=colors.black, strokeWidth=SPINE))
            drawing.add(string_at(r_left - TICK - PAD, y - NAME_SIZE * ASCENT / 2, name, NAME_SIZE, "end"))
    for path in paths.values():
        drawing.add(path)
    if not named:  # hundreds of names would overprint each other: the axis counts the peers instead
        turned = Group(string_at(0, 0, peers_label.format(count=rows), LABEL_SIZE, "middle"))
        turned.transform = (0, 1, -1, 0, r_left - 4, (top + bottom) / 2)
        drawing.add(turned)
    drawing.add(Line(x_gain(0), bottom, x_gain(0), top, strokeColor=colors.black, strokeWidth=0.6))
    drawing.add(Line(r_left, bottom, r_left, top, strokeColor=colors.black, strokeWidth=SPINE))
    _x_axis(drawing, r_left, r_right, bottom, low, high, ticks, gain_label, width, after=scale_end + 6)
    return drawing


@unchecked_shapes()
def outcome_families_drawing(counts: Mapping[str, int], names: Mapping[str, str], *, title: str, width: float,
                             height: float = 1.9 * 72) -> Drawing:
    """Interviews naming each practical-learning outcome, one bar each, on a whole-number scale (the same
    chart as :func:`peerdesk.reports.charts.learning.outcome_families_figure`)."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.hAlign = "LEFT"
    codes = list(counts)
    texts = [names.get(code, code) for code in codes]
    left = max((stringWidth(text, FONT, 8) for text in texts), default=0) + PAD + TICK
    right, top = width - 6, height - (TITLE_SIZE * 1.25 + 4)
    bottom = TICK + PAD + AXIS_SIZE + 2
    drawing.add(string_at(left, top + 4 + TITLE_SIZE * 0.22, title, TITLE_SIZE))
    high = max([*counts.values(), 1])
    ticks = [t for t in nice_ticks(0, high * 1.05, 9, integer=True)
             if 0 <= t <= high * 1.05]
    high = high * 1.05
    rows = len(codes)
    low_y, high_y = -0.4 - 0.05 * (rows - 0.2), rows - 1 + 0.4 + 0.05 * (rows - 0.2)
    bar_h = 0.8 / (high_y - low_y) * (top - bottom)
    for position, (code, text) in enumerate(zip(codes, texts, strict=True)):
        y = top - (position - low_y) / (high_y - low_y) * (top - bottom)
        _bar(drawing, left, left + counts[code] / high * (right - left), y - bar_h / 2, bar_h, LAST_COLOUR)
        drawing.add(Line(left - TICK, y, left, y, strokeColor=colors.black, strokeWidth=SPINE))
        drawing.add(string_at(left - TICK - PAD, y - 8 * ASCENT / 2, text, 8, "end"))
    drawing.add(Line(left, bottom, left, top, strokeColor=colors.black, strokeWidth=SPINE))
    _x_axis(drawing, left, right, bottom, 0, high, ticks, "", width)
    return drawing
