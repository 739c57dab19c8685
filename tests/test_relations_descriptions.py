"""Who a description of a state names (relations/descriptions.py): an ally, a pair in the document's order."""

from __future__ import annotations

from lagebild.relations import descriptions
from tests.relations_text import attributed, edges


def test_the_ally_is_the_state_the_document_pairs_with_the_other_side():
    text = "Kuba und Venezuela vertiefen ihre Bande. Kubas Staatschef sagte dem Verbündeten 900 Soldaten zu."
    assert ("AGREE", "Kuba", "Venezuela") in edges(text, "de")
    text = "Cuba and Venezuela deepened their ties. Cuba's leader promised the ally 900 soldiers."
    assert ("AGREE", "Kuba", "Venezuela") in edges(text, "en")


def test_the_genitive_owner_of_an_ally_gives_way_to_the_ally():
    got = edges("Kuba und Venezuela vertiefen ihre Bande. Kubas Partner liefert Panzer an Syrien.", "de")
    assert ("AID", "Venezuela", "Syrien") in got and ("AID", "Kuba", "Syrien") not in got


def test_no_ally_when_the_document_pairs_the_side_with_two_states():
    text = "Die Studie nennt Kuba und Venezuela, später Kuba und Chile. Kuba sagte dem Verbündeten 900 Soldaten zu."
    assert not {e for e in edges(text, "de") if e[0] == "AGREE"}


def test_a_bare_noun_needs_its_owner_and_a_name_after_it_is_its_apposition():
    # "Partner" alone in business news is a firm; "der Verbündete Chile" names its state itself
    assert not {e for e in edges("Kuba und Venezuela vertiefen ihre Bande. Der Partner liefert Panzer an Syrien.",
                                 "de") if e[0] == "AID"}
    got = edges("Kuba und Venezuela vertiefen ihre Bande. Der Verbündete Chile liefert Panzer an Syrien.", "de")
    assert ("AID", "Chile", "Syrien") in got and ("AID", "Venezuela", "Syrien") not in got


def test_partner_of_counts_a_state_named_beside_only_when_it_stands_out():
    doc = attributed("Kuba droht. Venezuela hilft. Venezuela zahlt. Chile schweigt.", "de")
    from lagebild.entities.gazetteer import gazetteer

    gaz = gazetteer("de")
    assert descriptions.partner_of(doc, gaz, "Kuba", {}) == "Venezuela"  # twice, twice as often as Chile
    doc = attributed("Kuba droht. Venezuela hilft. Chile zahlt.", "de")
    assert descriptions.partner_of(doc, gaz, "Kuba", {}) is None


def test_a_pair_the_text_never_coordinated_comes_in_the_order_the_document_names_it():
    text = ("Kuba: Venezuela erhält Hilfe. Venezuela dankt. Venezuela zahlt. Kuba liefert. "
            "Die beiden Nachbarländer hatten einen Vertrag über eine Partnerschaft geschlossen.")
    assert ("SUPPORT", "Kuba", "Venezuela") in edges(text, "de")


def test_das_land_takes_up_the_state_an_earlier_clause_of_its_sentence_names():
    text = ("Chile verhandelt. So verlangt Polen neue Zölle, allerdings erfüllt das Land die Regeln nicht, "
            "kritisierte Spanien das Land.")
    got = edges(text, "de")
    assert ("ACCUSE", "Spanien", "Polen") in got and ("ACCUSE", "Spanien", "Chile") not in got
    # in its own clause the state named is the other party, the country comes from the text before
    assert ("AID", "Kuba", "Venezuela") in edges(
        "Kuba schickt Soldaten. Laut Polen liefert das Land Venezuela auch Panzer.", "de")


def test_das_land_is_no_union_nor_continent():
    from lagebild.entities.gazetteer import gazetteer

    gaz = gazetteer("de")
    assert descriptions.is_state("Griechenland", gaz)
    assert not descriptions.is_state("Europa", gaz) and not descriptions.is_state("Europäische Union", gaz)


def test_a_pair_noun_with_a_state_in_the_genitive_after_it_is_no_pair():
    text = "Kuba und Venezuela rücken zusammen. Spanien will die Nachbarländer Syriens unterstützen."
    assert not {e for e in edges(text, "de") if e[2] in ("Kuba", "Venezuela")}


def test_an_ally_named_after_its_noun_acts_not_the_owner():
    assert edges("Russlands Partner China kritisierte die USA.", "de") == {("ACCUSE", "China", "USA")}
    assert edges("Russia's partner China criticized the United States.", "en") == {("ACCUSE", "China", "USA")}


def test_a_regime_of_an_owner_of_no_known_state_is_not_the_last_country_named():
    got = edges("Germany and France met. The regime of Viktor Orban criticized Brussels.", "en")
    assert not {e for e in got if e[0] == "ACCUSE"}


def test_a_state_in_the_genitive_after_a_plural_description_is_no_party():
    # the states that act are not named: "die Verbündeten Kubas" are not Kuba (a region's owner stays its place)
    assert edges("Die Verbündeten Kubas kritisieren Chile.", "de") == set()
    assert edges("Die Partner Perus schicken Panzer an Chile.", "de") == set()
    assert edges("Die Nachbarländer Kubas unterstützen Venezuela.", "de") == set()
    assert ("ASSAULT", "Türkei", "Syrien") in edges("Die Türkei griff den Norden Syriens an.", "de")


def test_a_pair_phrase_after_a_visit_is_the_visitors_state_and_the_hosts():
    # the latest visit before gives the pair, the visiting state first; a visitor of no known state gives none
    assert ("SUPPORT", "Nordkorea", "China") in edges(
        "Kim Jong-un reiste nach Peking. Beide Länder unterzeichneten einen Pakt.", "de")
    got = edges("Xi Jinping reiste nach Paris. Kim Jong-un besuchte Peking. Die beiden Länder unterzeichneten einen Pakt.",
                "de")
    assert ("SUPPORT", "Nordkorea", "China") in got and not {e for e in got if "Frankreich" in e and e[0] == "SUPPORT"}
    assert not {e for e in edges("Eva Holm besuchte Peking. Beide Länder unterzeichneten einen Pakt.", "de")
                if e[0] == "SUPPORT"}
