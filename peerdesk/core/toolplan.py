"""An initiative's tool mix checked against the hourglass: coverage of the 2 x 4 map, gaps, warnings, loads.

Pure Python. A plan is a list of :class:`PlannedActivity` (each carrying its tool type's cells and the
learning goals that tool supports, so custom tool types work like built-in ones) plus the initiative's
chosen learning goals and span. The checks here are what the Tool selection tab, the plan PDF and the
CLI all show.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from peerdesk.core.catalogue import EXPECTED_INITIATIVES, PEER_PRESSURE_TOOLS, Catalogue, catalogue
from peerdesk.i18n import _, format_date, ngettext

Cell = tuple[str, str]

REFLECTION = "reflection"
SUSTAINED = "sustained"
#: Reflection whose every activity starts after this fraction of the initiative's span comes too late
#: to shape what peers do during the initiative.
LATE_FRACTION = 0.75
#: Learners used more than three tools on average; fewer distinct tool types than this is a thin mix.
MIN_TOOL_TYPES = 3

# Warning codes (stable: tests, the PDF and the tab refer to them).
NO_ACTIVITIES = "no_activities"
NO_REFLECTION = "no_reflection"
REFLECTION_ONLY_AT_END = "reflection_only_at_end"
NOTHING_AFTER_FIRST_EVENT = "nothing_after_first_event"
NO_SUSTAINED_CONTACT = "no_sustained_contact"
GOAL_UNSUPPORTED = "goal_unsupported"
FEW_TOOL_TYPES = "few_tool_types"
NO_PARTICIPANTS = "no_participants"
WARNING_CODES = (
    NO_ACTIVITIES,
    NO_REFLECTION,
    REFLECTION_ONLY_AT_END,
    NOTHING_AFTER_FIRST_EVENT,
    NO_SUSTAINED_CONTACT,
    GOAL_UNSUPPORTED,
    FEW_TOOL_TYPES,
    NO_PARTICIPANTS,
)


@dataclass(frozen=True)
class ToolOption:
    """A tool type a plan may use: built-in (from the catalogue) or a facilitator's own."""

    code: str
    name: str
    cells: tuple[Cell, ...]
    supports_goals: tuple[str, ...] = ()
    count_of_52: int | None = None


@dataclass(frozen=True)
class PlannedActivity:
    """One activity of the plan, with what its tool type serves."""

    title: str
    tool_code: str
    tool_name: str
    cells: tuple[Cell, ...]
    supports_goals: tuple[str, ...]
    start_date: date
    end_date: date
    all_peers: bool = False
    participant_ids: tuple[int, ...] = ()
    id: int | None = None
    #: how many take part, when only the totals were read (participant_ids then left empty)
    participant_count: int | None = None

    @property
    def has_participants(self) -> bool:
        """Someone takes part: all peers, or a participant read or counted."""
        return self.all_peers or bool(self.participant_ids) or bool(self.participant_count)


@dataclass(frozen=True)
class ToolPlan:
    """The activities plus what the initiative wants from them."""

    activities: tuple[PlannedActivity, ...]
    learning_goals: tuple[str, ...] = ()
    start_date: date | None = None
    end_date: date | None = None
    cadence: str = ""


@dataclass(frozen=True)
class CoverageGap:
    """An empty cell of the map and the tool types that would fill it, most used in the field first."""

    part: str
    challenge: str
    suggestions: tuple[ToolOption, ...]


@dataclass(frozen=True)
class PlanWarning:
    """A problem with the plan, in words, with a stable code; ``subject`` is e.g. the goal concerned."""

    code: str
    message: str
    subject: str = ""
    suggestions: tuple[str, ...] = field(default=())


def catalogue_options(cat: Catalogue | None = None) -> tuple[ToolOption, ...]:
    """The catalogue's tool types as plan options."""
    cat = cat or catalogue()
    return tuple(
        ToolOption(t.code, t.name, t.cells, t.supports_goals, t.count_of_52) for t in cat.tool_types
    )


