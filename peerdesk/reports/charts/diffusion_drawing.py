"""The share-forward trees drawn straight as a reportlab Drawing for the PDF summary.

The same picture as :func:`peerdesk.reports.charts.diffusion.diffusion_figure` (which the screen keeps),
placed by the same :func:`place_trees`: one rounded box per sharing event, naming the sharer and the
people reached, dark with white text for peers, light with a dashed edge for colleagues, grey lines from
an event to those it led to, depth running left to right. Without matplotlib and svglib it costs
milliseconds instead of a second or two for a large initiative's forty trees.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from peerdesk.core.evaluation.diffusion import DiffusionNode
from peerdesk.reports.charts.layout import MAX_TREES, place_trees
from peerdesk.reports.charts.palette import COLLEAGUE_COLOUR, PEER_COLOUR
from peerdesk.reports.charts.trend_drawing import ASCENT, string_at
from peerdesk.reports.pdf import FONT, register_fonts, unchecked_shapes

SIZE = 8.0
LEADING = SIZE * 1.2
BOX_PAD = 0.3 * SIZE  # matplotlib's "round,pad=0.3"
TITLE_SIZE = 10.0
LINK = colors.HexColor("#555555")
MOST_HEIGHT = 7.5 * 72  # points: the drawing at most this tall (with its heading and caption it fits A4 and Letter)
BOX_HEIGHT = LEADING * 2 + 2 * BOX_PAD - (LEADING - SIZE)  # two lines in a box
#: rows of boxes that fit ``MOST_HEIGHT`` with a clear gap between boxes (more trees would overlap)
MOST_ROWS = int((MOST_HEIGHT - TITLE_SIZE * 1.25 - 10) / (BOX_HEIGHT + 4) - 0.8)


@unchecked_shapes()
def diffusion_drawing(
    trees: Sequence[DiffusionNode],
    sharer_label: Callable[[DiffusionNode], str],
    *,
    title: str,
    reached_label: str,
    chain_label: str,
    empty_label: str = "No diffusion recorded yet",
    width: float,
) -> Drawing:
    """Each box is a sharing event by its sharer, with the people it reached; at most ``MAX_TREES`` trees
    (give it :func:`largest_trees` within ``MOST_ROWS`` for boxes that never overlap)."""
    register_fonts()
    shown = list(trees)[:MAX_TREES]
    placed, rows = place_trees(shown)
    depth_span = max((depth for _, depth, _ in placed), default=0) + 1
    # the figure's own size: 1.5 in plus 2.4 in a level, 1 in plus 0.55 in a row, at most 9 in tall
    drawing = Drawing(min(width, (1.5 + 2.4 * depth_span) * 72), min(MOST_HEIGHT, (1.0 + 0.55 * rows) * 72))
    drawing.hAlign = "LEFT"
    top = drawing.height - (TITLE_SIZE * 1.25 + 6)
    drawing.add(string_at(2, top + 6 + TITLE_SIZE * 0.22, title, TITLE_SIZE))
    if not shown:
        drawing.add(string_at(drawing.width / 2, top / 2, empty_label, SIZE, "middle", colors.HexColor("#5b6773")))
        return drawing
    max_depth = max(depth for _, depth, _ in placed)
    left, right, bottom = 4.0, drawing.width - 4, 4.0

    def x_of(depth: float) -> float:
        return left + (depth + 0.6) / (max_depth + 1.2) * (right - left)

    def y_of(row: float) -> float:  # rows run downwards from -0.8 at the top to ``rows`` at the foot
        return top - (row + 0.8) / (rows + 0.8) * (top - bottom)

    where = {id(node): (depth, row) for node, depth, row in placed}
    for node, depth, row in placed:
        for child in node.children:
            child_depth, child_row = where[id(child)]
            drawing.add(Line(x_of(depth), y_of(row), x_of(child_depth), y_of(child_row), strokeColor=LINK,
                             strokeWidth=1.0))
    for node, depth, row in placed:
        is_peer = node.event.sharer_peer_id is not None
        # a node with a chain behind it shows the same total as the table ("people reached" counts the chain)
        reached = (chain_label.format(n=node.event.people_reached, total=node.reached) if node.children
                   else reached_label.format(n=node.event.people_reached))
        lines = [sharer_label(node), reached]
        box_w = max(stringWidth(line, FONT, SIZE) for line in lines) + 2 * BOX_PAD
        box_h = LEADING * len(lines) + 2 * BOX_PAD - (LEADING - SIZE)
        cx, cy = x_of(depth), y_of(row)
        drawing.add(Rect(cx - box_w / 2, cy - box_h / 2, box_w, box_h, rx=BOX_PAD, ry=BOX_PAD,
                         fillColor=colors.HexColor(PEER_COLOUR if is_peer else COLLEAGUE_COLOUR),
                         strokeColor=colors.black, strokeWidth=0.5,
                         strokeDashArray=None if is_peer else [1.85, 0.8]))
        ink = colors.white if is_peer else colors.black
        baseline = cy + box_h / 2 - BOX_PAD - SIZE * ASCENT
        for line in lines:
            drawing.add(string_at(cx, baseline, line, SIZE, "middle", ink))
            baseline -= LEADING
    return drawing
