"""Comparing what people type: one folding of text used for headers, names, countries and tags."""

from __future__ import annotations

import functools
import re
import unicodedata

_PUNCTUATION = re.compile(r"[\W_]+")


#: Latin, Greek and Cyrillic letters, digits, punctuation and spaces: text made only of these folds one
#: character at a time (checked against the whole-string folding for every pair of them), so the common
#: case is one ``str.translate`` instead of a loop over the decomposed characters.
_SAFE_BLOCKS = ((0x80, 0x250), (0x370, 0x530))


def _fold_whole(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    out: list[str] = []
    for char in decomposed:
        if unicodedata.combining(char) and out and out[-1].isascii():
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


@functools.cache
def _fold_table() -> tuple[frozenset[str], dict[int, str]]:
    """Each safe character's folding (built on the first non-ASCII text): combining marks, and characters
    whose decomposition starts with one, are left to the whole-string path."""
    table = {code: chr(code).lower() for code in range(0x80)}
    for low, high in _SAFE_BLOCKS:
        for code in range(low, high):
            char = chr(code)
            if unicodedata.category(char)[0] in "MC" or unicodedata.combining(char):
                continue
            decomposed = unicodedata.normalize("NFKD", char.casefold())
            if decomposed and unicodedata.combining(decomposed[0]):
                continue
            table[code] = _fold_whole(char)
    return frozenset(map(chr, table)), table


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, Latin accents off, punctuation to single spaces: "Nom / Prénom" -> "nom prenom".
    Cyrillic letters stay whole (й is not и)."""
    if text.isascii():
        return _PUNCTUATION.sub(" ", text.lower()).strip()
    safe, table = _fold_table()
    folded = text.translate(table) if safe.issuperset(text) else _fold_whole(text)
    return _PUNCTUATION.sub(" ", folded).strip()


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



@functools.cache
def _column_table() -> dict[int, str]:
    """The safe characters' folding with punctuation already turned into spaces, line breaks kept."""
    _safe, table = _fold_table()
    spaced = {code: _PUNCTUATION.sub(" ", folded) for code, folded in table.items()}
    spaced[ord("\n")] = "\n"
    return spaced


def fold_all(texts: list[str]) -> list[str]:
    """``[fold(text) for text in texts]`` for a whole column at once (the 50,000 names of an import):
    the texts are joined line by line and folded in one ``translate`` that also turns punctuation into
    spaces, then each line's runs of spaces are closed up. A column with a line break inside a cell, or
    with characters outside the table, folds text by text."""
    if not texts:
        return []
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1 or not (joined.isascii() or _fold_table()[0].issuperset(joined)):
        return [fold(text) for text in texts]
    folded = joined.translate(_column_table())
    # The translation leaves no whitespace but spaces and the line breaks: a column without two spaces
    # in a row or a space at either end of a line needs no closing up.
    if "  " in folded or " \n" in folded or "\n " in folded or folded[:1] == " " or folded[-1:] == " ":
        return [" ".join(line.split()) for line in folded.split("\n")]
    return folded.split("\n")
