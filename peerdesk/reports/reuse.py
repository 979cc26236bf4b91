"""Work reportlab repeats, done once: paragraphs and tables that recur across the documents of one PDF.

Printing 500 contracts makes some 50,000 paragraphs, most of them the same few hundred texts (each
language's headings, clauses and labels), and tables whose every cell recurs (a language's numbered
clauses, an initiative's activities). Tables wrap every cell to measure rows, then again to draw them,
and keep-together blocks wrap to test the fit. What reportlab works out for a paragraph or such a table
depends only on its content, its style and the width, so the first result is kept and put back:

- a paragraph's parsed fragments and its lines for each width, shared by every paragraph made with
  :class:`LaidOutParagraph` (bounded, cleared when full);
- on each canvas (a PDF being built: font subsets are numbered per document), the page-content
  operators a paragraph or a :meth:`SharedTable.share`-d table drew. Flowables draw relative to their
  own origin, so the same operators are right wherever the next copy sits on whichever page.

Only whole flowables made here are shared: the halves reportlab makes when it splits one across a page
are laid out and drawn as usual.
"""

from __future__ import annotations

import copy

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.frames import Frame
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag
from reportlab.platypus.tables import _SPECIALROWS, _calc_pc, _ExpandedCellTuple, _isLineCommand


class _Key(tuple):
    """A table's content as a key, hashed once: it is looked up each time the table is measured or drawn."""

    def __new__(cls, items):
        key = super().__new__(cls, items)
        key._hash = tuple.__hash__(key)
        return key

    def __hash__(self) -> int:
        return self._hash


def _drawn(canvas) -> dict:
    """The operators drawn on ``canvas`` so far, by flowable content."""
    return canvas.__dict__.setdefault("_pd_drawn", {})


def _draw_once(flowable, key, draw) -> None:
    """``draw()`` the first time ``key`` is drawn on the flowable's canvas; after that, its operators again."""
    canvas = flowable.canv
    drawn = _drawn(canvas)
    code = drawn.get(key)
    if code is None:
        start = len(canvas._code)
        draw()
        drawn[key] = canvas._code[start:]
    else:
        canvas._code.extend(code)


class LaidOutParagraph(Paragraph):
    """A Paragraph that is parsed, broken into lines and drawn once however often it recurs.

    Printing 500 contracts makes some 50,000 paragraphs, most of them the same few hundred texts (each
    language's headings, clauses and labels); tables wrap every cell to measure rows, then again to draw
    them, and keep-together blocks wrap to test the fit. What reportlab works out for a paragraph depends
    only on its text, its style and the width, so it is kept (:class:`_Shared`) and put back: the parsed
    fragments, the lines for each width, and the page-content operators each (text, style, width) drew
    on this canvas (drawn relative to the paragraph's own origin, so valid wherever it sits)."""

    _WRAP_STATE = ("width", "height", "blPara", "_wrapWidths", "_width_max", "_hyphenations",
                   "_splitLongWordCount")

    def __init__(self, text, style=None, bulletText=None, frags=None, **kwargs) -> None:  # noqa: N803
        self._pd_key = None
        if frags is not None or bulletText is not None or kwargs or style is None:
            super().__init__(text, style, bulletText, frags, **kwargs)  # a split half: its own
            return
        key = (text, style)
        parsed = _SHARED.parsed.get(key)
        if parsed is None:
            fields = _plain_fragments(text, style)
            if fields is None:
                super().__init__(text, style)
                fields = (self.text, self.frags, self.style, self.bulletText)
            text, frags, style, bullet = fields
            # only whole paragraphs made here are shared (_pd_key), not reportlab's split halves
            parsed = ({"caseSensitive": 1, "encoding": "utf8", "debug": 0, "text": text, "style": style,
                       "bulletText": bullet, "_pd_key": key}, frags)
            _SHARED.keep(_SHARED.parsed, key, parsed)
        self.__dict__.update(parsed[0])
        self.frags = list(parsed[1])

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        if self._pd_key is None:
            return super().wrap(availWidth, availHeight)
        last = self.__dict__.get("_pd_last")
        if last is not None and last[0] == availWidth and "blPara" in self.__dict__:  # measured again
            return last[1]
        key = (self._pd_key, availWidth)
        state = _SHARED.laid_out.get(key)
        if state is None:
            result = super().wrap(availWidth, availHeight)
            _SHARED.keep(_SHARED.laid_out, key, (result, {name: self.__dict__[name] for name in self._WRAP_STATE
                                                         if name in self.__dict__}))
        else:
            result, saved = state
            self.__dict__.update(saved)
        self._pd_last = (availWidth, result)
        return result

    def draw(self) -> None:
        if self._pd_key is None:
            return super().draw()
        _draw_once(self, ("para", self._pd_key, self.width, self.height), super().draw)

    def drawOn(self, canvas, x, y, _sW=0) -> None:  # noqa: N802 - reportlab's name
        """As reportlab's (save the state, move to x, y, draw, restore), writing the same operators
        straight out when this paragraph was drawn before: nothing in between changes the canvas's state."""
        code = None if self._pd_key is None else _drawn(canvas).get(("para", self._pd_key, self.width, self.height))
        if code is None or getattr(self, "_showBoundary", False):
            return super().drawOn(canvas, x, y, _sW)
        x = self._hAlignAdjust(x, _sW)
        canvas._code += ("q", f"1 0 0 1 {fp_str(x, y)} cm", *code, "Q")


