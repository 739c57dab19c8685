"""General news, fifth round (issue 10, q5): verb forms of appeals, crackdowns, blame, accusations and agreements
that the trigger lexicon missed (separable verbs whose particle closes the clause, singular forms), and the one
addressed by an accusation or a demand after the verb of an unnamed subject (frames.unnamed_subject)."""

from __future__ import annotations

from tests import relations_text


def edges(text: str) -> set[tuple]:
    return relations_text.edges(text, "de")


def test_an_appeal_by_a_separable_verb_is_a_request():
    assert ("REQUEST", "Österreich", "Serbien") in edges(
        "Die Regierung in Wien rief Serbien dazu auf, mehr Grenzschützer zu entsenden.")
    assert ("REQUEST", "Litauen", "Polen") in edges("Litauen ruft Polen zur Mäßigung auf.")


def test_proceeding_against_someone_is_no_attack():
    # "geht gegen ... vor" is mostly legal or political action: no ASSAULT (the line was dropped, review rv5)
    assert edges("Die Landesregierung in Graz geht gegen Slowenien vor.") == set()
    assert edges("Die Staatsanwaltschaft Linz ging juristisch gegen Tschechien vor.") == set()


def test_blame_by_a_separable_verb_is_an_accusation():
    assert ("ACCUSE", "Türkei", "Syrien") in edges(
        "Die Regierung in Ankara machte Syrien für den Anschlag auf den Grenzposten verantwortlich.")


def test_singular_agreement():
    assert ("AGREE", "Serbien", "Kroatien") in edges("Serbien einigte sich mit Kroatien auf eine Öffnung der Grenze.")


def test_penalties_imposed_in_the_past_tense():
    assert ("SANCTION", "Kanada", "Iran") in edges("Kanada verhängte im Frühjahr Einreiseverbote gegen den Iran.")


def test_imposing_is_a_sanction_only_with_a_sanction_and_a_court_fine_is_a_sentence():
    # penalties.IMPOSED: a fine or a prison term is a court sentence (mode convict), a curfew is no relation
    got = relations_text.relations_of("Das Gericht verhängte gegen Tschechien eine Geldbuße.", "de")
    assert [(r.type, r.mode, r.context) for r in got] == [("SANCTION", "convict", ["legal"])]
    assert edges("Litauen verhängten nach den Unruhen in Polen eine Ausgangssperre.") == set()


def test_the_one_addressed_after_the_verb_of_an_unnamed_subject_is_no_actor():
    # the subject is a common noun, the name after the verb is the one accused or asked (frames.unnamed_subject)
    assert edges("Experten fordern Österreich auf, mehr Lehrer einzustellen.") == set()
    assert edges("Ökonomen kritisieren Ungarn wegen der Schulden.") == set()  # an accusation (ACCUSE on Ungarn without it)
    assert ("ACCUSE", "Polen", "Russland") in edges("Deshalb wirft Polen Russland immer wieder Wortbruch vor.")