# ------------------------------------------------------------------------------------------- coverage


def coverage_counts(activities: Iterable[PlannedActivity], cat: Catalogue | None = None) -> dict[Cell, int]:
    """How many planned activities serve each cell of the map (every cell present, zero when empty)."""
    cat = cat or catalogue()
    counts: dict[Cell, int] = {cell: 0 for cell in cat.cells()}
    for activity in activities:
        for cell in set(activity.cells):
            if cell in counts:
                counts[cell] += 1
    return counts


def field_pattern(cat: Catalogue | None = None) -> dict[Cell, float]:
    """The field's usual pattern: tool uses per mapped initiative in each cell.

    Adds up, for the tool types placed in a cell, how many of the 52 mapped initiatives used them, and
    divides by 52. Tool types whose share the research did not report count as zero, so this is a floor.
    """
    cat = cat or catalogue()
    pattern: dict[Cell, float] = {}
    for part, challenge in cat.cells():
        used = sum(t.count_of_52 or 0 for t in cat.tools_in_cell(part, challenge))
        pattern[(part, challenge)] = used / EXPECTED_INITIATIVES
    return pattern


def _by_field_use(option: ToolOption) -> tuple[int, str]:
    return (-(option.count_of_52 or 0), option.name.casefold())


def tools_for_cell(cell: Cell, options: Sequence[ToolOption]) -> tuple[ToolOption, ...]:
    """Tool types serving ``cell``, the most widely used in the field first."""
    return tuple(sorted((o for o in options if cell in o.cells), key=_by_field_use))


def coverage_gaps(
    plan: ToolPlan, options: Sequence[ToolOption] | None = None, cat: Catalogue | None = None
) -> list[CoverageGap]:
    """Every cell no planned activity serves, with the tool types that would fill it."""
    cat = cat or catalogue()
    options = catalogue_options(cat) if options is None else options
    counts = coverage_counts(plan.activities, cat)
    return [
        CoverageGap(part, challenge, tools_for_cell((part, challenge), options))
        for (part, challenge), count in counts.items()
        if count == 0
    ]


# ------------------------------------------------------------------------------------------- warnings


def _names(options: Iterable[ToolOption]) -> tuple[str, ...]:
    return tuple(o.name for o in options)


def _keeps_contact(cells: Iterable[Cell]) -> bool:
    # Reflection tools sit in both parts; on their own they do not keep two people in touch.
    return any(p == SUSTAINED and ch != REFLECTION for p, ch in cells)


def _first_event_end(activities: Sequence[PlannedActivity]) -> date:
    first_start = min(a.start_date for a in activities)
    return min(a.end_date for a in activities if a.start_date == first_start)


def goal_support(plan: ToolPlan) -> dict[str, tuple[str, ...]]:
    """For each chosen goal, the titles of planned activities whose tool supports it."""
    return {
        goal: tuple(a.title for a in plan.activities if goal in a.supports_goals) for goal in plan.learning_goals
    }


