"""The summary's charts drawn straight with reportlab: the heat maps name every peer of a small cohort as
text (markup characters and Cyrillic printed as typed), stay vectors up to 2,500 cells and become images
above, in English and in Russian."""

from __future__ import annotations

import random
from datetime import date, timedelta
from io import BytesIO

import numpy as np
import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Image, Path, Polygon

from peerdesk import i18n
from peerdesk.core.contacts import ContactRecord
from peerdesk.core.evaluation.learning import LearningHeatMap
from peerdesk.core.evaluation.records import CheckinRecord, DiffusionRecord, EvaluationData, GainRecord, Person
from peerdesk.reports.charts.heatmap_drawing import cells_group, learning_heatmap_drawing
from peerdesk.reports.evaluation_summary import SummaryOptions, build_evaluation_summary
from tests.reports.drawing_text import strings

START = date(2026, 2, 2)
TODAY = date(2026, 11, 27)
ODD_NAME = "<b>O'Brien & Co</b>"


def cohort(peers: int, weeks: int, seed: int = 3) -> EvaluationData:
    """``peers`` participants reporting contacts twice a week and checking in weekly for ``weeks`` weeks."""
    rng = random.Random(seed)
    names = [ODD_NAME, "Ёлкина Наталья", "Nguyễn Thị Mai"] + [f"Peer {i:03d}" for i in range(3, peers)]
    people = tuple(Person(i + 1, name) for i, name in enumerate(names[:peers]))
    ids = [p.id for p in people]
    contacts = [ContactRecord(START + timedelta(weeks=week, days=day), reporter, other,
                              "informal" if rng.random() < 0.4 else "formal")
                for week in range(weeks) for day in (0, 3) for reporter in ids
                for other in rng.sample(ids, 2) if other != reporter]
    checkins = [CheckinRecord(pid, START + timedelta(weeks=week), rng.random() < 0.5)
                for week in range(weeks) for pid in ids if rng.random() < 0.9]
    gains = tuple(GainRecord(pid, START + timedelta(weeks=weeks * step // 2), point, area, rng.randint(1, 5))
                  for pid in ids for step, point in ((0, "baseline"), (1, "midpoint"))
                  for area in ("sequencing", "prioritising"))
    diffusion = (DiffusionRecord(1, 1, "", None, START + timedelta(weeks=3), "talk", "team", 12),
                 DiffusionRecord(2, None, "A colleague", 1, START + timedelta(weeks=5), "talk", "unit", 4))
    return EvaluationData(1, "Scale network", "Facilitator", START, START + timedelta(weeks=weeks + 1), (),
                          people, contacts=contacts, checkins=checkins, gains=gains, diffusion=diffusion)


def summary(peers: int, weeks: int, lang: str | None = None) -> PdfReader:
    data = cohort(peers, weeks)
    return PdfReader(BytesIO(build_evaluation_summary(data, SummaryOptions(today=TODAY, lang=lang, paper="a4"))))


def page_with(reader: PdfReader, text: str) -> str:
    pages = [page.extract_text() for page in reader.pages if text in page.extract_text()]
    assert pages, text
    return pages[-1]


def image_count(reader: PdfReader) -> int:
    return sum(len(page.images) for page in reader.pages)


@pytest.mark.parametrize("lang", [None, "ru"])
def test_mid_size_heat_maps_name_every_peer_and_stay_vectors(lang):
    reader = summary(30, 52, lang)
    with i18n.language(lang):
        heading, legend = "3. " + i18n._("Sustained contact"), (i18n._("formal"), i18n._("no contact"))
        learning_title = i18n._("Productive conversations about a reform challenge, week by week")
        no_checkin = i18n._("no check-in")
    contact = page_with(reader, heading)
    for name in (ODD_NAME, "Ёлкина Наталья", "Nguyễn Thị Mai", "Peer 029"):  # printed as typed, not as markup
        assert name in contact, name
    assert all(label in contact for label in legend)
    learning = page_with(reader, learning_title)
    assert ODD_NAME in learning and "Peer 029" in learning and no_checkin in learning
    assert image_count(reader) == 0  # 900 and 1,560 cells: vectors, like the demo
    with i18n.language(lang):
        gains, diffusion = i18n._("Mean gain per peer"), i18n._("Who shared with whom back home")
        partly = i18n._("Partly evidenced")
    assert ODD_NAME in page_with(reader, gains)  # the bars of the 30 peers are named
    assert "A colleague" in page_with(reader, diffusion)
    assert partly in page_with(reader, "1. ")  # beside the hourglass and in the table below it


def test_hourglass_fills_and_hatches_a_partly_evidenced_stage():
    from peerdesk.core.evaluation.hourglass import StageStatus
    from peerdesk.reports.charts.hourglass_drawing import hourglass_drawing

    stages = [StageStatus(code, status, (), ()) for code, status in
              (("a", "partial"), ("b", "evidence"), ("c", "evidence"), ("d", "missing"))]
    drawing = hourglass_drawing(stages, {"a": "Foundational engagement"}, {"partial": "Partly evidenced"},
                                width=380, height=187)
    fills = [shape.fillColor.hexval() for shape in drawing.contents
             if isinstance(shape, Polygon) and shape.fillColor is not None]
    assert fills == ["0xe69f00", "0x0072b2", "0x0072b2", "0xdddddd"]  # svglib used to drop hatched fills
    hatches = [shape for shape in drawing.contents if isinstance(shape, Path)]
    assert len(hatches) == 2 and all(len(path.points) > 8 for path in hatches)  # "//" and "xx"
    assert "1. Foundational engagement" in strings(drawing) and "Partly evidenced" in strings(drawing)


def test_large_heat_maps_become_images_without_names():
    reader = summary(60, 45)  # 3,600 and 2,700 cells: one image each (two contact panels, one learning)
    assert image_count(reader) == 3
    contact = page_with(reader, "3. Sustained contact")
    assert "Peer 059" not in contact  # over 30 peers the matrix carries no names
    assert "60 peers are in the contact study" in contact


def test_cells_of_one_colour_are_one_path_over_the_commonest():
    values = np.array([[0, 0, 1], [1, 1, 0], [2, 0, 0]])
    group = cells_group(values, {0: "#eeeeee", 1: "#0072B2", 2: "#E69F00"}, 0, 30, 10, 10)
    background, *paths = group.contents
    assert background.fillColor.hexval() == "0xeeeeee" and (background.width, background.height) == (30, 30)
    assert [len(p.operators) for p in paths] == [2 * 5, 5]  # formal: two runs (one of two cells); informal: one
    large = cells_group(np.zeros((60, 60), dtype=int), {0: "#eeeeee"}, 0, 60, 1, 1)
    assert isinstance(large.contents[0], Image) and not any(isinstance(c, Path) for c in large.contents)


def test_learning_heat_map_names_rows_up_to_sixty():
    def heat(rows: int) -> LearningHeatMap:
        weeks = tuple(START + timedelta(weeks=i) for i in range(10))
        return LearningHeatMap(tuple(range(rows)), weeks, np.zeros((rows, 10), dtype=np.int8))

    labels = [f"Peer {i}" for i in range(61)]
    small = strings(learning_heatmap_drawing(heat(60), labels[:60], title="t", yes_label="yes", no_label="no",
                                             missing_label="no check-in", width=480))
    large = strings(learning_heatmap_drawing(heat(61), labels, title="t", yes_label="yes", no_label="no",
                                             missing_label="no check-in", width=480))
    assert "Peer 59" in small and "Peer 0" not in large
    assert {"yes", "no", "no check-in"} <= set(small) & set(large)
