"""General-news argument frames (issue 10, q3): organizations that report elsewhere act (relations/speakers.py),
passives with the auxiliary far from the participle, subjects that name no actor, inserts between dashes
(relations/frames.py), court sentences (relations/penalties.py), training for a fight against someone."""

from __future__ import annotations

from lagebild.relations import frames, penalties
from lagebild.relations.mentions import Mention
from tests import relations_text


def relations_of(text: str) -> list:
    return relations_text.relations_of(text, "de")


def edges(text: str) -> set[tuple]:
    return relations_text.edges(text, "de")


def test_an_organization_quoted_elsewhere_in_the_document_still_acts():
    text = ("Die Lage sei ernst, teilte die EU am Montag mit. Die EU forderte die Türkei auf, die Grenze zu "
            "schließen.")
    assert ("REQUEST", "Europäische Union", "Türkei") in edges(text)
    assert ("REQUEST", "Türkei", None) not in edges(text)


def test_an_organization_reporting_an_event_is_no_actor_of_it():
    got = edges("Die Türkei hat Truppen nach Syrien geschickt, teilte die EU mit.")
    assert not any(a == "Europäische Union" for _, a, _ in got)


def test_a_passive_auxiliary_far_before_the_participle():
    got = edges("Die Türkei wurde von der EU aufgefordert, die Grenze zu schließen.")
    assert ("REQUEST", "Europäische Union", "Türkei") in got
    assert not edges("Die Landesregierung wird in dem Antrag aufgefordert, alles zu tun.")


def test_a_subject_naming_no_actor_leaves_the_object_a_recipient_of_no_one():
    # no REQUEST of an unnamed chair (the talks asked of the two states are their own CONSULT)
    got = edges("Der Ratsvorsitzende forderte Serbien und das Kosovo auf, Gespräche zu führen.")
    assert not {e for e in got if e[0] == "REQUEST"}
    assert not edges("Die Senatorin warf dem Kanzleramt vor, Verträge verheimlicht zu haben.")
    assert not edges("Um den Streit zu schlichten, fordern wir Deutschland auf, ihn zu lösen.")
    assert ("REQUEST", "Europäische Union", "Türkei") in edges("Am Montag forderte die EU die Türkei auf, zu gehen.")
    assert ("ACCUSE", "Ungarn", "Deutschland") in edges("Die ungarische Regierung kritisierte Deutschland.")


def test_an_insert_between_dashes_does_not_end_the_clause():
    got = edges("Die EU-Kommission werde die Regierung – und nicht die Zentralbank – auffordern, die Zahlen offenzulegen.")
    assert ("REQUEST", "EU-Kommission", "Regierung") in got
    words = "Wien – Die Regierung kritisierte die Opposition .".split()
    assert frames.dash_insert(words, 2, 7) is None


def test_a_court_sentence_is_a_sanction_and_condemning_an_accusation():
    assert ("SANCTION", "Gericht", None) in edges("Das Gericht verurteilte den Journalisten zu drei Jahren Haft.")
    assert ("SANCTION", "Gericht", None) in edges("Vom Gericht wurde er zu lebenslanger Haft verurteilt; das Gericht "
                                                 "verurteilte ihn zu lebenslanger Haft.")
    got = relations_of("Das Gericht verurteilte den Mann zu drei Jahren Haft.")
    assert got[0].mode == "convict" and "penalties.txt" in got[0].provenance
    assert ("ACCUSE", "Regierung", None) in edges("Die Regierung verurteilte den Anschlag zu Recht scharf.")


def test_sentenced_reads_the_penalty_after_zu_in_the_clause():
    assert penalties.sentenced("zu 4,5 Jahren unbedingter Haft verurteilt".split(), 0, "de")
    assert not penalties.sentenced("verurteilte den Anschlag , zu dem es kam".split(), 0, "de")


