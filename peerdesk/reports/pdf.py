"""Shared reportlab groundwork and the layout rules every PeerDesk document follows.

- User text goes through :func:`para`, so a name such as ``A&B <Ministry>`` prints as typed, in the
  embedded DejaVu fonts, so Ёлкина, Nguyễn and Ndèye print with every letter.
- Paper: A4 or US Letter (:func:`page_size`), with margins and a footer that survive both printed at 100%.
- Headings keep with what follows (``keepWithNext`` on h1-h3); a signature block is kept with its last
  paragraph (:func:`keep_with_last`); tables repeat their header row (:func:`table`) and share one left
  edge with the text (no centring, no inset in the first column).
- One footer for every document (:class:`FooterCanvas`): the document's name (shortened if it must be)
  and its full reference on their own line, and "Page i of n" counted within each document.
- Charts are vectors (:func:`figure_drawing`): matplotlib SVG drawn by svglib, text kept as text.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

from peerdesk import __version__, paths
from peerdesk.i18n import _
from peerdesk.reports.reuse import CopiedFrame, LaidOutParagraph

FONT = "PeerDeskSans"
FONT_BOLD = "PeerDeskSans-Bold"
FONT_ITALIC = "PeerDeskSans-Oblique"
FONT_BOLD_ITALIC = "PeerDeskSans-BoldOblique"
PAGE_SIZE = A4  # the default; builders take ``paper`` and read sizes from their document
PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = 18 * mm
#: Room under the text for the footer: its lowest line sits 13 mm above the edge, inside what a Letter
#: or A4 printer prints at 100% (most leave 5-7 mm, some inkjets 12 mm at the foot).
BOTTOM_MARGIN = 26 * mm
FOOTER_SIZE = 7.5
FOOTER_RULE = 20 * mm
FOOTER_LINE_1 = 16.5 * mm
FOOTER_LINE_2 = 13 * mm
INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6773")
ACCENT = colors.HexColor("#0b5c8a")


class _Font(TTFont):
    """A TrueType font that encodes each text once per PDF: reportlab maps a line's characters to the font
    subset's codes one by one each time it is drawn, and a cohort's PDF draws the same lines many times.
    The codes of a PDF's characters never change once given, so the first result stands."""

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 - reportlab's name
        state = self.state.get(doc)
        known = None if state is None else state.__dict__.setdefault("_pd_split", {})
        if known is not None and type(text) is str:
            found = known.get(text)
            if found is None:
                found = known[text] = super().splitString(text, doc, encoding)
            return list(found)
        return super().splitString(text, doc, encoding)


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
        pdfmetrics.registerFont(_Font(name, str(folder / filename)))
    # Table cells set their font on the canvas even when they hold paragraphs; reportlab's default
    # there is Helvetica, which would then be named (not embedded) on every page with a table.
    from reportlab.platypus import tables

    tables.CellStyle.fontname = FONT
    # Vector charts (reportlab graphics) start each drawing in a default font; name the embedded one.
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = FONT
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)
    return FONT


@functools.cache
def styles() -> StyleSheet1:
    """Paragraph styles for PeerDesk documents: body, small, title, h1, h2, h3, cell, cell_bold."""
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, textColor=INK, alignment=TA_LEFT,
                          bulletFontName=FONT, bulletIndent=0, leftIndent=0)
    sheet.add(base)
    sheet.add(ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED))
    sheet.add(ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=20, leading=25, spaceAfter=8))
    # Headings keep with what follows: never alone at the foot of a page.
    sheet.add(ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19,
                             spaceBefore=10, spaceAfter=6, textColor=ACCENT, keepWithNext=1))
    sheet.add(ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15,
                             spaceBefore=8, spaceAfter=4, keepWithNext=1))
    sheet.add(ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=6,
                             keepWithNext=1))
    sheet.add(ParagraphStyle("caption", parent=base, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=6))
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


def page_size(paper: str | None = None) -> tuple[float, float]:
    """The page size for ``paper`` (``a4``/``letter``; else the preference, else the system's locale)."""
    from peerdesk.settings import paper_size

    return PAPERS[paper_size(paper)]


