"""Report-back letters as PDF, for a peer's home organisation: a summary, then each commitment once, in
the section that says where it stands. Several letters go in one PDF, each starting on a new page and
numbered on its own; the footer holds the contract's full reference."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from peerdesk import i18n
from peerdesk.core.collector import collector_paused
from peerdesk.core.contract_followup import ReportBackLetter
from peerdesk.i18n import label_value
from peerdesk.reports.contracts import CELL_STYLE, Progress
from peerdesk.reports.pdf import (
    DocumentMark,
    FooterCanvas,
    bullets,
    documents_story,
    keep_with_last,
    new_document,
    para,
)
from peerdesk.reports.reuse import SharedTable


def _lines(lines, width: float) -> Table:
    rows = [[para("•", "body"), para(line.text, "body"), para(line.note, "small")] for line in lines]
    return SharedTable(rows, colWidths=[5 * mm, width * 0.64, width * 0.36 - 5 * mm], hAlign="LEFT",
                       styles=(CELL_STYLE,)).share()


def letter_story(letter: ReportBackLetter, width: float, on_drawn: Callable[[], None] | None = None) -> list:
    """The flowables of one letter, starting with the mark that numbers its pages."""
    reference = label_value(letter.reference_label, letter.uuid, letter.language)
    story: list = [DocumentMark(f"letter:{letter.uuid}", letter.about, reference, letter.page_label, on_drawn),
                   para(letter.title, "h1"), para(letter.date, "body"), Spacer(1, 4 * mm)]
    rows = []
    if letter.to_lines:
        rows.append([para(letter.to_label, "cell_bold"), [para(line, "body") for line in letter.to_lines]])
    rows.append([para(letter.about_label, "cell_bold"), para(letter.about, "body")])
    address = Table(rows, colWidths=[35 * mm, width - 35 * mm], hAlign="LEFT")
    address.setStyle(CELL_STYLE)
    story += [address, Spacer(1, 5 * mm), para(letter.greeting, "body"), Spacer(1, 2 * mm),
              para(letter.intro, "body"), Spacer(1, 2 * mm), para(letter.summary, "body")]
    for heading, lines in letter.sections:
        story += [para(heading, "h2"), _lines(lines, width)]
    if letter.attended:
        story.append(para(letter.attended_heading, "h2"))
        story += bullets(list(letter.attended))
    # the closing, sign-off and signature stay together: the signature is never alone on a page
    signature = [Spacer(1, 4 * mm), para(letter.sign_off, "body"), Spacer(1, 12 * mm)]
    signature += [para(line, "body") for line in letter.signer]
    story.append(keep_with_last([Spacer(1, 4 * mm), para(letter.closing, "body")], signature))
    return story


def build_report_back_pdf(letters: Sequence[ReportBackLetter], progress: Progress | None = None,
                          paper: str | None = None) -> bytes:
    """One PDF holding every letter, each starting on a new page."""
    if not letters:
        raise ValueError("no letters to print")
    buffer = BytesIO()
    with i18n.language(letters[0].language), collector_paused():  # many flowables, no cycles to free
        doc = new_document(buffer, letters[0].title, paper=paper)
        story = documents_story(letters, lambda letter, drawn: letter_story(letter, doc.width, drawn), progress)
        doc.build(story, canvasmaker=FooterCanvas)
    return buffer.getvalue()
