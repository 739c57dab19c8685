"""The speaker a headline names beside a colon (relations/headlines.py)."""

from __future__ import annotations

from tests import relations_text


def fields(text: str, lang: str) -> dict[tuple, tuple]:
    return {(r.type, r.actor, r.recipient): (r.source, r.hedge) for r in relations_text.relations_of(text, lang)}


def test_state_before_the_colon_of_a_headline_is_its_source():
    got = fields("Warschau: Frankreich schickt Soldaten nach Polen\n\nDer Bericht folgt.", "de")
    assert got[("AID", "Frankreich", "Polen")] == ("Polen", "reported")


def test_person_after_the_colon_of_a_headline_is_its_source():
    got = fields("Japan sends weapons to Ukraine: Biden\n\nThe report follows.", "en")
    assert got[("AID", "Japan", "Ukraine")] == ("Joe Biden", "reported")


def test_a_topic_before_the_colon_names_no_source():
    got = fields("Neue Lage an der Grenze: Frankreich schickt Soldaten nach Polen\n\nDer Bericht folgt.", "de")
    assert got[("AID", "Frankreich", "Polen")] == ("AUTHOR", "asserted")


def test_a_sentence_of_the_text_with_a_colon_keeps_the_author():
    got = fields("Der Bericht beginnt. Warschau: Frankreich schickt Soldaten nach Polen.", "de")
    assert got[("AID", "Frankreich", "Polen")] == ("AUTHOR", "asserted")


def test_a_country_before_the_colon_of_a_headline_is_a_label_not_the_source():
    got = fields("Portugal: Spanien liefert Panzer nach Portugal\n\nDer Bericht folgt.", "de")
    assert got[("AID", "Spanien", "Portugal")] == ("AUTHOR", "asserted")
    got = fields("Russia: Japan sends weapons to Ukraine\n\nThe report follows.", "en")
    assert got[("AID", "Japan", "Ukraine")] == ("AUTHOR", "asserted")
