"""The hourglass and hatching drawn straight as reportlab shapes for the PDF summary.

The same picture as :func:`peerdesk.reports.charts.hourglass.hourglass_figure` (which the screen keeps):
four stages, wide-narrow-narrow-wide, each filled and hatched by its status (:data:`STATUS_STYLE`), its
number, name and status beside it. :func:`hatch` draws matplotlib's "//" and "xx" inside any convex
shape, so a status or a series reads in black and white too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.graphics.shapes import Drawing, Path, Polygon
from reportlab.lib import colors

from peerdesk.core.evaluation.hourglass import StageStatus
from peerdesk.reports.charts.palette import STATUS_STYLE
from peerdesk.reports.charts.trend_drawing import ASCENT, string_at
from peerdesk.reports.pdf import register_fonts, unchecked_shapes

HATCH_STEP = 4.0  # points between the lines of a hatch
SIZE = 9.0
EDGES = (1.0, 0.55, 0.3, 0.55, 1.0)  # half-widths at the stage boundaries, top to bottom


def hatch(points: Sequence[tuple[float, float]], pattern: str, colour=colors.black, width: float = 0.8,
          step: float = HATCH_STEP) -> Path:
    """The lines of ``pattern`` ("//" rising, "\\\\" falling, "xx" both) cut to the convex polygon ``points``."""
    path = Path(fillColor=None, strokeColor=colour, strokeWidth=width)
    directions = [(1.0, 1.0)] if pattern == "//" else [(1.0, -1.0)] if pattern == "\\\\" else [(1.0, 1.0), (1.0, -1.0)]
    for dx, dy in directions:
        normal = (-dy, dx)  # lines n·p = c
        levels = [normal[0] * x + normal[1] * y for x, y in points]
        level = min(levels) + step / 2
        while level < max(levels):
            ends = []
            for (x1, y1), (x2, y2) in zip(points, [*points[1:], points[0]], strict=True):
                a, b = normal[0] * x1 + normal[1] * y1 - level, normal[0] * x2 + normal[1] * y2 - level
                if (a <= 0 < b) or (b <= 0 < a):
                    t = a / (a - b)
                    ends.append((x1 + t * (x2 - x1), y1 + t * (y2 - y1)))
            if len(ends) >= 2:
                path.moveTo(*ends[0])
                path.lineTo(*ends[-1])
            level += step
    return path


@unchecked_shapes()
def hourglass_drawing(stages: Sequence[StageStatus], stage_names: Mapping[str, str],
                      status_names: Mapping[str, str], *, width: float, height: float) -> Drawing:
    """The four stages on ``width`` x ``height`` points, in the figure's proportions."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.hAlign = "LEFT"
    pad = 6.0
    count = max(len(stages), 1)

    def x_of(value: float) -> float:  # the figure's -1.1 to 3.4
        return pad + (value + 1.1) / 4.5 * (width - 2 * pad)

    def y_of(value: float) -> float:  # 0.1 at the top to -(stages + 0.1) at the foot
        return height - pad - (0.1 - value) / (count + 0.2) * (height - 2 * pad)

    for index, stage in enumerate(stages):
        top, bottom = EDGES[index], EDGES[index + 1]
        colour, pattern = STATUS_STYLE[stage.status]
        points = [(x_of(-top), y_of(-index)), (x_of(top), y_of(-index)), (x_of(bottom), y_of(-index - 1)),
                  (x_of(-bottom), y_of(-index - 1))]
        drawing.add(Polygon([v for point in points for v in point], fillColor=colors.HexColor(colour),
                            strokeColor=None))
        if pattern:
            drawing.add(hatch(points, pattern, width=0.6))
        drawing.add(Polygon([v for point in points for v in point], fillColor=None, strokeColor=colors.black,
                            strokeWidth=0.8))
        middle = y_of(-index - 0.5)
        lines = [f"{index + 1}. {stage_names.get(stage.code, stage.code)}",
                 status_names.get(stage.status, stage.status)]
        drawing.add(string_at(x_of(1.15), middle + 0.1 * SIZE, lines[0], SIZE))
        drawing.add(string_at(x_of(1.15), middle - 1.1 * SIZE - SIZE * ASCENT * 0.1, lines[1], SIZE))
    return drawing
