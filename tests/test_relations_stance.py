"""Verbs of stance and diplomacy: the addressee after their own preposition (relations/stance.py), the envoy
summoned, and the clauses that name no one who worries or judges."""

from __future__ import annotations

from lagebild.relations import lexicon, stance
from lagebild.relations.mentions import Mention
from tests.relations_text import edges, relations_of


def test_demand_made_of_someone_after_von():
    assert ("REQUEST", "Österreich", "Tschechien") in edges("Österreich verlangt von Tschechien eine Antwort.", "de")
    assert ("REQUEST", "Ungarn", "Slowakei") in edges("Ungarn forderte von der Slowakei mehr Geld.", "de")


def test_von_after_a_noun_or_a_person_is_no_addressee():
    # "die Rückgabe von Xs Schiffen": whose ships, not of whom it is demanded
    assert ("REQUEST", "Norwegen", "Dänemark") not in edges("Norwegen verlangt die Rückgabe von Dänemarks Schiffen.", "de")
    # a firm after a person's name is his employer
    assert not any(e[2] for e in edges("Mehr Klarheit fordert auch Kurt Brunner von der Raiffeisen.", "de"))


def test_von_in_a_passive_names_the_one_who_demands():
    found = edges("Von der Slowakei wird verlangt, dass sie zahlt.", "de")
    assert all(e[2] != "Slowakei" for e in found)


def test_distancing_thanks_and_protest_take_their_addressee():
    assert ("ACCUSE", "Österreich", "Kroatien") in edges("Österreich distanzierte sich von Kroatien.", "de")
    assert ("SUPPORT", "Kroatien", "Italien") in edges("Kroatien bedankte sich bei Italien für die Hilfe.", "de")
    assert ("ACCUSE", "Litauen", "Belarus") in edges("Litauen legte bei Belarus scharfen Protest ein.", "de")


def test_worry_needs_its_subject_before_it():
    assert ("ACCUSE", "Frankreich", "Libyen") in edges("Frankreich zeigte sich besorgt über die Lage in Libyen.", "de")
    assert not edges("Sie sei besorgt über die Lage in Libyen, sagte eine Forscherin.", "de")
    # the bare participle procures: no stance
    assert not edges("Die Firma Spotify besorgt sich Geld in Schweden.", "de")


def test_judging_a_mistake_names_the_possessor_as_recipient():
    assert ("ACCUSE", "Serbien", "Kroatien") in edges("Serbien nannte die Politik Kroatiens einen Fehler.", "de")
    # the possessor after the verb does not judge himself
    assert not edges("Ein Forscher nannte Dänemarks Vorgehen absurd.", "de")


def test_ambassador_summoned_is_a_protest_to_his_state():
    found = edges("Norwegen hat den schwedischen Botschafter einbestellt.", "de")
    assert ("ACCUSE", "Norwegen", "Schweden") in found
    assert not any(e[0] == "SANCTION" for e in found)
    assert ("ACCUSE", "Deutschland", "China") in edges("Germany summoned the Chinese ambassador.", "en")
    # the envoy summoned is never the actor
    assert not edges("On Monday the ministry in Riga summoned the Estonian envoy.", "en")


def test_english_call_on_protest_with_and_concern_over():
    assert ("REQUEST", "Japan", "China") in edges("Japan called on China to free the reporters.", "en")
    assert ("ACCUSE", "Japan", "China") in edges("Japan lodged a formal protest with China.", "en")
    assert ("ACCUSE", "Frankreich", "China") in edges("France voiced grave concern over China's naval drills.", "en")


def test_addressee_prepositions_come_from_the_data_file():
    low = ["österreich", "verlangt", "von", "ungarn"]
    assert "von" in stance.addressee_preps("de", low, 1, 1)
    assert not stance.addressee_preps("de", low, 0, 1)
    assert "with" in stance.addressee_preps("en", ["lodged", "a", "protest"], 0, 3)
    assert lexicon.load("de").triggers_at(["sie", "bestand", "darauf", ","], 1).type == "REQUEST"


