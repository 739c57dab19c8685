"""relations/sides.py: no recipient of the actor's own side; a person the sentence never names stands for his state."""

from __future__ import annotations

from lagebild.entities.gazetteer import gazetteer
from lagebild.model import Entity
from lagebild.pipeline.relations import Relations
from lagebild.relations.sides import role_states
from tests.relations_text import attributed, edges, relations_of


def test_own_leader_is_no_recipient_of_his_state():
    text = ("Kim Jong-un besuchte am Montag eine Fabrik in Wonsan. "
            "Nordkorea setzt die Truppen des Machthabers Kim Jong-un an der Küste ein.")
    found = edges(text, "de")
    assert ("MOBILIZE", "Nordkorea", "Kim Jong-un") not in found
    assert ("MOBILIZE", "Nordkorea", None) in found  # the type needs no recipient: it stays, alone
    rel = next(r for r in relations_of(text, "de") if r.type == "MOBILIZE")
    assert "own side" in rel.provenance and rel.recipient_start is None


def test_state_acting_against_its_own_citizen_keeps_him():
    # the person an entity model would find (the rules-only layer knows no such name): a citizen titled by a
    # country word is no office holder of that state, so a court sentence against him stays
    text = "Ungarn verurteilte den ungarischen Reporter Lajos Feher zu drei Jahren Haft."
    doc = attributed(text, "de")
    at = text.index("Lajos Feher")
    doc.ents.append(Entity("Lajos Feher", at, at + len("Lajos Feher"), "PER", "Lajos Feher", provenance="test"))
    found = {(r.type, r.actor, r.recipient) for r in Relations("de")(doc).relations}
    assert ("SANCTION", "Ungarn", "Lajos Feher") in found


def test_leader_visiting_his_own_state_is_no_meeting():
    text = "Kremlchef Wladimir Putin sagte nach seinem Besuch in Moskau, die Sanktionen gegen Russland seien falsch."
    assert not [e for e in edges(text, "de") if e[0] == "CONSULT"]


def test_flow_to_a_person_not_named_in_the_sentence_goes_to_his_state():
    text = "Russlands Präsident Wladimir Putin erhielt Granaten aus Nordkorea. Nordkorea schickt nun auch Panzer."
    rels = relations_of(text, "de")
    assert ("AID", "Nordkorea", "Wladimir Putin") in {(r.type, r.actor, r.recipient) for r in rels if r.sentence == 0}
    later = [r for r in rels if r.sentence == 1]
    assert [(r.type, r.actor, r.recipient) for r in later] == [("AID", "Nordkorea", "Russland")]
    assert "state of Wladimir Putin" in later[0].provenance


def test_a_longer_word_holding_the_name_does_not_name_the_person():
    text = "Russlands Präsident Wladimir Putin erhielt Granaten aus Nordkorea. Nordkorea schickt nun auch Panzer, schreibt Putinger."
    later = [(r.type, r.actor, r.recipient) for r in relations_of(text, "de") if r.sentence == 1]
    assert later == [("AID", "Nordkorea", "Russland")]


def test_role_states_take_the_country_of_office_roles():
    states = role_states(gazetteer("de"))
    assert states["Kim Jong-un"] == "Nordkorea"
    assert states["Wladimir Putin"] == "Russland"
    assert "Mark Rutte" not in states  # "NATO-Generalsekretär" names no country
    assert role_states(gazetteer("en"))["Kim Jong-un"] == "Nordkorea"  # "North Korean leader": two words
