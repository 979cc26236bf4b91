"""Commitment contracts tab: the initiative's contracts, one contract's details and commitments, the signed
scan, the due list, and printing (contracts and report-back letters) with progress and Cancel."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QMessageBox, QWidget

from peerdesk.core.catalogue import catalogue
from peerdesk.core.contract_followup import DueEntry
from peerdesk.core.contracts import ContractData, available_languages, contract_texts
from peerdesk.db.services import contract_tracking as tracking
from peerdesk.db.services.contracts import (
    ContractRow,
    contract_problems,
    create_missing_contracts,
    gather_contracts,
    list_contracts,
)
from peerdesk.ui import conflict
from peerdesk.ui.contracts import labels
from peerdesk.ui.contracts.columns import (
    CONTRACT_DATE_COLUMNS,
    DUE_DATE_COLUMNS,
    contract_columns,
    due_columns,
    widen_dates,
)
from peerdesk.ui.contracts.item_actions import ItemActions
from peerdesk.ui.contracts.print_actions import PrintActions
from peerdesk.ui.contracts.scan_actions import ScanActions
from peerdesk.ui.contracts.templates_dialog import CommitmentTemplatesDialog, fit_item_columns, item_columns
from peerdesk.ui.generated.ui_contracts_page import Ui_ContractsPage
from peerdesk.ui.models import (
    ROW_ROLE,
    BatchedRowsTableModel,
    RowsTableModel,
    SortedRows,
    fit_columns,
    show_rows,
    sorted_filtered,
)
from peerdesk.ui.page import InitiativePage, scrolled
from peerdesk.ui.tasks import run_task
from peerdesk.ui.widgets.flow import FlowLayout, wrap_row

logger = logging.getLogger(__name__)


class ContractsPage(ItemActions, PrintActions, ScanActions, InitiativePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ContractsPage()
        self.ui.setupUi(self)
        #: "today" for the due list; tests set a fixed day.
        self.today: Callable[[], date] = date.today
        self.detail: tracking.ContractDetail | None = None
        self.context: ContractData | None = None
        self._generation = 0  # each reload's number: a slow read of an initiative left since is dropped
        self._due_generation = 0
        self._detail_loads = 0
        view = self.ui.contracts_view
        self.contracts_model, self.contracts_proxy = show_rows(view, contract_columns(), self, batched=True)
        self.items_model = RowsTableModel(item_columns(with_outcome=True), self)
        self.ui.items_view.setModel(self.items_model)
        self.ui.items_view.verticalHeader().hide()
        self.due_model = BatchedRowsTableModel(due_columns(), self)
        self.due_proxy = sorted_filtered(self.due_model, self)
        self.ui.due_view.setModel(self.due_proxy)
        self.ui.due_view.verticalHeader().hide()
        self.ui.due_view.horizontalHeader().setStretchLastSection(True)
        self.ui.list_panel_layout.setStretchFactor(self.ui.contracts_view, 3)
        self.ui.list_panel_layout.setStretchFactor(self.ui.due_group, 2)
        self.ui.detail_layout.setStretchFactor(self.ui.items_group, 1)
        self._fit_small_screens()
        self.ui.main_splitter.setStretchFactor(0, 3)
        self.ui.main_splitter.setStretchFactor(1, 4)
        self.ui.main_splitter.setSizes([540, 460])  # in proportion: the form gets nearly half of a small screen
        self.ui.print_language_combo.addItem(self.tr("each contract's language"), None)
        for code in available_languages():
            self.ui.print_language_combo.addItem(contract_texts(code).data["name"], code)
        for code, name in labels.contract_status_names().items():
            self.ui.status_combo.addItem(name, code)
        self._connect()
        self._show_detail(None)

    def _fit_small_screens(self) -> None:
        """At 1024x600: the summary on its own line above the buttons (which wrap), and the contract form scrolling
        inside its half of the splitter rather than making the page taller than the window."""
        ui = self.ui
        ui.actions_bar.removeWidget(ui.summary_label)
        ui.page_layout.insertWidget(0, ui.summary_label)
        wrap_row(ui.actions_bar, ui.page_layout)  # French and Russian labels need a second line at 1024 px
        area = scrolled(QWidget(), self)
        ui.main_splitter.replaceWidget(1, area)
        area.setWidget(ui.detail_panel)
        ui.main_splitter.setChildrenCollapsible(False)
        # the form narrows instead of being cut off on the right: labels above their fields when the half is
        # narrow, the commitments' and the scan's buttons on as many lines as they need
        ui.contract_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        wrap_row(ui.items_bar, ui.items_layout)
        ui.scan_label.setWordWrap(True)
        flow = QWidget(ui.scan_group)
        flow.setObjectName("scan_row_flow")
        buttons = FlowLayout(flow)
        while ui.scan_layout.count():
            item = ui.scan_layout.takeAt(0)
            if item.widget() is not None and item.widget() is not ui.scan_label:
                buttons.addWidget(item.widget())
        ui.scan_layout.setDirection(QBoxLayout.Direction.TopToBottom)  # what is attached, then the buttons
        ui.scan_layout.addWidget(ui.scan_label)
        ui.scan_layout.addWidget(flow)

    def _connect(self) -> None:
        ui = self.ui
        ui.filter_edit.textChanged.connect(self.contracts_proxy.setFilterFixedString)
        ui.contracts_view.selectionModel().selectionChanged.connect(self.on_contracts_view_selectionChanged)
        ui.due_view.doubleClicked.connect(self.on_due_view_doubleClicked)
        ui.horizon_spin.valueChanged.connect(lambda _value: self._refresh_due())
        ui.status_combo.currentIndexChanged.connect(self._update_signed_on)
        ui.save_contract_button.clicked.connect(self.on_save_contract_button_clicked)
        ui.items_view.doubleClicked.connect(lambda _index: self.on_edit_item_button_clicked())
        ui.edit_item_button.clicked.connect(self.on_edit_item_button_clicked)
        ui.add_item_button.clicked.connect(self.on_add_item_button_clicked)
        ui.remove_item_button.clicked.connect(self.on_remove_item_button_clicked)
        ui.item_up_button.clicked.connect(lambda: self._move_item(-1))
        ui.item_down_button.clicked.connect(lambda: self._move_item(1))
        ui.attach_scan_button.clicked.connect(self.on_attach_scan_button_clicked)
        ui.open_scan_button.clicked.connect(self.on_open_scan_button_clicked)
        ui.export_scan_button.clicked.connect(self.on_export_scan_button_clicked)
        ui.remove_scan_button.clicked.connect(self.on_remove_scan_button_clicked)
        ui.templates_button.clicked.connect(self.on_templates_button_clicked)
        ui.create_button.clicked.connect(self.on_create_button_clicked)
        ui.print_selected_button.clicked.connect(self.on_print_selected_button_clicked)
        ui.print_all_button.clicked.connect(self.on_print_all_button_clicked)
        ui.report_back_button.clicked.connect(self.on_report_back_button_clicked)

    def tab_title(self) -> str:
        return self.tr("Commitment contracts")

    # --- loading --------------------------------------------------------------------------------

    def _ready(self) -> bool:
        return self.workspace is not None and self.initiative_id is not None

    def refresh(self) -> None:
        """Reload the list and the due list. Both are read on a worker thread (10,000 contracts take a few
        tenths of a second to read); meanwhile the page says it is loading and the old rows stay."""
        selected = self.detail.id if self.detail else None
        self._generation += 1
        generation = self._generation
        for widget in (self.ui.templates_button, self.ui.create_button, self.ui.print_all_button):
            widget.setEnabled(self._ready())
        if not self._ready():
            self._show_contracts([], selected)
            self._show_due([])
            return
        factory, initiative_id = self.workspace.factory, self.initiative_id
        today, horizon = self.today(), self.ui.horizon_spin.value()
        self.ui.summary_label.setText(self.tr("Loading the contracts…"))
        if self.detail is None and self.contracts_model.rowCount() == 0:
            self.ui.detail_label.setText(self.tr("Loading the contracts…"))

        def load_contracts() -> SortedRows:
            return self.contracts_model.sorted_rows(list_contracts(factory, initiative_id))

        def show_contracts(loaded: SortedRows) -> None:
            if generation == self._generation:  # not the rows of an initiative left since
                self._show_contracts(loaded, selected)

        # two reads, each shown as it arrives: the list first, then the due list (10,000 contracts)
        self._due_generation += 1
        due_generation = self._due_generation

        def show_due(loaded: SortedRows) -> None:
            if generation == self._generation and due_generation == self._due_generation:
                self._show_due(loaded)

        def load_due() -> None:
            run_task(lambda: self.due_model.sorted_rows(tracking.initiative_due_list(factory, initiative_id, today,
                                                                                     horizon)),
                     show_due, partial(self._load_failed, generation))

        def contracts_then_due(loaded: SortedRows) -> None:
            show_contracts(loaded)
            load_due()

        def failed_then_due(exc: BaseException) -> None:
            self._load_failed(generation, exc)
            load_due()

        # one after the other: two Python reads at once share one interpreter lock, so the list would wait
        run_task(load_contracts, contracts_then_due, failed_then_due)

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            logger.error("loading the contracts failed: %s", exc)
            self.ui.summary_label.setText(self.tr("The contracts could not be read: {error}").format(error=exc))

    def _show_contracts(self, loaded: list[ContractRow] | SortedRows, selected: int | None) -> None:
        contracts = loaded.rows if isinstance(loaded, SortedRows) else loaded
        self.contracts_model.set_rows(loaded)
        fit_columns(self.ui.contracts_view, self.contracts_model)
        widen_dates(self.ui.contracts_view, CONTRACT_DATE_COLUMNS)
        signed = sum(1 for c in contracts if c.status in ("signed", "closed"))
        items = sum(c.items for c in contracts)
        kept = sum(c.kept for c in contracts)
        self.ui.summary_label.setText(
            self.tr("{contracts} contracts, {signed} signed; {kept} of {items} commitments kept so far.")
            .format(contracts=len(contracts), signed=signed, kept=kept, items=items)
        )
        if selected is not None and any(c.id == selected for c in contracts):
            self.select_contract(selected)
        elif contracts:  # open on the first contract, as the peers list opens on the first peer
            self.ui.contracts_view.selectRow(0)
        else:
            self._show_detail(None)

    def _refresh_due(self) -> None:
        """The due list alone (the horizon changed), read on a worker thread."""
        self._due_generation += 1
        generation = self._due_generation
        if not self._ready():
            self._show_due([])
            return
        factory, initiative_id = self.workspace.factory, self.initiative_id
        today, horizon = self.today(), self.ui.horizon_spin.value()

        def show(entries: SortedRows) -> None:
            if generation == self._due_generation:
                self._show_due(entries)

        run_task(lambda: self.due_model.sorted_rows(tracking.initiative_due_list(factory, initiative_id, today,
                                                                                 horizon)), show,
                 partial(self._load_failed, self._generation))

    def _show_due(self, loaded: list[DueEntry] | SortedRows) -> None:
        entries = loaded.rows if isinstance(loaded, SortedRows) else loaded
        self._due_generation += 1  # a due list asked for earlier arrives too late to replace this one
        self.due_model.set_rows(loaded)
        fit_columns(self.ui.due_view, self.due_model)
        widen_dates(self.ui.due_view, DUE_DATE_COLUMNS)
        self.ui.due_group.setTitle(
            self.tr("Due soon or overdue: sharing forward and reporting back ({count})").format(count=len(entries))
        )

    def selected_contract_ids(self) -> list[int]:
        rows = self.ui.contracts_view.selectionModel().selectedRows()
        return [index.data(ROW_ROLE).id for index in rows]

    def select_contract(self, contract_id: int) -> None:
        # found among the plain rows (shown from then on), not by asking the proxy row by row
        row = self.contracts_model.position_of(lambda contract: contract.id == contract_id)
        index = self.contracts_proxy.mapFromSource(self.contracts_model.index(row, 0)) if row >= 0 else None
        if index is not None and index.isValid():
            self.ui.contracts_view.selectRow(index.row())
            self.ui.contracts_view.scrollTo(index)

    def on_contracts_view_selectionChanged(self, *_args) -> None:
        ids = self.selected_contract_ids()
        self._show_detail(ids[0] if len(ids) == 1 else None)

    def on_due_view_doubleClicked(self, index) -> None:
        entry: DueEntry = index.data(ROW_ROLE)
        if entry.contract_id is not None:
            self.ui.filter_edit.clear()
            self.select_contract(entry.contract_id)

    # --- one contract ---------------------------------------------------------------------------

    def _show_detail(self, contract_id: int | None) -> None:
        # the same contract shown again (after a save, the list reloads): the same commitment stays selected
        keep_row = self._current_item() if self.detail is not None and self.detail.id == contract_id else -1
        self.detail = None  # until the contract is read (on a worker thread), nothing acts on the one shown
        self.context = None
        self._detail_loads += 1
        generation = self._detail_loads
        if contract_id is None or not self._ready():
            self._fill_detail(None, None, -1)
            return
        factory, initiative_id = self.workspace.factory, self.initiative_id

        def load() -> tuple[tracking.ContractDetail, ContractData | None]:
            found = gather_contracts(factory, initiative_id, contract_ids=[contract_id])
            return tracking.get_contract(factory, contract_id), found[0] if found else None

        def show(loaded: tuple[tracking.ContractDetail, ContractData | None]) -> None:
            if generation == self._detail_loads:  # still the contract she selected
                self._fill_detail(*loaded, keep_row)

        run_task(load, show, partial(self._load_failed, self._generation))

    def _fill_detail(self, detail: tracking.ContractDetail | None, context: ContractData | None,
                     keep_row: int) -> None:
        ui = self.ui
        self.detail, self.context = detail, context
        for widget in (ui.contract_group, ui.items_group, ui.scan_group):
            widget.setVisible(detail is not None)
        selected = bool(self.selected_contract_ids())
        ui.print_selected_button.setEnabled(selected)
        ui.report_back_button.setEnabled(selected)
        if detail is None:
            count = len(self.selected_contract_ids())
            ui.detail_label.setText(
                self.tr("{count} contracts selected.").format(count=count) if count > 1
                else self._empty_hint() if self.contracts_model.rowCount() == 0
                else self.tr("Select a contract to see its commitments and record whether they were kept.")
            )
            ui.fallback_label.setText("")
            self.items_model.set_rows([])
            ui.scan_label.setText("")
            return
        ui.detail_label.setText(
            self.tr("{name} — contract {uuid}").format(name=detail.peer_name, uuid=detail.uuid)
        )
        self._fill_languages(detail.language)
        ui.status_combo.setCurrentIndex(max(ui.status_combo.findData(detail.status), 0))
        signed = detail.signed_on or self.today()
        ui.signed_on_edit.setDate(QDate(signed.year, signed.month, signed.day))
        ui.authoriser_name_edit.setText(detail.authoriser_name)
        ui.authoriser_title_edit.setText(detail.authoriser_title)
        ui.facilitator_edit.setText(detail.facilitator_name)
        ui.notes_edit.setPlainText(detail.notes)
        self._update_signed_on()
        self._show_items(keep_row)
        self._show_scan()

    def _fill_languages(self, current: str) -> None:
        combo = self.ui.language_combo
        combo.clear()
        codes = list(available_languages())
        for code in codes:
            combo.addItem(contract_texts(code).data["name"], code)
        if current not in codes:
            combo.addItem(
                self.tr("{language} (no text yet: prints in English)")
                .format(language=catalogue().language_name(current)),
                current,
            )
        combo.setCurrentIndex(combo.findData(current))
        texts = contract_texts(current)
        self.ui.fallback_label.setText(
            self.tr("There is no contract text in {language} yet: this contract prints in English.")
            .format(language=catalogue().language_name(current)) if texts.fallback else ""
        )

    def _show_items(self, keep_row: int = -1) -> None:
        language = self.detail.language if self.detail else "en"
        self.items_model = RowsTableModel(item_columns(language, self.context, with_outcome=True), self)
        self.items_model.set_rows(list(self.detail.items) if self.detail else [])
        self.ui.items_view.setModel(self.items_model)
        fit_item_columns(self.ui.items_view)
        if 0 <= keep_row < self.items_model.rowCount():
            self.ui.items_view.selectRow(keep_row)

    def _update_signed_on(self, *_args) -> None:
        needs_date = self.ui.status_combo.currentData() in ("signed", "closed")
        self.ui.signed_on_edit.setEnabled(needs_date)
        self.ui.signed_on_label.setEnabled(needs_date)

    def _reload(self) -> None:
        """After a change: the list and due list again, with the same contract (and commitment) selected."""
        self.refresh()

    def _empty_hint(self) -> str:
        """What to do next on a tab with no contracts."""
        if not self._ready():
            return self.tr("Choose an initiative (or start one with Initiative → New Initiative…).")
        problems = contract_problems(self.workspace.factory, self.initiative_id)
        steps = [self.tr("No contracts yet. Each participant gets one, with the initiative's default commitments: "
                         "press Create missing contracts once the peers are in (Peer matching → Add peer… or "
                         "File → Import Peers…).")]
        steps += [problem.message for problem in problems]
        return "\n\n".join(steps)

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Commitment contracts"), message)

    def on_save_contract_button_clicked(self) -> None:
        if self.detail is None:
            return
        ui = self.ui
        status = ui.status_combo.currentData()
        signed = ui.signed_on_edit.date()
        save = conflict.guarded(self, lambda _data, version: tracking.update_contract(
            self.workspace.factory,
            self.detail.id,
            expected_version=version,
            status=status,
            signed_on=date(signed.year(), signed.month(), signed.day()) if status in ("signed", "closed") else None,
            closed_on=self.detail.closed_on,
            language=ui.language_combo.currentData(),
            authoriser_name=ui.authoriser_name_edit.text(),
            authoriser_title=ui.authoriser_title_edit.text(),
            facilitator_name=ui.facilitator_edit.text(),
            notes=ui.notes_edit.toPlainText(),
        ), self.detail.version)
        try:
            save()
        except conflict.KeepEditing:  # someone else saved it meanwhile: the form keeps this person's values
            return
        except conflict.Reloaded:
            pass  # their version is shown below
        except tracking.ContractInputError as exc:
            self._warn(str(exc))
            return
        self._reload()

    # --- whole initiative -----------------------------------------------------------------------

    def on_templates_button_clicked(self) -> None:
        if not self._ready():
            return
        dialog = CommitmentTemplatesDialog(tracking.list_templates(self.workspace.factory, self.initiative_id), self)
        if dialog.exec():
            try:
                tracking.save_templates(self.workspace.factory, self.initiative_id, dialog.templates())
            except tracking.ContractInputError as exc:
                self._warn(str(exc))

    def _problems_stop(self, contract_ids: list[int] | None = None) -> bool:
        """Say what is missing before contracts are created or printed (True: stop here)."""
        problems = contract_problems(self.workspace.factory, self.initiative_id, contract_ids)
        if problems:
            self._warn("\n\n".join(problem.message for problem in problems))
        return bool(problems)

    def on_create_button_clicked(self) -> None:
        if not self._ready() or self._problems_stop():
            return
        created = create_missing_contracts(self.workspace.factory, self.initiative_id)
        self.refresh()
        self.ui.detail_label.setText(
            self.tr("Created {count} draft contracts from the default commitments.").format(count=created)
        )
