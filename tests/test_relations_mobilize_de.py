"""German mobilization and troop movements (relations/mobilize_de.py): training and mobilizing only with forces or
a fight, mobilization nouns used as the verb, forces moved or reinforced on one's own side, forces that follow."""

from __future__ import annotations

from lagebild.relations import mobilize_de
from tests.relations_text import edges, relations_of


def _one(text: str) -> tuple[str, str | None, str | None, str]:
    (rel,) = relations_of(text, "de")
    return rel.type, rel.actor, rel.recipient, rel.status


def test_training_and_mobilizing_need_forces_or_a_fight_in_the_clause():
    assert not edges("Der Stürmer aus Chile trainiert seit Montag wieder in Spanien.", "de")
    assert not edges("Die Parteien in Polen wollen ihre Wähler mobilisieren.", "de")
    assert not edges("Die junge Pianistin wurde in Frankreich ausgebildet.", "de")
    assert edges("Belarussische Soldaten werden in Serbien trainiert.", "de") == {("MOBILIZE", "Belarus", None)}
    assert edges("Venezuela will Reservisten zum Kampf gegen Kolumbien ausbilden.", "de") == {
        ("MOBILIZE", "Venezuela", "Kolumbien")}


def test_the_separable_verb_of_training_and_calling_up_reservists():
    assert edges("Venezuela bildete im Herbst Reservisten für den Einsatz gegen Kolumbien aus.", "de") == {
        ("MOBILIZE", "Venezuela", "Kolumbien")}
    assert not edges("Die Firma bildet in Ungarn jedes Jahr zwanzig Lehrlinge aus.", "de")
    assert edges("Litauen hat 8.000 Reservisten einberufen.", "de") == {("MOBILIZE", "Litauen", None)}
    assert not edges("Der Kapitän aus Polen wurde für das Turnier einberufen.", "de")


def test_a_mobilization_noun_is_the_subjects_act_only_with_a_support_verb():
    assert _one("Armenien hat am Sonntag die Generalmobilmachung verkündet.") == (
        "MOBILIZE", "Armenien", None, "factual")
    assert _one("Die Führung Armeniens verzichtet vorerst auf eine neue Mobilisierungswelle.") == (
        "MOBILIZE", "Armenien", None, "negated")
    assert not edges("Armenien berichtete über eine Mobilmachung in Aserbaidschan.", "de")


def test_forces_moved_or_massed_on_their_own_side_are_mobilized_not_given():
    assert _one("Polen verlegt zusätzliche Soldaten nach Danzig.")[:3] == ("MOBILIZE", "Polen", None)
    assert _one("Polen hat Truppen an die Grenze zu Belarus verlegt.")[:3] == ("MOBILIZE", "Polen", None)
    assert _one("Polen zieht an der Grenze zu Belarus Truppen zusammen.")[:3] == ("MOBILIZE", "Polen", None)
    assert _one("Polen verlegt Soldaten nach Litauen.")[:3] == ("AID", "Polen", "Litauen")
    assert not edges("Die Bank hat ihren Sitz von Krakau nach Warschau verlegt.", "de")
    assert not edges("Die Wolken zogen sich über Polen zusammen.", "de")


def test_own_forces_reinforced_with_no_giver_are_the_subjects_mobilization():
    assert _one("Finnland verstärkt seine Truppen an der Ostgrenze.")[:3] == ("MOBILIZE", "Finnland", None)
    assert _one("Finnland verstärkt mit Soldaten aus Schweden seine Truppen.")[:3] == ("AID", "Schweden", "Finnland")
    # pressure reinforced is a demand (threats.py), no forces: no MOBILIZE
    assert {t for t, _, _ in edges("Finnland verstärkt den Druck auf Russland.", "de")} == {"REQUEST"}


def test_forces_that_follow_those_sent_are_more_of_the_same_flow():
    text = "Kuba hat 800 Soldaten nach Venezuela geschickt. Weitere Kubaner könnten folgen."
    assert [(r.type, r.actor, r.recipient, r.status) for r in relations_of(text, "de")][-1] == (
        "AID", "Kuba", "Venezuela", "hypothetical")
    text = "Kuba hat 800 Soldaten nach Venezuela geschickt. 2.000 Mann sollen im Winter nachrücken."
    assert [(r.type, r.actor, r.recipient) for r in relations_of(text, "de")][-1] == ("AID", "Kuba", "Venezuela")
    assert not edges("Kuba hat 800 Soldaten nach Venezuela geschickt. Weitere Reformen sollen folgen.", "de") - {
        ("AID", "Kuba", "Venezuela")}
    assert len(relations_of("Kuba hat 800 Soldaten nach Venezuela geschickt. Chile folgte dem Beispiel.", "de")) == 1


def test_follow_words_alone_state_nothing():
    words = "Weitere Schritte sollen folgen .".split()
    low = [w.lower() for w in words]
    assert not mobilize_de._forces_follow(words, low, 3)
    words = "Weitere 500 Soldaten sollen folgen .".split()
    assert mobilize_de._forces_follow(words, [w.lower() for w in words], 4)


def test_forces_made_ready_are_mobilized_but_a_summit_prepared_is_no_event():
    assert edges("Belarussische Soldaten werden in Serbien auf den Krieg vorbereitet.", "de") == {
        ("MOBILIZE", "Belarus", None)}
    assert not edges("Das Treffen in Serbien wird seit Monaten vorbereitet.", "de")