def test_object_of_a_perfect_speech_act_is_no_actor():
    # the subject before the auxiliary names no one: the mention after it is criticised, it does not criticise
    assert not edges("Der scheidende Berichterstatter hat den Umgang Israels mit Gefangenen kritisiert.", "de")
    assert not edges("Der neue Kommissar hatte Kroatien zur Mäßigung aufgerufen.", "de")
    # a named subject, or an adverbial before the auxiliary, keeps the relation
    assert ("ACCUSE", "Europäische Union", "Türkei") in edges("Die EU hat die Türkei scharf kritisiert.", "de")
    assert ("ACCUSE", "Europäische Union", "Türkei") in edges("Am Montag hat die EU die Türkei kritisiert.", "de")
    # a clause coordinated after the auxiliary's has its own subject
    found = edges("Der Konflikt hat alte Spannungen geweckt und Polen fordert mehr Schutz durch die NATO.", "de")
    assert any(e[1] == "Polen" for e in found)


def test_help_promised_in_an_infinitive_is_one_agree():
    found = edges("Südkorea sagte zu, der Ukraine Waffen zu liefern.", "de")
    assert ("AGREE", "Südkorea", "Ukraine") in found
    assert ("AID", "Südkorea", "Ukraine") not in found  # the promise, not a delivery
    found = edges("Japan pledged to send more aid to Ukraine.", "en")
    assert found == {("AGREE", "Japan", "Ukraine")}
    # help given is no promise
    assert ("AID", "Japan", "Ukraine") in edges("Japan sent more aid to Ukraine.", "en")
    # a pact's mutual clause stays cooperation between the pair
    found = edges("Russia and Belarus signed a pact in which each side agrees to help the other.", "en")
    assert ("COOPERATE", "Russland", "Belarus") in found
    assert not any(e[0] == "AGREE" for e in found)


def test_promised_help_is_planned():
    rels = [r for r in relations_of("Japan pledged to send more aid to Ukraine.", "en") if r.type == "AGREE"]
    assert rels and all(r.status == "planned" for r in rels)
    assert "stance.promised" in rels[0].provenance


def test_a_negated_promise_of_help_keeps_its_negation():
    # "pledged not to send" promises no help: the help stays negated, never an AGREE planned
    rels = relations_of("Japan pledged not to send weapons to Ukraine.", "en")
    assert [(r.type, r.actor, r.recipient, r.status) for r in rels] == [("AID", "Japan", "Ukraine", "negated")]
    # German: an AGREE of the same sides does not swallow the negated help
    rels = relations_of("Dänemark hat zugesagt, Estland nicht länger mit Geld zu unterstützen.", "de")
    assert ("AID", "Dänemark", "Estland", "negated") in [(r.type, r.actor, r.recipient, r.status) for r in rels]
    assert not any(r.status == "negated" and r.type == "AGREE" for r in rels)


def _mention(name: str, first: int, last: int, label: str = "PER") -> Mention:
    return Mention(name, name, None, None, first, last, label)


