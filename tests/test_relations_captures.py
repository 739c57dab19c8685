"""Captures and withdrawals of foreign troops (relations/captures.py)."""

from __future__ import annotations

from tests.test_relations_events import edges, relations_of

SENT = "Nordkorea hat Soldaten nach Russland geschickt. "


def test_captor_adjective_before_captivity_and_captives_named():
    got = edges("Nordkoreanische Soldaten gerieten in ukrainische Gefangenschaft.")
    assert (0, "COERCE", "Ukraine", "Nordkorea") in got


def test_captives_left_to_the_story_are_the_troops_the_document_shows_sent():
    got = edges(SENT + "Etliche der Männer waren in ukrainische Kriegsgefangenschaft geraten.")
    assert (1, "COERCE", "Ukraine", "Nordkorea") in got
    rel = next(r for r in relations_of(SENT + "Ukrainische Spezialeinheiten hätten den Mann in Kursk "
                                              "gefangengenommen.") if r.type == "COERCE")
    assert (rel.actor, rel.recipient) == ("Ukraine", "Nordkorea")
    assert rel.provenance.endswith("(captives: the troops the document shows sent)")


def test_no_capture_without_captor_or_without_sent_troops():
    assert not edges("Zwei Matrosen aus Nordkorea sind in Gefangenschaft geraten.")
    # nothing says whose troops were sent: no captives, no relation
    assert not [e for e in edges("Etliche der Männer waren in ukrainische Kriegsgefangenschaft geraten.")
                if e[1] == "COERCE"]


def test_no_captives_of_the_captor_or_its_helpers():
    text = ("Südkorea liefert der Ukraine Munition. "
            "Etliche der Männer waren in ukrainische Kriegsgefangenschaft geraten.")
    assert not [e for e in edges(text) if e[1] == "COERCE"]


def test_groups_arresting_take_no_implied_captives():
    text = SENT + "Die Polizei hat einen Mann festgenommen."
    assert not [e for e in edges(text) if e[1] == "COERCE"]


def test_forces_withdrawn_in_the_passive_and_by_a_noun():
    assert (1, "RETREAT", "Nordkorea", None) in edges(
        SENT + "Die nordkoreanischen Einheiten wurden nach dem Winter aus dem Gebiet abgezogen.")
    assert (0, "RETREAT", "Nordkorea", None) in edges(
        "Zuvor hatten Medien vom Abzug nordkoreanischer Soldaten berichtet.")


def test_a_passive_release_without_forces_has_no_actor():
    assert not edges("Die Geisel wurde nach drei Wochen freigelassen.")


def test_a_country_adjective_after_a_preposition_is_the_nouns_own_actor():
    # events.own_adjective: "nach" governs the noun, not the adjective ("nach Russland" is another matter)
    assert (0, "ASSAULT", "Russland", "Ukraine") in edges("Nach einem russischen Luftangriff auf Kiew gab es Tote.")
    assert (0, "AID", "Nordkorea", "Russland") in edges("Nordkorea schickt 12.000 Soldaten zur russischen Unterstützung.")


def test_forces_after_a_noun_of_withdrawal_withdraw_not_the_subject():
    # the genitive's forces act; the subject who welcomes the return takes no part
    got = edges("Minsk feierte am Freitag die Rückkehr der belarussischen Pioniere aus Syrien.")
    assert (0, "RETREAT", "Belarus", None) in got
    assert not [e for e in got if e[1] == "RETREAT" and e[2] != "Belarus"]
    # the subject before the noun is no recipient either
    assert (0, "RETREAT", "Litauen", None) in edges("Warschau begrüßte den Abzug litauischer Soldaten aus Polen.")
    # a withdrawal demanded or refused has not happened
    assert not [e for e in edges("Polen forderte den Abzug der litauischen Truppen aus Grodno.") if e[1] == "RETREAT"]
    assert not [e for e in edges("Die Regierung lehnte die Rückkehr der litauischen Truppen ab.") if e[1] == "RETREAT"]


def test_a_passive_withdrawal_of_forces_named_by_an_adjective_opening_the_sentence():
    assert edges("Kubanische Soldaten wurden aus Caracas abgezogen.") == {(0, "RETREAT", "Kuba", None)}
    assert edges("Kubanische Truppen aus Venezuela abgezogen") == {(0, "RETREAT", "Kuba", None)}
    assert edges("Kubaner wurden aus Caracas abgezogen.") == set()


def test_captivity_takes_its_captor_only_from_the_adjective_before_it():
    # the side named in the clause before kills; "in Gefangenschaft" names no captor: no capture
    text = SENT + "Lieber töte die russische Armee die eigenen Verletzten, bevor diese in Kriegsgefangenschaft gerieten."
    assert not [e for e in edges(text) if e[1] == "COERCE"]
    assert (1, "COERCE", "Ukraine", "Nordkorea") in edges(SENT + "Viele gerieten in ukrainische Gefangenschaft.")
