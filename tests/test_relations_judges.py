"""A speaker who judges or confirms an event named by a noun is its source, not its actor (relations/judges.py)."""

from __future__ import annotations

from lagebild.relations.judges import judged
from tests.relations_text import relations_of


def _edges(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(r.type, r.actor, r.recipient, r.predicate) for r in relations_of(text, "de")]


def test_a_judging_verb_before_the_noun_is_found_with_its_kind():
    words = "Dann bestätigte auch Stoltenberg die „ militärische Unterstützung “ für Kiew".split()
    low = [w.lower() for w in words]
    assert judged(words, low, words.index("Unterstützung"), 3, "de") == "confirm"
    words = "Kim lobte die Unterstützung".split()
    assert judged(words, [w.lower() for w in words], 3, 0, "de") == "judge"


def test_a_clause_break_or_a_verb_trigger_is_no_judged_noun():
    words = "Rutte bestätigte , dass die Unterstützung wächst".split()
    assert judged(words, [w.lower() for w in words], 5, 0, "de", 3) is None
    words = "Rutte bestätigte die Unterstützung".split()
    assert judged(words, [w.lower() for w in words], 1, 0, "de") is None  # not a noun


def test_a_third_party_confirming_a_flow_is_no_actor_the_documents_giver_is():
    rels = _edges("Iran hat Drohnen an Russland geliefert. Am Dienstag bestätigte auch Stoltenberg die Lieferung an Russland.")
    assert rels == [("AID", "Iran", "Russland", "geliefert"), ("AID", "Iran", "Russland", "Lieferung")]


def test_a_judged_noun_without_a_giver_in_the_document_is_no_relation():
    # a speaker the gazetteer knows: without judges.py Scholz would be the giver
    assert _edges("Scholz kritisierte die Lieferung von Panzern an die Ukraine.") == []


def test_a_confirmed_flow_whose_recipient_the_document_fills_in_keeps_its_kind():
    # the recipient comes from the first sentence (events.fill_recipients appends to the provenance first)
    rels = relations_of("Iran hat Drohnen an Russland geliefert. Iran bestätigte am Montag die Lieferung von Drohnen.", "de")
    assert [(r.actor, r.recipient, r.predicate) for r in rels] == [
        ("Iran", "Russland", "geliefert"), ("Iran", "Russland", "Lieferung")]
    assert "judged by confirm" in rels[1].provenance and "recipient: the document" in rels[1].provenance


def test_a_speaker_confirming_its_own_act_keeps_it():
    rels = relations_of("Iran hat Soldaten nach Syrien geschickt. "
                        "Teheran bestätigte die Entsendung von Beratern nach Syrien.", "de")
    assert [(r.actor, r.recipient, r.predicate) for r in rels] == [
        ("Iran", "Syrien", "geschickt"), ("Iran", "Syrien", "Entsendung")]
    assert "judged by confirm" in rels[1].provenance


def test_a_judged_attack_takes_no_actor_from_other_attacks():
    rels = _edges("Russland griff Polen an. Scholz nannte den Angriff auf Polen einen Fehler.")
    assert [r for r in rels if r[3] == "Angriff"] == []


def test_a_mark_holds_only_for_the_relation_it_was_made_for():
    # a relation made after a marked one was dropped may get the dropped one's id: the mark is not its
    from lagebild.model import Relation
    from lagebild.relations.judges import kind_of, mark, settle

    marked = Relation("AID", None, [], "Spanien", "Spanien", None, None, "Lieferung", sentence=0)
    newcomer = Relation("AID", None, [], "Portugal", "Portugal", None, None, "liefert", sentence=1)
    kinds: dict = {}
    mark(marked, "confirm", kinds)
    assert kind_of(kinds, marked) == "confirm"
    kinds[id(newcomer)] = kinds.pop(id(marked))  # as if the newcomer had taken the marked one's id
    assert kind_of(kinds, newcomer) is None
    assert settle([newcomer], kinds) == [newcomer]  # kept as it is, not settled as a judged noun