def test_a_body_describing_the_speaker_is_no_recipient():
    words = "Das ist schlecht , kritisierte Carla Wendt vom Bauernbund .".split()
    low = [w.lower() for w in words]
    actor, union = _mention("Carla Wendt", 5, 7), _mention("Bauernbund", 8, 9, "ORG")
    assert stance.affiliated(union, actor, words, low, 4, 1, "ACCUSE")
    words = "Das greift nicht , kritisiert Paul Riedl , Leiter der Warte Moosdorf .".split()
    low = [w.lower() for w in words]
    actor, station = _mention("Paul Riedl", 5, 7), _mention("Moosdorf", 11, 12, "ORG")
    assert stance.affiliated(station, actor, words, low, 4, 1, "ACCUSE")
    # the one criticised after the speaker stays: "kritisierte Merkel die Regierung Österreichs"
    words = "Das ist falsch , kritisierte Merkel die Regierung Österreichs .".split()
    low = [w.lower() for w in words]
    actor, state = _mention("Angela Merkel", 5, 6), _mention("Österreich", 8, 9, "LOC")
    assert not stance.affiliated(state, actor, words, low, 4, 1, "ACCUSE")
    # no speech act, no change: "Soldaten vom Typ X geliefert"
    assert not stance.affiliated(union, _mention("Carla Wendt", 5, 7), words, low, 4, 1, "AID")
    # after a closed apposition the one accused: "warf X, Obfrau von Terranova, Lindqvist vor"
    words = "Das ist falsch , warf Anna Berg , Obfrau von Terranova , Lindqvist vor .".split()
    low = [w.lower() for w in words]
    actor, accused = _mention("Anna Berg", 5, 7), _mention("Eva Lindqvist", 12, 13)
    assert not stance.affiliated(accused, actor, words, low, 4, 1, "ACCUSE")


def test_von_after_a_subject_behind_the_verb_is_the_addressee():
    # verb-second after an adverb or object: the subject follows the verb, "von" stays the verb's addressee
    assert ("REQUEST", "Spanien", "Portugal") in edges("Vor allem verlangt Spanien von Portugal eine Antwort.", "de")
    assert ("REQUEST", "NATO", "Serbien") in edges("Am Montag fordert die NATO von Serbien Zurückhaltung.", "de")
    words = "Deshalb fordert Mario Kessler von der Wienbank mehr Geld .".split()
    low = [w.lower() for w in words]
    actor, bank = _mention("Mario Kessler", 2, 4), _mention("Wienbank", 6, 7, "ORG")
    assert stance.affiliated(bank, actor, words, low, 1, 1, "REQUEST")  # a person's "von": his firm
    words = "Vor allem verlangt Spanien von Portugal eine Antwort .".split()
    low = [w.lower() for w in words]
    state = _mention("Spanien", 3, 4, "LOC")
    assert not stance.affiliated(_mention("Portugal", 5, 6, "LOC"), state, words, low, 2, 1, "REQUEST")


def test_worry_about_a_disaster_or_the_economy_accuses_no_one():
    # sympathy with a place hit by a disaster, or worry about its economy, is no disapproval of it
    assert not edges("Polen zeigte sich besorgt über die Waldbrände in Portugal.", "de")
    assert not edges("Ungarn ist beunruhigt wegen der Inflation in Rumänien.", "de")
    assert not edges("Germany is concerned about the economy of France.", "en")
    assert not edges("France voiced concern over the wildfires in Greece.", "en")
    # worry about a deed or a political state stays disapproval
    assert ("ACCUSE", "Polen", "Belarus") in edges("Polen zeigte sich besorgt über die Lage in Belarus.", "de")
    assert ("ACCUSE", "Deutschland", "Iran") in edges("Germany voiced concern over Iran's naval drills.", "en")
    # a noun of matters.txt after the mention is not the matter: "das Vorgehen Russlands bei den Waldbränden"
    assert ("ACCUSE", "Polen", "Russland") in edges(
        "Polen zeigte sich besorgt über das Vorgehen Russlands bei den Waldbränden.", "de")


def test_a_call_on_someone_is_a_request_only_with_what_it_asks():
    assert not any(e[0] == "REQUEST" for e in edges("Olaf Scholz called on Xi Jinping in Beijing.", "en"))
    assert ("REQUEST", "Deutschland", "China") in edges("Germany called on China to free the sailors.", "en")
    assert ("REQUEST", "Deutschland", "China") in edges("Germany called on China for restraint.", "en")


