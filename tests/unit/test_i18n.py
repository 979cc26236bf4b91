"""The one word catalogue: Qt-free lookups, per-block languages, and CLDR formatting of dates and names."""

import datetime as dt

import pytest

from peerdesk import i18n, settings
from peerdesk.translations import compiled, mo_path, po_path


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_language("en")


def test_french_catalogue_answers_qt_free_code():
    i18n.set_language("fr")
    assert i18n._("&File") == "&Fichier"
    assert i18n._("a sentence nobody translated") == "a sentence nobody translated"


def test_language_block_changes_only_inside():
    i18n.set_language("en")
    with i18n.language("fr"):
        assert i18n.current_language() == "fr"
        assert i18n._("&File") == "&Fichier"
    assert i18n._("&File") == "&File"


def test_unknown_language_falls_back_to_english():
    assert i18n.set_language("xx_YY") == "en"
    assert i18n.normalise("fr_FR.UTF-8") == "fr"
    assert i18n.normalise("pt-BR") == "pt"


def test_environment_overrides_preference(monkeypatch):
    monkeypatch.setenv("PEERDESK_LANGUAGE", "ru")
    assert i18n.resolve_language("fr") == "ru"
    monkeypatch.delenv("PEERDESK_LANGUAGE")
    assert i18n.resolve_language("fr") == "fr"


def test_dates_read_as_written_in_each_language():
    day = dt.date(2026, 2, 5)
    assert i18n.format_date(day, lang="en") == "5\u00a0February\u00a02026"
    assert i18n.format_date(day, lang="fr") == "5\u00a0février\u00a02026"
    assert i18n.format_date(day, lang="ru").startswith("5\u00a0февраля\u00a02026")
    one_day = i18n.format_date_range(day, day, lang="en")
    assert one_day == i18n.format_date(day, lang="en")
    assert i18n.format_date_range(dt.date(2026, 3, 17), dt.date(2026, 3, 19), lang="fr") == "17–19\u00a0mars\u00a02026"


def test_countries_and_languages_in_the_readers_language():
    assert i18n.country_name("MZ", "pt") == "Moçambique"
    assert i18n.country_name("MZ", "ru") == "Мозамбик"
    assert i18n.language_name("fr", "es") == "francés"
    assert i18n.country_name("unknown-place", "fr") == "unknown-place"


def test_percent_follows_the_language():
    assert i18n.format_percent(0.58, lang="en") == "58%"
    assert i18n.format_percent(0.58, lang="fr") == "58\u00a0%"


@pytest.mark.parametrize("language", [code for code in i18n.LANGUAGES if code != "en"])
def test_compiled_catalogues_are_up_to_date(language):
    """A .po edited without `python -m peerdesk.translations compile` would not reach the screen."""
    assert po_path(language).exists()
    assert mo_path(language).read_bytes() == compiled(language), "run python -m peerdesk.translations compile"


def test_settings_are_declared_typed_and_kept(tmp_path):
    store = settings.Settings(tmp_path / "settings.json")
    assert store.get("paper_size") == ""
    store.set("paper_size", "letter")
    store.set("backups_to_keep", "25")
    again = settings.Settings(tmp_path / "settings.json")
    assert again.get("paper_size") == "letter"
    assert again.get("backups_to_keep") == 25
    again.set("paper_size", "tabloid")  # not a choice: the default stands
    assert again.get("paper_size") == ""
    with pytest.raises(KeyError):
        again.get("no_such_setting")


def test_damaged_settings_file_gives_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    assert settings.Settings(path).get("backups_to_keep") == 10
    assert path.read_text(encoding="utf-8") == "{not json"


def test_paper_follows_the_territory(monkeypatch):
    monkeypatch.setattr(settings, "_current", settings.Settings(settings.settings_file()))
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert settings.paper_size() == "letter"
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert settings.paper_size() == "a4"
    assert settings.paper_size("letter") == "letter"