class _Shared:
    """What :class:`LaidOutParagraph` keeps between paragraphs, bounded (it is cleared when full)."""

    LIMIT = 20_000  # a 500-contract cohort needs about 10,000

    def __init__(self) -> None:
        self.parsed: dict = {}
        self.laid_out: dict = {}
        self.fragments: dict = {}  # per style: the fragment its plain text is set in

    def keep(self, table: dict, key, value) -> None:
        if len(table) >= self.LIMIT:
            table.clear()
        table[key] = value


_SHARED = _Shared()


def _plain_fragments(text: str, style: ParagraphStyle):
    """What reportlab's markup parser makes of ``text`` when it holds no markup at all (no ``<`` or
    ``&``): one fragment in the style's font and colour holding the text with its white space folded.
    Built from the style's own fragment, without running the parser; ``None`` when the parser must run."""
    if "<" in text or "&" in text or getattr(style, "bulletText", None) or getattr(style, "textTransform", None):
        return None
    cleaned = cleanBlockQuotedText(text)
    if not cleaned:
        return None
    template = _style_fragment(style)
    fragment = ParaFrag()
    fragment.__dict__.update(template.__dict__)
    fragment.link, fragment.us_lines, fragment.text = [], [], cleaned
    return cleaned, [fragment], style, None


def _style_fragment(style: ParagraphStyle):
    fragment = _SHARED.fragments.get(style)
    if fragment is None:
        fragment = Paragraph("x", style).frags[0]
        _SHARED.keep(_SHARED.fragments, style, fragment)
    return fragment


_CELL_STYLES: dict = {}
_NOT_CELL_STYLE = ("BACKGROUND", "ROWBACKGROUNDS", "COLBACKGROUNDS", "SPAN", "NOSPLIT", "ROUNDEDCORNERS")


def _sets_cell_style(command) -> bool:
    """Whether ``Table._addCommand`` would apply ``command`` to each cell's style (not lines, backgrounds,
    spans or first/last-row-of-split commands)."""
    return (command[0] not in _NOT_CELL_STYLE and not _isLineCommand(command)
            and command[1][1] not in _SPECIALROWS)


_COMMANDS_TEXT: dict[int, tuple] = {}


def _commands_text(style: TableStyle) -> str:
    """``repr`` of a TableStyle's commands, the part of a table's key its styles make: worked out once per
    style object and number of commands (the same few module-level styles serve every contract)."""
    commands = style.getCommands()
    known = _COMMANDS_TEXT.get(id(style))
    if known is not None and known[0] is style and known[1] == len(commands):
        return known[2]
    text = repr(list(commands))
    if len(_COMMANDS_TEXT) >= 256:
        _COMMANDS_TEXT.clear()
    _COMMANDS_TEXT[id(style)] = (style, len(commands), text)  # the style is kept: its id stays its own
    return text


