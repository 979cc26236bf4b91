"""Report-back letters as PDF: for a peer's home organisation, what was committed, what has been done and
what comes next. Several letters go in one PDF, each starting on a new page and numbered on its own."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table

from peerdesk.core.contract_followup import ReportBackLetter
from peerdesk.reports.contracts import CELL_STYLE, DocumentMark, NumberedCanvas, Progress
from peerdesk.reports.pdf import new_document, para


def _lines(lines, width: float) -> Table:
    rows = [[para("•", "body"), para(line.text, "body"), para(line.note, "small")] for line in lines]
    table = Table(rows, colWidths=[5 * mm, width * 0.62, width * 0.38 - 5 * mm])
    table.setStyle(CELL_STYLE)
    return table


def letter_story(letter: ReportBackLetter, width: float, on_drawn: Callable[[], None] | None = None) -> list:
    """The flowables of one letter, starting with the mark that numbers its pages."""
    footer = f"{letter.about} · {letter.reference_label}: {letter.uuid}"
    story: list = [DocumentMark(f"letter:{letter.uuid}", footer, letter.page_label, on_drawn),
                   para(letter.title, "h1"), para(letter.date, "body"), Spacer(1, 4 * mm)]
    address = Table(
        [[para(letter.to_label, "cell_bold"), [para(line, "body") for line in letter.to_lines]],
         [para(letter.about_label, "cell_bold"), para(letter.about, "body")]],
        colWidths=[35 * mm, width - 35 * mm],
    )
    address.setStyle(CELL_STYLE)
    story += [address, Spacer(1, 5 * mm), para(letter.greeting, "body"), Spacer(1, 2 * mm),
              para(letter.intro, "body")]
    if letter.committed:
        story += [para(letter.headings["committed"], "h2"), _lines(letter.committed, width)]
    story.append(para(letter.headings["done"], "h2"))
    story.append(_lines(letter.done, width) if letter.done else para(letter.nothing_done, "body"))
    if letter.attended:
        story.append(para(letter.attended_heading, "h3"))
        story += [para(f"• {line}", "body") for line in letter.attended]
    story.append(para(letter.headings["next"], "h2"))
    story.append(_lines(letter.next, width) if letter.next else para(letter.nothing_next, "body"))
    story += [Spacer(1, 4 * mm), para(letter.closing, "body"), Spacer(1, 4 * mm), para(letter.sign_off, "body"),
              Spacer(1, 10 * mm)]
    story += [para(line, "body") for line in letter.signer]
    return story


def build_report_back_pdf(letters: Sequence[ReportBackLetter], progress: Progress | None = None) -> bytes:
    """One PDF holding every letter, each starting on a new page."""
    if not letters:
        raise ValueError("no letters to print")
    buffer = BytesIO()
    doc = new_document(buffer, letters[0].title)
    story: list = []
    total = len(letters)
    for index, letter in enumerate(letters):
        if index:
            story.append(PageBreak())
        callback = None
        if progress is not None:
            def callback(done=index + 1) -> None:
                progress(done, total)
        story += letter_story(letter, doc.width, callback)
    doc.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()
