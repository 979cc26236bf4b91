"""What an import leaves out for lack of consent is tested a column at a time (filled_column); it must
say what needs_consent says of each value on its own, for every kind of value a row can hold."""

from datetime import date

from peerdesk.core.consent import filled_column, needs_consent

VALUES = [None, "", " ", "  \t", "Kenya", " x ", [], ["fr"], ["", ""], True, False, 0, 3, date(2026, 1, 1), (), ("a",)]


def test_a_column_is_filled_where_each_value_would_be():
    columns = [VALUES, ["a", "", " ", "b"], [["fr"], [], None], [None, None], [], ["x", None, " "], [[], None, ["a"]]]
    for column in columns:
        expected = [bool(needs_consent({"field": value}, ("field",))) for value in column]
        assert filled_column(column) == expected, column