def plan_warnings(
    plan: ToolPlan, options: Sequence[ToolOption] | None = None, cat: Catalogue | None = None
) -> list[PlanWarning]:
    """The plan's problems, most fundamental first. An empty list means the checks found nothing."""
    cat = cat or catalogue()
    options = catalogue_options(cat) if options is None else options
    activities = plan.activities
    warnings: list[PlanWarning] = []
    if not activities:
        warnings.append(
            PlanWarning(NO_ACTIVITIES, _("The plan has no activities yet: add the first one to see its coverage."))
        )
    reflective = [a for a in activities if any(ch == REFLECTION for _, ch in a.cells)]
    reflection_tools = tuple(o for o in options if any(ch == REFLECTION for _, ch in o.cells))
    if activities and not reflective:
        warnings.append(
            PlanWarning(
                NO_REFLECTION,
                _("Nothing in the plan helps peers reflect on, apply or pass on what they learn; this is "
                  "the most common gap in the field."),
                suggestions=_names(reflection_tools),
            )
        )
    elif reflective and plan.start_date and plan.end_date and plan.end_date > plan.start_date:
        span = (plan.end_date - plan.start_date).days
        late = plan.start_date.toordinal() + LATE_FRACTION * span
        if all(a.start_date.toordinal() > late for a in reflective):
            first = min(a.start_date for a in reflective)
            warnings.append(
                PlanWarning(
                    REFLECTION_ONLY_AT_END,
                    _("Reflection starts only on {date}, in the last quarter of the initiative; lessons cannot be "
                      "tried out and discussed again while peers are still together.").format(date=format_date(first)),
                    suggestions=_names(reflection_tools),
                )
            )
    if activities:
        first_end = _first_event_end(activities)
        if not any(a.end_date > first_end for a in activities):
            warnings.append(
                PlanWarning(
                    NOTHING_AFTER_FIRST_EVENT,
                    _("Nothing is planned after the first event (ending {date}); contacts tend to stop when the "
                      "event does.").format(date=format_date(first_end)),
                    suggestions=_names(tools_for_cell((SUSTAINED, "interaction"), options)),
                )
            )
        if not any(_keeps_contact(a.cells) for a in activities):
            warnings.append(
                PlanWarning(
                    NO_SUSTAINED_CONTACT,
                    _("No activity keeps specific individuals in contact after the group events."),
                    suggestions=_names(sorted((o for o in options if _keeps_contact(o.cells)), key=_by_field_use)),
                )
            )
    for goal, supporting in goal_support(plan).items():
        if supporting:
            continue
        goal_name = cat.name_of("learning_goals", goal)
        helpers = tuple(o for o in options if goal in o.supports_goals)
        if goal == "peer_pressure":
            helpers = tuple(o for o in helpers if o.code in PEER_PRESSURE_TOOLS) or helpers
            message = (
                _("The goal “{goal}” is chosen but no review or assessment is planned; peers only feel "
                  "answerable to one another when their work is compared.").format(goal=goal_name)
            )
        else:
            message = _("The goal “{goal}” is chosen but no planned tool supports it.").format(goal=goal_name)
        warnings.append(
            PlanWarning(GOAL_UNSUPPORTED, message, subject=goal, suggestions=_names(sorted(helpers, key=_by_field_use)))
        )
    for activity in activities:
        if not activity.has_participants:
            warnings.append(
                PlanWarning(
                    NO_PARTICIPANTS,
                    _("No one takes part in '{title}': choose its participants (or tick \"all peers\"), "
                      "or it is left off every contract.").format(title=activity.title),
                    subject=activity.title,
                )
            )
    distinct = {a.tool_code for a in activities}
    if activities and len(distinct) < MIN_TOOL_TYPES:
        warnings.append(
            PlanWarning(
                FEW_TOOL_TYPES,
                ngettext("The plan uses {count} tool type; learners who gained most typically used more than "
                         "{minimum}.",
                         "The plan uses {count} tool types; learners who gained most typically used more than "
                         "{minimum}.", len(distinct)).format(count=len(distinct), minimum=MIN_TOOL_TYPES),
            )
        )
    return warnings


# ------------------------------------------------------------------------------------------- loads


def peer_loads(activities: Iterable[PlannedActivity], peer_ids: Iterable[int]) -> dict[int, int]:
    """How many activities each peer takes part in; activities for all peers count for everyone."""
    ids = list(peer_ids)
    loads: Counter[int] = Counter()
    for_everyone = 0
    for activity in activities:
        if activity.all_peers:
            for_everyone += 1
        else:
            loads.update(set(activity.participant_ids))
    return {peer_id: loads[peer_id] + for_everyone for peer_id in ids}


def tool_usage(activities: Iterable[PlannedActivity]) -> Mapping[str, int]:
    """How many planned activities use each tool type code."""
    return Counter(a.tool_code for a in activities)
