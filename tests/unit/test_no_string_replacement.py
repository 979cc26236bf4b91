"""Arguments and plurals go through the catalogue, never through string surgery on a translated text.

A translator sees ``{path}`` and ``{count}`` and can move them; ``.replace("%1", ...)`` or ``% x`` on a translated
string hides what goes where, and ``tr("1 peer") if n == 1 else tr("%1 peers")`` gives Russian two forms of
the three it needs. This test reads every module of the package (``ast``, nothing is imported) and names
each place that still does one of those.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import peerdesk

PACKAGE = Path(peerdesk.__file__).resolve().parent
#: Calls whose result is a translated string (Qt's ``tr``/``translate`` and gettext's functions).
TRANSLATING = {"tr", "translate", "_", "gettext", "ngettext", "pgettext", "npgettext"}
POSITIONAL = re.compile(r"%(\d|[sd]\b|\()")


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def _translated(node: ast.AST) -> bool:
    """A translating call, or ``.format(...)``/``.replace(...)`` applied to one."""
    if not isinstance(node, ast.Call):
        return False
    if _name(node) in TRANSLATING:
        return True
    return isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "replace") and _translated(
        node.func.value)


def _compares_a_count(test: ast.AST) -> bool:
    return any(
        isinstance(value, ast.Constant) and type(value.value) is int and value.value in (0, 1, 2)
        for node in ast.walk(test) if isinstance(node, ast.Compare)
        for value in (node.left, *node.comparators)
    )


def offences(source: str, filename: str = "<source>") -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        where = f"{filename}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "replace":
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and POSITIONAL.match(first.value):
                found.append(f"{where}: .replace({first.value!r}, ...): use a named placeholder and .format")
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and _translated(node.left):
            found.append(f"{where}: '%' on a translated string: use a named placeholder and .format")
        if isinstance(node, ast.Call) and _name(node) in TRANSLATING:
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and POSITIONAL.search(arg.value):
                    found.append(f"{where}: positional placeholder in {arg.value[:60]!r}: name it ({{path}})")
        if (isinstance(node, ast.IfExp) and _translated(node.body) and _translated(node.orelse)
                and _compares_a_count(node.test)):
            found.append(f"{where}: a plural chosen by 'if': use ngettext(singular, plural, n)")
    return found


def test_the_check_finds_each_kind_of_offence():
    source = (
        'a = self.tr("Wrote %1").replace("%1", path)\n'
        'b = tr("Copy saved to %s") % target\n'
        'c = self.tr("1 peer") if n == 1 else self.tr("{count} peers").format(count=n)\n'
        'd = _("{count} peers").format(count=n)\n'
        'e = "<h2>%s</h2>" % self.tr("Title")\n'
        'f = self.tr("Add") if adding else self.tr("Edit")\n'
    )
    found = offences(source)
    assert sorted(int(line.split(":")[1]) for line in found) == [1, 1, 2, 2, 3], found


def test_no_translated_string_is_filled_by_replacement_or_percent():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "generated" in path.parts:  # Designer's compiled forms: no arguments there
            continue
        found += offences(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE.parent)))
    assert not found, "\n".join(found)