def test_help_promised_in_an_infinitive_with_zu_inside_reads_every_particle_of_the_data_file():
    # lang/de/relations/particles.txt (roles_de.zu_infix): "nach|zu|liefern", "bei|zu|stehen" are promised, not done
    for text in ("Spanien hat zugesagt, Portugal Munition nachzuliefern.",
                 "Spanien hat zugesagt, Portugal militärisch beizustehen."):
        got = [(r.type, r.actor, r.recipient, r.status) for r in relations_of(text, "de")]
        assert got == [("AGREE", "Spanien", "Portugal", "planned")], text


def test_help_promised_to_the_documents_recipient_is_one_agree_with_that_recipient():
    # the infinitive names no recipient: events.fill_recipients gives the document's, then the promise is one AGREE
    rels = relations_of("Kuba schickt Soldaten nach Venezuela. Außerdem hat die Regierung von Kuba zugesagt, etwa 600 "
                        "Pioniere für den Aufbau zu entsenden.", "de")
    assert [(r.type, r.actor, r.recipient, r.status) for r in rels] == [
        ("AID", "Kuba", "Venezuela", "factual"), ("AGREE", "Kuba", "Venezuela", "planned")]


def test_a_judgement_named_by_a_verb_of_calling_is_disapproval():
    # the judgement word ends the clause of "nannte", "wertete", "betrachtet", "called", "described ... as"
    assert ("ACCUSE", "Finnland", "Russland") in edges("Finnland betrachtet die Politik Russlands als Bedrohung.", "de")
    assert ("ACCUSE", "Joe Biden", "Wladimir Putin") in edges("Biden called Putin a war criminal.", "en")
    assert ("ACCUSE", "Polen", "Russland") in edges("Poland described Russia's drills as a dangerous escalation.", "en")
    # a judgement that is no reproach, and a phone call, stay what they were
    assert not any(e[0] == "ACCUSE" for e in edges("Polen bezeichnete das Abkommen mit Litauen als Durchbruch.", "de"))
    assert not any(e[0] == "ACCUSE" for e in edges("France called Germany on Monday.", "en"))
    assert not any(e[0] == "ACCUSE" for e in edges("Germany called the talks with France a success.", "en"))


def test_pressure_put_on_someone_is_a_demand_of_the_one_pressed():
    assert ("REQUEST", "Kanada", "Mexiko") in edges("Kanada hat nach dem Gipfel den Druck auf Mexiko erhöht.", "de")
    assert ("REQUEST", "Chile", "Mexiko") in edges("Chile übt seit dem Sommer Druck auf Mexiko aus.", "de")
    assert ("REQUEST", "Italien", "Mexiko") in edges("Italien machte zuletzt Druck auf Mexiko.", "de")
    # pressure on prices or on a button presses no one: no demand without someone pressed
    assert not edges("Der Konzern aus Chile erhöht den Druck auf die Preise.", "de")
    assert not edges("Ein Druck auf den Knopf genügt in Kanada.", "de")


def test_english_backing_sought_or_looked_for_names_the_one_asked():
    assert edges("Minsk has looked for support from Qatar.", "en") == {("REQUEST", "Belarus", "Katar")}
    assert edges("Moldova turned to Romania for financial assistance.", "en") == {("REQUEST", "Moldau", "Rumänien")}
    # turning to something, or to someone without asking for help, asks no one
    assert edges("The debate in Serbia turned to the economy.", "en") == set()
    assert edges("The club looked for support among its fans.", "en") == set()
    assert not any(t == "REQUEST" for t, _, _ in edges("Then Serbia turned to Hungary and won the match.", "en"))


def test_english_pleading_begging_and_lobbying_ask_the_one_named():
    assert edges("Moldova pleaded with Romania for more electricity.", "en") == {("REQUEST", "Moldau", "Rumänien")}
    assert edges("Estonia lobbied Finland for a joint ferry line.", "en") == {("REQUEST", "Estland", "Finnland")}
    # no one named, or no "to"/"for" after the verb: no request
    assert edges("The company lobbied for lower taxes in Estonia.", "en") == set()
    assert edges("The ruling in Estonia begs the question of costs.", "en") == set()
