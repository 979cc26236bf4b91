"""Build step: compile ``forms/*.ui`` into ``peerdesk/ui/generated/ui_*.py`` with pyside6-uic.

Run ``python -m peerdesk.ui.compile_forms`` after editing a form; a test fails while a generated file
is out of date. The uic version line is dropped so that the output depends only on the form.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from peerdesk import paths

GENERATED_DIR = Path(__file__).resolve().parent / "generated"


def uic_executable() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / "Qt" / "libexec" / "uic", folder / "uic.exe", folder / "uic"):
        if candidate.exists():
            return candidate
    raise FileNotFoundError("pyside6-uic's uic binary was not found in the PySide6 installation")


def generated_name(form: Path) -> str:
    return f"ui_{form.stem}.py"


def compile_form(form: Path) -> str:
    """The Python source uic makes of ``form``, without its version-stamp line."""
    output = subprocess.run(
        [str(uic_executable()), "-g", "python", str(form)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    lines = [line for line in output.splitlines() if "Qt User Interface Compiler version" not in line]
    return "\n".join(lines).rstrip() + "\n"


def forms() -> list[Path]:
    return sorted(paths.forms_dir().glob("*.ui"))


def main() -> int:
    GENERATED_DIR.mkdir(exist_ok=True)
    (GENERATED_DIR / "__init__.py").write_text('"""Generated from forms/*.ui by compile_forms; do not edit."""\n')
    for form in forms():
        target = GENERATED_DIR / generated_name(form)
        target.write_text(compile_form(form), encoding="utf-8")
        print(f"{form.name} -> {target.relative_to(paths.bundle_root())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
