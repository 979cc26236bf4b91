"""matplotlib Figure builders for the screens and the PDFs (drawn into PDFs as vectors).

Rules every chart keeps: labels of at least 7 pt at the size it prints, axes labelled with their units,
and nothing that rests on colour alone (hatches, markers, line styles), so a black-and-white print reads.
"""

from __future__ import annotations

import numpy as np

#: The smallest text a chart prints.
MIN_FONT = 7

#: Cells; a matrix with more is drawn as an image (e.g. 60 peers x 52 weeks of check-ins).
VECTOR_CELLS_UP_TO = 2500


def grid(axes, values, cmap, vmin: float, vmax: float, aspect: str = "auto"):
    """A matrix drawn cell by cell as vector shapes (``imshow`` would embed a raster image in the PDF),
    row 0 at the top, cell (i, j) centred on (j, i) as with ``imshow``; above ``VECTOR_CELLS_UP_TO``
    cells, the same mesh as an image."""
    values = np.asarray(values)
    rows, cols = values.shape if values.ndim == 2 else (0, 0)
    mesh = axes.pcolormesh(np.arange(cols + 1) - 0.5, np.arange(rows + 1) - 0.5, values, cmap=cmap, vmin=vmin,
                           vmax=vmax, edgecolors="none", snap=True)
    # A large grid is embedded as an image (cells stay crisp at print resolution): tens of thousands of
    # vector cells take a minute to convert into a PDF and make a file no viewer opens quickly.
    mesh.set_rasterized(rows * cols > VECTOR_CELLS_UP_TO)
    axes.set_xlim(-0.5, cols - 0.5)
    axes.set_ylim(rows - 0.5, -0.5)
    axes.set_aspect(aspect)
    return mesh