class SharedTable(Table):
    """A Table laid out and drawn once per canvas for each distinct content, once :meth:`share` is called
    (after its last ``setStyle``). Cells must be :class:`LaidOutParagraph` or :class:`Spacer`, else the
    table is laid out as usual."""

    _pd_key = None
    _pd_styles: tuple = ()

    def __init__(self, data, *args, styles: tuple = (), **kwargs) -> None:
        """``styles`` (TableStyles) are applied as by ``setStyle``; the per-cell part of their outcome
        (fonts, paddings, alignment) is worked out once per table shape and kept: every contract's table
        of the same shape and styles shares those cell styles, as reportlab's own split halves do."""
        styles = tuple(style if isinstance(style, TableStyle) else TableStyle(style) for style in styles)
        key = (len(data), len(data[0]) if data else 0, tuple(_commands_text(style) for style in styles))
        known = _CELL_STYLES.get(key) if styles else None
        if known is not None:
            kwargs["cellStyles"] = [list(row) for row in known]
        if "normalizedData" not in kwargs and all(
                type(row) is list and all(isinstance(cell, Flowable) for cell in row) for row in data):
            kwargs["normalizedData"] = 1  # reportlab's normalising leaves flowables as they are: skipped
        super().__init__(data, *args, **kwargs)
        for style in styles:
            if known is None:
                self.setStyle(style)
                continue
            self._pd_styles = (*self._pd_styles, _commands_text(style))
            for command in style.getCommands():
                if not _sets_cell_style(command):
                    self._addCommand(command)
            for name, value in style._opts.items():
                setattr(self, name, value)
        if styles and known is None and len(_CELL_STYLES) < 256:
            _CELL_STYLES[key] = self._cellStyles

    def setStyle(self, tblstyle) -> None:  # noqa: N802 - reportlab's name
        if isinstance(tblstyle, TableStyle):
            self._pd_styles = (*self._pd_styles, _commands_text(tblstyle))
        else:
            self._pd_styles = (*self._pd_styles, repr(list(tblstyle)))
        super().setStyle(tblstyle)

    def share(self) -> SharedTable:
        rows = []
        for row in self._cellvalues:
            cells = []
            for cell in row:
                if isinstance(cell, LaidOutParagraph) and cell._pd_key is not None:
                    cells.append(cell._pd_key)
                elif type(cell) is Spacer:
                    cells.append(("spacer", cell.width, cell.height))
                else:
                    return self
            rows.append(tuple(cells))
        self._pd_key = _Key((tuple(rows), tuple(self._argW), tuple(self._argH), self._pd_styles, self.repeatRows,
                             self.hAlign, self.vAlign))
        return self

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        canvas = getattr(self, "canv", None)
        if self._pd_key is None or canvas is None:
            return super().wrap(availWidth, availHeight)
        laid_out = _drawn(canvas)
        key = ("table", self._pd_key, availWidth)
        known = laid_out.get(key)
        if known is not None and known[0][1] <= availHeight:
            self.__dict__.update(known[1])
            # another table's layout: this one's cells are measured when it is drawn (not when it is this
            # very table measured again, as a block kept together is measured, then each of its parts)
            self._pd_replayed = self.__dict__.get("_pd_measured") != availWidth
            return known[0]
        before = dict(self.__dict__)
        result = super().wrap(availWidth, availHeight)
        if result[1] <= availHeight:  # laid out in full (a table that does not fit stops measuring)
            laid_out[key] = (result, {name: value for name, value in self.__dict__.items()
                                      if name != "canv" and (name not in before or before[name] is not value)})
        self._pd_replayed = False
        self._pd_measured = availWidth
        return result

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        self._pd_key = None  # its halves are laid out as usual
        return super().split(availWidth, availHeight)

    def draw(self) -> None:
        if self._pd_key is None:
            return super().draw()

        def draw() -> None:
            if self.__dict__.get("_pd_replayed"):  # its cells were never measured: do it now
                Table.wrap(self, self.availWidth, float("inf"))
            super(SharedTable, self).draw()

        _draw_once(self, ("table", self._pd_key, self.availWidth, self._width, self._height), draw)

    # Faster paths through reportlab's table for the plain case every PeerDesk table is (no spans, no
    # fixed row heights, one flowable per cell, top-left aligned): the same arithmetic in the same order,
    # so the same positions to the last digit, without the general machinery around each cell.

    def _calc_height(self, availHeight, availWidth, H=None, W=None):  # noqa: N803 - reportlab's names
        widths = _calc_pc(self._argW, availWidth)
        if (W or self._spanCmds or self._minRowHeights or None in widths
                or any(height is not None for height in self._argH)):
            return super()._calc_height(availHeight, availWidth, H=H, W=W)
        canv = getattr(self, "canv", None)
        heights = self._argH[:]
        self._rowHeights = heights
        for i, (values, styles) in enumerate(zip(self._cellvalues, self._cellStyles, strict=False)):
            h = 0
            for j, (v, s, w) in enumerate(zip(values, styles, widths, strict=False)):
                if type(v) is LaidOutParagraph and v._pd_key is not None:  # what the lines below make of it
                    v = values[j] = _ExpandedCellTuple([v])
                if type(v) is _ExpandedCellTuple and len(v) == 1 and type(v[0]) is LaidOutParagraph:
                    cell = v[0]  # a paragraph's wrap needs no canvas, its spaces come from its style
                    vw, vh = cell.wrap(w - s.leftPadding - s.rightPadding, 72000 - s.topPadding - s.bottomPadding)
                    before, after = cell.style.spaceBefore, cell.style.spaceAfter
                    t = 0
                    t += vh + after + before
                    t = t - before - after
                    if max(0, vw) + s.leftPadding + s.rightPadding > (w or 0):  # too wide: reportlab says so
                        return super()._calc_height(availHeight, availWidth, H=H, W=W)
                elif isinstance(v, (tuple, list, Flowable)):
                    v = values[j] = self._cellListProcess(v, w, None)
                    if len(v) != 1:
                        return super()._calc_height(availHeight, availWidth, H=H, W=W)
                    cell = v[0]
                    vw, vh = cell.wrapOn(canv, w - s.leftPadding - s.rightPadding,
                                         72000 - s.topPadding - s.bottomPadding)
                    before, after = cell.getSpaceBefore(), cell.getSpaceAfter()
                    t = 0
                    t += vh + after + before
                    t = t - before - after
                    if max(0, vw) + s.leftPadding + s.rightPadding > (w or 0):  # too wide: reportlab says so
                        return super()._calc_height(availHeight, availWidth, H=H, W=W)
                else:
                    v = (v is not None and str(v) or "").split("\n")
                    t = (s.leading or 1.2 * s.fontsize) * len(v)
                t += s.bottomPadding + s.topPadding
                if t > h:
                    h = t
            heights[i] = h
        # the row positions, bottom up, exactly as reportlab sums them
        self._rowpositions = positions = []
        height = c = 0
        for i in range(len(heights) - 1, -1, -1):
            positions.append(height)
            y = heights[i] - c
            t = height + y
            c = (t - height) - y
            height = t
        positions.append(height)
        self._height = height
        positions.reverse()
        self._hmax = len(heights)

    def _drawCell(self, cellval, cellstyle, pos, size):  # noqa: N802 - reportlab's name
        if (not isinstance(cellval, (tuple, list)) or len(cellval) != 1 or cellstyle.valign != "TOP"
                or cellstyle.alignment != "LEFT"):
            return super()._drawCell(cellval, cellstyle, pos, size)
        colpos, rowpos = pos
        colwidth, rowheight = size
        canv = self.canv
        if self._curcellstyle is not cellstyle:
            cur = self._curcellstyle
            if cur is None or cellstyle.color != cur.color:
                canv.setFillColor(cellstyle.color)
            if (cur is None or cellstyle.leading != cur.leading or cellstyle.fontname != cur.fontname
                    or cellstyle.fontsize != cur.fontsize):
                canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        cell = cellval[0]
        width = colwidth - cellstyle.leftPadding - cellstyle.rightPadding
        if width < 0:
            return super()._drawCell(cellval, cellstyle, pos, size)
        if type(cell) is LaidOutParagraph:
            _w, h = cell.wrap(width, rowheight - cellstyle.topPadding - cellstyle.bottomPadding)
            before = cell.style.spaceBefore
        else:
            _w, h = cell.wrapOn(canv, width, rowheight - cellstyle.topPadding - cellstyle.bottomPadding)
            before = cell.getSpaceBefore()
        y = rowpos + rowheight - cellstyle.topPadding
        y += before
        y -= before
        y -= h
        if type(cell) is Spacer:  # what its drawOn writes (a spacer draws nothing), without the state copies
            canv._code += ("q", f"1 0 0 1 {fp_str(colpos + cellstyle.leftPadding, y)} cm", "Q")
            return
        cell.drawOn(canv, colpos + cellstyle.leftPadding, y)


class CopiedFrame(Frame):
    """A page's frame that copies itself quickly: reportlab deep-copies the frame every time it measures
    a block kept together (each heading with what follows it), and most of the frame is numbers."""

    def __deepcopy__(self, memo):
        twin = self.__class__.__new__(self.__class__)
        memo[id(self)] = twin
        atomic = (int, float, str, type(None))
        twin.__dict__.update({name: value if isinstance(value, atomic) else copy.deepcopy(value, memo)
                              for name, value in self.__dict__.items()})
        return twin


def forget() -> None:
    """Drop what is kept between documents (benchmarks measure a first print with it)."""
    _SHARED.parsed.clear()
    _SHARED.laid_out.clear()
    _SHARED.fragments.clear()
    _CELL_STYLES.clear()
    _COMMANDS_TEXT.clear()
