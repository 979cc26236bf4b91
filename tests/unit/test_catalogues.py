"""Every string the program can show is in each language's catalogue, translated, with its placeholders.

Extraction runs on the code as it is now, so a string added without running
``python -m peerdesk.translations update`` (or left untranslated) fails here, not in front of a user.
"""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from peerdesk import i18n
from peerdesk.translations import extract, po_path

LANGUAGES = [code for code in i18n.LANGUAGES if code != i18n.SOURCE_LANGUAGE]
#: Not words: style sheets, key names and date patterns that Designer marks translatable.
NOT_WORDS = re.compile(r"^(color: #[0-9a-f]{6};|Ctrl\+[\w+]+|yyyy-MM-dd|PeerDesk|A4|US Letter|PDF \(\*\.pdf\))$")
PLACEHOLDER = re.compile(r"\{[^}]*\}|%\d|%[sdn]")


@pytest.fixture(scope="module")
def used_ids() -> set:
    return {message.id for message in extract() if message.id}


def _catalogue(code: str):
    with po_path(code).open("rb") as stream:
        return read_po(stream, locale=code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_the_code_uses_is_translated(code, used_ids):
    catalogue = _catalogue(code)
    missing, untranslated = [], []
    for message_id in used_ids:
        message = catalogue.get(message_id)
        if message is None:
            missing.append(message_id)
        elif message.fuzzy or not message.string or (isinstance(message.string, tuple) and not all(message.string)):
            untranslated.append(message_id)
    assert not missing, f"run python -m peerdesk.translations update: {sorted(map(str, missing))[:10]}"
    assert not untranslated, f"untranslated in {code}: {sorted(map(str, untranslated))[:10]}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_their_placeholders(code):
    for message in _catalogue(code):
        if not message.id or not message.string:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        targets = message.string if isinstance(message.string, tuple) else (message.string,)
        allowed = [sorted(PLACEHOLDER.findall(source)) for source in sources]
        for target in targets:
            assert sorted(PLACEHOLDER.findall(target)) in allowed, (code, message.id, target)


@pytest.mark.parametrize("code", LANGUAGES)
def test_nothing_is_left_in_english(code):
    """A translation identical to its English source is a string somebody forgot (a few true cognates aside)."""
    cognates = {"Budget", "Initiative", "Organisation", "Participants", "Mode", "Observations", "Date", "Total",
                "Plan", "&Plan", "Contrat", "Formal", "Informal", "formal", "informal", "Score", "Stage", "Note",
                "Canal", "Importer", "&Budget :", "Diffusion", "D&iffusion", "Pair", "Pairs", "Mentors", "mentors",
                "Statut", "Profil", "Profils", "Problème", "Tour", "Type", "Export", "Source", "no",
                "Online", "Mixte", "Mixto", "Misto", "Formel", "Informel", "Regla", "Local", "Presencial", "Tesouro",
                "Par", "Pares", "Fim", "Fin", "Email", "Auditoria interna", "Modo", "Grupo", "Groupe", "Mesure",
                "Estado", "Error", "Erro", "Nota", "Notes", "Participantes", "Pares:", "Par:", "Zip",
                "Trésor", "Iniciativa", "Fiscalité", "Pays", "Países", "Signature", "Contrato", "Organizaciones",
                "Organizações", "Organisations", "Colonne", "Linha", "Ligne", "Countries", "Media", "Média", "Médias",
                "Webinar", "Actividades", "Atividades", "Activités", "Presupuesto", "Orçamento",
                "Statistique et évaluation"}
    same = []
    for message in _catalogue(code):
        if not message.id or isinstance(message.id, tuple) or message.string != message.id:
            continue
        if NOT_WORDS.match(message.id) or message.id in cognates or not re.search(r"[A-Za-z]{3,}", message.id):
            continue
        if code == "ru" or len(message.id.split()) > 2:
            same.append(message.id)
    assert not same, f"{code}: still English: {same[:10]}"


def test_russian_plurals_have_three_forms():
    catalogue = _catalogue("ru")
    plural = [message for message in catalogue if isinstance(message.id, tuple)]
    assert plural and all(len(message.string) == 3 and all(message.string) for message in plural)
    i18n.reload_catalogues()
    with i18n.language("ru"):
        words = [i18n.ngettext("{count} career level", "{count} career levels", n).format(count=n)
                 for n in (1, 3, 5, 21)]
    assert words == ["1 должностной уровень", "3 должностных уровня", "5 должностных уровней",
                     "21 должностной уровень"]
