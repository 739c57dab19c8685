"""General news, fifth round (issue 10, q5): verb forms of appeals, crackdowns, blame, accusations and agreements
that the trigger lexicon missed (separable verbs whose particle closes the clause, singular and plural forms)."""

from __future__ import annotations

from tests import relations_text


def edges(text: str) -> set[tuple]:
    return relations_text.edges(text, "de")


def test_an_appeal_by_a_separable_verb_is_a_request():
    assert ("REQUEST", "Österreich", "Serbien") in edges(
        "Die Regierung in Wien rief Serbien dazu auf, mehr Grenzschützer zu entsenden.")
    assert ("REQUEST", "Litauen", "Polen") in edges("Litauen ruft Polen zur Mäßigung auf.")


def test_a_crackdown_by_a_separable_verb_needs_its_particle_and_a_victim():
    assert ("ASSAULT", "Polizei", "Demonstranten") in edges(
        "Die Polizei ging mit Wasserwerfern gegen die Demonstranten vor.")
    assert edges("Die Polizei geht bei den Demonstranten von einem Irrtum aus.") == set()


def test_blame_by_a_separable_verb_is_an_accusation():
    assert ("ACCUSE", "Türkei", "Syrien") in edges(
        "Die Regierung in Ankara machte Syrien für den Anschlag auf den Grenzposten verantwortlich.")


def test_singular_agreement_and_plural_accusation():
    assert ("AGREE", "Serbien", "Kroatien") in edges("Serbien einigte sich mit Kroatien auf eine Öffnung der Grenze.")
    assert ("ACCUSE", "Ukraine", "Russland") in edges("Die Ukraine und Polen warfen Russland Wortbruch vor.")
    assert edges("Kinder aus Kiew warfen in Polen Steine ins Wasser.") == set()


def test_killings_and_abductions_need_a_named_victim():
    assert ("ASSAULT", "Israel", "Syrien") in edges("Israelische Soldaten erschossen an der Grenze einen Syrer.")
    assert ("ASSAULT", "Russland", "Ukraine") in edges("Russland hat im Herbst zwei Ukrainer entführt.")
    assert edges("In Graz wurde ein Mann auf offener Straße erschossen.") == set()


def test_penalties_imposed_in_the_past_tense():
    assert ("SANCTION", "Kanada", "Iran") in edges("Kanada verhängte im Frühjahr Einreiseverbote gegen den Iran.")
