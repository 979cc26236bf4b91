"""The reference catalogue: tool types, learning goals, matching factors, checklist and lookup lists.

The data lives as JSON under ``resources/catalogue/``; this module reads it into frozen dataclasses,
validates it and caches the default load. Pure Python (stdlib only) so every layer may import it.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

CATALOGUE_VERSION = 1
FILES = ("tool_types", "learning_goals", "matching", "learning", "checklist", "reference")

EXPECTED_TOOL_TYPES = 18
EXPECTED_GOALS = 7
EXPECTED_INITIATIVES = 52
EXPECTED_STAGES = 4
FACTOR_KINDS = frozenset({"tags", "ordinal", "category", "languages"})
FACTOR_MODES = frozenset({"similar", "different", "ignore"})
#: Only these tool types may claim to serve the peer_pressure goal.
PEER_PRESSURE_TOOLS = frozenset(
    {
        "expert_group_peer_review",
        "single_peer_self_assessment",
        "multi_peer_self_assessment",
        "common_assessment_products",
    }
)


class CatalogueError(ValueError):
    """The catalogue files are missing, malformed or inconsistent."""


# --------------------------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Named:
    """A generic coded entry with a display name and optional description."""

    code: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class Level:
    """A step on an ordinal scale (career, education, influence, standing)."""

    code: str
    name: str
    rank: int


@dataclass(frozen=True)
class ToolType:
    """A peer-learning instrument and where it sits in the parts x challenges grid."""

    code: str
    name: str
    description: str
    examples: str
    cells: tuple[tuple[str, str], ...]
    share_percent: float | None
    share_label: str
    usual_cadence: str
    logistics: tuple[str, ...]
    supports_goals: tuple[str, ...]
    count_of_52: int | None

    def in_cell(self, part: str, challenge: str) -> bool:
        return (part, challenge) in self.cells

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p for p, _ in self.cells))

    @property
    def challenges(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c for _, c in self.cells))


@dataclass(frozen=True)
class LearningGoal:
    """A facilitator's implicit learning goal and the share of mapped initiatives pursuing it."""

    code: str
    name: str
    share_percent: float | None
    share_label: str
    description: str


@dataclass(frozen=True)
class MatchingFactor:
    """One dimension used to score how well two peers fit."""

    code: str
    name: str
    kind: str
    peer_field: str
    default_weight: int
    default_mode: str
    description: str


@dataclass(frozen=True)
class LearningArea:
    """An area of 'what was learned' in the learner survey."""

    code: str
    name: str
    is_other: bool = False


@dataclass(frozen=True)
class ScaleStep:
    """A point of the importance scale (5 / 3 / 1)."""

    score: int
    label: str


@dataclass(frozen=True)
class OutcomeFamily:
    """A family of practical-learning outcomes."""

    code: str
    name: str
    description: str


@dataclass(frozen=True)
class InterviewQuestion:
    """A value-creation interview prompt."""

    code: str
    text: str


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    text: str


@dataclass(frozen=True)
class ChecklistStage:
    """A stage of the facilitator's checklist with its items."""

    code: str
    number: int
    name: str
    objective: str
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class HourglassStage:
    """A stage of the hourglass model."""

    code: str
    number: int
    name: str
    objective: str
    typical_failure: str


@dataclass(frozen=True)
class ReformArea:
    code: str
    name: str
    group: str


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    native: str


