"""The Match sub-tab: criteria and hard rules, a run off the GUI thread, explained units, changes by hand."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QItemSelection, QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QInputDialog, QLabel, QMessageBox, QSpinBox

from peerdesk.core.atomic import write_bytes_atomic
from peerdesk.core.catalogue import catalogue
from peerdesk.core.countries import country_display
from peerdesk.core.matching.adjust import move_peer, set_locked, swap_peers
from peerdesk.core.matching.criteria import (
    Criterion,
    MatchingError,
    MatchSettings,
    criteria_lines,
    default_criteria,
)
from peerdesk.core.matching.results import MatchResult
from peerdesk.db.services.matching import Cohort, save_round
from peerdesk.ui import tasks
from peerdesk.ui.matching.pair_rules_dialog import PairRulesDialog
from peerdesk.ui.models import ROW_ROLE, Column, fit_columns, show_rows
from peerdesk.ui.progress import run_with_progress

MODES = ("pairs", "groups", "mentors")
CRITERION_MODES = ("similar", "different", "ignore")


class MatchPanel(QObject):
    """Drives the widgets of the Match sub-tab of ``page`` (a MatchingPage)."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.ui = page.ui
        self.cohort: Cohort | None = None
        self.result: MatchResult | None = None
        self.settings = MatchSettings()
        self.source = ""
        self.round_name: str | None = None
        self.round_held_on: date | None = None
        self._handle: tasks.TaskHandle | None = None
        self._criteria_widgets: dict[str, tuple[QSpinBox, QComboBox]] = {}
        self._positions: dict[int, int] = {}
        self._build_settings()
        view = self.ui.units_view
        self.units_model, self.units_proxy = show_rows(view, self._columns(), self, sort_column=None)
        view.selectionModel().selectionChanged.connect(self.on_units_view_selectionChanged)
        self.ui.match_splitter.setStretchFactor(0, 0)
        self.ui.match_splitter.setStretchFactor(1, 1)
        self.ui.results_splitter.setStretchFactor(0, 3)
        self.ui.results_splitter.setStretchFactor(1, 1)
        self.ui.run_button.clicked.connect(self.on_run_button_clicked)
        self.ui.swap_button.clicked.connect(self.on_swap_button_clicked)
        self.ui.move_button.clicked.connect(self.on_move_button_clicked)
        self.ui.lock_button.clicked.connect(self.on_lock_button_clicked)
        self.ui.save_round_button.clicked.connect(self.on_save_round_button_clicked)
        self.ui.export_pdf_button.clicked.connect(self.on_export_pdf_button_clicked)
        self.ui.export_sheet_button.clicked.connect(self.on_export_sheet_button_clicked)
        self.ui.mode_combo.currentIndexChanged.connect(self.on_mode_combo_currentIndexChanged)
        self.ui.criteria_defaults_button.clicked.connect(self.on_criteria_defaults_button_clicked)
        self.ui.pair_rules_button.clicked.connect(self.on_pair_rules_button_clicked)
        # Off by default: a hard rule is never broken unless the facilitator asks for it here.
        self.allow_rule_breaks_check = QCheckBox(self.tr("Place everyone even if a rule breaks"), self.ui.rules_box)
        self.allow_rule_breaks_check.setToolTip(self.tr(
            "Otherwise peers who cannot be placed without breaking a hard rule are listed as not placed, "
            "with the reason"))
        self.ui.rules_layout.insertWidget(self.ui.rules_layout.indexOf(self.ui.pair_rules_button),
                                          self.allow_rule_breaks_check)
        self.on_mode_combo_currentIndexChanged(0)
        self._update_buttons()

    def tr(self, text: str) -> str:  # noqa: D102 - strings belong to the page's translation context
        return self.page.tr(text)

    # -- settings ------------------------------------------------------------------------------------

    def _build_settings(self) -> None:
        for label in (self.tr("Pairs"), self.tr("Small groups"), self.tr("Mentors and newer peers")):
            self.ui.mode_combo.addItem(label)
        self.ui.remainder_combo.addItem(self.tr("A trio / one group larger"), "larger")
        self.ui.remainder_combo.addItem(self.tr("Groups one smaller"), "smaller")
        self.ui.remainder_combo.addItem(self.tr("Leave someone out"), "leave_out")
        grid = self.ui.criteria_grid
        mode_names = {"similar": self.tr("similar"), "different": self.tr("different"), "ignore": self.tr("ignore")}
        for row, criterion in enumerate(default_criteria()):
            factor = catalogue().factor(criterion.code)
            label = QLabel(factor.name)
            label.setToolTip(factor.description)
            spin = QSpinBox()
            spin.setRange(0, 10)
            spin.setValue(criterion.weight)
            spin.setObjectName(f"weight_{criterion.code}_spin")
            spin.setAccessibleName(factor.name + " " + self.tr("weight"))
            combo = QComboBox()
            combo.setObjectName(f"mode_{criterion.code}_combo")
            for mode in CRITERION_MODES:
                combo.addItem(mode_names[mode], mode)
            combo.setCurrentIndex(CRITERION_MODES.index(criterion.mode))
            label.setBuddy(spin)
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(combo, row, 2)
            self._criteria_widgets[criterion.code] = (spin, combo)

    def criteria(self) -> tuple[Criterion, ...]:
        return tuple(Criterion(code, spin.value(), combo.currentData())
                     for code, (spin, combo) in self._criteria_widgets.items())

    def set_criteria(self, criteria: tuple[Criterion, ...]) -> None:
        for c in criteria:
            if c.code in self._criteria_widgets:
                spin, combo = self._criteria_widgets[c.code]
                spin.setValue(c.weight)
                combo.setCurrentIndex(CRITERION_MODES.index(c.mode))

    def on_pair_rules_button_clicked(self) -> None:
        if self.cohort is None or self.page.workspace is None:
            return
        dialog = PairRulesDialog(self.page.workspace.factory, self.page.initiative_id, list(self.cohort.profiles),
                                 self.page)
        dialog.exec()
        self.page.rounds_changed()  # reloads the rules into the cohort; keeps the result shown

    def on_criteria_defaults_button_clicked(self) -> None:
        self.set_criteria(default_criteria())

    def current_settings(self) -> MatchSettings:
        assert self.cohort is not None
        constraints = self.cohort.constraints(
            shared_language=self.ui.shared_language_check.isChecked(),
            not_same_organisation=self.ui.not_same_org_check.isChecked(),
            distinct_countries=self.ui.distinct_countries_check.isChecked(),
            avoid_repeats=self.ui.avoid_repeats_check.isChecked(),
        )
        return MatchSettings(mode=MODES[self.ui.mode_combo.currentIndex()], criteria=self.criteria(),
                             constraints=constraints, group_size=self.ui.group_size_spin.value(),
                             remainder=self.ui.remainder_combo.currentData(),
                             mentor_capacity=self.ui.capacity_spin.value(),
                             allow_rule_breaks=self.allow_rule_breaks_check.isChecked())

    def on_mode_combo_currentIndexChanged(self, index: int) -> None:
        mode = MODES[index]
        for widget in (self.ui.group_size_spin, self.ui.group_size_label):
            widget.setEnabled(mode == "groups")
        for widget in (self.ui.capacity_spin, self.ui.capacity_label):
            widget.setEnabled(mode == "mentors")

    # -- data ----------------------------------------------------------------------------------------

    def set_cohort(self, cohort: Cohort | None) -> None:
        self.cohort = cohort
        if cohort is None:
            self.ui.rules_label.setText("")
            self.show_result(None, "")
            return
        text = self.tr("{never} never-pair and {must} must-pair rules; {met} pairs met in earlier rounds.")
        text = text.format(never=len(cohort.never_pairs), must=len(cohort.must_pairs), met=len(cohort.previous_pairs))
        self.ui.rules_label.setText(" ".join([text, *cohort.notes]))

    def _names(self) -> dict[int, str]:
        """Peer names by id, built once per cohort (every Members cell asks: 5,000 units of 10,000 peers)."""
        if getattr(self, "_names_of", None) is not self.cohort:
            self._names_of = self.cohort
            self._names_cache = {p.id: p.full_name for p in self.cohort.profiles} if self.cohort else {}
        return self._names_cache

    def _columns(self) -> list[Column]:
        return [
            Column("#", lambda u: self._positions.get(id(u), 0), numeric=True),
            Column(self.tr("Score"), lambda u: f"{u.score:.1f}", sort_key=lambda u: u.score, numeric=True),
            Column(self.tr("Members"), lambda u: " + ".join(self._names().get(m, "?") for m in u.members)),
            Column(self.tr("Locked"), lambda u: self.tr("locked") if u.locked else ""),
            Column(self.tr("Warnings"), lambda u: len(u.warnings) or "", tooltip=lambda u: "\n".join(u.warnings),
                   numeric=True),
            Column(self.tr("Why"), lambda u: u.explanation, tooltip=lambda u: u.explanation),
        ]

    def show_result(self, result: MatchResult | None, source: str, round_name: str | None = None,
                    held_on: date | None = None) -> None:
        """Show ``result``; ``round_name``/``held_on`` name the saved round it is (None: not saved)."""
        self.result, self.source = result, source
        self.round_name, self.round_held_on = round_name, held_on
        self._positions = {id(u): k + 1 for k, u in enumerate(result.units)} if result else {}
        self.units_model.set_rows(list(result.units) if result else [])
        view = self.ui.units_view
        # fitted from a sample of the units' texts: Qt's resizeColumnsToContents asks every cell through
        # Python, a tenth of a second for a 300-peer round on the GUI thread
        fit_columns(view, self.units_model, widest={2: 330})
        if result is None:
            self.ui.summary_label.setText(self.tr("Choose criteria and press Match."))
            self.ui.unit_browser.clear()
        else:
            self.ui.summary_label.setText(self._summary_text(result))
            if result.units:
                view.selectRow(0)
        self._update_buttons()

    def _summary_text(self, result: MatchResult) -> str:
        parts = [self.source,
                 self.tr("{units} units, total score {score}.").format(units=len(result.units),
                                                                    score=f"{result.total_score:.1f}")]
        if result.unmatched:
            reasons = "; ".join(result.unmatched_reasons.values())
            parts.append(self.tr("Not matched: {reasons}.").format(reasons=reasons))
        if result.violations:
            parts.append(self.tr("Broken hard rules: {rules}.").format(rules="; ".join(result.violations)))
        parts += list(result.notes)
        return " ".join(p for p in parts if p)

    def _update_buttons(self) -> None:
        has = bool(self.result and self.result.units)
        for button in (self.ui.swap_button, self.ui.move_button, self.ui.lock_button, self.ui.save_round_button,
                       self.ui.export_pdf_button, self.ui.export_sheet_button):
            button.setEnabled(has)
        self.ui.run_button.setEnabled(self.cohort is not None and len(self.cohort.profiles) >= 2)

    def selected_unit_index(self) -> int | None:
        rows = self.ui.units_view.selectionModel().selectedRows()
        if not rows:
            return None
        unit = self.units_proxy.data(rows[0], ROW_ROLE)
        return self.units_model.rows().index(unit)

    def on_units_view_selectionChanged(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.selected_unit_index()
        if index is None or self.result is None or self.cohort is None:
            self.ui.unit_browser.clear()
            return
        unit = self.result.units[index]
        by_id = {p.id: p for p in self.cohort.profiles}
        people = "".join(
            f"<li><b>{escape(by_id[m].full_name)}</b>{' (' + escape(self.tr(r)) + ')' if r != 'member' else ''}"
            f" — {escape(country_display(by_id[m].country))}, {escape(by_id[m].organisation)}</li>"
            for m, r in zip(unit.members, unit.roles, strict=True) if m in by_id)
        warnings = "".join(f"<p style='color:#8a3b00'>⚠ {escape(w)}</p>" for w in unit.warnings)
        head = self.tr("Unit {number} · score {score} of 100").format(number=index + 1, score=f"{unit.score:.1f}")
        self.ui.unit_browser.setHtml(f"<h3>{escape(head)}</h3><ul>{people}</ul><p>{escape(unit.explanation)}</p>"
                                     f"{warnings}")

    # -- run -----------------------------------------------------------------------------------------

    def on_run_button_clicked(self) -> None:
        if self.cohort is None:
            return
        settings = self.current_settings()
        locked = [u.members for u in self.result.units if u.locked] if self.result else []
        profiles = self.cohort.profiles
        holder: list[tasks.TaskHandle] = []

        def check_cancel() -> None:
            if holder and holder[0].cancelled:
                raise tasks.TaskCancelled()

        def work():
            from peerdesk.core.matching.engine import match  # numpy and the optimiser, when a match runs

            yield (0, 2, self.tr("Scoring every possible pair…"))
            result = match(profiles, settings, locked=locked, check_cancel=check_cancel)
            yield (2, 2, self.tr("Done"))
            return result

        def done(result: MatchResult) -> None:
            self.settings = settings
            self.show_result(result, self.tr("New matching (not saved yet)."))

        holder.append(run_with_progress(self.page, self.tr("Matching peers…"), work, done, self._failed))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, MatchingError):
            QMessageBox.warning(self.page, self.tr("Cannot match"), str(error))
        else:
            raise error

    # -- by hand -------------------------------------------------------------------------------------

    def _apply(self, units) -> None:
        from peerdesk.core.matching.engine import evaluate

        assert self.cohort is not None
        result = evaluate(self.cohort.profiles, self.settings, units)
        keep = self.selected_unit_index()
        self.show_result(result, self.tr("Adjusted by hand (not saved yet)."))
        if keep is not None and keep < len(result.units):
            self.ui.units_view.selectRow(self.units_proxy.mapFromSource(self.units_model.index(keep, 0)).row())

    def _peer_choices(self) -> list[tuple[str, int]]:
        names = self._names()
        return [(f"{names.get(m, '?')} — {self.tr('unit')} {k + 1}", m)
                for k, u in enumerate(self.result.units) for m in u.members]

    def on_swap_button_clicked(self) -> None:
        if not self.result:
            return
        choices = self._peer_choices()
        labels = [c[0] for c in choices]
        first, ok = QInputDialog.getItem(self.page, self.tr("Swap peers"), self.tr("First peer:"), labels, 0, False)
        if not ok:
            return
        second, ok = QInputDialog.getItem(self.page, self.tr("Swap peers"), self.tr("Swap with:"), labels, 0, False)
        if not ok:
            return
        self.swap(choices[labels.index(first)][1], choices[labels.index(second)][1])

    def swap(self, a: int, b: int) -> None:
        try:
            self._apply(swap_peers(self.result.units, a, b))
        except MatchingError as exc:
            QMessageBox.information(self.page, self.tr("Swap peers"), str(exc))

    def on_move_button_clicked(self) -> None:
        index = self.selected_unit_index()
        if not self.result or index is None:
            return
        names = self._names()
        unit = self.result.units[index]
        peers = [names.get(m, "?") for m in unit.members]
        peer, ok = QInputDialog.getItem(self.page, self.tr("Move peer"), self.tr("Peer to move:"), peers, 0, False)
        if not ok:
            return
        targets = [f"{self.tr('Unit')} {k + 1}: " + " + ".join(names.get(m, "?") for m in u.members)
                   for k, u in enumerate(self.result.units)] + [self.tr("A new unit of their own")]
        target, ok = QInputDialog.getItem(self.page, self.tr("Move peer"), self.tr("Move to:"), targets, 0, False)
        if not ok:
            return
        k = targets.index(target)
        self.move(unit.members[peers.index(peer)], None if k == len(self.result.units) else k)

    def move(self, peer_id: int, target: int | None) -> None:
        try:
            self._apply(move_peer(self.result.units, peer_id, target))
        except MatchingError as exc:
            QMessageBox.information(self.page, self.tr("Move peer"), str(exc))

    def on_lock_button_clicked(self) -> None:
        index = self.selected_unit_index()
        if self.result and index is not None:
            self._apply(set_locked(self.result.units, index, not self.result.units[index].locked))

    # -- keep and share ------------------------------------------------------------------------------

    def on_save_round_button_clicked(self) -> None:
        if not self.result or self.page.workspace is None:
            return
        default = self.tr("Round {number}").format(number=self.page.rounds_count() + 1)
        name, ok = QInputDialog.getText(self.page, self.tr("Save round"), self.tr("Name of the round:"), text=default)
        if ok:
            self.save(name)

    def save(self, name: str) -> None:
        try:
            saved = save_round(self.page.workspace.factory, self.page.initiative_id, name, date.today(),
                               self.settings, self.result, notes=" ".join(self.result.notes))
        except MatchingError as exc:
            QMessageBox.warning(self.page, self.tr("Save round"), str(exc))
            return
        self.source = self.tr("Saved as round “{name}”.").format(name=saved.name)
        self.round_name, self.round_held_on = saved.name, date.today()
        self.ui.summary_label.setText(self._summary_text(self.result))
        self.page.rounds_changed()

    def sheet_pdf(self, round_name: str, held_on: date | None = None) -> bytes:
        from peerdesk.io.match_export import sheet_units
        from peerdesk.reports.match_sheet import build_match_sheet

        assert self.result and self.cohort
        unmatched = list(self.result.unmatched_reasons.values())
        return build_match_sheet(self.page.initiative_name(), round_name, held_on or date.today(), self.result.mode,
                                 sheet_units(self.result.units, self.cohort.profiles),
                                 criteria_lines(self.settings.criteria, self.settings.constraints),
                                 [*(self.tr("Broken rule: ") + v for v in self.result.violations), *self.result.notes],
                                 unmatched)

    def on_export_pdf_button_clicked(self) -> None:
        if not self.result:
            return
        path, _ = QFileDialog.getSaveFileName(self.page, self.tr("Save match sheet"), "match-sheet.pdf",
                                              self.tr("PDF (*.pdf)"))
        if path:
            # a saved round prints under its own name and date; a matching not saved yet says so
            title = self.round_name or self.tr("Matching not saved yet")
            write_bytes_atomic(Path(path), self.sheet_pdf(title, self.round_held_on))

    def on_export_sheet_button_clicked(self) -> None:
        if not self.result:
            return
        path, chosen = QFileDialog.getSaveFileName(self.page, self.tr("Export matching"), "matching.xlsx",
                                                   self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not path:
            return
        from peerdesk.io.match_export import sheet_units, to_csv, to_xlsx

        units = sheet_units(self.result.units, self.cohort.profiles)
        data = to_csv(units) if path.lower().endswith(".csv") or "csv" in chosen.lower() else to_xlsx(units)
        write_bytes_atomic(Path(path), data)


