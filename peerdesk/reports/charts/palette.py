"""The charts' colours, shared by the screen's matplotlib figures and the summary's reportlab drawings.

Plain strings, no Qt and no matplotlib, so that building a PDF does not import a plotting library just to
learn a colour. Okabe-Ito colours throughout: told apart by readers with common colour-vision deficiencies
and still dark against light in greyscale; every chart adds hatches, markers or line styles besides.
"""

from __future__ import annotations

# contact between peers (heat map) and its weekly trend
NONE_COLOUR = "#eeeeee"
FORMAL_COLOUR = "#0072B2"
INFORMAL_COLOUR = "#E69F00"
SHARE_COLOUR = "#000000"
DENSITY_COLOUR = "#009E73"

# learning check-ins (heat map) and learning gains
MISSING_COLOUR = "#ffffff"
NO_COLOUR = "#F0E442"  # Okabe-Ito yellow: light
YES_COLOUR = "#0072B2"  # Okabe-Ito blue: dark
FIRST_COLOUR = "#999999"
LAST_COLOUR = "#0072B2"
UP_COLOUR = "#009E73"
DOWN_COLOUR = "#D55E00"

# diffusion trees
PEER_COLOUR = "#0072B2"
COLLEAGUE_COLOUR = "#E69F00"

#: the hourglass's stages: colour and hatch per status (the hatch carries the status without colour)
STATUS_STYLE = {
    "evidence": ("#0072B2", ""),
    "partial": ("#E69F00", "//"),
    "missing": ("#dddddd", "xx"),
}
