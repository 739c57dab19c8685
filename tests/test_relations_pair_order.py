"""A pact of "die beiden Länder": the state whose people visit the other acts (pair_order.py)."""

from __future__ import annotations

from tests.relations_text import relations_of


def _supports(text: str) -> list[tuple[str, str | None, str]]:
    return [(r.actor, r.recipient, r.provenance) for r in relations_of(text, "de") if r.type == "SUPPORT"]


def test_the_visiting_state_acts_in_a_pact_of_the_pair():
    text = ("Olaf Scholz besuchte am Montag Paris. Frankreich und Deutschland bauen ihre Beziehungen aus. "
            "Am Dienstag unterzeichneten die beiden Länder einen Energiepakt.")
    found = _supports(text)
    assert [(a, r) for a, r, _ in found] == [("Deutschland", "Frankreich")]
    assert "visiting state" in found[0][2]


def test_without_a_visit_the_text_keeps_its_order():
    text = ("Olaf Scholz sprach am Montag in Hamburg. Frankreich und Deutschland bauen ihre Beziehungen aus. "
            "Am Dienstag unterzeichneten die beiden Länder einen Energiepakt.")
    assert [(a, r) for a, r, _ in _supports(text)] == [("Frankreich", "Deutschland")]


def test_names_the_sentence_gives_keep_their_order():
    text = "Olaf Scholz besuchte am Montag Paris. Am Dienstag unterzeichneten Frankreich und Deutschland einen Pakt."
    assert [(a, r) for a, r, _ in _supports(text)] == [("Frankreich", "Deutschland")]


def test_visits_both_ways_leave_the_order():
    text = ("Olaf Scholz besuchte im Mai Paris. Emmanuel Macron besuchte im Juni Berlin. Frankreich und Deutschland "
            "bauen ihre Beziehungen aus. Am Dienstag unterzeichneten die beiden Länder einen Energiepakt.")
    assert [(a, r) for a, r, _ in _supports(text)] == [("Frankreich", "Deutschland")]


def test_states_the_sentence_names_before_the_phrase_keep_their_order():
    text = ("Olaf Scholz besuchte am Montag Paris. Bekannt ist, dass Frankreich Deutschland Strom geliefert hat "
            "und beide Länder einen Energiepakt unterzeichneten.")
    assert [(a, r) for a, r, _ in _supports(text)] == [("Frankreich", "Deutschland")]


def test_an_agreement_of_the_pair_after_a_visit_puts_the_visiting_state_first_as_a_pact_does():
    text = ("Olaf Scholz reiste am Freitag nach Rom. Italien und Deutschland wollen enger zusammenrücken. "
            "Danach vereinbarten die beiden Länder gegenseitige Hilfe.")
    agreed = [(r.actor, r.recipient) for r in relations_of(text, "de") if r.type == "AGREE"]
    assert agreed == [("Deutschland", "Italien")]
