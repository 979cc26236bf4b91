"""Catalogue codes turned into the words people read (catalogue names, or the code as a fallback)."""

from __future__ import annotations

from peerdesk.core.catalogue import catalogue


def level_name(kind: str, code: str) -> str:
    """``kind`` is one of career_levels, education_levels, influence_levels, standing_levels."""
    if not code:
        return ""
    return catalogue().name_of(kind, code)


def language_names(codes) -> str:
    return ", ".join(catalogue().language_name(code) for code in codes)


def tool_name(code: str) -> str:
    return catalogue().name_of("tool_types", code)
