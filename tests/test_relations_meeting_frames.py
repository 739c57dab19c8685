"""relations/meeting_frames.py: a meeting noun framing another event of the same two sides is an event of its
own (issue 10). Sentences made up, actors the gazetteer knows."""

from __future__ import annotations

from lagebild.model import Relation
from lagebild.relations.meeting_frames import framed
from tests.relations_text import edges


def _consult(predicate: str, recipient_text: str | None) -> Relation:
    return Relation(type="CONSULT", mode=None, context=[], actor="Polen", actor_text="Polen", recipient="Litauen",
                    recipient_text=recipient_text, predicate=predicate)


def test_a_meeting_during_which_the_sides_act_otherwise_is_kept_beside_the_act():
    assert edges("Polen hat bei einem Treffen mit Litauen die Zusammenarbeit gelobt.", "de") == {
        ("CONSULT", "Polen", "Litauen"), ("SUPPORT", "Polen", "Litauen")}
    assert edges("Kim Jong-un hat in einem Telefonat mit Wladimir Putin die Zusammenarbeit gelobt.", "de") == {
        ("CONSULT", "Kim Jong-un", "Wladimir Putin"), ("SUPPORT", "Kim Jong-un", "Wladimir Putin")}


def test_framed_needs_a_preposition_of_circumstance_and_the_other_side_in_the_nouns_phrase():
    words = "Polen hat bei seinem Besuch in der Hauptstadt Litauens geholfen".split()
    assert framed(_consult("Besuch", "Litauens"), 4, words)
    words = "Polen lehnte Gespräche mit Litauen ab".split()  # the verb's object, no frame
    assert not framed(_consult("Gespräche", "Litauen"), 2, words)
    words = "Beim Treffen kritisierte Polen Litauen".split()  # the side borrowed from the verb
    assert not framed(_consult("Treffen", "Litauen"), 1, words)
