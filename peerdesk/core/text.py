"""Comparing what people type: one folding of text used for headers, names, countries and tags."""

from __future__ import annotations

import functools
import re
import unicodedata

_PUNCTUATION = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, Latin accents off, punctuation to single spaces: "Nom / Prénom" -> "nom prenom".
    Cyrillic letters stay whole (й is not и)."""
    if text.isascii():
        return _PUNCTUATION.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    out: list[str] = []
    for char in decomposed:
        if unicodedata.combining(char) and out and out[-1].isascii():
            continue
        out.append(char)
    return _PUNCTUATION.sub(" ", unicodedata.normalize("NFC", "".join(out))).strip()


def tag_slug(label: str) -> str:
    """A choice name for a tag label: "Arrears control" -> "arrears_control"."""
    slug = re.sub(r"\W+", "_", label.casefold()).strip("_")
    return slug or "tag"


def tag_label(text: str) -> str:
    """A readable label for a tag that arrived as a slug ("cash_management" -> "cash management");
    labels people typed are kept as typed."""
    text = " ".join(text.split())
    if "_" in text and " " not in text:
        return text.replace("_", " ").strip()
    return text