class DocumentMark(Flowable):
    """Invisible: tells the canvas that a document (a contract, a letter, a summary) starts on this page,
    what its footer names (``name``, shortened if it must be) and its full ``reference`` (never shortened)."""

    def __init__(self, key: str, name: str, reference: str = "", page_template: str | None = None,
                 on_drawn: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.key = key
        self.name = name
        self.reference = reference
        self.page_template = page_template or _("Page {page} of {pages}")
        self.on_drawn = on_drawn
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        canvas._pd_key = self.key
        canvas._pd_name = self.name
        canvas._pd_reference = self.reference
        canvas._pd_template = self.page_template
        if self.on_drawn is not None:
            self.on_drawn()


def page_label(template: str, page: int, pages: int) -> str:
    return template.replace("{page}", str(page)).replace("{pages}", str(pages))


@functools.lru_cache(maxsize=4096)
def shorten(text: str, width: float, size: float = FOOTER_SIZE, font: str = FONT) -> str:
    """``text`` cut with an ellipsis to fit ``width`` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class FooterCanvas(Canvas):
    """Every PeerDesk page's footer: holds pages back until the end, then numbers them within each
    document ("Page i of n") and prints the document's name and full reference under a thin rule."""

    def __init__(self, *args, **kwargs) -> None:
        register_fonts()
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT  # else Helvetica is named
        super().__init__(*args, **kwargs)
        self._pd_pages: list[dict] = []
        self._pd_key = ""
        self._pd_name = ""
        self._pd_reference = ""
        self._pd_template = "{page} / {pages}"
        #: each footer text's operators, by what decides them: a contract's name and reference recur on each of
        #: its pages, "Page 1 of 2" on most contracts' first page (its font's subset is this PDF's own)
        self._pd_texts: dict = {}

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pd_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(state["_pd_key"] for state in self._pd_pages)
        seen: Counter[str] = Counter()
        for state in self._pd_pages:
            self.__dict__.update(state)
            seen[self._pd_key] += 1
            self._footer(seen[self._pd_key], totals[self._pd_key])
            Canvas.showPage(self)
        Canvas.save(self)

    def _footer(self, page: int, pages: int) -> None:
        width = self._pagesize[0]
        self.saveState()
        self.setFont(FONT, FOOTER_SIZE)
        self.setFillColor(MUTED)
        self.setStrokeColor(colors.HexColor("#c9d1d9"))
        self.setLineWidth(0.5)
        self.line(MARGIN, FOOTER_RULE, width - MARGIN, FOOTER_RULE)
        number = page_label(self._pd_template, page, pages)
        room = width - 2 * MARGIN - self.stringWidth(number, FONT, FOOTER_SIZE) - 6 * mm
        self._text(self.drawString, MARGIN, FOOTER_LINE_1, shorten(self._pd_name, room))
        self._text(self.drawRightString, width - MARGIN, FOOTER_LINE_1, number)
        if self._pd_reference:
            self._text(self.drawString, MARGIN, FOOTER_LINE_2, shorten(self._pd_reference, width - 2 * MARGIN))
        self.restoreState()

    def _text(self, draw: Callable[[float, float, str], None], x: float, y: float, text: str) -> None:
        """``draw(x, y, text)``, or the operators it wrote for the same text, place and font before."""
        key = (draw.__name__, x, y, text, self._fontname, self._fontsize, self._leading, self.bottomup)
        code = self._pd_texts.get(key)
        if code is None:
            start = len(self._code)
            draw(x, y, text)
            self._pd_texts[key] = self._code[start:]
        else:
            self._code.extend(code)


class PeerDeskDocument(SimpleDocTemplate):
    def build(self, flowables, onFirstPage=None, onLaterPages=None, canvasmaker=FooterCanvas):  # noqa: N803
        kwargs = {"canvasmaker": canvasmaker}
        if onFirstPage is not None:
            kwargs["onFirstPage"] = onFirstPage
        if onLaterPages is not None:
            kwargs["onLaterPages"] = onLaterPages
        super().build(flowables, **kwargs)

    def addPageTemplates(self, pageTemplates) -> None:  # noqa: N802, N803 - reportlab's names
        for template in pageTemplates if isinstance(pageTemplates, (list, tuple)) else [pageTemplates]:
            for frame in template.frames:
                object.__setattr__(frame, "__class__", CopiedFrame)  # Frame keeps its own __setattr__
        super().addPageTemplates(pageTemplates)


def new_document(buffer: BytesIO, title: str, author: str = "PeerDesk", paper: str | None = None) -> SimpleDocTemplate:
    """A document on ``paper`` (A4 or Letter) with PeerDesk's margins, naming only the embedded fonts."""
    register_fonts()
    return PeerDeskDocument(
        buffer,
        pagesize=page_size(paper),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM_MARGIN,
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
    known = _PLAIN.get((text, style)) if type(text) is str else None
    if known is None:
        known = (plain(text), styles()[style])
        if type(text) is str:
            if len(_PLAIN) >= 20_000:  # a 500-contract cohort has a few thousand distinct texts
                _PLAIN.clear()
            _PLAIN[text, style] = known
    return LaidOutParagraph(*known)


#: each (text, style name) made safe and its style looked up once: most of a cohort's texts recur
_PLAIN: dict[tuple[str, str], tuple[str, ParagraphStyle]] = {}


def forget_texts() -> None:
    """Drop what :func:`para` keeps (benchmarks measure a first print)."""
    _PLAIN.clear()


def markup_para(markup: str, style: str = "body") -> Paragraph:
    """A paragraph of PeerDesk's own markup; every user value inside it must pass through :func:`plain`."""
    return LaidOutParagraph(markup, styles()[style])


#: points of padding either side of a table cell's text (the first column has none on the left)
CELL_PAD = 3.0


def fitted_widths(rows: list[list], widths: list[float], header: bool = True) -> list[float]:
    """``widths`` changed so that each column is at least as wide as its longest word (a paragraph cuts a
    word that does not fit, as with "Подтвержден|ие" in a Russian table), the width a column gains taken
    from the others in proportion to their room to spare; the total stays the same. Where the words of
    all columns cannot fit, the widths come back as they were."""
    register_fonts()
    sheet = styles()
    needs = []
    for column in range(len(widths)):
        longest = 0.0
        for index, row in enumerate(rows):
            cell = row[column] if column < len(row) else None
            if not isinstance(cell, str):
                continue
            style = sheet["cell_bold" if header and index == 0 else "cell"]
            for word in cell.split():
                longest = max(longest, pdfmetrics.stringWidth(word, style.fontName, style.fontSize))
        needs.append(longest + CELL_PAD * (1 if column == 0 else 2) + 0.5)
    short = sum(max(0.0, need - width) for need, width in zip(needs, widths, strict=True))
    spare = sum(max(0.0, width - need) for need, width in zip(needs, widths, strict=True))
    if short == 0 or spare < short:
        return list(widths)
    return [need if need >= width else width - (width - need) * short / spare
            for need, width in zip(needs, widths, strict=True)]


def table(rows: list[list], widths: list[float] | None = None, header: bool = True, rules: bool = True) -> Table:
    """A table on the text's left edge whose header row (if any) repeats on every page it runs onto.
    Strings become paragraphs (bold in the header row); flowables are kept as they are. Columns are
    widened where a word would not fit (:func:`fitted_widths`), so no word is cut in any language."""
    if widths is not None:
        widths = fitted_widths(rows, widths, header)
    cells = [[cell if not isinstance(cell, str) else para(cell, "cell_bold" if header and i == 0 else "cell")
              for cell in row] for i, row in enumerate(rows)]
    result = Table(cells, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
             ("LEFTPADDING", (0, 0), (0, -1), 0),  # one left edge with the text above and below
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, INK))
    if rules:
        style.append(("LINEBELOW", (0, 1 if header else 0), (-1, -1), 0.25, colors.HexColor("#cccccc")))
    result.setStyle(TableStyle(style))
    return result


def keep_with_last(flowables: list, block) -> KeepTogether:
    """``block`` (a signature, a sign-off) kept on one page with the last paragraph before it."""
    return KeepTogether(list(flowables) + (list(block) if isinstance(block, list) else [block]))


def with_heading(heading, flowables: list) -> list:
    """``heading`` kept on one page with what follows it. reportlab's ``keepWithNext`` stops at a block
    that is itself kept together (a chart and its caption, an interview), so such a block, and any short
    paragraphs before it, are bundled with the heading here."""
    lead = []
    rest = list(flowables)
    while rest and isinstance(rest[0], Paragraph) and len(lead) < 2:
        lead.append(rest.pop(0))
    if rest and isinstance(rest[0], KeepTogether):
        return [KeepTogether([heading, *lead, *rest[0]._content]), *rest[1:]]
    return [heading, *lead, *rest]


def bullets(lines: list[str], style: str = "body") -> list:
    """A bulleted list whose bullets sit on the text's left edge and whose lines wrap under the text."""
    bulleted = ParagraphStyle(f"{style}_bullet", parent=styles()[style], leftIndent=4 * mm, bulletIndent=0)
    return [Paragraph(plain(line), bulleted, bulletText="•") for line in lines]


def figure_png(figure, dpi: int = 150) -> BytesIO:
    """A matplotlib Figure as PNG bytes (for the screen's self-test; PDFs use :func:`figure_drawing`)."""
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight")
    buffer.seek(0)
    return buffer


@functools.cache
def _svg_fonts() -> None:
    """Map the fonts matplotlib names in its SVG (DejaVu Sans) to the embedded DejaVu family."""
    from svglib import fonts as svg_fonts

    folder = paths.fonts_dir()
    register_fonts()
    faces = {(False, False): (FONT, "DejaVuSans.ttf"), (True, False): (FONT_BOLD, "DejaVuSans-Bold.ttf"),
             (False, True): (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
             (True, True): (FONT_BOLD_ITALIC, "DejaVuSans-BoldOblique.ttf")}
    # svglib's register_font reads the TTF file again on every call (a twentieth of a second each), and the
    # faces are registered with reportlab already: each weight and style is added to svglib's map as a
    # mapping to them instead, through the public call only when that map is not there.
    font_map = getattr(getattr(svg_fonts, "_font_map", None), "_map", None)
    # matplotlib writes weights as words or numbers ("bold", "700"); every one maps to the embedded face
    for weight in ("normal", "400", "500", "bold", "600", "700", "800", "900"):
        for style in ("normal", "italic", "oblique"):
            bold = weight in ("bold", "600", "700", "800", "900")
            name, filename = faces[(bold, style != "normal")]
            if isinstance(font_map, dict):
                font_map[svg_fonts.FontMap.build_internal_name("DejaVu Sans", weight, style)] = {
                    "svg_family": "DejaVu Sans", "svg_weight": weight, "svg_style": style, "rlgFont": name,
                    "exact": True}
            else:
                svg_fonts.register_font("DejaVu Sans", str(folder / filename), weight=weight, style=style,
                                        rlgFontName=name)
    families = getattr(getattr(svg_fonts, "_font_map", None), "_family_index", None)
    if isinstance(families, dict):
        families.setdefault("dejavu sans", "DejaVu Sans")


@contextmanager
def unchecked_shapes() -> Iterator[None]:
    """reportlab checks every attribute set on a shape against its declared type, a third of the time it
    takes to make a chart of a few hundred shapes; PeerDesk's charts (and svglib) set valid values, so the
    check is off while they are made. Also a decorator."""
    from reportlab import rl_config

    checking, rl_config.shapeChecking = rl_config.shapeChecking, 0
    try:
        yield
    finally:
        rl_config.shapeChecking = checking


def figure_drawing(figure, width: float | None = None):
    """A matplotlib Figure as a reportlab vector Drawing (lines stay sharp, text stays text), scaled to
    at most ``width`` points. Charts are built at the text width so that their 7 pt labels stay 7 pt."""
    import matplotlib
    from svglib.svglib import svg2rlg

    _svg_fonts()
    buffer = BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "font.family": "DejaVu Sans", "svg.hashsalt": "peerdesk"}):
        figure.savefig(buffer, format="svg", bbox_inches="tight", pad_inches=0.02)  # legends outside the axes
    buffer.seek(0)
    with unchecked_shapes():
        drawing = svg2rlg(buffer)
    if width is not None and drawing.width > width:
        scale = width / drawing.width
        drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
        drawing.scale(scale, scale)
    drawing.hAlign = "LEFT"
    return drawing


def documents_story(items, story_of, progress=None) -> list:
    """The flowables of several documents printed as one PDF (contracts, letters): each starts on a new
    page, and ``progress(done, total)`` is called as each one is drawn. ``story_of(item, on_drawn)``
    gives one document's flowables."""
    from reportlab.platypus import PageBreak

    total = len(items)
    story: list = []
    for index, item in enumerate(items):
        if index:
            story.append(PageBreak())
        callback = None
        if progress is not None:
            def callback(done=index + 1) -> None:
                progress(done, total)
        story += story_of(item, callback)
    return story
