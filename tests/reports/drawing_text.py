"""What a reportlab drawing says: the texts of its String shapes, groups included (for tests)."""

from __future__ import annotations

from reportlab.graphics.shapes import Group, String


def strings(node) -> list[str]:
    found = []
    for child in getattr(node, "contents", []):
        if isinstance(child, String):
            found.append(child.text)
        elif isinstance(child, Group):
            found += strings(child)
    return found
