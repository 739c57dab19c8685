"""Title-case English headlines parsed with their common words in lower case, and verbs in "-s" the tagger
reads as plural nouns (relations/titlecase_en.py, roles_en._verb_tagged_plural)."""

from __future__ import annotations

from lagebild.relations import titlecase_en
from tests.relations_text import attributed, edges


def _words(text: str) -> list[str] | None:
    doc = attributed(text)
    return titlecase_en.parse_words(doc, 0, doc.sent_tokens(0))


def test_title_case_headline_is_parsed_in_lower_case_but_names() -> None:
    words = _words("Lukashenko Lauds Iranian Engineers For Their Work In Belarus")
    assert words == ["Lukashenko", "lauds", "Iranian", "engineers", "for", "their", "work", "in", "Belarus"]


def test_sentence_case_and_acronyms_keep_their_words() -> None:
    assert _words("Lukashenko lauds Iranian engineers for their work in Minsk") is None
    words = _words("Lukashenko Thanks NATO Engineers For Quick Work")
    assert words is not None and "NATO" in words and "thanks" in words


def test_title_case_headline_of_praise_names_its_parties() -> None:
    assert ("SUPPORT", "Alexander Lukaschenko", "Iran") in edges(
        "Lukashenko Lauds Iranian Engineers For Their Work In Minsk")


def test_verb_tagged_as_plural_noun_keeps_subject_and_object() -> None:
    assert ("SUPPORT", "Alexander Lukaschenko", "Iran") in edges("Lukashenko thanks Iranian troops in Grodno.")


def test_praise_words_of_business_and_sport_stay_out() -> None:
    assert edges("Coach Thanks Fans After Dramatic Win In Madrid") == set()
    assert edges("The company lauds its employees in its annual report.") == set()


def test_a_comma_between_the_names_opening_a_headline_is_read_as_and() -> None:
    assert _words("Iran, Belarus sign a defence pact") == ["Iran", "and", "Belarus", "sign", "a", "defence", "pact"]
    assert ("SUPPORT", "Iran", "Belarus") in edges("Iran, Belarus sign a defence pact\n\nOfficials met in Minsk.")


def test_a_city_and_its_state_or_an_apposition_keep_the_comma() -> None:
    assert _words("Minsk, Belarus hosts a summit") is None
    assert _words("Lukashenko, the leader, meets Putin") is None
