"""The tagger on its own: narratives, tense by clause, modifiers, offsets on unusual text."""

from __future__ import annotations

import pytest

from lagebild.timex import tag


def spans(text: str, lang: str = "de", anchor: str | None = "2013-11-30", **options) -> list[tuple]:
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, lang, anchor, **options)]


def test_narrative_mode_takes_the_year_from_the_story():
    text = "Am 1. September 1939 griff Deutschland Polen an. Am 3. September erklärte Frankreich den Krieg."
    assert spans(text, anchor="2011-02-16", narrative=True, prepositions=False) == [
        ("1. September 1939", "DATE", "1939-09-01", None), ("3. September", "DATE", "1939-09-03", None)]
    # News mode resolves the same phrase against the publication date.
    assert spans("Am 3. September erklärte er es.", anchor="2011-10-16")[0][2] == "2011-09-03"


def test_narrative_heute_is_the_present():
    assert spans("Die Grenze gilt bis heute.", anchor="2011-02-16", narrative=True) == [
        ("bis heute", "DATE", "PRESENT_REF", "ON_OR_BEFORE")]


@pytest.mark.parametrize("text, value", [
    ("Der Minister hatte angekündigt, dass er im Dezember zurücktreten wird.", "2014-12"),
    ("Der Minister war im Dezember zurückgetreten, sagte er.", "2013-12"),
])
def test_tense_cue_of_the_own_clause_wins(text, value):
    assert spans(text, anchor="2014-03-10")[0][2] == value


def test_sets_are_not_resolved_to_one_date():
    assert spans("Der Markt ist jeden Montag.") == [("jeden Montag", "SET", "XXXX-WXX-1", None)]


def test_offsets_hold_when_lower_casing_changes_length():
    text = "İstanbul, am 19. Juni kam er."
    found = tag(text, "de", "2024-06")
    assert [(t.text, text[t.start:t.end]) for t in found] == [("am 19. Juni", "am 19. Juni")]


def test_without_anchor_relative_values_are_marked():
    found = tag("Gestern und im Vorjahr, aber 2011.", "de", None)
    assert [(t.text, t.value, t.anchored) for t in found] == [
        ("Gestern", None, False), ("im Vorjahr", None, False), ("2011", "2011", True)]


def test_start_offset_skips_a_prefix():
    assert [t.text for t in tag(" date 2024 Heute kam er.", "de", "2024-06-01", start=11)] == ["Heute"]


def test_english_ago_and_modifiers():
    assert spans("It happened almost four years ago.", "en", "2013-03-22") == [
        ("almost four years ago", "DATE", "2009", "LESS_THAN")]


def test_a_text_tagged_again_with_another_anchor_resolves_against_the_new_one():
    # the scanner's matches are kept for the next tagging of the same text; the values are not
    text = "Am Montag sprach der Präsident, im Juli will er reisen."
    first = [(t.text, t.value) for t in tag(text, "de", "2024-10-09")]
    again = [(t.text, t.value) for t in tag(text, "de", "2015-03-04")]
    assert [span for span, _ in first] == [span for span, _ in again]
    assert first != again and all(value.startswith("2015") for _, value in again)
    assert [(t.text, t.value) for t in tag(text, "de", "2024-10-09")] == first
