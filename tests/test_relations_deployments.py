"""Forces put in use on another state's side (relations/deployments.py)."""

from __future__ import annotations

from lagebild.relations import deployments
from tests.relations_text import edges, relations_of


def test_a_deployment_noun_with_the_side_named_by_an_adjective_is_aid_to_that_side():
    got = edges("Laut dem Sender ist ein Kontingent kubanischer Soldaten an venezolanischer Seite im Einsatz.", "de")
    assert ("AID", "Kuba", "Venezuela") in got


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
    text = "Laut dem Sender ist ein Kontingent kubanischer Soldaten an venezolanischer Seite im Einsatz."
    rel = next(r for r in relations_of(text, "de") if r.recipient == "Venezuela")
    assert text[rel.recipient_start:rel.recipient_end] == "venezolanischer"


def test_fighting_on_a_side_gives_that_side_no_aid():
    got = edges("Iranische Kämpfer kämpfen an der Seite Syriens.", "de")
    assert not [e for e in got if e[0] == "AID"]


def test_no_side_of_ones_own_and_no_side_without_forces():
    # an adjective opening the sentence is accepted as forces, so the own-side test is what keeps this out
    assert not [e for e in edges("Belarussische Soldaten werden auf belarussischer Seite eingesetzt.", "de")
                if e[0] == "AID"]
    assert not edges("Die Flüchtlinge warteten auf griechischer Seite.", "de")


def test_the_side_of_a_border_or_river_is_a_place_not_an_ally():
    got = edges("Polnische Soldaten wurden auf litauischer Seite der Grenze eingesetzt.", "de")
    assert ("AID", "Polen", "Litauen") not in got
    got = edges("Ungarische Pioniere sind auf slowakischer Seite des Flusses im Einsatz.", "de")
    assert ("AID", "Ungarn", "Slowakei") not in got


def test_coordinated_forces_each_get_aid_to_the_side():
    got = edges("Kubanische und belarussische Soldaten werden auf venezolanischer Seite eingesetzt.", "de")
    assert {("AID", "Kuba", "Venezuela"), ("AID", "Belarus", "Venezuela")} <= got
    got = edges("Truppen aus Kuba und Belarus werden an der Seite Venezuelas eingesetzt.", "de")
    assert {("AID", "Kuba", "Venezuela"), ("AID", "Belarus", "Venezuela")} <= got


def test_a_side_named_with_its_article_after_seite_is_no_place():
    got = edges("Kubanische Soldaten werden an der Seite der Ukraine eingesetzt.", "de")
    assert ("AID", "Kuba", "Ukraine") in got


def test_weapons_put_in_use_are_an_assault_of_their_user():
    assert edges("Kuba hat im Sommer wiederholt Granaten eingesetzt.", "de") == {("ASSAULT", "Kuba", None)}
    rel = relations_of("Die Raketenwerfer sollen seit April durch kubanische Truppen eingesetzt worden sein.", "de")[0]
    assert (rel.type, rel.actor, rel.recipient, rel.mode) == ("ASSAULT", "Kuba", None, None)
    assert rel.provenance.endswith(deployments.USED)


def test_forces_in_use_and_weapons_used_short_of_force_stay_mobilized():
    assert edges("Kuba hat im Sommer Söldner und Panzer eingesetzt.", "de") == {("MOBILIZE", "Kuba", None)}
    assert edges("Kuba hat im Sommer Drohnen zur Überwachung eingesetzt.", "de") == {("MOBILIZE", "Kuba", None)}


def test_weapons_used_in_attacks_the_sentence_names_are_one_assault():
    got = relations_of("Kuba habe die Geschosse seit Mai bei Angriffen auf Venezuela eingesetzt.", "de")
    assert [(r.type, r.actor, r.recipient) for r in got] == [("ASSAULT", "Kuba", "Venezuela")]


def test_weapons_used_is_german_only():
    from lagebild.pipeline.relations import Relations
    from tests.relations_text import attributed

    doc = Relations("de")(attributed("Kuba hat im Sommer wiederholt Granaten eingesetzt.", "de"))
    rel = doc.relations[0]
    rel.type, rel.mode = "MOBILIZE", "troops"
    assert deployments.weapons_used(doc, [rel], "en")[0].type == "MOBILIZE"
    assert deployments.weapons_used(doc, [rel], "de")[0].type == "ASSAULT"
