"""Recipients coordinated with a trigger's first one (relations/coordination.py, coordination.coordinated); sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.relations_text import edges


@pytest.mark.parametrize("text, lang, wanted, unwanted", [
    # a second clause after the comma, its subject before its own verb: no second recipient of the first verb
    ("Frankreich schickt Panzer nach Polen, Spanien liefert Munition an Rumänien.", "de",
     {("AID", "Frankreich", "Polen"), ("AID", "Spanien", "Rumänien")}, ("AID", "Frankreich", "Spanien")),
    ("Iran liefert Drohnen an Russland, Israel unterstützt die Ukraine mit Raketen.", "de",
     {("AID", "Iran", "Russland"), ("AID", "Israel", "Ukraine")}, ("AID", "Iran", "Israel")),
    ("Frankreich schickt Panzer nach Polen, und Spanien liefert Munition an Rumänien.", "de",
     {("AID", "Frankreich", "Polen")}, ("AID", "Frankreich", "Spanien")),
    ("If Iran sends drones to Russia, Israel will arm Ukraine.", "en",
     {("AID", "Iran", "Russland")}, ("AID", "Iran", "Israel")),
    ("Germany sent tanks to Ukraine, Poland said on Monday.", "en",
     {("AID", "Deutschland", "Ukraine")}, ("AID", "Deutschland", "Polen")),
])
def test_a_subject_of_its_own_clause_is_no_recipient(text, lang, wanted, unwanted):
    found = edges(text, lang)
    assert wanted <= found
    assert unwanted not in found


@pytest.mark.parametrize("text, lang, wanted", [
    # a list of recipients stays one ("Russland, Syrien und Belarus"), as do subjects listed before their verb
    ("Frankreich schickt Panzer nach Polen, Rumänien und Litauen.", "de",
     {("AID", "Frankreich", "Polen"), ("AID", "Frankreich", "Rumänien"), ("AID", "Frankreich", "Litauen")}),
    ("Spanien und Italien liefern Munition an Rumänien und Polen.", "de",
     {("AID", "Spanien", "Rumänien"), ("AID", "Italien", "Rumänien"), ("AID", "Italien", "Polen")}),
    ("Iran sends drones to Russia, Belarus and Syria.", "en",
     {("AID", "Iran", "Russland"), ("AID", "Iran", "Belarus"), ("AID", "Iran", "Syrien")}),
    # an adverbial after the last of the list is no verb of its own
    ("Iran sent drones to Russia, Belarus, and Syria last year.", "en",
     {("AID", "Iran", "Russland"), ("AID", "Iran", "Belarus"), ("AID", "Iran", "Syrien")}),
])
def test_a_list_of_recipients_stays_coordinated(text, lang, wanted):
    assert wanted <= edges(text, lang)


@pytest.mark.parametrize("text, lang, wanted", [
    # country adjectives sharing one noun of force: each country acts, whichever is nearest the verb
    ("Litauische und lettische Soldaten beschossen am Abend Belarus.", "de",
     {("ASSAULT", "Litauen", "Belarus"), ("ASSAULT", "Lettland", "Belarus")}),
    ("Das litauische wie das lettische Militär griff Belarus an.", "de",
     {("ASSAULT", "Litauen", "Belarus"), ("ASSAULT", "Lettland", "Belarus")}),
    ("Die litauischen, lettischen und estnischen Truppen griffen Belarus an.", "de",
     {("ASSAULT", "Litauen", "Belarus"), ("ASSAULT", "Lettland", "Belarus"), ("ASSAULT", "Estland", "Belarus")}),
    ("Lithuanian and Latvian troops shelled Belarus overnight.", "en",
     {("ASSAULT", "Litauen", "Belarus"), ("ASSAULT", "Lettland", "Belarus")}),
    ("Estonian as well as Finnish soldiers shelled Belarus at dawn.", "en",
     {("ASSAULT", "Estland", "Belarus"), ("ASSAULT", "Finnland", "Belarus")}),
])
def test_country_adjectives_sharing_a_noun_all_act(text, lang, wanted):
    assert wanted <= edges(text, lang)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # the verb last: the second adjective of the pair is no recipient of the first
    ("Das estnische wie das finnische Militär hat Belarus beschossen.",
     {("ASSAULT", "Estland", "Belarus"), ("ASSAULT", "Finnland", "Belarus")}, ("ASSAULT", "Estland", "Finnland")),
    ("Die polnische wie die tschechische Regierung haben Ungarn kritisiert.",
     {("ACCUSE", "Polen", "Ungarn"), ("ACCUSE", "Tschechien", "Ungarn")}, ("ACCUSE", "Polen", "Tschechien")),
])
def test_an_adjective_sharing_the_actors_noun_is_no_recipient(text, wanted, unwanted):
    found = edges(text, "de")
    assert wanted <= found
    assert unwanted not in found


def test_alternatives_are_not_two_actors():
    # "oder": one of the two acted, the text does not say which; the one nearest the verb is kept as before
    found = edges("Litauische oder lettische Soldaten griffen Belarus an.", "de")
    assert ("ASSAULT", "Litauen", "Belarus") not in found