@dataclass(frozen=True)
class Catalogue:
    """Everything in ``resources/catalogue``, as immutable tuples plus lookup helpers."""

    parts: tuple[Named, ...]
    challenges: tuple[Named, ...]
    logistics: tuple[Named, ...]
    tool_types: tuple[ToolType, ...]
    learning_goals: tuple[LearningGoal, ...]
    factors: tuple[MatchingFactor, ...]
    career_levels: tuple[Level, ...]
    education_levels: tuple[Level, ...]
    influence_levels: tuple[Level, ...]
    standing_levels: tuple[Level, ...]
    risks: tuple[Named, ...]
    peer_notions: tuple[Named, ...]
    learning_areas: tuple[LearningArea, ...]
    scale: tuple[ScaleStep, ...]
    outcome_families: tuple[OutcomeFamily, ...]
    value_cycles: tuple[Named, ...]
    interview_questions: tuple[InterviewQuestion, ...]
    checklist_stages: tuple[ChecklistStage, ...]
    hourglass_stages: tuple[HourglassStage, ...]
    reform_areas: tuple[ReformArea, ...]
    peer_levels: tuple[Named, ...]
    cadences: tuple[Named, ...]
    activity_modes: tuple[Named, ...]
    contact_channels: tuple[Named, ...]
    contact_kinds: tuple[Named, ...]
    languages: tuple[Language, ...]
    mapped_initiatives: tuple[str, ...]

    # -- lookups

    def tool_type(self, code: str) -> ToolType:
        """The tool type with this code; KeyError if unknown."""
        for t in self.tool_types:
            if t.code == code:
                return t
        raise KeyError(f"unknown tool type {code!r}")

    def goal(self, code: str) -> LearningGoal:
        """The learning goal with this code; KeyError if unknown."""
        for g in self.learning_goals:
            if g.code == code:
                return g
        raise KeyError(f"unknown learning goal {code!r}")

    def factor(self, code: str) -> MatchingFactor:
        """The matching factor with this code; KeyError if unknown."""
        for f in self.factors:
            if f.code == code:
                return f
        raise KeyError(f"unknown matching factor {code!r}")

    def language_name(self, code: str) -> str:
        """The language's name in the current language (CLDR), or the code itself when not catalogued."""
        from peerdesk.i18n import current_language, language_name

        for lang in self.languages:
            if lang.code == code:
                return lang.name if current_language() == "en" else language_name(code)
        return code

    def name_of(self, list_attr: str, code: str) -> str:
        """Display name (or label/text) of ``code`` in the list attribute ``list_attr``.

        Falls back to the code when it is not in the list; raises AttributeError for an unknown list.
        """
        items = getattr(self, list_attr)
        if not isinstance(items, tuple):
            raise AttributeError(f"{list_attr!r} is not a catalogue list")
        for item in items:
            if getattr(item, "code", None) == code:
                for attr in ("name", "label", "text"):
                    if hasattr(item, attr):
                        return str(getattr(item, attr))
        return code

    def cells(self) -> list[tuple[str, str]]:
        """All (part, challenge) cells in grid order: parts are rows, challenges columns."""
        return [(p.code, c.code) for p in self.parts for c in self.challenges]

    def tools_in_cell(self, part: str, challenge: str) -> tuple[ToolType, ...]:
        """Tool types placed in one cell, in catalogue order."""
        return tuple(t for t in self.tool_types if t.in_cell(part, challenge))

    def checklist_item_codes(self) -> tuple[str, ...]:
        """Every checklist item code, stage by stage."""
        return tuple(i.code for s in self.checklist_stages for i in s.items)


# --------------------------------------------------------------------------------------------- loading


def _default_root() -> Path:
    try:
        from peerdesk import paths

        root = paths.catalogue_dir()
        if root.is_dir():
            return root
    except Exception:  # pragma: no cover - paths not importable (e.g. platformdirs missing)
        logger.debug("peerdesk.paths unavailable; using source-tree catalogue", exc_info=True)
    return Path(__file__).resolve().parents[2] / "resources" / "catalogue"


#: Fields a person reads. Their English text is the message id in the word catalogue (``peerdesk.po``,
#: extracted by ``python -m peerdesk.translations update``) and is translated as the catalogue loads.
TRANSLATED_FIELDS = frozenset(
    {"name", "description", "examples", "text", "share_label", "group", "usual_cadence", "objective",
     "typical_failure", "label"}
)
#: Lists whose names are proper names or already in their own language (never translated).
_UNTRANSLATED_LISTS = frozenset({"mapped_initiatives", "languages"})


