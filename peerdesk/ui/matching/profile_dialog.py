"""Add a peer by hand, or edit one: the required fields (name, e-mail) first, then the matching profile
(levels, languages, and tags from the initiative's vocabulary)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QListWidgetItem, QWidget

from peerdesk.core.catalogue import catalogue
from peerdesk.core.countries import country_display
from peerdesk.core.fields import field_label, peer_field
from peerdesk.core.profiles import PeerProfile, completeness, missing_fields
from peerdesk.db.services.peers import check_identity
from peerdesk.ui.generated.ui_profile_editor_dialog import Ui_ProfileEditorDialog

_LEVELS = (
    ("career_combo", "career_levels", "career_level"),
    ("education_combo", "education_levels", "education_level"),
    ("influence_combo", "influence_levels", "influence"),
    ("standing_combo", "standing_levels", "social_standing"),
)
_TAGS = ("problems", "goals", "tasks")
#: the form's line edits and the registry field whose limits they take
_EDITS = (("full_name_edit", "name"), ("email_edit", "email"), ("organisation_edit", "organisation"),
          ("country_edit", "country"), ("position_edit", "position"),
          ("affiliation_edit", "professional_affiliation"), ("new_problems_edit", "problems"),
          ("new_goals_edit", "goals"), ("new_tasks_edit", "tasks"))


def blank_profile() -> PeerProfile:
    """The empty profile Add peer starts from."""
    return PeerProfile(id=0, uuid="", full_name="")


class ProfileEditorDialog(QDialog):
    """Edit ``profile``; with ``adding``, the same form adds a new person (Add peer)."""

    def __init__(self, profile: PeerProfile, vocabulary: dict[str, list[str]], parent: QWidget | None = None,
                 *, adding: bool = False) -> None:
        super().__init__(parent)
        self.ui = Ui_ProfileEditorDialog()
        self.ui.setupUi(self)
        self.profile = profile
        self.adding = adding
        self.setWindowTitle(self.tr("Add peer") if adding else self.tr("Edit peer"))
        self.ui.name_label.setText(
            f"<h3>{_html(self.tr('New peer') if adding else profile.full_name)}</h3>")
        self.ui.name_label.setTextFormat(Qt.TextFormat.RichText)
        self.ui.full_name_edit.setText(profile.full_name)
        self.ui.email_edit.setText(profile.email)
        self.ui.error_label.setStyleSheet("color: #b00020")
        self.ui.error_label.hide()
        self.ui.completeness_label.setWordWrap(True)  # the list of missing fields must not widen the dialog
        for kind in _TAGS:  # three tag lists beside the form, within a 1024-pixel screen
            getattr(self.ui, f"{kind}_list").setMinimumWidth(130)
            getattr(self.ui, f"new_{kind}_edit").setMinimumWidth(130)
        self.ui.organisation_edit.setText(profile.organisation)
        self.ui.country_edit.setText(country_display(profile.country))  # saved back as a code
        self.ui.position_edit.setText(profile.position)
        self.ui.affiliation_edit.setText(profile.professional_affiliation)
        self.ui.languages_edit.setText(" ".join(profile.languages))
        for combo_name, kind, field in _LEVELS:
            combo = getattr(self.ui, combo_name)
            combo.addItem(self.tr("— not known —"), "")
            for level in getattr(catalogue(), kind):
                combo.addItem(level.name, level.code)
            combo.setCurrentIndex(max(combo.findData(getattr(profile, field)), 0))
            combo.currentIndexChanged.connect(self.update_completeness)
        for kind in _TAGS:
            listing = getattr(self.ui, f"{kind}_list")
            mine = list(getattr(profile, kind))
            for label in sorted(set(vocabulary.get(kind, [])) | set(mine), key=str.casefold):
                self._add_item(kind, label, label in mine)
            listing.itemChanged.connect(self.update_completeness)
            edit = getattr(self.ui, f"new_{kind}_edit")
            edit.returnPressed.connect(lambda kind=kind: self.on_new_tag_edit_returnPressed(kind))
        for edit in (self.ui.country_edit, self.ui.position_edit, self.ui.languages_edit,
                     self.ui.organisation_edit):
            edit.textChanged.connect(self.update_completeness)
        self._add_consent_fields(profile)
        for edit_name, field_name in _EDITS:  # typing stops at the limit the save would enforce
            limit = peer_field(field_name).max_length
            if limit:
                getattr(self.ui, edit_name).setMaxLength(limit)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.full_name_edit.setFocus()
        self.ui.button_box.rejected.connect(self.reject)
        self.update_completeness()

    def _add_consent_fields(self, profile: PeerProfile) -> None:
        """Consent gates the rest of the profile (core/consent.py), so it is recorded in the same form."""
        self.consent_check = QCheckBox(self.tr("Agreed to their data being kept"), self)
        self.consent_check.setObjectName("consent_check")
        self.consent_check.setChecked(profile.consent_given)
        self.consent_text_edit = QLineEdit(self)
        self.consent_text_edit.setObjectName("consent_text_edit")
        self.consent_text_edit.setPlaceholderText(
            self.tr("Kept as first recorded") if profile.consent_given else self.tr("The consent form's wording"))
        self.consent_text_edit.setToolTip(self.tr("The text the person agreed to; it is kept with today's date"))
        self.ui.fields_form.addRow(self.tr("Consent"), self.consent_check)
        self.ui.fields_form.addRow(self.tr("Text agreed to"), self.consent_text_edit)

    def accept(self) -> None:
        errors = check_identity(self.ui.full_name_edit.text(), self.ui.email_edit.text())
        if errors:
            self.ui.error_label.setText("\n".join(
                self.tr("{field}: {problem}").format(field=field_label(name), problem=message)
                for name, message in errors.items()))
            self.ui.error_label.show()
            (self.ui.email_edit if "name" not in errors else self.ui.full_name_edit).setFocus()
            return
        super().accept()

    def _add_item(self, kind: str, label: str, checked: bool) -> None:
        item = QListWidgetItem(label)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        getattr(self.ui, f"{kind}_list").addItem(item)

    def on_new_tag_edit_returnPressed(self, kind: str) -> None:
        edit = getattr(self.ui, f"new_{kind}_edit")
        label = " ".join(edit.text().split())
        if not label:
            return
        listing = getattr(self.ui, f"{kind}_list")
        for row in range(listing.count()):
            if listing.item(row).text().casefold() == label.casefold():
                listing.item(row).setCheckState(Qt.CheckState.Checked)
                break
        else:
            self._add_item(kind, label, True)
        edit.clear()
        self.update_completeness()

    def tags(self, kind: str) -> list[str]:
        listing = getattr(self.ui, f"{kind}_list")
        return [listing.item(r).text() for r in range(listing.count())
                if listing.item(r).checkState() == Qt.CheckState.Checked]

    def changes(self) -> dict:
        result = {
            "full_name": self.ui.full_name_edit.text(),
            "email": self.ui.email_edit.text().strip(),
            "organisation": self.ui.organisation_edit.text(),
            "country": self.ui.country_edit.text(),
            "position": self.ui.position_edit.text(),
            "professional_affiliation": self.ui.affiliation_edit.text(),
            "languages": [c.lower() for c in re.split(r"[\s,;]+", self.ui.languages_edit.text()) if c],
        }
        for combo_name, _kind, field in _LEVELS:
            result[field] = getattr(self.ui, combo_name).currentData()
        for kind in _TAGS:
            result[kind] = self.tags(kind)
        result["consent_given"] = self.consent_check.isChecked()
        result["consent_text"] = self.consent_text_edit.text()
        return result

    def edited_profile(self) -> PeerProfile:
        c = self.changes()
        return PeerProfile(
            id=self.profile.id, uuid=self.profile.uuid, full_name=c["full_name"], email=c["email"],
            organisation=c["organisation"], country=c["country"], position=c["position"],
            career_level=c["career_level"], education_level=c["education_level"], influence=c["influence"],
            social_standing=c["social_standing"], languages=tuple(c["languages"]), problems=tuple(c["problems"]),
            goals=tuple(c["goals"]), tasks=tuple(c["tasks"]))

    def update_completeness(self, *_args) -> None:
        profile = self.edited_profile()
        missing = missing_fields(profile)
        text = self.tr("Profile {percent} complete").format(percent=f"{completeness(profile):.0%}")
        if missing:
            text += " — " + self.tr("missing: {fields}").format(fields=", ".join(field_label(m) for m in missing))
        self.ui.completeness_label.setText(text)


def _html(text: str) -> str:
    from html import escape

    return escape(text)
