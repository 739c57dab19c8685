"""relations/nonevents_de.py and r5's trigger lines: pressing, asking and refusing in German general news, and
words whose neighbours say they state no event (issue 10, r5). Sentences made up, actors countries the
gazetteer knows."""

from __future__ import annotations

from lagebild.model import Relation
from lagebild.relations import lexicon, nonevents_de
from tests.relations_text import edges


def test_pressing_with_auf_or_zu_is_a_request():
    assert edges("Frankreich drängte Spanien dazu, die Grenze zu öffnen.", "de") == {
        ("REQUEST", "Frankreich", "Spanien")}
    assert ("REQUEST", "Norwegen", None) in edges("Norwegen drängt auf eine rasche Einigung mit den Nachbarn.", "de")


def test_pressing_in_space_is_no_request():
    assert edges("Ungarn ließ die Menschen dicht gedrängt warten.", "de") == set()
    assert edges("Ein Anbieter aus Schweden drängt nun in den Markt in Dänemark.", "de") == set()
    assert edges("Der Minister wurde von Belgien aus der Regierung gedrängt.", "de") == set()


def test_asking_is_a_request_but_not_the_idiom_or_a_bare_participle():
    assert edges("Norwegen bat Schweden um eine rasche Antwort.", "de") == {("REQUEST", "Norwegen", "Schweden")}
    assert ("REQUEST", "Polen", None) in edges("Polen hatte darum gebeten, die Frist zu verlängern.", "de")
    assert edges("Die Regierung in Italien hat die Banken zur Kasse gebeten.", "de") == set()


def test_refusing_is_a_rejection():
    assert edges("Polen verweigerte Litauen die Durchfahrt.", "de") == {("REJECT", "Polen", "Litauen")}
    assert edges("Ungarn weigert sich, die Quote zu erfüllen.", "de") == {("REJECT", "Ungarn", None)}


def test_the_noun_vorgehen_is_a_manner_unless_against_someone():
    assert edges("Das Vorgehen Italiens in der Krise beunruhigt Spanien.", "de") == set()
    assert edges("Schweden hält das Vorgehen Dänemarks bei der Vergabe der Lizenzen für klug.", "de") == set()
    assert ("ASSAULT", "Polizei", "Demonstranten") in edges(
        "Die Polizei ist mit Tränengas gegen Demonstranten vorgegangen.", "de")


def test_the_noun_griff_is_no_attack():
    assert edges("Spanien hat mit schnellem Griff Frankreich überholt.", "de") == set()


def test_people_who_stem_from_a_country_receive_nothing():
    assert edges("Die meisten Ankommenden stammen aus Afghanistan und reisen weiter nach Schweden.", "de") == set()
    assert ("AID", "Nordkorea", "Russland") in edges("Die Hälfte der russischen Granaten stammt aus Nordkorea.", "de")


def test_a_suspect_named_by_noun_or_adjective_is_no_accusation():
    assert edges("Spanien übergab Frankreich zwei Verdächtige.", "de") == set()
    assert edges("Polen übergab Deutschland zwei verdächtige Pakete.", "de") == set()
    assert edges("Österreich hat die Akten eines verdächtigen Kunden an Italien übergeben.", "de") == set()
    assert edges("Auch Ägypten verdächtigt den Iran.", "de") == {("ACCUSE", "Ägypten", "Iran")}


def test_mithilfe_names_a_means():
    assert edges("Spanien hat mithilfe einer Kamera Frankreich überholt.", "de") == set()


def test_no_event_reads_only_german_one_word_triggers():
    lex = lexicon.load("de")
    words = ["dicht", "gedrängt", "."]
    trig = lex.triggers_at([w.lower() for w in words], 1)
    assert trig is not None
    assert nonevents_de.no_event(trig, words, [w.lower() for w in words], 1, lex)
    words = ["drängt", "auf", "Einigung"]
    assert not nonevents_de.no_event(trig, words, [w.lower() for w in words], 0, lex)
    assert not nonevents_de.no_event(trig, words, [w.lower() for w in words], 0, lexicon.load("en"))