def _translated(value: Any, key: str | None = None) -> Any:
    """``value`` with every readable field in the current language (codes and proper names as they are)."""
    from peerdesk.i18n import _

    if isinstance(value, dict):
        return {k: v if k in _UNTRANSLATED_LISTS else _translated(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_translated(v, key) for v in value]
    if isinstance(value, str) and key in TRANSLATED_FIELDS and value.strip():
        return _(value)
    return value


def catalogue_messages(root: Path | None = None) -> list[tuple[str, str]]:
    """``(file, text)`` of every readable catalogue text, for the word catalogue's extraction."""
    root = root or _default_root()
    found: list[tuple[str, str]] = []

    def walk(value: Any, key: str | None, file: str) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                if k not in _UNTRANSLATED_LISTS:
                    walk(v, k, file)
        elif isinstance(value, list):
            for v in value:
                walk(v, key, file)
        elif isinstance(value, str) and key in TRANSLATED_FIELDS and value.strip():
            found.append((file, value))

    for stem in FILES:
        path = root / f"{stem}.json"
        walk(json.loads(path.read_text(encoding="utf-8")), None, f"resources/catalogue/{path.name}")
    return found


class _Reader:
    """Reads one JSON file and turns its entries into records, with located error messages."""

    def __init__(self, root: Path, stem: str) -> None:
        self.file = f"{stem}.json"
        path = root / self.file
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise CatalogueError(f"{self.file}: cannot read {path}: {exc}") from exc
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CatalogueError(f"{self.file}: invalid JSON at line {exc.lineno}: {exc.msg}") from exc
        if not isinstance(data, dict):
            raise CatalogueError(f"{self.file}: top level must be an object")
        if data.get("version") != CATALOGUE_VERSION:
            raise CatalogueError(
                f"{self.file}: unsupported version {data.get('version')!r} (expected {CATALOGUE_VERSION})"
            )
        self.data = _translated(data)

    def fail(self, where: str, message: str) -> CatalogueError:
        return CatalogueError(f"{self.file}: {where}: {message}")

    def entries(self, key: str) -> list[dict[str, Any]]:
        value = self.data.get(key)
        if not isinstance(value, list):
            raise self.fail(key, "missing or not a list")
        for i, entry in enumerate(value):
            if not isinstance(entry, dict):
                raise self.fail(f"{key}[{i}]", "entry must be an object")
        return value

    @staticmethod
    def where(key: str, i: int, entry: dict[str, Any]) -> str:
        code = entry.get("code")
        return f"{key}[{i}] {code!r}" if code is not None else f"{key}[{i}]"

    def records(self, key: str, build: Callable[[dict[str, Any]], Any], *, coded: bool = True) -> tuple:
        """Build one record per entry of ``key``; checks codes are unique non-empty strings."""
        out = []
        seen: set[str] = set()
        for i, entry in enumerate(self.entries(key)):
            where = self.where(key, i, entry)
            if coded:
                code = entry.get("code")
                if not isinstance(code, str) or not code:
                    raise self.fail(where, "missing code")
                if code in seen:
                    raise self.fail(where, f"duplicate code {code!r}")
                seen.add(code)
            try:
                out.append(build(entry))
            except (KeyError, TypeError, ValueError) as exc:
                raise self.fail(where, f"bad entry ({exc!r})") from exc
        return tuple(out)

    def named(self, key: str) -> tuple[Named, ...]:
        return self.records(
            key, lambda e: Named(str(e["code"]), str(e["name"]), str(e.get("description", "")))
        )

    def levels(self, key: str) -> tuple[Level, ...]:
        levels = self.records(key, lambda e: Level(str(e["code"]), str(e["name"]), _int(e["rank"])))
        ranks = [lv.rank for lv in levels]
        if len(set(ranks)) != len(ranks):
            raise self.fail(key, "ranks must be distinct")
        return tuple(sorted(levels, key=lambda lv: lv.rank))

    def count(self, key: str, items: Sequence[Any], expected: int) -> None:
        if len(items) != expected:
            raise self.fail(key, f"expected {expected} entries, found {len(items)}")


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {value!r}")
    return value


def _share(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
        raise ValueError(f"share_percent must be a number 0-100 or null, got {value!r}")
    return value


def _strs(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"expected a list of strings, got {value!r}")
    return tuple(value)


def _check_refs(reader: _Reader, where: str, field: str, values: Iterable[str], known: Iterable[str]) -> None:
    known_set = set(known)
    for v in values:
        if v not in known_set:
            raise reader.fail(where, f"unknown {field} code {v!r}")


def _load_tool_types(root: Path) -> dict[str, Any]:
    r = _Reader(root, "tool_types")
    parts = r.named("parts")
    challenges = r.named("challenges")
    logistics = r.named("logistics")

    def build(e: dict[str, Any]) -> ToolType:
        cells = e["cells"]
        if not isinstance(cells, list) or not cells:
            raise ValueError("cells must be a non-empty list")
        for cell in cells:
            if not (isinstance(cell, list) and len(cell) == 2 and all(isinstance(x, str) for x in cell)):
                raise ValueError(f"cell {cell!r} must be a [part, challenge] pair")
        share = _share(e.get("share_percent"))
        count = e.get("count_of_52")
        if count is not None:
            count = _int(count)
        return ToolType(
            code=str(e["code"]),
            name=str(e["name"]),
            description=str(e["description"]),
            examples=str(e.get("examples", "")),
            cells=tuple((c[0], c[1]) for c in cells),
            share_percent=share,
            share_label=str(e.get("share_label") or ("not reported" if share is None else f"{share}%")),
            usual_cadence=str(e.get("usual_cadence", "")),
            logistics=_strs(e.get("logistics", [])),
            supports_goals=_strs(e.get("supports_goals", [])),
            count_of_52=count,
        )

    tools = r.records("tool_types", build)
    r.count("tool_types", tools, EXPECTED_TOOL_TYPES)
    part_codes = [p.code for p in parts]
    challenge_codes = [c.code for c in challenges]
    for i, (entry, tool) in enumerate(zip(r.entries("tool_types"), tools, strict=True)):
        where = r.where("tool_types", i, entry)
        if len(set(tool.cells)) != len(tool.cells):
            raise r.fail(where, "duplicate cell")
        _check_refs(r, where, "part", (p for p, _ in tool.cells), part_codes)
        _check_refs(r, where, "challenge", (c for _, c in tool.cells), challenge_codes)
        _check_refs(r, where, "logistics", tool.logistics, (lg.code for lg in logistics))
        if tool.share_percent is not None and tool.count_of_52 is not None:
            if tool.count_of_52 != round(tool.share_percent * EXPECTED_INITIATIVES / 100):
                raise r.fail(where, "count_of_52 does not match share_percent")
    return {"parts": parts, "challenges": challenges, "logistics": logistics, "tool_types": tools}


def _load_goals(root: Path) -> dict[str, Any]:
    r = _Reader(root, "learning_goals")

    def build(e: dict[str, Any]) -> LearningGoal:
        share = _share(e.get("share_percent"))
        return LearningGoal(
            code=str(e["code"]),
            name=str(e["name"]),
            share_percent=share,
            share_label=str(e.get("share_label") or ("not reported" if share is None else f"{share}%")),
            description=str(e.get("description", "")),
        )

    goals = r.records("learning_goals", build)
    r.count("learning_goals", goals, EXPECTED_GOALS)
    return {"learning_goals": goals}


def _load_matching(root: Path) -> dict[str, Any]:
    r = _Reader(root, "matching")

    def build(e: dict[str, Any]) -> MatchingFactor:
        kind, mode, weight = e["kind"], e["default_mode"], _int(e["default_weight"])
        if kind not in FACTOR_KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        if mode not in FACTOR_MODES:
            raise ValueError(f"unknown default_mode {mode!r}")
        if not 0 <= weight <= 10:
            raise ValueError(f"default_weight {weight} outside 0-10")
        return MatchingFactor(
            code=str(e["code"]),
            name=str(e["name"]),
            kind=kind,
            peer_field=str(e["peer_field"]),
            default_weight=weight,
            default_mode=mode,
            description=str(e.get("description", "")),
        )

    return {
        "factors": r.records("factors", build),
        "career_levels": r.levels("career_levels"),
        "education_levels": r.levels("education_levels"),
        "influence_levels": r.levels("influence_levels"),
        "standing_levels": r.levels("standing_levels"),
        "risks": r.named("risks"),
        "peer_notions": r.named("peer_notions"),
    }


def _load_learning(root: Path) -> dict[str, Any]:
    r = _Reader(root, "learning")
    areas = r.records(
        "areas", lambda e: LearningArea(str(e["code"]), str(e["name"]), bool(e.get("is_other", False)))
    )
    if sum(a.is_other for a in areas) != 1:
        raise r.fail("areas", "exactly one entry must have is_other: true")
    scale = r.records("scale", lambda e: ScaleStep(_int(e["score"]), str(e["label"])), coded=False)
    if len({s.score for s in scale}) != len(scale):
        raise r.fail("scale", "duplicate score")
    families = r.records(
        "outcome_families", lambda e: OutcomeFamily(str(e["code"]), str(e["name"]), str(e["description"]))
    )
    questions = r.records("interview_questions", lambda e: InterviewQuestion(str(e["code"]), str(e["text"])))
    return {
        "learning_areas": areas,
        "scale": tuple(sorted(scale, key=lambda s: -s.score)),
        "outcome_families": families,
        "value_cycles": r.named("value_cycles"),
        "interview_questions": questions,
    }


def _load_checklist(root: Path) -> dict[str, Any]:
    r = _Reader(root, "checklist")

    def build_stage(e: dict[str, Any]) -> ChecklistStage:
        items = e["items"]
        if not isinstance(items, list) or not items:
            raise ValueError("items must be a non-empty list")
        return ChecklistStage(
            code=str(e["code"]),
            number=_int(e["number"]),
            name=str(e["name"]),
            objective=str(e["objective"]),
            items=tuple(ChecklistItem(str(i["code"]), str(i["text"])) for i in items),
        )

    stages = r.records("stages", build_stage)
    r.count("stages", stages, EXPECTED_STAGES)
    seen: set[str] = set()
    for stage in stages:
        for item in stage.items:
            if not item.code:
                raise r.fail(f"stages {stage.code!r}", "item without code")
            if item.code in seen:
                raise r.fail(f"stages {stage.code!r} item {item.code!r}", "duplicate item code")
            seen.add(item.code)
    if sorted(s.number for s in stages) != list(range(1, EXPECTED_STAGES + 1)):
        raise r.fail("stages", "stage numbers must be 1-4")

    hourglass = r.records(
        "hourglass",
        lambda e: HourglassStage(
            str(e["code"]), _int(e["number"]), str(e["name"]), str(e["objective"]), str(e["typical_failure"])
        ),
    )
    r.count("hourglass", hourglass, EXPECTED_STAGES)
    return {
        "checklist_stages": tuple(sorted(stages, key=lambda s: s.number)),
        "hourglass_stages": tuple(sorted(hourglass, key=lambda s: s.number)),
    }


def _load_reference(root: Path) -> dict[str, Any]:
    r = _Reader(root, "reference")
    initiatives = r.data.get("mapped_initiatives")
    if not isinstance(initiatives, list) or not all(isinstance(n, str) and n for n in initiatives):
        raise r.fail("mapped_initiatives", "must be a list of non-empty names")
    r.count("mapped_initiatives", initiatives, EXPECTED_INITIATIVES)
    if len(set(initiatives)) != len(initiatives):
        raise r.fail("mapped_initiatives", "duplicate name")
    return {
        "reform_areas": r.records(
            "reform_areas", lambda e: ReformArea(str(e["code"]), str(e["name"]), str(e["group"]))
        ),
        "peer_levels": r.named("peer_levels"),
        "cadences": r.named("cadences"),
        "activity_modes": r.named("activity_modes"),
        "contact_channels": r.named("contact_channels"),
        "contact_kinds": r.named("contact_kinds"),
        "languages": r.records(
            "languages", lambda e: Language(str(e["code"]), str(e["name"]), str(e.get("native") or e["name"]))
        ),
        "mapped_initiatives": tuple(initiatives),
    }


def _cross_check(fields: dict[str, Any]) -> None:
    """Checks that span files: tool types' goal codes against learning_goals.json."""
    goal_codes = {g.code for g in fields["learning_goals"]}
    for i, tool in enumerate(fields["tool_types"]):
        where = f"tool_types.json: tool_types[{i}] {tool.code!r}"
        for g in tool.supports_goals:
            if g not in goal_codes:
                raise CatalogueError(f"{where}: unknown goal code {g!r}")
        if "peer_pressure" in tool.supports_goals and tool.code not in PEER_PRESSURE_TOOLS:
            raise CatalogueError(f"{where}: only review/assessment tools may support peer_pressure")


def load_catalogue(root: Path | None = None) -> Catalogue:
    """Read and validate the catalogue JSON files under ``root`` (default: the bundled catalogue)."""
    root = Path(root) if root is not None else _default_root()
    fields: dict[str, Any] = {}
    loaders = (
        _load_tool_types,
        _load_goals,
        _load_matching,
        _load_learning,
        _load_checklist,
        _load_reference,
    )
    for loader in loaders:
        fields.update(loader(root))
    _cross_check(fields)
    cat = Catalogue(**fields)
    logger.debug(
        "catalogue loaded from %s: %d tool types, %d goals, %d initiatives",
        root,
        len(cat.tool_types),
        len(cat.learning_goals),
        len(cat.mapped_initiatives),
    )
    return cat


def catalogue() -> Catalogue:
    """The bundled catalogue in the current language (loaded once per language and process)."""
    from peerdesk.i18n import current_language

    return catalogue_in(current_language())


@functools.cache
def catalogue_in(language: str) -> Catalogue:
    """The bundled catalogue with its names and descriptions in ``language`` (``en``: as written)."""
    from peerdesk.i18n import language as in_language

    with in_language(language):
        return load_catalogue()


catalogue.cache_clear = catalogue_in.cache_clear  # type: ignore[attr-defined]  # callers that reload
