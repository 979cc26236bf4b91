"""countries and languages as ISO codes

Countries typed as names ("Mozambique", "Moçambique", "Мозамбик") become ISO 3166-1 alpha-2 codes, and
languages typed as names become ISO 639-1 codes, so one country is one country whatever language it was
typed in. Values PeerDesk does not recognise are kept as typed. Two organisations that become the same
(same name, same country) are joined into the older one.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def _country(text):
    from peerdesk.core.countries import country_code

    return country_code(text) or text


def _language(text):
    from peerdesk.core.countries import language_code

    return language_code(text) or text


def _languages(raw):
    try:
        values = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return raw
    if not isinstance(values, list):
        return raw
    codes = list(dict.fromkeys(_language(str(value)) if isinstance(value, str) else value for value in values))
    return json.dumps(codes, ensure_ascii=False)


def upgrade() -> None:
    bind = op.get_bind()
    for pid, country, languages, preferred in bind.execute(
        sa.text("SELECT id, country, languages, preferred_language FROM peer")
    ).all():
        new = {"country": _country(country) if country else country,
               "languages": _languages(languages) if languages else languages,
               "preferred": _language(preferred) if preferred else preferred}
        if (new["country"], new["languages"], new["preferred"]) != (country, languages, preferred):
            bind.execute(sa.text("UPDATE peer SET country = :country, languages = :languages, "
                                 "preferred_language = :preferred WHERE id = :id"), {**new, "id": pid})
    for iid, languages in bind.execute(sa.text("SELECT id, working_languages FROM initiative")).all():
        new_languages = _languages(languages) if languages else languages
        if new_languages != languages:
            bind.execute(sa.text("UPDATE initiative SET working_languages = :languages WHERE id = :id"),
                         {"languages": new_languages, "id": iid})
    kept: dict[tuple[str, str], int] = {}
    for oid, name, country in bind.execute(
        sa.text("SELECT id, name, country FROM organisation ORDER BY id")
    ).all():
        code = _country(country) if country else country
        key = (name, code)
        if key in kept:  # the same organisation under two spellings of its country: keep the older row
            bind.execute(sa.text("UPDATE peer SET organisation_id = :keep WHERE organisation_id = :old"),
                         {"keep": kept[key], "old": oid})
            bind.execute(sa.text("DELETE FROM organisation WHERE id = :old"), {"old": oid})
            continue
        kept[key] = oid
        if code != country:
            bind.execute(sa.text("UPDATE organisation SET country = :code WHERE id = :id"), {"code": code, "id": oid})

    # Tags an import created from survey choice names ("cash_management") read as words ("cash management").
    labels = {(iid, kind, label.casefold()) for iid, kind, label in
              bind.execute(sa.text("SELECT initiative_id, kind, label FROM tag")).all()}
    for tid, iid, kind, label in bind.execute(sa.text("SELECT id, initiative_id, kind, label FROM tag")).all():
        if "_" in label and " " not in label.strip():
            readable = " ".join(label.replace("_", " ").split())
            if readable and (iid, kind, readable.casefold()) not in labels:
                labels.add((iid, kind, readable.casefold()))
                bind.execute(sa.text("UPDATE tag SET label = :label WHERE id = :id"), {"label": readable, "id": tid})


def downgrade() -> None:
    pass  # codes are valid text in the older schema
