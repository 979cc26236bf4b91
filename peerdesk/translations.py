"""Developer tool for the word catalogues in ``resources/i18n`` (gettext, through Babel).

    python -m peerdesk.translations update    # extract every string from the code and forms into
                                              # peerdesk.pot, then merge it into each <lang>/peerdesk.po
    python -m peerdesk.translations compile   # compile every .po into the .mo file PeerDesk loads
    python -m peerdesk.translations stats     # how much of each language is translated

Add a string: write it in the code inside ``_()``/``ngettext()`` (Qt-free code) or ``self.tr()`` (Qt),
run ``update``, translate it in each ``.po``, run ``compile``, commit the ``.po`` and ``.mo`` files.
Add a language: add its code to ``peerdesk.i18n.LANGUAGES`` (and ``NATIVE_NAMES``), run ``update``
(which creates its ``.po``), translate, ``compile``.
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

from peerdesk import paths
from peerdesk.i18n import DOMAIN, LANGUAGES, SOURCE_LANGUAGE

PACKAGE = Path(__file__).resolve().parent

#: Function names whose string arguments are extracted. ``tr`` and ``translate`` are Qt's (``self.tr(text)``,
#: ``QCoreApplication.translate(context, text)`` in the compiled Designer forms).
KEYWORDS = {
    "_": None,
    "N_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "tr": None,
    "translate": (2,),
    # reports/evaluation_summary.of(part, whole, singular, plural): the nouns of "21 of 24 peers (88%)"
    "of": (3, 4),
}


def template_path() -> Path:
    return paths.i18n_dir() / f"{DOMAIN}.pot"


def po_path(language: str) -> Path:
    return paths.i18n_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    return po_path(language).with_suffix(".mo")


def extract():
    """A Babel catalogue of every translatable string in the package (compiled forms included)."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    catalog = Catalog(project="PeerDesk", charset="utf-8", fuzzy=False)
    method_map = [("**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
        str(PACKAGE), method_map=method_map, keywords=KEYWORDS, comment_tags=("Translators:",), strip_comment_tags=True
    ):
        if not message or (isinstance(message, tuple) and not message[0]):
            continue
        catalog.add(message, None, [(f"peerdesk/{filename}", lineno)], auto_comments=comments, context=context)
    for filename, message in _calls_inside_fstrings():  # Babel's tokenizer does not look inside f-strings
        if message not in catalog:
            catalog.add(message, None, [(filename, 0)])
    from peerdesk.core.catalogue import catalogue_messages

    for filename, message in catalogue_messages():  # the reference catalogue's names and descriptions
        if message not in catalog:
            catalog.add(message, None, [(filename, 0)])
        else:
            catalog[message].locations.append((filename, 0))
    return catalog


#: ``tr('text')`` / ``_('text')`` written inside an f-string's braces (single-quoted, no placeholders).
_FSTRING_CALL = re.compile(r"""(?<![\w.])(?:self\.|page\.|parent\.)?(?:tr|_)\('((?:[^'\\]|\\.)+)'\)""")


def _calls_inside_fstrings() -> list[tuple[str, str]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "generated" in path.parts:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if "f\"" not in line and "f'" not in line:
                continue
            for match in _FSTRING_CALL.finditer(line):
                found.append((f"peerdesk/{path.relative_to(PACKAGE).as_posix()}", match.group(1)))
    return found


def update() -> list[Path]:
    """Write peerdesk.pot and bring every language's .po up to date with it (translations kept)."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    template = extract()
    paths.i18n_dir().mkdir(parents=True, exist_ok=True)
    with template_path().open("wb") as stream:
        write_po(stream, template, width=100, omit_header=False, sort_output=False, include_lineno=False)
    written = [template_path()]
    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        target = po_path(language)
        if target.exists():
            with target.open("rb") as stream:
                catalog = read_po(stream, locale=language)
        else:
            catalog = Catalog(locale=language, project="PeerDesk", charset="utf-8")
        catalog.update(template, no_fuzzy_matching=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as stream:
            write_po(stream, catalog, width=100, include_lineno=False, ignore_obsolete=True)
        written.append(target)
    return written


def compiled(language: str) -> bytes:
    """The .mo bytes of ``language``'s .po (untranslated and fuzzy entries left out)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path(language).open("rb") as stream:
        catalog = read_po(stream, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def compile_all() -> list[Path]:
    written = []
    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE or not po_path(language).exists():
            continue
        mo_path(language).write_bytes(compiled(language))
        written.append(mo_path(language))
    return written


def stats() -> dict[str, tuple[int, int]]:
    """Per language: (translated, total) messages."""
    from babel.messages.pofile import read_po

    result = {}
    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE or not po_path(language).exists():
            continue
        with po_path(language).open("rb") as stream:
            catalog = read_po(stream, locale=language)
        messages = [m for m in catalog if m.id]
        done = [m for m in messages if m.string and (all(m.string) if isinstance(m.string, tuple) else True)
                and not m.fuzzy]
        result[language] = (len(done), len(messages))
    return result


def main(argv: list[str]) -> int:
    command = argv[:1]
    if command == ["update"]:
        for path in update():
            print(path)
    elif command == ["compile"]:
        for path in compile_all():
            print(path)
    elif command == ["stats"]:
        for language, (done, total) in stats().items():
            print(f"{language}: {done} of {total} translated")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
