"""Scores follow the criteria (weights and modes) and explain themselves in words."""

from __future__ import annotations

from peerdesk.core.matching.criteria import Criterion, criteria_from_dict, default_criteria
from peerdesk.core.matching.scoring import pair_explanation, score_matrix
from peerdesk.core.profiles import PeerProfile


def _peer(pid, **kw):
    return PeerProfile(id=pid, uuid=str(pid), full_name=f"P{pid}", **kw)


def test_defaults_follow_the_paper():
    weights = {c.code: c.weight for c in default_criteria()}
    top = sorted(weights, key=lambda code: -weights[code])[:3]
    assert top == ["problems", "goals", "tasks"]


def test_similar_and_different_modes():
    a = _peer(1, country="Moldova", problems=("arrears control",))
    b = _peer(2, country="Georgia", problems=("arrears control",))
    c = _peer(3, country="Moldova", problems=("wage bill",))
    different = (Criterion("country", 10, "different"),)
    similar = (Criterion("country", 10, "similar"),)
    assert score_matrix([a, b, c], different)[0, 1] == 1000
    assert score_matrix([a, b, c], different)[0, 2] == 0
    assert score_matrix([a, b, c], similar)[0, 2] == 1000
    problems = (Criterion("problems", 10, "similar"), Criterion("country", 0, "ignore"))
    assert score_matrix([a, b, c], problems)[0, 1] == 1000
    assert score_matrix([a, b, c], problems)[0, 2] == 0


def test_explanation_in_words():
    a = _peer(1, country="Moldova", problems=("arrears control", "budget credibility"), career_level="senior")
    b = _peer(2, country="Georgia", problems=("budget credibility", "arrears control"), career_level="senior")
    words = "; ".join(pair_explanation(a, b, default_criteria()))
    assert "both work on arrears control and budget credibility" in words
    assert "same career level (Senior manager)" in words
    assert "Moldova / Georgia" in words


def test_saved_criteria_round_trip():
    criteria = criteria_from_dict({"weights": {"problems": 7}, "modes": {"problems": "different"}})
    problems = next(c for c in criteria if c.code == "problems")
    assert (problems.weight, problems.mode) == (7, "different")
