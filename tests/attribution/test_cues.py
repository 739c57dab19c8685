"""lagebild.attribution.cues: cue verbs joined by "und", quoted terms, the content before a cue clause."""

from __future__ import annotations

import pytest

from lagebild.pipeline.attribution import analyze_text


def _attrs(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(a.source, a.cue, a.content, a.mode) for a in analyze_text(text, "de").attributions]


def test_a_later_cue_joined_by_und_takes_the_clause_after_the_comma():
    found = _attrs("Er lobte das Konzept und kündigte an, ein Vertreter des Klubs werde beim Treffen dabei sein.")
    assert ("Er", "kündigte an", "ein Vertreter des Klubs werde beim Treffen dabei sein", "indirect") in found
    assert all(cue != "lobte" or "Vertreter" not in content for _, cue, content, _ in found)


def test_a_cue_joined_by_und_shares_the_subject_of_the_first():
    found = _attrs("Die Abgeordneten Karl Berg und Anna Roth, beide von den Grünen, sprachen von einem "
                   "„schwarzen Tag für den Hafen“ und forderten den Senat auf, den Verkauf zu stoppen.")
    assert [(source, cue) for source, cue, _, _ in found] == [
        ("Karl Berg und Anna Roth", "sprachen"), ("Karl Berg und Anna Roth", "forderten ... auf")]
    assert found[0][2:] == ("schwarzen Tag für den Hafen", "direct")
    assert found[1][2] == "den Verkauf zu stoppen"


def test_without_a_second_cue_the_clause_after_the_comma_stays_the_content():
    assert _attrs("Der Trainer entschuldigte sich im Radio und meinte, der Satz sei ein Scherz gewesen.") == [
        ("Trainer", "meinte", "der Satz sei ein Scherz gewesen", "indirect")]


@pytest.mark.parametrize("given, expected", [
    ("Der Verband bezeichnete den Entwurf als „Zumutung“.", ("Verband", "bezeichnete", "Zumutung", "direct")),
    ("Die Händler sprachen von „Angstkäufen“.", ("Händler", "sprachen", "Angstkäufen", "direct")),
])
def test_a_single_quoted_noun_after_als_or_von_is_a_quoted_term(given, expected):
    assert _attrs(given) == [expected]


def test_a_quoted_name_after_a_noun_is_no_quotation():
    found = _attrs("Die Kritikerin nannte die Zeitung „Abendbote“ einseitig.")
    assert all(mode != "direct" for _, _, _, mode in found)


def test_an_infinitive_clause_before_the_cue_is_no_statement():
    assert _attrs("Die Pläne des Senats, neue Brücken zu bauen, bezeichnete er als „teuren Irrweg“.") == [
        ("Er", "bezeichnete", "teuren Irrweg", "direct")]



def test_an_infinitive_clause_without_a_noun_before_it_may_still_be_the_statement():
    assert _attrs("Wagt es nicht, hier für uns alle zu reden, schrieb die Lehrerin.") == [
        ("Lehrerin", "schrieb", "Wagt es nicht, hier für uns alle zu reden", "indirect")]


def test_a_noun_phrase_with_a_relative_clause_before_the_cue_is_an_object():
    assert _attrs("Den Rat, dessen Mitglieder morgen tagen, forderte er auf, die Auszahlung zu stoppen.") == [
        ("Er", "forderte ... auf", "die Auszahlung zu stoppen", "indirect")]


def test_a_statement_opening_with_an_article_before_the_cue_is_still_its_content():
    assert _attrs("Die seit Mai geltende Regel wurde kaum beachtet, berichtete der Sender.") == [
        ("Sender", "berichtete", "Die seit Mai geltende Regel wurde kaum beachtet", "indirect")]


@pytest.mark.parametrize("given, expected", [
    # a preposition that may also open a clause ("seit", "während"), here before a main clause: its statement
    ("Seit Beginn der Flutwelle habe die Feuerwehr 400 Keller geräumt, sagte Paula Brandt.",
     ("Paula Brandt", "sagte", "Seit Beginn der Flutwelle habe die Feuerwehr 400 Keller geräumt")),
    ("Während der Sitzung habe der Rat nichts beschlossen, sagte die Sprecherin.",
     ("Sprecherin", "sagte", "Während der Sitzung habe der Rat nichts beschlossen")),
    # a subordinate clause (its finite verb last) is no statement: the content follows the cue
    ("Als die Feuerwehr eintraf, sagte der Wirt, sei der Keller schon leer gewesen.",
     ("Wirt", "sagte", "sei der Keller schon leer gewesen")),
])
def test_a_main_clause_after_a_fronted_phrase_before_the_cue_is_its_content(given, expected):
    assert [(source, cue, content) for source, cue, content, _ in _attrs(given)] == [expected]
