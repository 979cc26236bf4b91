"""Developer tool for the interface translations in ``resources/i18n``.

    python -m peerdesk.ui.translations update    # refresh peerdesk_<lang>.ts from the code and forms
    python -m peerdesk.ui.translations release   # compile every .ts into the .qm files PeerDesk loads

Translators edit the .ts files (Qt Linguist, or any XML editor); strings left unfinished show in English.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from peerdesk import paths

LANGUAGES = ("fr", "es", "pt", "ru")
PACKAGE = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError(f"{name} not found in the PySide6 installation")


def sources() -> list[Path]:
    code = [p for p in sorted((PACKAGE / "ui").rglob("*.py")) if "generated" not in p.parts]
    return code + sorted(paths.forms_dir().glob("*.ui"))


def update() -> None:
    paths.i18n_dir().mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        target = paths.i18n_dir() / f"peerdesk_{language}.ts"
        subprocess.run(
            [_tool("lupdate"), "-silent", "-no-obsolete", "-target-language", language,
             *map(str, sources()), "-ts", str(target)],
            check=True,
        )
        print(target)


def release(ts: Path | None = None) -> list[Path]:
    written = []
    for source in [ts] if ts else sorted(paths.i18n_dir().glob("*.ts")):
        if "<translation>" not in source.read_text(encoding="utf-8") and ts is None:
            continue  # nothing translated yet: English shows anyway
        target = source.with_suffix(".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["release"]:
        for path in release():
            print(path)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
