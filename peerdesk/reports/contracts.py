"""Commitment contracts as PDF: one contract, or a whole initiative with each contract on its own pages.

Each contract carries a QR code holding its uuid (so a signed paper copy can be found again), signature
and date blocks for the peer, the home organisation's authoriser and the facilitator, and page numbers
counted per contract ("Page 2 of 3") in the contract's own language. User values go through
:func:`peerdesk.reports.pdf.para`, so they print as typed and wrap inside their cells.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Generator, Sequence
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import PATH_OPS
from reportlab.platypus import (
    Flowable,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.core.collector import collector_paused
from peerdesk.core.contracts import BLANK, ContractDocument
from peerdesk.i18n import label_value
from peerdesk.reports import reuse
from peerdesk.reports.pdf import (
    FONT,
    MUTED,
    DocumentMark,
    FooterCanvas,
    documents_story,
    forget_texts,
    keep_with_last,
    new_document,
    para,
)
from peerdesk.reports.qr import qr_matrices, qr_matrix
from peerdesk.reports.reuse import SharedTable

Progress = Callable[[int, int], None]
QR_SIZE = 26 * mm


class BuildCancelled(Exception):
    """Raised from a progress callback to stop building a PDF."""


NumberedCanvas = FooterCanvas  # the one footer every document shares


class QrCode(Flowable):
    """A QR code holding ``value`` (a contract's uuid), ``size`` points square, with a quiet zone.

    Drawn straight onto the canvas from reportlab's QR encoder: the graphics renderer would name the
    Helvetica font on the page, which is not embedded."""

    BORDER = 2

    def __init__(self, value: str, size: float = QR_SIZE) -> None:
        super().__init__()
        self.value = value
        self.width = self.height = size
        known = _QR_SYMBOLS.get(value)
        self.modules = known if known is not None else qr_matrix(value).tolist()

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        """One filled rectangle per run of dark modules in a row (what ``canvas.rect`` writes; the
        operators for a run at a given place are written once and reused, most recur from code to code)."""
        count = len(self.modules)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.black)
        fill = PATH_OPS[0, 1, canvas._fillMode]
        code = canvas._code
        for r, row in enumerate(self.modules):
            c = 0
            while c < count:
                if not row[c]:
                    c += 1
                    continue
                run = c
                while run < count and row[run]:
                    run += 1
                key = (self.width, self.height, count, r, c, run)
                op = _QR_RUNS.get(key)
                if op is None:
                    op = _QR_RUNS[key] = self._run(count, r, c, run) + fill
                code.append(op)
                c = run
        canvas.restoreState()

    def _run(self, count: int, r: int, c: int, run: int) -> str:
        box = self.width / (count + 2 * self.BORDER)
        y = self.height - (r + self.BORDER + 1) * box
        return f"n {fp_str((c + self.BORDER) * box, y, (run - c) * box, box)} re "


_QR_RUNS: dict = {}
#: the symbols of the contracts being printed, made together before their stories (:func:`build_contracts_pdf`)
_QR_SYMBOLS: dict[str, list] = {}


def forget() -> None:
    """Drop what printing keeps between PDFs: QR runs, paragraphs, table styles (for benchmarks)."""
    _QR_RUNS.clear()
    reuse.forget()
    forget_texts()


def qr_drawing(value: str, size: float = QR_SIZE) -> QrCode:
    """A QR code flowable holding ``value``."""
    return QrCode(value, size)




CELL_STYLE = TableStyle(
    [
        # Tables set a font for every cell even when it holds a Paragraph: name the embedded one.
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (0, -1), 0),  # one left edge with the paragraphs
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
)


SIGNATURE_STYLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#c9d1d9")),
        ("LINEAFTER", (0, 0), (1, -1), 0.5, colors.HexColor("#c9d1d9")),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
)
ACTIVITY_RULE = TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.5, MUTED)])


def _value(text: str, style: str = "body"):
    return para(text if text and text.strip() else BLANK, style)


def _numbered(clauses, start: int, width: float) -> Table:
    rows = [[para(f"{start + i}.", "body"), para(clause.text, "body")] for i, clause in enumerate(clauses)]
    return SharedTable(rows, colWidths=[9 * mm, width - 9 * mm], hAlign="LEFT", styles=(CELL_STYLE,)).share()


def _signature_blocks(document: ContractDocument, width: float) -> Table:
    """The three signature blocks side by side, built row by row so that every label and line sits at the
    same height in the three columns whatever wraps above it."""
    labels = document.signature_labels
    blocks = document.signatures
    rows = [
        [para(block.role, "h3") for block in blocks],
        [para(labels["name"], "small") for _ in blocks],
        [_value(block.name) for block in blocks],
        [para(block.title_label or labels["title"], "small") for block in blocks],
        [_value(block.title) for block in blocks],
        [para(labels["signature"], "small") for _ in blocks],
        [Spacer(1, 12 * mm) for _ in blocks],
        [para(BLANK, "body") for _ in blocks],
        [para(labels["date"], "small") for _ in blocks],
        [Spacer(1, 5 * mm) for _ in blocks],
        [para(BLANK, "body") for _ in blocks],
    ]
    return SharedTable(rows, colWidths=[width / 3] * 3, hAlign="LEFT", styles=(SIGNATURE_STYLE,)).share()


def contract_story(document: ContractDocument, width: float, on_drawn: Callable[[], None] | None = None) -> list:
    """The flowables of one contract, starting with the mark that numbers its pages."""
    reference = label_value(document.reference_label, document.uuid, document.language)
    header = Table(
        [[[para(document.title, "title"), para(document.subtitle, "h2")], qr_drawing(document.uuid)]],
        colWidths=[width - QR_SIZE - 4 * mm, QR_SIZE + 4 * mm], hAlign="LEFT",
    )
    header.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    mark = DocumentMark(document.uuid, document.peer_name, reference, document.page_label, on_drawn)
    story: list = [mark, header, Spacer(1, 2 * mm),
                   para(document.intro, "body"), para(document.headings["parties"], "h2")]
    fields = SharedTable(
        [[para(label, "cell_bold"), _value(value)] for label, value in document.fields]
        + [[para(document.reference_label, "cell_bold"), para(document.uuid, "small")]],
        colWidths=[45 * mm, width - 45 * mm], hAlign="LEFT", styles=(CELL_STYLE,),
    )
    story.append(fields.share())
    if document.peer_clauses:
        story += [para(document.headings["peer_commitments"], "h2"), _numbered(document.peer_clauses, 1, width)]
    if document.home_clauses:
        story += [para(document.headings["home_commitments"], "h2"),
                  _numbered(document.home_clauses, len(document.peer_clauses) + 1, width)]
    story.append(para(document.headings["activities"], "h2"))
    if document.activities:
        rows = [[para(text, "cell_bold") for text in document.activity_header]]
        rows += [[para(title, "cell"), para(dates, "cell"), para(venue, "cell")]
                 for title, dates, venue in document.activities]
        activities = SharedTable(rows, colWidths=[width * 0.5, width * 0.3, width * 0.2], repeatRows=1,
                                 hAlign="LEFT", styles=(CELL_STYLE, ACTIVITY_RULE))
        story.append(activities.share())
    else:
        story.append(para(document.no_activities, "body"))
    # the signatures stay on the page of the closing paragraph: never alone on a page
    story.append(keep_with_last([para(document.headings["closing"], "h2"), para(document.closing, "body"),
                                 para(document.headings["signatures"], "h2")], _signature_blocks(document, width)))
    return story


def build_contracts_pdf(documents: Sequence[ContractDocument], progress: Progress | None = None,
                        paper: str | None = None) -> bytes:
    """One PDF holding every contract in ``documents``, each starting on a new page.

    ``progress(done, total)`` is called as each contract is laid out; raising from it
    (e.g. :class:`BuildCancelled`) stops the build."""
    if not documents:
        raise ValueError("no contracts to print")
    buffer = BytesIO()
    title = documents[0].title if len(documents) == 1 else f"{documents[0].title} ({len(documents)})"
    doc = new_document(buffer, title, paper=paper)
    # tens of thousands of flowables live until the PDF is written: the cycle collector would walk them
    # again and again (a tenth of the time or more) and, on the printing thread, hold up the window meanwhile
    with collector_paused():
        uuids = list(dict.fromkeys(document.uuid for document in documents))
        _QR_SYMBOLS.update(zip(uuids, (symbol.tolist() for symbol in qr_matrices(uuids)), strict=True))
        try:
            story = documents_story(documents, lambda document, drawn: contract_story(document, doc.width, drawn),
                                    progress)
        finally:
            _QR_SYMBOLS.clear()
        doc.build(story, canvasmaker=FooterCanvas)
    return buffer.getvalue()


def iter_build(build: Callable[[Progress], bytes], label: str = "") -> Generator[tuple[int, int, str], None, bytes]:
    """Run ``build(progress)`` on a helper thread and yield its progress as ``(done, total, label)``;
    closing the generator (Cancel) stops the build at its next document. Returns the PDF bytes."""
    updates: queue.Queue = queue.Queue()
    stop = threading.Event()
    outcome: dict = {}

    def progress(done: int, total: int) -> None:
        if stop.is_set():
            raise BuildCancelled()
        updates.put((done, total))

    def work() -> None:
        try:
            outcome["pdf"] = build(progress)
        except BaseException as exc:  # noqa: BLE001 - handed back to the generator's caller
            outcome["error"] = exc
        finally:
            updates.put(None)

    thread = threading.Thread(target=work, name="peerdesk-pdf", daemon=True)
    thread.start()
    try:
        while True:
            update = updates.get()
            if update is None:
                break
            yield update[0], update[1], label
    finally:
        stop.set()
        thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["pdf"]


def iter_contracts_pdf(documents: Sequence[ContractDocument], label: str = "", paper: str | None = None) -> Generator:
    """:func:`build_contracts_pdf` as a generator yielding progress (for ``ui.tasks.run_task``)."""
    yield 0, max(len(documents), 1), label
    return (yield from iter_build(lambda progress: build_contracts_pdf(documents, progress, paper), label))
