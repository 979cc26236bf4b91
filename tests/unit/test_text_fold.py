"""fold() is how headers, names, countries and tags are compared: its quick path must agree with the
whole-string folding on every text, or an import would stop recognising people it recognised before."""

import random
import re

from peerdesk.core import text
from peerdesk.core.text import fold


def test_examples_people_type():
    assert fold("Nom / Prénom") == "nom prenom"
    assert fold("  Ёлкина, Анна ") == "ёлкина анна"
    assert fold("Йошкар-Ола") == "йошкар ола"  # й is not и
    assert fold("Straße") == "strasse"
    assert fold("ÉCOLE_Nationale") == "ecole nationale"
    assert fold("e\u0301cole") == "ecole"  # a combining accent typed separately


def _whole(value: str) -> str:
    return re.sub(r"[\W_]+", " ", text._fold_whole(value)).strip()


def test_quick_path_agrees_with_whole_string_folding():
    safe, _table = text._fold_table()
    alphabet = sorted(safe) + ["\u0301", "\u0308", "\u0483", "\uac00", "\u1100", "\u1161", "ﬁ", "\t"]
    rng = random.Random(15)
    for _ in range(20_000):
        value = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 7)))
        assert fold(value) == _whole(value), repr(value)


def test_a_whole_column_folds_as_each_text_does():
    """fold_all (an import's 50,000 names at once) gives what fold gives text by text, whether or not a
    column holds doubled spaces, spaces at the ends, line breaks or characters outside the quick table."""
    safe, _table = text._fold_table()
    alphabet = sorted(safe) + [" ", " ", "-", "'", "\u0301", "\uac00", "\n", "\t"]
    rng = random.Random(17)
    columns = [["Person 1 Ёлкина", "Ndèye Mayé", "", "O'Brien-Smith"], ["  Åse  Søren ", "x"], [], [""]]
    for _ in range(3_000):
        size = rng.randint(1, 6)
        plain = rng.random() < 0.5  # letters and single inner spaces only: the quickest path
        pool = [c for c in alphabet if c.isalnum()] if plain else alphabet
        column = []
        for _ in range(size):
            words = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(0, 3))]
            column.append(" ".join(words))
        columns.append(column)
    for column in columns:
        assert text.fold_all(column) == [fold(value) for value in column], column
