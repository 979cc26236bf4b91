"""Anonymisation beyond names: organisations, countries and places named in the initiative."""

from __future__ import annotations

from peerdesk.core.evaluation.anonymise import Anonymiser
from peerdesk.core.evaluation.records import Person


def test_places_and_their_adjectives_are_replaced_and_reported():
    anon = Anonymiser([Person(1, "Ёлкина Наталья")], identifying=("Georgia", "Ministry of Finance", "India"))
    text = anon.text("Наталья said the Georgian Ministry of Finance checks arrears; an indicator from India.")
    assert "Georgia" not in text and "Ministry of Finance" not in text and "India" not in text
    assert "P01 said" in text and "an indicator" in text  # ordinary words are left alone
    assert anon.replaced == {"Georgian", "Ministry of Finance", "India"}


def test_nothing_is_replaced_when_not_anonymising():
    anon = Anonymiser([Person(1, "Ana")], identifying=("Georgia",), enabled=False)
    assert anon.text("Ana went to Georgia") == "Ana went to Georgia" and not anon.replaced
