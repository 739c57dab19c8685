"""Who reproaches whom with "vorwerfen" (relations/reproach_de.py): the accused is the dative, the accuser the
subject, whatever the word order; "werfen" without its particle reproaches no one."""

from __future__ import annotations

from tests.relations_text import edges


def accusations(text: str) -> set[tuple[str, str, str | None]]:
    return {e for e in edges(text, "de") if e[0] == "ACCUSE"}


def test_the_subject_reproaches_the_dative():
    assert accusations("Frankreich wirft Spanien seit Jahren vor, die Häfen zu sperren.") == {
        ("ACCUSE", "Frankreich", "Spanien")}
    assert accusations("Am Dienstag warf Frankreich dem Nachbarland Spanien Untätigkeit vor.") == {
        ("ACCUSE", "Frankreich", "Spanien")}


def test_a_dative_first_is_the_accused_and_the_name_after_the_verb_accuses():
    assert accusations("Der Regierung Spaniens wirft Frankreich Untätigkeit vor.") == {
        ("ACCUSE", "Frankreich", "Spanien")}
    assert accusations("Dem Minister Olaf Scholz warf Frankreich grobe Fehler vor.") == {
        ("ACCUSE", "Frankreich", "Olaf Scholz")}


def test_a_pronoun_after_the_verb_accuses_and_the_name_before_it_is_accused():
    text = "Olaf Scholz sprach am Montag in Berlin. Frankreich warf er vor, die Häfen zu sperren."
    assert accusations(text) == {("ACCUSE", "Olaf Scholz", "Frankreich")}
    text = "Olaf Scholz sprach am Montag in Berlin. Zudem warf er Frankreich Untätigkeit vor."
    assert accusations(text) == {("ACCUSE", "Olaf Scholz", "Frankreich")}


def test_an_accuser_the_text_does_not_name_makes_no_relation():
    # the subject after the verb is no name: the name further on is the accused
    assert not accusations("Und doch werfen manche Beobachter Frankreich Untätigkeit vor.")
    # a relative clause whose antecedent is no name; the name after "gegenüber" belongs to the charge
    assert not accusations("Mehrere Gruppen, die der Hamas Nachsicht gegenüber Israel vorwerfen, rufen zum Boykott auf.")
    # a subordinate clause whose subject is a noun naming no one
    assert not accusations("Es ging um ein Gespräch, bei dem die Gesandte gestern Frankreich vorwarf, zu zögern.")


def test_the_particle_closes_the_clause_after_an_apposition_or_before_an_infinitive():
    assert accusations("Das seien Lügen, warf Olaf Scholz, Chef der SPD, Frankreich vor.") == {
        ("ACCUSE", "Olaf Scholz", "Frankreich")}
    assert accusations("Frankreich wirft Spanien vor zu zögern.") == {("ACCUSE", "Frankreich", "Spanien")}


def test_werfen_without_its_particle_reproaches_no_one():
    assert not accusations("Frankreich warf im Finale den Ball ins Aus.")
    assert not accusations("Ein Bericht aus Frankreich wirft die Theorie über den Haufen.")
    # the particle of another verb's clause
    assert not accusations("Frankreich warf den Ball, bereitete aber den nächsten Angriff vor.")


def test_an_office_in_the_dative_names_its_holder_named_before():
    text = "Außenministerin Annalena Baerbock sprach am Montag. Olaf Scholz warf der Ministerin vor, zu zögern."
    assert accusations(text) == {("ACCUSE", "Olaf Scholz", "Annalena Baerbock")}
    text = "Bundeskanzler Olaf Scholz sprach am Montag. Die Opposition warf dem deutschen Kanzler vor, zu zögern."
    assert accusations(text) == {("ACCUSE", "Opposition", "Olaf Scholz")}
    # no holder of that office named before: no recipient
    assert accusations("Olaf Scholz warf der Ministerin vor, zu zögern.") == {("ACCUSE", "Olaf Scholz", None)}


def test_a_bare_country_in_a_relative_clause_is_the_accused():
    got = edges("Litauen, das Belarus Menschenschmuggel vorwirft, schließt die Grenze.", "de")
    assert ("ACCUSE", "Litauen", "Belarus") in got
    assert not any(kind == "ACCUSE" and recipient is None for kind, _, recipient in got)
    assert ("ACCUSE", "Litauen", "Belarus") in edges(
        "Litauen, das dem Nachbarland Belarus Menschenschmuggel vorwirft, schließt die Grenze.", "de")
