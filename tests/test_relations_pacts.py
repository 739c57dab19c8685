"""A pact signed or ratified by one party: the other party is the one the document names with the actor in a
sentence about the pact (pacts.py)."""

from __future__ import annotations

from lagebild.relations import pacts
from tests.relations_text import relations_of


def _pacts(text: str) -> list[tuple[str, str | None]]:
    return [(r.actor, r.recipient) for r in relations_of(text, "de") if r.type == "SUPPORT"]


def test_the_other_party_named_with_the_pact():
    text = ("Der Grenzvertrag zwischen Chile und Argentinien liegt seit April vor. "
            "Argentinien hat den Grenzvertrag gestern unterzeichnet.")
    rels = [r for r in relations_of(text, "de") if r.type == "SUPPORT"]
    assert [(r.actor, r.recipient) for r in rels] == [("Argentinien", "Chile")]
    assert pacts.PENDING in rels[0].provenance


def test_the_pact_by_a_pronoun_and_its_parties_named_later():
    text = "Estland hatte ihn im Herbst ratifiziert. Der Fischereipakt von Estland und Lettland gilt ab Mai."
    assert _pacts(text) == [("Estland", "Lettland")]


def test_a_partner_of_another_kind_is_no_party():
    # the old rule took any partner of the actor: Chile for a convention of many states, and for a treaty the
    # document names with no other party
    assert _pacts("Chile unterstützt Argentinien. Argentinien hat die Konvention gegen Folter unterzeichnet.") == []
    assert _pacts("Chile unterstützt Argentinien. Argentinien hat den Vertrag unterzeichnet.") == []


def test_a_denied_pact_or_relation_names_no_party():
    text = "Estland und Lettland schlossen kein Abkommen. Lettland unterzeichnete es trotzdem im Juni."
    assert ("Lettland", "Estland") not in _pacts(text)
    assert _pacts("Estland hilft Lettland nicht. Lettland unterzeichnete den Vertrag.") == []


def test_two_pacts_with_different_parties_leave_it_open():
    text = ("Estland unterstützt Lettland. Der Handelsvertrag von Estland und Lettland gilt. "
            "Der Grenzvertrag von Lettland und Litauen gilt. Lettland hat ihn am Montag ratifiziert.")
    assert _pacts(text) == []  # "unterstützt" is AID: no SUPPORT of its own


def test_leaders_as_the_parties_of_their_states():
    text = ("Der französische Präsident Emmanuel Macron und der deutsche Kanzler Olaf Scholz besiegelten im März einen "
            "Energiepakt. Deutschland hat ihn am Montag ratifiziert.")
    assert _pacts(text) == [("Deutschland", "Frankreich")]


def test_only_signing_words_wait_for_a_party():
    assert pacts.pending("SUPPORT", "ratifiziert", "de")
    assert not pacts.pending("SUPPORT", "lobte", "de")
    assert not pacts.pending("AID", "unterzeichnet", "de")
    assert not pacts.pending("SUPPORT", "ratified", "en")


def test_a_parliament_ratifies_for_its_state_and_stays_the_actor():
    text = "Russland und Kuba schlossen im Mai einen Beistandspakt. Die Staatsduma hat den Pakt am Mittwoch ratifiziert."
    assert ("Staatsduma", "Kuba") in _pacts(text)


def test_the_ratification_named_by_its_noun():
    text = ("Deutschland und Frankreich unterzeichneten einen Freundschaftsvertrag. "
            "Die Ratifizierung durch den Bundestag folgte eine Woche danach.")
    assert ("Bundestag", "Frankreich") in _pacts(text)


def test_a_parliament_of_no_pact_supports_no_one():
    assert _pacts("Die Staatsduma hat am Mittwoch ein Gesetz über Steuern verabschiedet.") == []


def test_a_parliament_does_not_deploy_forces():
    text = ("Russland und Kuba schlossen einen Pakt. Am selben Tag, an dem die Staatsduma ihn ratifizierte, "
            "wurden Soldaten für einen Einsatz in Syrien ausgebildet.")
    rels = relations_of(text, "de")
    assert [r.type for r in rels if r.actor == "Staatsduma"] == ["SUPPORT"]


def test_a_pact_concluded_names_its_parties():
    # "schlossen" is a form of "ausschließen" too, but without "aus" it concludes the pact: no denial
    text = "Estland und Lettland schlossen im Mai ein Abkommen. Lettland hat es am Montag ratifiziert."
    assert ("Lettland", "Estland") in _pacts(text)


def test_the_passive_with_its_agent_waits_for_the_other_party_too():
    text = "Der Fischereipakt von Estland und Lettland gilt ab Mai. Der Pakt wurde von Lettland ratifiziert."
    assert _pacts(text) == [("Lettland", "Estland")]
    assert _pacts("Die Petition wurde von Lettland unterzeichnet.") == []


def test_a_pact_adopted_is_signed_but_an_offer_or_a_presumption_is_not():
    text = ("Der Fischereipakt von Estland und Lettland liegt vor. "
            "Der Pakt, der von Lettland gestern angenommen wurde, gilt ab Mai. Estland hat den Pakt gebilligt.")
    assert sorted(_pacts(text)) == [("Estland", "Lettland"), ("Lettland", "Estland")]
    assert _pacts("Lettland hat das Angebot Estlands angenommen. Bisher wurde angenommen, dass Estland zögert.") == []
    assert _pacts("Die Regierung Lettlands hat den Gesetzentwurf gebilligt.") == []


def test_a_pact_concluded_in_the_passive_between_its_named_parties():
    assert _pacts("Der Vertrag zwischen Ungarn und Serbien, der im Mai geschlossen wurde, gilt ab Juli.") == [
        ("Ungarn", "Serbien")]
    text = "Ungarn und Serbien rücken zusammen. Das Abkommen zwischen den beiden Ländern wurde im Mai unterzeichnet."
    assert _pacts(text) == [("Ungarn", "Serbien")]
    # a year opening the relative clause, with or without a place after it (rv14 F10)
    assert _pacts("Das Abkommen zwischen Ungarn und Serbien, das 2019 geschlossen wurde, läuft aus.") == [
        ("Ungarn", "Serbien")]
    assert _pacts("Das Abkommen zwischen Ungarn und Serbien, das 2019 in Belgrad abgeschlossen wurde, läuft aus.") == [
        ("Ungarn", "Serbien")]


def test_a_closed_border_or_a_pact_of_no_named_parties_is_no_signing():
    assert _pacts("Die Grenze zwischen Ungarn und Serbien wurde im Mai geschlossen.") == []
    assert _pacts("Der Vertrag wurde im Mai geschlossen.") == []
