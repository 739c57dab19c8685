"""Penalties and talks, round cs1 (issue 10): the nouns of a sanction besides "Sanktion" (triggers.txt; their
target after them, penalties.py with imposed.txt), English sanctions and embargoes imposed "on" a state (preps.txt,
triggers.txt) and English calls "by phone with" someone (triggers.txt). Sentences made up, actors countries the gazetteer
knows."""

from __future__ import annotations

from tests import relations_text


def test_nouns_of_a_sanction_with_their_target_are_sanctions():
    de = lambda text: relations_text.edges(text, "de")  # noqa: E731
    assert de("Norwegen verlängerte seine Strafmaßnahmen gegen Belarus.") == {("SANCTION", "Norwegen", "Belarus")}
    assert de("Schweden hält am Waffenembargo gegen Belarus fest.") == {("SANCTION", "Schweden", "Belarus")}
    assert de("Die Slowakei kündigte Strafzölle gegen Tschechien an.") == {("SANCTION", "Slowakei", "Tschechien")}
    # "verhängte" with a punitive measure stays a sanction, no court sentence (imposed.txt)
    rels = relations_text.relations_of("Dänemark verhängte Strafmaßnahmen gegen Belarus.", "de")
    assert [(r.type, r.mode) for r in rels] == [("SANCTION", None)]


def test_a_sanction_noun_without_its_target_is_none():
    assert relations_text.edges("Die Partei verlangt ein Einreiseverbot für Touristen.", "de") == set()
    assert relations_text.edges("Norwegen erwägt ein Embargo.", "de") == set()
    # a name before the noun is no target ("X war wegen der Strafmaßnahmen gegen ... verärgert")
    assert relations_text.edges("Litauen war wegen der polnischen Einreiseverbote gegen Politiker empört.", "de") == set()


def test_english_sanctions_on_a_state_name_it_as_recipient():
    en = lambda text: relations_text.edges(text, "en")  # noqa: E731
    assert en("Canada imposed new sanctions on Belarus.") == {("SANCTION", "Kanada", "Belarus")}
    # "on" stays a matter elsewhere: talks on trade are no talks with a place
    assert en("Canada and Belarus held talks on trade.") == {("CONSULT", "Kanada", "Belarus")}


def test_english_talking_by_phone_with_a_named_partner_is_a_call():
    rels = relations_text.relations_of("Norway's premier spoke by phone with Sweden's premier.", "en")
    assert [(r.type, r.mode, r.actor, r.recipient) for r in rels] == [("CONSULT", "phone", "Norwegen", "Schweden")]
    # the bare "spoke with" names no talks (interviews with outlets), nor does a call with no partner named
    assert relations_text.edges("Latvia's president spoke with Estonia's prime minister.", "en") == set()
    assert relations_text.edges("The minister spoke by phone with reporters in Riga.", "en") == set()


def test_english_embargo_is_a_sanction_on_its_target():
    en = lambda text: relations_text.edges(text, "en")  # noqa: E731
    assert en("Norway imposed an arms embargo on Belarus.") == {("SANCTION", "Norwegen", "Belarus")}
    assert en("The embargo hurt Cuba's economy, Spain said.") == set()
