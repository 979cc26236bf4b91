"""The reference catalogue: counts, grid placement, figures and validation errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from peerdesk.core.catalogue import (
    PEER_PRESSURE_TOOLS,
    Catalogue,
    CatalogueError,
    catalogue,
    load_catalogue,
)

SOURCE_DIR = Path(__file__).resolve().parents[2] / "resources" / "catalogue"


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return load_catalogue(SOURCE_DIR)


@pytest.fixture
def broken_dir(tmp_path: Path) -> Path:
    root = tmp_path / "catalogue"
    shutil.copytree(SOURCE_DIR, root)
    return root


def _edit(root: Path, stem: str, change) -> None:
    path = root / f"{stem}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")


def test_counts(cat: Catalogue) -> None:
    assert len(cat.tool_types) == 18
    assert len(cat.learning_goals) == 7
    assert len(cat.mapped_initiatives) == 52
    assert len(cat.learning_areas) == 9
    assert [a.code for a in cat.learning_areas if a.is_other] == ["other"]
    assert cat.learning_areas[-1].is_other
    assert len(cat.outcome_families) == 4
    assert len(cat.checklist_stages) == 4
    assert len(cat.hourglass_stages) == 4
    assert len(cat.value_cycles) == 5
    assert len(cat.interview_questions) == 5
    assert len(cat.parts) == 2 and len(cat.challenges) == 4
    assert [s.score for s in cat.scale] == [5, 3, 1]


def test_all_lists_are_tuples(cat: Catalogue) -> None:
    for name, value in vars(cat).items():
        assert isinstance(value, tuple), name


def test_every_cell_has_a_tool(cat: Catalogue) -> None:
    cells = cat.cells()
    assert len(cells) == 8
    assert cells[0] == ("foundational", "interaction")
    assert cells[-1] == ("sustained", "reflection")
    for part, challenge in cells:
        assert cat.tools_in_cell(part, challenge), (part, challenge)


def test_reflection_cells_hold_only_reflection_tools(cat: Catalogue) -> None:
    for part in ("foundational", "sustained"):
        codes = {t.code for t in cat.tools_in_cell(part, "reflection")}
        assert codes == {"single_peer_reflection", "multi_peer_reflection"}


def test_multi_cell_placements(cat: Catalogue) -> None:
    assert set(cat.tool_type("site_visits").cells) == {("sustained", "knowledge"), ("sustained", "sharing")}
    assert set(cat.tool_type("peer_produced_knowledge_products").cells) == {
        ("foundational", "knowledge"),
        ("sustained", "knowledge"),
    }


def test_specific_shares(cat: Catalogue) -> None:
    large = cat.tool_type("large_group_meetings")
    assert large.share_percent == 60 and large.share_label == "over 60%" and large.count_of_52 == 31
    multi = cat.tool_type("multi_peer_reflection")
    assert multi.share_percent == 10 and multi.count_of_52 == 5
    assert cat.tool_type("single_peer_reflection").share_percent is None
    assert cat.tool_type("single_peer_reflection").count_of_52 is None
    assert cat.goal("formal_knowledge").share_percent == 95
    assert cat.goal("peer_pressure").share_percent == 15


def test_peer_pressure_only_for_review_tools(cat: Catalogue) -> None:
    supporters = {t.code for t in cat.tool_types if "peer_pressure" in t.supports_goals}
    assert supporters
    assert supporters <= PEER_PRESSURE_TOOLS


def test_tool_references_are_known(cat: Catalogue) -> None:
    goals = {g.code for g in cat.learning_goals}
    logistics = {lg.code for lg in cat.logistics}
    for tool in cat.tool_types:
        assert set(tool.supports_goals) <= goals
        assert set(tool.logistics) <= logistics
        assert tool.description and tool.examples and tool.usual_cadence


def test_checklist_item_codes_unique(cat: Catalogue) -> None:
    codes = cat.checklist_item_codes()
    assert len(codes) == len(set(codes))
    assert [s.number for s in cat.checklist_stages] == [1, 2, 3, 4]
    assert [h.code for h in cat.hourglass_stages] == [
        "foundational",
        "sustained_contact",
        "practical_learning",
        "change_at_scale",
    ]


def test_matching_factors(cat: Catalogue) -> None:
    assert cat.factor("problems").default_weight == 10
    assert cat.factor("country").default_mode == "different"
    assert cat.factor("function").peer_field == "position"
    assert cat.factor("languages").default_mode == "ignore"
    assert [lv.rank for lv in cat.career_levels] == sorted(lv.rank for lv in cat.career_levels)


def test_lookup_helpers(cat: Catalogue) -> None:
    assert cat.language_name("fr") == "French"
    assert cat.language_name("xx") == "xx"
    assert cat.name_of("learning_goals", "peer_support") == "Peer support"
    assert cat.name_of("cadences", "quick_thick") == "Quick and thick"
    assert cat.name_of("reform_areas", "nope") == "nope"
    with pytest.raises(KeyError):
        cat.tool_type("nope")
    with pytest.raises(KeyError):
        cat.goal("nope")
    assert "OECD Anticorruption Network for Eastern Europe and Central Asia" in cat.mapped_initiatives


def test_default_load_is_cached() -> None:
    assert catalogue() is catalogue()
    assert len(catalogue().tool_types) == 18


def test_unknown_challenge_names_the_entry(broken_dir: Path) -> None:
    def corrupt(data: dict) -> None:
        tool = next(t for t in data["tool_types"] if t["code"] == "site_visits")
        tool["cells"][0][1] = "knowlege"

    _edit(broken_dir, "tool_types", corrupt)
    with pytest.raises(CatalogueError) as info:
        load_catalogue(broken_dir)
    message = str(info.value)
    assert "tool_types.json" in message and "site_visits" in message and "knowlege" in message


def test_unknown_goal_names_the_entry(broken_dir: Path) -> None:
    def corrupt(data: dict) -> None:
        data["tool_types"][0]["supports_goals"].append("telepathy")

    _edit(broken_dir, "tool_types", corrupt)
    with pytest.raises(CatalogueError, match="large_group_meetings.*telepathy"):
        load_catalogue(broken_dir)


def test_peer_pressure_on_wrong_tool_rejected(broken_dir: Path) -> None:
    _edit(broken_dir, "tool_types", lambda d: d["tool_types"][0]["supports_goals"].append("peer_pressure"))
    with pytest.raises(CatalogueError, match="large_group_meetings"):
        load_catalogue(broken_dir)


def test_duplicate_code_rejected(broken_dir: Path) -> None:
    def corrupt(data: dict) -> None:
        data["learning_goals"][1]["code"] = "formal_knowledge"

    _edit(broken_dir, "learning_goals", corrupt)
    with pytest.raises(CatalogueError, match=r"learning_goals\.json.*duplicate.*formal_knowledge"):
        load_catalogue(broken_dir)


def test_wrong_initiative_count_rejected(broken_dir: Path) -> None:
    _edit(broken_dir, "reference", lambda d: d["mapped_initiatives"].pop())
    with pytest.raises(CatalogueError, match=r"reference\.json.*mapped_initiatives.*52"):
        load_catalogue(broken_dir)


def test_invalid_json_rejected(broken_dir: Path) -> None:
    (broken_dir / "checklist.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"checklist\.json"):
        load_catalogue(broken_dir)


def test_catalogue_error_is_value_error() -> None:
    assert issubclass(CatalogueError, ValueError)
