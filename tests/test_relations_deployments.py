"""Forces put in use on another state's side (relations/deployments.py)."""

from __future__ import annotations

from tests.relations_text import edges, relations_of


def test_a_deployment_noun_with_the_side_named_by_an_adjective_is_aid_to_that_side():
    got = edges("Medien berichteten über den Einsatz iranischer Soldaten an syrischer Seite.", "de")
    assert ("AID", "Iran", "Syrien") in got


def test_a_passive_deployment_on_a_side_is_aid_not_mobilization():
    got = edges("Iranische Soldaten werden auf syrischer Seite eingesetzt.", "de")
    assert got == {("AID", "Iran", "Syrien")}


def test_the_side_named_by_a_genitive_after_seite():
    got = edges("Die Stationierung kubanischer Truppen an der Seite Venezuelas wurde bestätigt.", "de")
    assert ("AID", "Kuba", "Venezuela") in got
    rel = next(r for r in relations_of("Die Stationierung kubanischer Truppen an der Seite Venezuelas wurde "
                                       "bestätigt.", "de"))
    assert "the side the forces are put in use on" in rel.provenance


def test_the_adjective_side_keeps_its_offsets():
    text = "Medien berichteten über den Einsatz iranischer Soldaten an syrischer Seite."
    rel = next(r for r in relations_of(text, "de") if r.recipient == "Syrien")
    assert text[rel.recipient_start:rel.recipient_end] == "syrischer"


def test_fighting_on_a_side_gives_that_side_no_aid():
    got = edges("Iranische Kämpfer kämpfen an der Seite Syriens.", "de")
    assert not [e for e in got if e[0] == "AID"]


def test_no_side_of_ones_own_and_no_side_without_forces():
    assert ("AID", "Russland", "Russland") not in edges("Russland hat Soldaten auf russischer Seite eingesetzt.", "de")
    assert not edges("Die Flüchtlinge warteten auf griechischer Seite.", "de")
