"""A speech act naming no addressee takes the one of the same speaker's act in the sentence before
(relations/continued.py)."""

from __future__ import annotations

from lagebild.model import Relation
from lagebild.relations import continued
from tests.relations_text import relations_of


def _act(kind: str, actor: str, recipient: str | None, sentence: int) -> Relation:
    return Relation(kind, None, [], actor, actor, recipient, recipient, "forderte", sentence=sentence)


def test_a_demand_said_again_keeps_its_addressee():
    text = ("Boris Pistorius forderte die Türkei auf, die Häftlinge freizulassen. Das müsse rasch geschehen, "
            "verlangte Pistorius am Abend.")
    rels = relations_of(text, "de")
    assert [(r.type, r.actor, r.recipient) for r in rels] == [("REQUEST", "Boris Pistorius", "Türkei")] * 2
    assert "continued.py" in rels[1].provenance and rels[1].recipient_text is None


def test_a_role_noun_speaker_continues_the_named_speakers_demand():
    text = ("Boris Pistorius, der Vorsitzende der Kammer, forderte die Türkei auf, die Häftlinge freizulassen. "
            "Das müsse rasch geschehen, verlangte der Kammerchef.")
    assert [(r.actor, r.recipient) for r in relations_of(text, "de")] == [("Boris Pistorius", "Türkei")] * 2


def test_only_the_same_type_by_the_same_actor_in_the_sentence_right_before():
    rels = continued.fill([_act("REQUEST", "Eva Roth", "Türkei", 0), _act("REQUEST", "Roth", None, 1)])
    assert rels[1].recipient == "Türkei"  # "Roth" is "Eva Roth" (resigned.same_person)
    rels = continued.fill([_act("ACCUSE", "Eva Roth", "Türkei", 0), _act("REQUEST", "Eva Roth", None, 1)])
    assert rels[1].recipient is None  # a reproach before a demand: not the same act
    rels = continued.fill([_act("REQUEST", "Ida Berger", "Türkei", 0), _act("REQUEST", "Eva Roth", None, 1)])
    assert rels[1].recipient is None  # another speaker
    rels = continued.fill([_act("REQUEST", "Eva Roth", "Türkei", 0), _act("REQUEST", "Eva Roth", None, 2)])
    assert rels[1].recipient is None  # a sentence between
    rels = continued.fill([_act("REQUEST", "Eva Roth", "Türkei", 0), _act("REQUEST", "Eva Roth", "Iran", 0),
                           _act("REQUEST", "Eva Roth", None, 1)])
    assert rels[2].recipient is None  # two addressees before: which one is meant is not said


def test_acts_that_are_no_speech_keep_their_empty_recipient():
    rels = continued.fill([_act("PROTEST", "Eva Roth", "Türkei", 0), _act("PROTEST", "Eva Roth", None, 1)])
    assert rels[1].recipient is None


def test_an_act_with_an_object_of_its_own_or_a_further_point_keeps_no_earlier_addressee():
    # review rv12 finding 3: the second act is about something else, not said again to the same party
    for text, lang in (("Olaf Scholz kritisierte Ungarn heftig. Scholz kritisierte danach seine eigene Fraktion.", "de"),
                       ("Olaf Scholz forderte Ungarn auf, die Wahl zu wiederholen. Scholz forderte ferner neue Schulen.", "de"),
                       ("Olaf Scholz kritisierte Ungarn heftig. Scholz kritisierte zudem die teuren Mieten.", "de"),
                       ("Joe Biden criticized Hungary harshly. Biden also criticized rising rents.", "en"),
                       ("Joe Biden criticized Hungary harshly. Biden later criticized his own party.", "en")):
        rels = relations_of(text, lang)
        assert not any(r.sentence == 1 and r.recipient == "Ungarn" for r in rels), text
