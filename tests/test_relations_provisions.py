"""What a pact provides for a case is the parties' cooperation, no flow or attack of its own
(relations/provisions.py)."""

from __future__ import annotations

from tests.relations_text import relations_of


def _edges(text: str) -> set[tuple[str, str, str | None]]:
    return {(r.type, r.actor, r.recipient) for r in relations_of(text, "de")}


def test_help_a_pact_provides_is_its_cooperation_not_an_aid_to_an_outsider():
    # without provisions.py: AID from each party to the USA as well
    text = ("Das Abkommen zwischen Russland und Belarus, das den Vereinigten Staaten missfällt, sieht "
            "sofortige Militärhilfe im Fall einer Invasion gegen einen der Partner vor.")
    assert _edges(text) == {("COOPERATE", "Russland", "Belarus")}


def test_the_attack_of_the_case_names_no_attacker():
    # without provisions.py: an attack of Polen on Litauen, and one of the USA on Polen
    assert _edges("Der Pakt zwischen Polen und Litauen, der den Vereinigten Staaten missfällt, gilt im "
                  "Falle eines Angriffs gegen einen der beiden Staaten.") == set()
    assert _edges("Polen und Litauen haben einen Pakt geschlossen. Im Falle eines Angriffs auf die beiden Länder "
                  "würden die USA eingreifen.") == {("SUPPORT", "Polen", "Litauen")}


def test_an_attack_with_its_attacker_named_stays_hypothetical():
    rels = relations_of("Im Falle eines russischen Angriffs auf Polen würde die Allianz reagieren.", "de")
    assert [(r.type, r.actor, r.recipient, r.status) for r in rels] == [("ASSAULT", "Russland", "Polen", "hypothetical")]


def test_help_outside_a_pacts_provision_stays():
    assert ("AID", "Russland", "Belarus") in _edges("Russland schickt Belarus sofortige Militärhilfe.")
