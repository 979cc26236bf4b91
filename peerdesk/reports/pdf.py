"""Shared reportlab groundwork: embedded Unicode fonts, paragraph styles, and text that is never markup.

Every PDF builder goes through :func:`para` for user text, so a name such as ``A&B <Ministry>`` prints
as typed, and through the DejaVu fonts, so Ёлкина, Nguyễn and Ndèye print with every letter.
"""

from __future__ import annotations

import functools
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from peerdesk import __version__, paths

FONT = "PeerDeskSans"
FONT_BOLD = "PeerDeskSans-Bold"
FONT_ITALIC = "PeerDeskSans-Oblique"
FONT_BOLD_ITALIC = "PeerDeskSans-BoldOblique"
PAGE_SIZE = A4
MARGIN = 18 * mm
INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6773")
ACCENT = colors.HexColor("#0b5c8a")


@functools.cache
def register_fonts() -> str:
    """Register the bundled DejaVu family with reportlab (embedded in every PDF); returns its name."""
    folder = paths.fonts_dir()
    for name, filename in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
        (FONT_BOLD_ITALIC, "DejaVuSans-BoldOblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    # Table cells set their font on the canvas even when they hold paragraphs; reportlab's default
    # there is Helvetica, which would then be named (not embedded) on every page with a table.
    from reportlab.platypus import tables

    tables.CellStyle.fontname = FONT
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)
    return FONT


@functools.cache
def styles() -> StyleSheet1:
    """Paragraph styles for PeerDesk documents: body, small, title, h1, h2, h3, cell, cell_bold."""
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, textColor=INK, alignment=TA_LEFT)
    sheet.add(base)
    sheet.add(ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED))
    sheet.add(ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=20, leading=25, spaceAfter=8))
    sheet.add(ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19,
                             spaceBefore=10, spaceAfter=6, textColor=ACCENT))
    sheet.add(ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15,
                             spaceBefore=8, spaceAfter=4))
    sheet.add(ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=6))
    sheet.add(ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5))
    sheet.add(ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=10.5))
    sheet.add(ParagraphStyle("warning", parent=base, textColor=colors.HexColor("#8a3b00")))
    return sheet


class EmbeddedFontCanvas(Canvas):
    """A canvas that starts in the embedded font: reportlab's default start names Helvetica on every
    page, a font the PDF does not carry."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("initialFontName", FONT)
        super().__init__(*args, **kwargs)


class PeerDeskDocument(SimpleDocTemplate):
    def build(self, flowables, onFirstPage=None, onLaterPages=None, canvasmaker=EmbeddedFontCanvas):  # noqa: N803
        kwargs = {"canvasmaker": canvasmaker}
        if onFirstPage is not None:
            kwargs["onFirstPage"] = onFirstPage
        if onLaterPages is not None:
            kwargs["onLaterPages"] = onLaterPages
        super().build(flowables, **kwargs)


def new_document(buffer: BytesIO, title: str, author: str = "PeerDesk") -> SimpleDocTemplate:
    """An A4 document with PeerDesk's margins whose pages name only the embedded fonts."""
    register_fonts()
    return PeerDeskDocument(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=author,
        creator=f"PeerDesk {__version__}",
        initialFontName=FONT,  # else reportlab names Helvetica, which is not embedded, on every page
    )


def plain(text: object) -> str:
    """User text made safe for a reportlab Paragraph: markup characters shown, line breaks kept."""
    return escape("" if text is None else str(text)).replace("\n", "<br/>")


def para(text: object, style: str = "body") -> Paragraph:
    """A paragraph of user text, never parsed as markup."""
    return Paragraph(plain(text), styles()[style])


def markup_para(markup: str, style: str = "body") -> Paragraph:
    """A paragraph of PeerDesk's own markup; every user value inside it must pass through :func:`plain`."""
    return Paragraph(markup, styles()[style])


def figure_png(figure, dpi: int = 150) -> BytesIO:
    """A matplotlib Figure as PNG bytes, to place in a PDF with reportlab's Image."""
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight")
    buffer.seek(0)
    return buffer
