"""Meetings (relations/meetings.py): the visitor acts, the place of the meeting tells the host; a title between
a preposition and a name leaves the name marked by the preposition."""

from __future__ import annotations

from lagebild.attribution import lexicon as attr_lexicon
from lagebild.entities.gazetteer import gazetteer
from lagebild.model import Doc
from lagebild.pipeline.relations import Relations
from lagebild.relations.meetings import person_countries
from tests.relations_text import attributed, edges


def _doc(text: str) -> Doc:
    return attributed(text, "de", "2024-10-20")


def relations_of(text: str) -> list[tuple[str, str, str | None, str]]:
    doc = Relations("de")(_doc(text))
    return [(r.type, r.actor, r.recipient, r.predicate) for r in doc.relations]


def test_titles_are_role_nouns():
    de = attr_lexicon.load("de")
    assert de.is_title("Präsidenten") and de.is_title("Außenministerin")
    assert not de.is_title("Soldaten") and not de.is_title("präsidenten")


def test_a_persons_country_is_the_country_word_before_the_title():
    doc = _doc("Nordkoreas Machthaber Kim Jong-un empfing Gäste. Der russische Außenminister Sergej Lawrow kam.")
    assert person_countries(doc, gazetteer("de")) == {"Kim Jong-un": "Nordkorea", "Sergej Lawrow": "Russland"}


def test_the_host_of_the_place_is_the_recipient():
    text = ("Nordkoreas Machthaber Kim Jong-un empfing Gäste. Kim sprach bei einem Treffen mit dem russischen "
            "Außenminister Lawrow in Pjöngjang.")
    assert relations_of(text) == [("CONSULT", "Sergej Lawrow", "Kim Jong-un", "Treffen")]


def test_a_meeting_abroad_keeps_its_order():
    # Kim is not at home in Moskau: he is the visitor and stays the actor
    text = ("Nordkoreas Machthaber Kim Jong-un reiste ab. Kim sprach bei einem Treffen mit dem russischen "
            "Außenminister Lawrow in Moskau.")
    assert relations_of(text) == [("CONSULT", "Kim Jong-un", "Sergej Lawrow", "Treffen")]


def test_a_title_before_the_name_keeps_the_preposition():
    # "mit dem russischen Präsidenten Wladimir Putin": the partner is the person, not the place of the talks
    text = "Kim Jong-un sprach nach Gesprächen mit dem russischen Präsidenten Wladimir Putin in Wladiwostok."
    assert relations_of(text) == [("CONSULT", "Kim Jong-un", "Wladimir Putin", "Gesprächen")]


def test_their_country_is_the_country_of_the_person_before():
    text = "Der russische Außenminister Sergej Lawrow besuchte Pjöngjang und sagte, sein Land werde Nordkorea helfen."
    assert ("AID", "Russland", "Nordkorea", "helfen") in relations_of(text)


def test_the_country_is_the_first_one_the_last_sentence_named():
    # the last sentence's subject, not the war it speaks of last ("gegen die Ukraine")
    text = "Nordkorea ist einer der Unterstützer des russischen Krieges gegen die Ukraine. Das Land soll Russland helfen."
    assert relations_of(text) == [("AID", "Nordkorea", "Russland", "helfen")]
    text = "Nordkorea hat Russland Raketen geschickt. Kiew sagte, der Norden habe Russland auch Granaten geliefert."
    assert ("AID", "Nordkorea", "Russland", "geliefert") in relations_of(text)


def test_a_calls_other_side_is_the_person_after_the_noun_not_a_place_before_it():
    assert edges("Emmanuel Macron wollte den Streit in Syrien schlichten und hat bei einem Telefonat Wladimir Putin "
                 "scharf gemahnt.", "de") == {("CONSULT", "Emmanuel Macron", "Wladimir Putin")}
    assert edges("Der französische Präsident möchte die Kämpfe in Syrien stoppen und hat nun in einem Telefonat auf "
                 "Wladimir Putin eingewirkt.", "de") == {("CONSULT", "Emmanuel Macron", "Wladimir Putin")}
