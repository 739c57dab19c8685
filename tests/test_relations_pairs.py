"""Pairs (issue 10): two parties as one subject of a mutual event (pairs.py), a pair named by a plural noun in a
sentence of mutual acts (anaphora.py, kind reciprocal), pacts concluded and mutual help (triggers.txt, r4 block)."""

from __future__ import annotations

from lagebild.relations import anaphora, lexicon
from tests.relations_text import edges, relations_of


def test_partner_coordinated_with_the_actor_is_the_recipient():
    text = "Olaf Scholz in Oslo – Norwegen und Dänemark schließen Energiebündnis"
    rels = [r for r in relations_of(text, "de") if r.type == "SUPPORT"]
    assert [(r.actor, r.recipient) for r in rels] == [("Norwegen", "Dänemark")]
    assert "coordinated with the actor" in rels[0].provenance
    assert text[rels[0].recipient_start:rels[0].recipient_end] == "Dänemark"


def test_recipient_named_after_the_actor_stays():
    # the pair acts together on a third party the clause names: no mutual relation between the two
    found = edges("Schweden und Finnland unterzeichneten mit Norwegen einen Vertrag über Strom.", "de")
    assert ("SUPPORT", "Schweden", "Norwegen") in found and ("SUPPORT", "Schweden", "Finnland") not in found
    found = edges("Spanien und Portugal empfingen den Präsidenten Brasiliens in Madrid.", "de")
    assert ("CONSULT", "Spanien", "Brasilien") in found and ("CONSULT", "Spanien", "Portugal") not in found
    assert ("SUPPORT", "Schweden", "Finnland") in edges("Schweden und Finnland unterzeichneten einen Vertrag.", "de")


def test_plural_noun_is_the_pair_only_when_they_act_on_each_other():
    first = "Das Abkommen von Frankreich und Italien gilt ab Mai. "
    assert ("COOPERATE", "Frankreich", "Italien") in edges(first + "Im Ernstfall leisten die Staaten sich gegenseitig militärischen Beistand.", "de")
    assert not {e for e in edges(first + "Die Länder unterstützen die Ukraine.", "de") if e[2] == "Ukraine"}


def test_mutual_adjective_or_members_of_a_third_party_are_no_pair():
    first = "Tschechien und Polen verhandeln über Kohle. "
    found = edges(first + "Die Länder einigten sich mit dem Bund auf gegenseitige Unterstützung bei Bränden.", "de")
    assert not [e for e in found if e[0] == "AGREE"]
    found = edges(first + "Die Staaten der Union helfen sich bei Bränden gegenseitig.", "de")
    assert not [e for e in found if e[0] != "CONSULT"]


def test_reciprocal_words():
    assert anaphora._reciprocal("dass sich die länder gegenseitig helfen".split())
    assert anaphora._reciprocal("die staaten stehen einander bei".split())
    assert not anaphora._reciprocal("die staaten wollen die gegenseitige anerkennung".split())  # a mutual thing
    assert not anaphora._reciprocal("die länder regeln das untereinander".split())  # more than two, as often
    lex = lexicon.load("de")
    assert anaphora.find(["Die", "Länder", "helfen"], ["die", "länder", "helfen"], lex) == []
    assert anaphora.find(["Die", "Länder", "helfen", "sich", "gegenseitig"],
                         ["die", "länder", "helfen", "sich", "gegenseitig"], lex) == [(0, 2, "reciprocal")]


def test_pact_concluded_only_next_to_its_noun():
    assert ("SUPPORT", "Schweden", "Finnland") in edges(
        "Bekannt ist, dass Schweden und Finnland im Winter ein Stromabkommen abschlossen.", "de")
    assert not edges("Frankreich schließt seine Botschaft in Italien.", "de")


def test_pact_ruled_out_by_the_particle_is_negated():
    def support(text: str) -> list[str]:
        return [r.status for r in relations_of(text, "de") if r.type == "SUPPORT"]
    assert support("Spanien und Portugal schließen Fischereiabkommen aus.") == ["negated"]
    assert support("Spanien und Portugal schließen Fischereiabkommen mit Marokko nicht aus.") == ["hypothetical"]
    assert support("Spanien und Portugal schließen Fischereiabkommen.") == ["factual"]


def test_mutual_help_by_the_verb_is_cooperation():
    found = edges("Italien und Frankreich helfen sich gegenseitig.", "de")
    assert ("COOPERATE", "Italien", "Frankreich") in found
    assert not [e for e in found if e[0] == "AID"]
