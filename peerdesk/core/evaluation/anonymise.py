"""Stable codes in place of names, for reports that leave the facilitator's desk.

Participants become P01, P02... and comparison colleagues C01... in the order they were added to the
file (their id), so a person keeps their code from one report to the next. Other people named in the
data (colleagues reached back home) become X01... Free text has every known full name, and every part
of a name of three letters or more, replaced by the person's code; organisations, countries and places
named in the initiative (``identifying``) are replaced by a marker, and :attr:`Anonymiser.replaced` keeps
the terms that were, so the user can see them. Free text can still identify people in other ways (a post,
a reform, an event): the summary says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cached_property

from peerdesk.core.evaluation.records import Person
from peerdesk.i18n import _

_MIN_PART = 3


class Anonymiser:
    """Names to codes. With ``enabled=False`` it hands names and text back unchanged."""

    def __init__(self, people: Sequence[Person], other_names: Iterable[str] = (), enabled: bool = True,
                 identifying: Iterable[str] = ()) -> None:
        self.enabled = enabled
        #: identifying terms (organisations, countries, places) found and replaced in free text so far
        self.replaced: set[str] = set()
        self._names = {person.id: person.name for person in people}
        self._codes: dict[int, str] = {}
        counters = {"participant": 0, "comparison": 0}
        for person in sorted(people, key=lambda p: (p.role != "participant", p.id)):
            role = "comparison" if person.role == "comparison" else "participant"
            counters[role] += 1
            self._codes[person.id] = f"{'C' if role == 'comparison' else 'P'}{counters[role]:02d}"
        self._other_codes: dict[str, str] = {}
        for name in sorted({n.strip() for n in other_names if n and n.strip()}):
            self._other_codes[name] = f"X{len(self._other_codes) + 1:02d}"
        variants: dict[str, str] = {}
        for peer_id, name in self._names.items():
            self._add_variants(variants, name, self._codes[peer_id])
        for name, code in self._other_codes.items():
            self._add_variants(variants, name, code)
        self._places = {term.strip().casefold(): term.strip() for term in identifying
                        if term and len(term.strip()) >= _MIN_PART}
        for term in self._places.values():
            variants.setdefault(term, "")
        # one-word places also hide in their adjectives and demonyms (Georgian, Senegalese, Mozambican)
        stems = sorted({term[:max(5, len(term) - 3)] for term in self._places.values()
                        if " " not in term and len(term) >= 5}, key=len, reverse=True)
        self._stems = stems
        self._ordered = sorted(variants, key=len, reverse=True)
        self._variants = {variant.casefold(): variants[variant] for variant in self._ordered}

    # The patterns are compiled when text is first scrubbed: a few hundred names make a large pattern,
    # and a summary without quoted text (or not anonymised) never needs it.
    @cached_property
    def _stem_pattern(self) -> re.Pattern | None:
        if not self._stems:
            return None
        return re.compile(r"(?<!\w)(" + "|".join(re.escape(stem) for stem in self._stems) + r")\w*", re.IGNORECASE)

    @cached_property
    def _pattern(self) -> re.Pattern | None:
        if not self._ordered:
            return None
        return re.compile(r"(?<!\w)(" + "|".join(re.escape(v) for v in self._ordered) + r")(?!\w)", re.IGNORECASE)

    @staticmethod
    def _add_variants(variants: dict[str, str], name: str, code: str) -> None:
        variants.setdefault(name, code)
        for part in re.split(r"[\s\-.,]+", name):
            if len(part) >= _MIN_PART:
                variants.setdefault(part, code)

    def code(self, peer_id: int) -> str:
        return self._codes.get(peer_id, f"#{peer_id}")

    def name(self, peer_id: int) -> str:
        """The person's name, or their code when anonymising."""
        if not self.enabled:
            return self._names.get(peer_id, f"#{peer_id}")
        return self.code(peer_id)

    def other(self, name: str) -> str:
        """A non-member's name (a colleague reached back home), or its code when anonymising."""
        if not self.enabled:
            return name
        return self._other_codes.get(name.strip(), self.text(name))

    def text(self, text: str) -> str:
        """Free text with every known name replaced by its code when anonymising."""
        if not self.enabled or not text or self._pattern is None:
            return text
        text = self._pattern.sub(self._replace, text)
        if self._stem_pattern is not None:
            text = self._stem_pattern.sub(self._replace_stem, text)
        return text

    def _replace_stem(self, match: re.Match) -> str:
        self.replaced.add(match.group(0))
        return _("[organisation or place]")

    def _replace(self, match: re.Match) -> str:
        found = match.group(0).casefold()
        code = self._variants.get(found, "…")
        if code:
            return code
        self.replaced.add(self._places.get(found, match.group(0)))
        return _("[organisation or place]")