def test_people_on_the_move_only_protest_or_demand():
    def rel(kind: str, actor: str) -> Relation:
        return Relation(type=kind, mode=None, context=[], actor=actor, actor_text=actor, recipient="Italien",
                        recipient_text="Italien", predicate="x", sentence=0)

    kept = nonevents_de.without_movers([rel("AID", "Migranten"), rel("CONSULT", "Flüchtlinge"),
                                        rel("PROTEST", "Flüchtlinge"), rel("REQUEST", "Migranten"),
                                        rel("AID", "Spanien")], "de")
    assert [(r.type, r.actor) for r in kept] == [("PROTEST", "Flüchtlinge"), ("REQUEST", "Migranten"),
                                                 ("AID", "Spanien")]
    assert len(nonevents_de.without_movers([rel("AID", "Migranten")], "en")) == 1


def test_arriving_migrants_give_no_aid():
    assert edges("Im Mai trafen 4.000 Migranten in Italien ein.", "de") == set()
    assert edges("Im Sommer sind 800 Migranten nach Serbien gereist.", "de") == set()
    assert {kind for kind, actor, _ in edges("Flüchtlinge protestierten vor dem Lager in Ungarn.", "de")
            if actor == "Flüchtlinge"} == {"PROTEST"}


def test_closing_signs_a_pact_only_with_one_named():
    assert edges("Frankreich hatte die Grenze zu Spanien geschlossen.", "de") == set()
    assert ("SUPPORT", "Polen", "Litauen") in edges("Polen und Litauen schlossen ein Abkommen.", "de")


def test_austrian_outlets_are_no_side():
    from lagebild.relations.mentions import is_outlet

    assert is_outlet("STANDARD", ["sagte", "dem", "STANDARD"], 2, "de")
    assert is_outlet("APA", ["sagte", "er", "der", "APA"], 3, "de")
    assert not is_outlet("ORF", ["Der", "ORF", "will"], 1, "de")


def test_an_interview_with_an_outlet_the_model_names_is_no_meeting():
    from tests.test_relations_frames import edges as edges_with_orgs

    text = "Italien erklärte die Lage im langen Gespräch mit dem STANDARD."
    assert not any(recipient == "STANDARD" for _, _, recipient in edges_with_orgs(text, ("STANDARD",)))
    assert ("CONSULT", "Gewerkschaft", "Lufthansa") in edges_with_orgs(
        "Die Gewerkschaft will mit der Lufthansa verhandeln.", ("Lufthansa",))


def test_goods_before_an_inserted_clause_stem_from_the_giver():
    assert ("AID", "Iran", "Russland") in edges("Ein Teil der Raketen, die Russland verschießt, stammt aus Iran.", "de")
    assert ("AID", "Nordkorea", "Russland") in edges(
        "Viele Drohnen, mit denen Russland angreift, stammen aus Nordkorea.", "de")
    assert edges("Die meisten Reisenden, die Kroatien erreichen, stammen aus Polen.", "de") == set()


def test_pressing_towards_a_place_is_no_request():
    assert edges("Die Soldaten drängten die Bewohner aus Syrien zum Ausgang nach Jordanien.", "de") == set()
    assert edges("Rumänien drängte die Wartenden zur Fähre nach Bulgarien.", "de") == set()
    assert ("REQUEST", "Europäische Union", "Ungarn") in edges(
        "Die EU drängt Ungarn, die Gespräche mit Serbien wieder aufzunehmen.", "de")
    assert edges("Ungarn drängte die Menschen nach vorn, die Grenze zu Polen war offen.", "de") == set()
    assert ("REQUEST", "Japan", "China") in edges("Japan drängt China zu einem Kompromiss über die Inseln.", "de")


def test_asked_with_an_infinitive_after_a_comma_is_a_request():
    assert edges("Dänemark hat Schweden gebeten, die Fähren früher fahren zu lassen.", "de") == {
        ("REQUEST", "Dänemark", "Schweden")}
    assert edges("Norwegen wurde von Finnland gebeten, zwei Diplomaten auszuweisen.", "de") == {
        ("REQUEST", "Finnland", "Norwegen")}
    assert edges("Er soll zwei Zöllner aus Polen gebeten zu haben, die Kisten passieren zu lassen.", "de") == set()


