"""The Rounds sub-tab: saved matchings, one in full, or two compared."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelection, QObject
from PySide6.QtWidgets import QMessageBox

from peerdesk.db.services.matching import (
    RoundSummary,
    compare_rounds,
    delete_round,
    list_rounds,
    round_detail,
)
from peerdesk.ui.models import ROW_ROLE, Column, fit_columns, show_rows


class RoundsPanel(QObject):
    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.ui = page.ui
        view = self.ui.rounds_view
        self.model, self.proxy = show_rows(view, self._columns(), self, sort_column=None)
        view.selectionModel().selectionChanged.connect(self.on_rounds_view_selectionChanged)
        self.ui.compare_button.clicked.connect(self.on_compare_button_clicked)
        self.ui.delete_round_button.clicked.connect(self.on_delete_round_button_clicked)
        self._update_buttons()

    def tr(self, text: str) -> str:
        return self.page.tr(text)

    def _columns(self) -> list[Column]:
        modes = {"pairs": self.tr("pairs"), "groups": self.tr("groups"), "mentors": self.tr("mentors")}
        return [
            Column(self.tr("Round"), lambda r: r.name),
            Column(self.tr("Date"), lambda r: r.held_on.isoformat()),
            Column(self.tr("Mode"), lambda r: modes.get(r.mode, r.mode)),
            Column(self.tr("Units"), lambda r: r.units, numeric=True),
            Column(self.tr("Peers"), lambda r: r.peers, numeric=True),
            Column(self.tr("Notes"), lambda r: r.notes, tooltip=lambda r: r.notes),
        ]

    def refresh(self) -> list[RoundSummary]:
        rounds = []
        if self.page.workspace is not None and self.page.initiative_id is not None:
            rounds = list_rounds(self.page.workspace.factory, self.page.initiative_id)
        self.show_rounds(rounds)
        return rounds

    def show_rounds(self, rounds: list[RoundSummary]) -> None:
        self.model.set_rows(rounds)
        fit_columns(self.ui.rounds_view, self.model)
        self.ui.round_browser.clear()
        self._update_buttons()

    def selected(self) -> list[RoundSummary]:
        return [self.proxy.data(index, ROW_ROLE) for index in self.ui.rounds_view.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.ui.compare_button.setEnabled(len(chosen) == 2)
        self.ui.delete_round_button.setEnabled(len(chosen) == 1)

    def on_rounds_view_selectionChanged(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self._update_buttons()
        chosen = self.selected()
        if len(chosen) == 1:
            self.show_round(chosen[0].id)
        elif len(chosen) == 2:
            self.compare(chosen[0].id, chosen[1].id)

    def show_round(self, round_id: int) -> None:
        detail = round_detail(self.page.workspace.factory, round_id)
        rows = "".join(
            f"<tr><td>{u.position + 1}</td><td>{u.score:.2f}</td><td><b>{escape(' + '.join(u.names))}</b>"
            f"{' (' + escape(self.tr('locked')) + ')' if u.locked else ''}<br/>{escape(u.explanation)}"
            + "".join(f"<br/><span style='color:#8a3b00'>⚠ {escape(w)}</span>" for w in u.warnings)
            + "</td></tr>"
            for u in detail.units)
        s = detail.summary
        self.ui.round_browser.setHtml(
            f"<h3>{escape(s.name)}</h3><p>{escape(s.held_on.isoformat())} · {s.units} "
            f"{escape(self.tr('units'))} · {s.peers} {escape(self.tr('peers'))}</p>"
            f"<table cellspacing='4'>{rows}</table>")

    def compare(self, first: int, second: int) -> None:
        c = compare_rounds(self.page.workspace.factory, first, second)
        if c.first.held_on > c.second.held_on:
            c = compare_rounds(self.page.workspace.factory, second, first)
        kept = "".join(f"<li>{escape(a)} + {escape(b)}</li>" for a, b in c.kept)
        kept = kept or f"<li>{escape(self.tr('none'))}</li>"
        self.ui.round_browser.setHtml(
            f"<h3>{escape(c.first.name)} → {escape(c.second.name)}</h3>"
            f"<p>{escape(self.tr('Peers in both'))}: {c.peers_in_both}. "
            f"{escape(self.tr('Pairs only in the first'))}: {c.only_first}; "
            f"{escape(self.tr('new pairs in the second'))}: {c.only_second}. "
            f"{escape(self.tr('Mean unit score'))}: {c.mean_unit_score[0]:.1f} → {c.mean_unit_score[1]:.1f}</p>"
            f"<p><b>{escape(self.tr('Met again'))}</b></p><ul>{kept}</ul>")

    def on_compare_button_clicked(self) -> None:
        chosen = self.selected()
        if len(chosen) == 2:
            self.compare(chosen[0].id, chosen[1].id)

    def on_delete_round_button_clicked(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        answer = QMessageBox.question(self.page, self.tr("Delete round"),
                                      self.tr("Delete the round “{name}”? Later rounds may then repeat its pairs.")
                                      .format(name=chosen[0].name))
        if answer == QMessageBox.StandardButton.Yes:
            delete_round(self.page.workspace.factory, chosen[0].id)
            self.page.rounds_changed()
