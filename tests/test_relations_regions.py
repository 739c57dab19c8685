"""A state named by its region (relations/regions.py): the adjective table and the phrase around it."""

from __future__ import annotations

from lagebild.relations import regions
from tests.relations_text import edges


def test_a_regional_adjective_names_the_countries_of_its_region():
    assert "Nordkorea" in regions.region_at(["ostasiatischen"], 0, "de")[1]
    assert regions.region_at(["ostasiatischen"], 0, "de")[0] == 1
    assert regions.region_at(["asiatisch-pazifischen"], 0, "de") is None
    words = ["the", "East", "Asian", "nation"]
    assert regions.region_at([w.lower() for w in words], 1, "en")[0] == 2  # two words
    assert regions.region_at(["southern"], 0, "en") is None


def test_the_phrase_needs_the_regional_adjective_between_article_and_noun():
    words = "von diesem kleinen ostasiatischen Staat geliefert".split()
    end, region = regions.match(words, [w.lower() for w in words], 1, ("diesem", "staat"), "de")
    assert end == 5 and "Japan" in region
    plain = "von diesem kleinen Staat geliefert".split()
    assert regions.match(plain, [w.lower() for w in plain], 1, ("diesem", "staat"), "de") is None


def test_the_country_of_the_region_named_last_not_the_last_country():
    text = "Der Bericht nennt Japan und danach Chile. Spanien liefert diesem ostasiatischen Staat Panzer."
    assert ("AID", "Spanien", "Japan") in edges(text, "de")
    # a region the text named no country of names none
    assert not {e for e in edges("Der Bericht nennt Chile. Spanien liefert dem baltischen Land Panzer.", "de")
                if e[1] == "Spanien"}


def test_a_regions_own_noun_names_the_northern_half_of_a_split_country():
    assert ("AID", "Nordkorea", "Russland") in edges(
        "Nordkorea testete Raketen. Der Norden schickt auch Panzer nach Russland.", "de")
    assert ("AID", "Nordkorea", "Russland") in edges(
        "North Korea tested missiles. The North also sent tanks to Russia.", "en")
    # "der Norden" of a country the text never split is no state
    assert not [e for e in edges("Kanada testete Raketen. Der Norden schickt auch Panzer nach Russland.", "de")
                if e[1] != "Kanada"]
