"""Peer matching tab: profiles (edit them), a matching with criteria and rules (adjust it), and saved rounds."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from html import escape

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QWidget

from peerdesk.core.catalogue import catalogue
from peerdesk.core.countries import country_display
from peerdesk.core.fields import field_label
from peerdesk.core.matching.criteria import MatchingError, criteria_from_dict
from peerdesk.core.profiles import PeerProfile, completeness, missing_fields
from peerdesk.db.services.initiatives import get_initiative
from peerdesk.db.services.matching import (
    Cohort,
    RoundDetail,
    RoundSummary,
    count_participants,
    list_rounds,
    load_cohort,
    reload_rules_and_history,
    round_detail,
    round_settings,
    round_units,
    tag_vocabulary,
    update_profile,
    with_profiles,
)
from peerdesk.db.services.peers import list_peers
from peerdesk.i18n import format_date, ngettext
from peerdesk.ui import conflict, tasks
from peerdesk.ui.generated.ui_matching_page import Ui_MatchingPage
from peerdesk.ui.labels import language_names, level_name
from peerdesk.ui.matching.match_panel import MatchPanel
from peerdesk.ui.matching.people import PeoplePanel
from peerdesk.ui.matching.profile_dialog import ProfileEditorDialog
from peerdesk.ui.matching.rounds_panel import RoundsPanel
from peerdesk.ui.models import ROW_ROLE, Column, SortedRows, fit_columns, show_rows
from peerdesk.ui.page import InitiativePage

logger = logging.getLogger(__name__)

#: An initiative of at most this many participants is read at once (a few hundredths of a second, and no
#: "loading" flash); a larger one on a worker thread.
READ_AT_ONCE = 100
#: Above this many participants the latest saved round is not re-scored on opening. Only the pairs inside its
#: units are scored (2,000 peers: about a second on a worker), but their explanations still take a few seconds
#: at 10,000 peers, which the window must not spend unasked.
RESCORE_ON_OPEN = 3000


class MatchingPage(InitiativePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MatchingPage()
        self.ui.setupUi(self)
        # batched: 10,000 peers reach the view a few hundred at a time, as it scrolls
        self.peers_model, self.peers_proxy = show_rows(self.ui.peers_view, self._columns(), self, batched=True)
        self.ui.peers_splitter.setStretchFactor(0, 3)
        self.ui.peers_splitter.setStretchFactor(1, 2)
        self.ui.peer_search_edit.textChanged.connect(self.on_peer_search_edit_textChanged)
        self.ui.peers_view.selectionModel().selectionChanged.connect(self.on_peers_view_selectionChanged)
        self.ui.peers_view.doubleClicked.connect(self.on_edit_profile_button_clicked)
        self.ui.edit_profile_button.clicked.connect(self.on_edit_profile_button_clicked)
        self._fit_small_screens()
        self.people = PeoplePanel(self)
        self.match_panel = MatchPanel(self)
        self.rounds_panel = RoundsPanel(self)
        self._rounds = 0
        self._loads = 0  # each reload's number: a slow read of an initiative left since is dropped
        self._peer_loads = 0  # the same for reloads of the peers alone
        self._cohort_of: tuple | None = None  # the file and initiative whose cohort the match panel holds

    def tab_title(self) -> str:
        return self.tr("Peer matching")

    def _fit_small_screens(self) -> None:
        """At 1024x600 the adjust and output buttons under a matching take two rows, not one."""
        ui = self.ui
        outputs = QHBoxLayout()
        outputs.addStretch(1)
        for button in (ui.save_round_button, ui.export_pdf_button, ui.export_sheet_button):
            ui.adjust_bar.removeWidget(button)
            outputs.addWidget(button)
        ui.results_layout.addLayout(outputs)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda p: p.full_name),
            Column(self.tr("Country"), lambda p: country_display(p.country)),
            Column(self.tr("Organisation"), lambda p: p.organisation),
            Column(self.tr("Position"), lambda p: p.position),
            Column(
                self.tr("Career level"),
                lambda p: level_name("career_levels", p.career_level),
                sort_key=lambda p: _rank("career_levels", p.career_level),
            ),
            Column(self.tr("Languages"), lambda p: ", ".join(p.languages)),
            Column(
                self.tr("Problems"),
                lambda p: "; ".join(p.problems),
                tooltip=lambda p: "\n".join(p.problems),
            ),
            Column(
                self.tr("Profile"),
                lambda p: f"{completeness(p):.0%}",
                sort_key=completeness,
                tooltip=lambda p: self.tr("Missing: {fields}").format(
                    fields=", ".join(field_label(name) for name in missing_fields(p))) if missing_fields(p) else "",
                numeric=True,
            ),
            Column(self.tr("Consent"), lambda p: self.tr("yes") if p.consent_given else self.tr("not recorded"),
                   sort_key=lambda p: p.consent_given,
                   tooltip=lambda p: "" if p.consent_given else self.tr(
                       "Only name, organisation and e-mail are kept until consent is recorded (People menu)")),
        ]

    def refresh(self) -> None:
        """Reload peers, rules and rounds. A small initiative (most of them) is read at once; a large one on a
        worker thread while the page says it is loading, so the window never freezes on 10,000 peers."""
        self._loads += 1
        self._peer_loads += 1  # a reload of the peers asked for before is overtaken by this one
        generation = self._loads
        if self.workspace is None or self.initiative_id is None:
            self._show(None, [], None)
            return
        factory, initiative_id = self.workspace.factory, self.initiative_id

        def load() -> tuple[Cohort, list[RoundSummary], RoundDetail | RoundSummary | None, SortedRows]:
            cohort = load_cohort(factory, initiative_id)
            rounds = list_rounds(factory, initiative_id)
            latest: RoundDetail | RoundSummary | None = None
            if rounds and len(cohort.profiles) >= 2:
                # a round that is not re-scored on opening is only named: its units are not read (10,000 peers)
                latest = (round_detail(factory, rounds[-1].id) if len(cohort.profiles) <= RESCORE_ON_OPEN
                          else rounds[-1])
            return cohort, rounds, latest, self.peers_model.sorted_rows(cohort.profiles)

        if count_participants(factory, initiative_id) <= READ_AT_ONCE:
            self._show(*load())
            return

        def show(loaded: tuple[Cohort, list[RoundSummary], RoundDetail | RoundSummary | None, SortedRows]) -> None:
            if generation == self._loads:  # not the peers of an initiative left since
                self._show(*loaded)

        def failed(exc: BaseException) -> None:
            if generation == self._loads:
                self.ui.peer_count_label.setText(self.tr("The peers could not be read: {error}").format(error=exc))

        self.ui.peer_count_label.setText(self.tr("Loading the peers…"))
        tasks.run_task(load, show, failed, owner=self)

    def _show(self, cohort: Cohort | None, rounds: list[RoundSummary], latest: RoundDetail | RoundSummary | None,
              ordered: SortedRows | None = None) -> None:
        """Show what ``refresh`` read (``ordered``: the peers already sorted on the worker)."""
        peers = list(cohort.profiles) if cohort else []
        self.peers_model.set_rows(ordered or peers)
        self.match_panel.set_cohort(cohort)
        self._cohort_of = (self.workspace, self.initiative_id) if cohort else None
        self.rounds_panel.show_rounds(rounds)
        self._rounds = len(rounds)
        self._show_latest_round(cohort, latest)
        fit_columns(self.ui.peers_view, self.peers_model,
                    widest=dict.fromkeys(range(self.peers_model.columnCount()), 220))
        self._update_count()
        self.people.show_empty(not peers)
        if peers:
            self.ui.peers_view.selectRow(0)
        elif self.initiative_id is None:
            self.ui.profile_browser.setHtml(self._hint(self.tr("No initiative is chosen."), self.tr(
                "Start one with Initiative → New Initiative…, or choose one in the Initiative box above.")))
        else:
            self.ui.profile_browser.setHtml(self._hint(self.tr("No peers in this initiative yet."), self.tr(
                "Add people one by one with Add peer…, or read a whole participant list with Import "
                "participants… (Excel, CSV or a KoboToolbox export).")))

    def _hint(self, title: str, text: str) -> str:
        return f"<h3>{escape(title)}</h3><p>{escape(text)}</p>"

    def peers_changed(self, select: int | None = None) -> None:
        """People were added, removed or changed role: reload the list and tell the window (counts)."""

        def then() -> None:
            self.people.show_empty(self.peers_model.rowCount() == 0)
            self.data_changed.emit()

        self.reload_peers(select=select, then=then)

    def _show_latest_round(self, cohort: Cohort | None, detail: RoundDetail | RoundSummary | None) -> None:
        """Open on the latest saved round, re-scored, so locks and scores are there to adjust (above
        :data:`RESCORE_ON_OPEN` peers only named: ``detail`` is then its summary)."""
        if cohort is None or detail is None or len(cohort.profiles) < 2:
            self._round_generation = getattr(self, "_round_generation", 0) + 1
            self.match_panel.show_result(None, "")
            return
        if len(cohort.profiles) > RESCORE_ON_OPEN:
            self._round_generation = getattr(self, "_round_generation", 0) + 1
            self.match_panel.show_result(None, "")
            summary = detail if isinstance(detail, RoundSummary) else detail.summary
            self.match_panel.ui.summary_label.setText(self.tr(
                "The latest saved round, “{name}”, is under Rounds. With {count} peers it is not re-scored on "
                "opening (that takes the score of every pair); choose criteria and press Match for a new matching.")
                .format(name=summary.name, count=len(cohort.profiles)))
            return
        settings = round_settings(detail, cohort)
        # The round's own pairs are in the history now; they are not repeats of themselves.
        settings = replace(settings, constraints=replace(settings.constraints, avoid_repeats=False))
        self.match_panel.settings = settings
        self.match_panel.set_criteria(criteria_from_dict(detail.criteria))
        source = self.tr("Saved round “{name}” of {date}, re-scored with its criteria. Press Match for a new matching; "
                         "locked units are kept.").format(name=detail.summary.name,
                                                          date=format_date(detail.summary.held_on))
        self._round_generation = generation = getattr(self, "_round_generation", 0) + 1
        profiles, units = cohort.profiles, round_units(detail)

        def score():
            from peerdesk.core.matching.engine import evaluate  # numpy: once there is a round to score

            # the pairs inside the saved units only: the same numbers as the whole cohort's matrix gives
            return evaluate(profiles, settings, units, only_unit_pairs=True)

        def show(result) -> None:
            if generation == self._round_generation:  # not a round of a file or initiative left since
                self.match_panel.show_result(result, source, detail.summary.name, detail.summary.held_on)

        # Re-scoring imports numpy and scores the units' pairs: off the GUI thread, after the table shows; meanwhile
        # nothing of another initiative's round stays on show.
        self.match_panel.show_result(None, "")
        tasks.run_task(score, on_done=show, owner=self)

    def rounds_count(self) -> int:
        return self._rounds

    def rounds_changed(self) -> None:
        """A round was saved or deleted: reload rules, history and the rounds list (on a worker thread: 10,000
        peers take a second to read), keeping the result shown."""
        if self.workspace is None or self.initiative_id is None:
            return
        factory, initiative_id = self.workspace.factory, self.initiative_id
        context = (self.workspace, initiative_id)
        held = self._held_cohort()  # its profiles did not change: only the rules and rounds are read again

        def load() -> tuple[Cohort, list[RoundSummary]]:
            cohort = (load_cohort(factory, initiative_id) if held is None
                      else reload_rules_and_history(factory, initiative_id, held))
            return cohort, list_rounds(factory, initiative_id)

        def show(loaded: tuple[Cohort, list[RoundSummary]]) -> None:
            if (self.workspace, self.initiative_id) != context:
                return  # a file or initiative left since
            panel = self.match_panel
            result, source, settings = panel.result, panel.source, panel.settings
            round_name, held_on = panel.round_name, panel.round_held_on
            cohort, rounds = loaded
            panel.set_cohort(cohort)
            self.rounds_panel.show_rounds(rounds)
            self._rounds = len(rounds)
            panel.settings = settings
            panel.show_result(result, source, round_name, held_on)

        tasks.run_task(load, show, self._read_failed, owner=self)

    def initiative_name(self) -> str:
        return get_initiative(self.workspace.factory, self.initiative_id).name if self.workspace else ""

    def selected_peer(self) -> PeerProfile | None:
        rows = self.ui.peers_view.selectionModel().selectedRows()
        return self.peers_proxy.data(rows[0], ROW_ROLE) if rows else None

    def on_edit_profile_button_clicked(self, *_args) -> None:
        peer = self.selected_peer()
        if peer is None or self.workspace is None:
            return
        factory, initiative_id = self.workspace.factory, self.initiative_id
        dialog = ProfileEditorDialog(peer, tag_vocabulary(factory, initiative_id), self)
        # the version shown: a save over someone else's newer edit asks Reload / Keep mine / Back
        save = conflict.guarded(self, lambda changes, version: update_profile(
            factory, initiative_id, peer.id, changes, expected_version=version), peer.version)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                save(dialog.changes())
            except conflict.KeepEditing:
                continue  # the same dialog, still holding this person's changes
            except conflict.Reloaded:
                break
            except MatchingError as exc:
                QMessageBox.warning(self, self.tr("Profile"), str(exc))
                return
            break
        else:
            return
        self.reload_peers(select=peer.id)

    def reload_peers(self, select: int | None = None, then: Callable[[], None] | None = None) -> None:
        """Read the peers again on a worker thread, then show them with peer ``select`` selected and call
        ``then``; a read overtaken by another reload, or by a change of file or initiative, is dropped."""
        if self.workspace is None or self.initiative_id is None:
            return
        factory, initiative_id = self.workspace.factory, self.initiative_id
        self._peer_loads += 1
        generation, context = self._peer_loads, (self.workspace, initiative_id)
        held = self._held_cohort()  # an edit of people changes neither the pair rules nor the rounds

        def load() -> tuple[Cohort, SortedRows]:
            if held is None:
                cohort = load_cohort(factory, initiative_id)
            else:
                cohort = with_profiles(held, list_peers(factory, initiative_id))
            return cohort, self.peers_model.sorted_rows(cohort.profiles)

        def show(loaded: tuple[Cohort, SortedRows]) -> None:
            if generation != self._peer_loads or (self.workspace, self.initiative_id) != context:
                return
            cohort, rows = loaded
            self.peers_model.set_rows(rows)
            self.match_panel.cohort = cohort
            self._update_count()
            # found among the plain rows, not by asking the proxy for each of 10,000 rows (and shown if it was
            # past the rows handed to the view so far)
            source_row = None if select is None else self.peers_model.position_of(lambda p: p.id == select)
            if source_row is not None and source_row >= 0:
                index = self.peers_proxy.mapFromSource(self.peers_model.index(source_row, 0))
                if index.isValid():
                    self.ui.peers_view.selectRow(index.row())
            if then is not None:
                then()

        tasks.run_task(load, show, self._read_failed, owner=self)

    def _held_cohort(self) -> Cohort | None:
        """The cohort on show, if it is this file's and initiative's (not one left while a read was under way)."""
        return self.match_panel.cohort if self._cohort_of == (self.workspace, self.initiative_id) else None

    def _read_failed(self, exc: BaseException) -> None:
        logger.error("reading the peers failed: %s", exc)
        self.ui.peer_count_label.setText(self.tr("The peers could not be read: {error}").format(error=exc))

    def _update_count(self) -> None:
        # the model's rowCount is the rows handed to the view so far; a search looks through all of them
        total = len(self.peers_model.rows())
        shown = self.peers_proxy.rowCount() if self.ui.peer_search_edit.text().strip() else total
        if shown == total:
            text = ngettext("{count} peer", "{count} peers", total).format(count=total)
        else:
            text = self.tr("{shown} of {total} peers").format(shown=shown, total=total)
        self.ui.peer_count_label.setText(text)

    def on_peer_search_edit_textChanged(self, text: str) -> None:
        self.peers_proxy.setFilterFixedString(text.strip())
        self._update_count()

    def on_peers_view_selectionChanged(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        profile = self.peers_proxy.data(indexes[0], ROW_ROLE)
        self.ui.profile_browser.setHtml(self._profile_html(profile))

    def _profile_html(self, peer: PeerProfile) -> str:
        cat = catalogue()
        rows = [
            (self.tr("Organisation"), peer.organisation),
            (self.tr("Country"), country_display(peer.country)),
            (self.tr("Position"), peer.position),
            (self.tr("Professional affiliation"), peer.professional_affiliation),
            (self.tr("Career level"), level_name("career_levels", peer.career_level)),
            (self.tr("Education"), level_name("education_levels", peer.education_level)),
            (self.tr("Influence over the reform"), level_name("influence_levels", peer.influence)),
            (self.tr("Working languages"), language_names(peer.languages)),
            (self.tr("Problems and challenges"), "; ".join(peer.problems)),
            (self.tr("Goals"), "; ".join(peer.goals)),
            (self.tr("Tasks"), "; ".join(peer.tasks)),
            (self.tr("Risks"), "; ".join(cat.name_of("risks", code) for code in peer.risks)),
            (self.tr("Consent to hold data"), self.tr("yes") if peer.consent_given else self.tr("not recorded")),
        ]
        body = "".join(
            f"<tr><td style='color:#5b6773;padding-right:12px'>{escape(label)}</td>"
            f"<td>{escape(value) if value else '<span style=color:#a33>—</span>'}</td></tr>"
            for label, value in rows
        )
        missing = missing_fields(peer)
        note = (
            f"<p style='color:#8a3b00'>{escape(self.tr('Profile incomplete; missing:'))} "
            f"{escape(', '.join(field_label(name) for name in missing))}</p>"
            if missing
            else ""
        )
        return (
            f"<h2>{escape(peer.full_name)}</h2>"
            f"<p>{escape(peer.email)}</p>{note}<table cellspacing='4'>{body}</table>"
        )


def _rank(kind: str, code: str) -> int:
    for level in getattr(catalogue(), kind):
        if level.code == code:
            return level.rank
    return 0