def test_training_for_a_fight_against_someone_is_mobilizing_against_them():
    got = edges("Die Hamas hat 9.000 Rekruten für einen Kampf gegen Israel ausgebildet.")
    assert ("MOBILIZE", "Hamas", "Israel") in got
    assert ("ASSAULT", "Russland", "Ukraine") in edges("Russland hat Drohnen gegen die Ukraine eingesetzt.")


def test_a_title_between_the_preposition_and_a_person_keeps_the_preposition_marking():
    assert edges("Kim Jong-un traf sich mit dem russischen Außenminister Sergej Lawrow in Seoul.") == {
        ("CONSULT", "Kim Jong-un", "Sergej Lawrow")}  # not the place, Südkorea
    words = "Gespräche mit US-Außenministerin Hillary Clinton".split()
    clinton = Mention("Hillary Clinton", "Hillary Clinton", 0, 0, 3, 5, "PER")
    assert frames.title_start(words, clinton, "de") == 2
    assert frames.title_start(words, Mention("USA", "USA", 0, 0, 3, 5, "LOC"), "de") == 3


def test_the_genitive_after_a_speech_act_noun_is_its_actor():
    assert ("ACCUSE", "Opposition", "Regierung") in edges("Die Regierung reagierte auf die Kritik der Opposition.")
    got = edges("Ungarn wies die Kritik der EU zurück.")
    assert ("ACCUSE", "Europäische Union", "Ungarn") in got
    assert ("ACCUSE", "Ungarn", "Europäische Union") not in got


def test_people_named_after_a_meeting_are_no_meeting():
    assert not edges("Russland und China sind Verhandlungspartner.")
    assert ("CONSULT", "Wladimir Putin", "China") in edges("Putin besuchte China.")


def test_the_partner_of_talks_or_cooperation_is_the_one_after_its_mit():
    # the pact's partner is no party of the speaker's act; defending the pact is support of a matter (endorsed.py)
    assert edges("Bei seinem Besuch verteidigte Putin erneut den Handelsvertrag mit dem Iran.") == {
        ("SUPPORT", "Wladimir Putin", None)}
    assert not edges("Die Ärzte Lea Stotz und Tim Kessel planen eine Zusammenarbeit mit einigen Nato-Partnern.")
    assert ("COOPERATE", "Russland", "China") in edges("Russland will die Zusammenarbeit mit China ausbauen.")
    assert ("CONSULT", "Wladimir Putin", "Kim Jong-un") in edges("Nach Gesprächen am Montag mit Kim Jong-un lobte Putin "
                                                                 "Nordkorea.")


def test_a_fight_in_words_is_no_assault():
    assert not edges("Die Opposition kämpft um ihre politische Zukunft.")
    assert not edges("Die Regierung kämpft seit Jahren gegen die Arbeitslosigkeit.")
    assert ("ASSAULT", "Nordkorea", None) in edges("Nordkoreanische Soldaten kämpfen in Kursk.")
    assert ("ASSAULT", "Russland", None) in edges("Russland kämpft weiter.")


def test_a_time_noun_before_von_leaves_the_passive_agent():
    assert ("ACCUSE", "Opposition", "Regierung") in edges(
        "Die Regierung wurde am Montag von der Opposition scharf kritisiert.")


def test_a_subject_naming_no_actor_right_after_the_verb_leaves_the_object_to_no_one():
    # "der Landeschef" after the verb is its subject: the name further on is whose conduct is criticised
    assert not edges("Das gehe zu weit, kritisierte der Landeschef die Linie von Verteidigungsminister Olaf Scholz (SPD).")
    assert not edges("Zudem kritisiert der Rechnungshof eine Broschüre Litauens.")
    assert not edges("Außerdem kritisiert der Rechnungshof die teure Werbekampagne der Regierung Litauens.")
    # a title right before the name is the subject's own, and a named subject acts
    assert ("ACCUSE", "Olaf Scholz", "Polen") in edges("Das gehe zu weit, kritisierte der frühere Kanzler Olaf Scholz "
                                                       "die Linie Polens.")
    assert ("ACCUSE", "Russland", None) in edges("Indes kritisierte der Kreml die Führung in Polen.")
