"""A speaker who judges or confirms an event named by a noun is its source, not its actor (relations/judges.py)."""

from __future__ import annotations

from lagebild.relations.judges import judged
from tests.relations_text import relations_of


def _edges(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(r.type, r.actor, r.recipient, r.predicate) for r in relations_of(text, "de")]


def test_a_judging_verb_before_the_noun_is_found_with_its_kind():
    words = "Dann bestätigte auch Rutte die „ personelle Unterstützung “ für Putin".split()
    low = [w.lower() for w in words]
    assert judged(words, low, words.index("Unterstützung"), 3, "de") == "confirm"
    words = "Kim lobte die Unterstützung".split()
    assert judged(words, [w.lower() for w in words], 3, 0, "de") == "judge"


def test_a_clause_break_or_a_verb_trigger_is_no_judged_noun():
    words = "Rutte bestätigte , dass die Unterstützung wächst".split()
    assert judged(words, [w.lower() for w in words], 5, 0, "de") is None
    words = "Rutte bestätigte die Unterstützung".split()
    assert judged(words, [w.lower() for w in words], 1, 0, "de") is None  # not a noun


def test_a_third_party_confirming_a_flow_is_no_actor_the_documents_giver_is():
    rels = _edges("Nordkorea hat Granaten an Russland geliefert. "
                  "Ende des Monats bestätigte dann auch NATO-Generalsekretär Rutte die Lieferung an Russland.")
    assert rels == [("AID", "Nordkorea", "Russland", "geliefert"), ("AID", "Nordkorea", "Russland", "Lieferung")]


def test_a_judged_noun_without_a_giver_in_the_document_is_no_relation():
    assert _edges("Der Minister kritisierte die Lieferung von Panzern an die Ukraine.") == []


def test_a_speaker_confirming_its_own_act_keeps_it():
    rels = relations_of("Nordkorea hat Soldaten nach Russland geschickt. "
                        "Pjöngjang bestätigte die Entsendung von Soldaten nach Russland.", "de")
    assert [(r.actor, r.recipient, r.predicate) for r in rels] == [
        ("Nordkorea", "Russland", "geschickt"), ("Nordkorea", "Russland", "Entsendung")]
    assert "judged by confirm" in rels[1].provenance


def test_a_judged_attack_takes_no_actor_from_other_attacks():
    rels = _edges("Russland griff die Ukraine an. Die Ministerin nannte die Offensive gegen die Ukraine einen Fehler.")
    assert [r for r in rels if r[3] == "Offensive"] == []