def test_a_pact_in_another_clause_closes_no_border():
    assert edges("Die Grenze zu Polen bleibt geschlossen, Tschechien und die Slowakei schlossen einen Vertrag.",
                 "de") == {("SUPPORT", "Tschechien", "Slowakei")}
    assert ("SUPPORT", "Polen", "Litauen") in edges("Das Abkommen, das Polen mit Litauen geschlossen hat, gilt ab Mai.",
                                                    "de")
    assert ("SUPPORT", "Polen", "Litauen") in edges(
        "Polen und Litauen hatten eine Partnerschaft »ohne Grenzen« geschlossen.", "de")


def test_refused_support_or_aid_is_a_rejection():
    assert edges("Die Schweiz verweigerte Deutschland die Unterstützung.", "de") == {("REJECT", "Schweiz", "Deutschland")}
    assert edges("Ungarn hat Kroatien jede Hilfe verweigert.", "de") == {("REJECT", "Ungarn", "Kroatien")}


def test_goods_before_a_parenthetical_stem_from_the_giver():
    assert edges("Die Drohnen Russlands (Typ Shahed) stammen aus Iran.", "de") == {("AID", "Iran", "Russland")}


def test_a_toll_claimed_is_no_demand():
    # "hat zwölf Tote gefordert": the attack claimed lives; the rebels demand nothing
    assert edges("Der Angriff der Rebellen hat zwölf Tote gefordert.", "de") == set()


def test_someone_challenged_is_no_demand():
    # "sei gefordert": the government is called upon, no one named demands; "hatte gefordert" stays a demand
    assert edges("Die Regierung sei gefordert, die Grenze zu schützen.", "de") == set()
    assert ("REQUEST", "Polen", None) in edges("Polen hatte gefordert, die Grenze zu öffnen.", "de")


def test_a_toll_noun_that_is_no_object_of_the_demand_keeps_the_demand():
    # the dead are an attribute of what is demanded, not a toll the demand claims
    assert ("REQUEST", "Polen", "Russland") in edges("Polen fordert von Russland die Herausgabe der Toten.", "de")
    assert ("REQUEST", "Polen", "Russland") in edges(
        "Polen hat von Russland Gerechtigkeit für die Toten gefordert.", "de")
    assert edges("Das Erdbeben hat bisher 129 Tote und 300 Verletzte gefordert.", "de") == set()
    assert edges("Der Sturm forderte das Leben von zehn Menschen.", "de") == set()


def test_opening_a_country_for_help_gives_no_help():
    # the one who opens lets help in; no one has given it yet, whoever the sentence names after "aus"
    assert edges("Italien öffnete sich für Hilfe aus Griechenland.", "de") == set()
    assert edges("Schweden will das Land für internationale Unterstützung aus Norwegen öffnen.", "de") == set()
    # help taken in a clause without "öffnen" stays
    assert edges("Italien nahm Hilfe aus Griechenland dankbar an.", "de") == {("AID", "Griechenland", "Italien")}


def test_a_contest_delivered_to_each_other_is_no_delivery():
    # "sich ... liefern": a contest; a fight noun there is the fight
    assert edges("Die Weltbank lieferte sich vor Gericht einen Streit mit Polen.", "de") == set()
    assert edges("Im Hafen liefern sich polnische Truppen und bewaffnete Rebellen erbitterte Gefechte.", "de") == {
        ("ASSAULT", "Polen", "Rebellen")}
    assert ("AID", "Polen", "Rebellen") not in edges(
        "Polnische Truppen und bewaffnete Rebellen haben sich dort Gefechte geliefert.", "de")


def test_sich_elsewhere_in_the_clause_keeps_the_delivery():
    assert ("AID", "Spanien", "Portugal") in edges("Spanien hat sich verpflichtet und Portugal Panzer geliefert.", "de")
    assert edges("Nordkorea liefert Russland Granaten.", "de") == {("AID", "Nordkorea", "Russland")}
