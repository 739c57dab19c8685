"""relations/event_nouns.py: hyphenated compounds whose head is an event noun, and the possessor before a noun
trigger's adjectives (German general news, issue 10, q5)."""

from __future__ import annotations

from lagebild.relations import event_nouns, held_de, lexicon
from lagebild.relations.mentions import Mention
from tests import relations_text


def test_the_head_of_a_hyphenated_compound_is_the_trigger():
    lex = lexicon.load("de")
    words = ["die", "Asien-Reise", "des", "Ministers"]
    trig = event_nouns.head_trigger(words, [w.lower() for w in words], 1, lex)
    assert trig is not None and trig.event_type(False) == "CONSULT"
    words = ["die", "Anti-Reise", "Stimmung", "pro-russisch"]
    assert event_nouns.head_trigger(words, [w.lower() for w in words], 3, lex) is None  # lower-case head
    assert event_nouns.head_trigger(words, [w.lower() for w in words], 2, lex) is None  # no hyphen


def test_a_possessor_before_adjectives_acts():
    words = "Seit Lulas langer zweiter Reise".split()
    lula = Mention("Lula da Silva", "Lulas", 0, 0, 1, 2, "PER")
    assert event_nouns.possessor([lula], words, 4, []) is lula
    words = "Seit Lulas langer sehr zweiter Reise".split()  # more adjectives than a noun phrase's start holds
    assert event_nouns.possessor([lula], words, 5, []) is None
    words = "Seit Lula kommt Reise".split()
    assert event_nouns.possessor([lula], words, 3, []) is None


def test_a_compound_visit_of_a_possessor():  # head_trigger: no trigger without it
    got = relations_text.edges("Wladimir Putins lange Asien-Reise endet in Vietnam.", "de")
    assert ("CONSULT", "Wladimir Putin", "Vietnam") in got


def test_the_possessor_of_an_agent_noun_receives():
    words = "Angola ist Chinas größter neuer Öllieferant".split()
    china = Mention("China", "Chinas", 0, 0, 2, 3, "LOC")
    assert event_nouns.possessor([china], words, 5, [china]) is None
    # right before the noun too (one mechanism for both windows, review rv5): the subject supplies the possessor
    assert ("AID", "Serbien", "Ungarn") in relations_text.edges("Serbien ist Ungarns Waffenlieferant.", "de")


def test_a_subject_noun_keeps_the_partner_of_its_own_phrase_before_a_finite_verb():
    # "endete" looks like "grenzende" (events.in_attribute): as the verb after the noun's own phrase it is none
    got = relations_text.edges("Macrons Treffen mit Xi Jinping endete am Abend.", "de")
    assert ("CONSULT", "Emmanuel Macron", "Xi Jinping") in got
    got = relations_text.edges("Die Gespräche Ungarns mit Serbien scheiterten am Montag.", "de")
    assert ("CONSULT", "Ungarn", "Serbien") in got


def test_no_partner_from_a_phrase_of_a_noun_without_its_own_actor():
    words = "Die Ermittlungen gegen Orbán brachten Vučićs Rücktritt näher".split()
    orban = Mention("Viktor Orbán", "Orbán", 0, 0, 3, 4, "PER")
    vucic = Mention("Aleksandar Vučić", "Vučićs", 0, 0, 5, 6, "PER")
    assert not event_nouns.finite_after_phrase(words, 1, 1, orban, [orban, vucic], "gegen")
    # inside an attribute the phrase is followed by the participle, even one the tagger reads as finite
    words = "Die nach Lulas Reise nach Peking verhängte Sperre".split()
    lula = Mention("Lula", "Lulas", 0, 0, 2, 3, "PER")
    peking = Mention("China", "Peking", 0, 0, 5, 6, "LOC")
    assert not event_nouns.finite_after_phrase(words, 3, 1, peking, [lula, peking], "nach")
    words = "Lulas Reise nach Peking dauerte zwei Tage".split()
    lula = Mention("Lula", "Lulas", 0, 0, 0, 1, "PER")
    peking = Mention("China", "Peking", 0, 0, 3, 4, "LOC")
    assert event_nouns.finite_after_phrase(words, 1, 1, peking, [lula, peking], "nach")
    assert not event_nouns.finite_after_phrase("Lulas Reise nach Peking grenzende Stadt".split(), 1, 1, peking,
                                               [lula, peking], "nach")


def test_closed_compounds_of_a_state_visit_and_no_trip_in_prices_or_entry():
    got = relations_text.edges("Der Arbeitsbesuch Macrons in Portugal war kurz.", "de")
    assert ("CONSULT", "Emmanuel Macron", "Portugal") in got
    assert relations_text.edges("Kroatien beschränkt die Durchreise nach Slowenien.", "de") == set()
    assert relations_text.edges("In Regierungskreisen in Prag hieß es, Polen sei enttäuscht.", "de") == set()


def test_help_after_mit_is_a_means_unless_its_helper_follows():
    # the helper named right after the noun gives the aid ("mit Unterstützung Schwedens")
    got = relations_text.edges("Seit Mai fliegt Norwegen mit Unterstützung Schwedens Einsätze über der Ostsee.", "de")
    assert ("AID", "Schweden", "Norwegen") in got
    # a means: no aid between the sentence's names
    got = relations_text.edges("Die Polizei in Belgien fand mit Hilfe eines Hundes die Spur nach Frankreich.", "de")
    assert not any(t == "AID" for t, _, _ in got)
    got = relations_text.edges("Der Plan, mit dessen Hilfe Macron die Krise lösen will, stammt aus Italien.", "de")
    assert not any(t == "AID" for t, _, _ in got)


def test_the_pair_after_zwischen_are_the_two_sides_of_a_meeting():
    # not the place after the pair, nor a person of the clause picked as the visitor
    got = relations_text.edges("Beim Treffen zwischen Olaf Scholz und Emmanuel Macron ging es um Polen.", "de")
    assert got == {("CONSULT", "Olaf Scholz", "Emmanuel Macron")}  # not Macron, the clause's last person, as visitor
    words = "Beim Treffen zwischen Scholz und Macron ging es um Rom".split()
    scholz = Mention("Olaf Scholz", "Scholz", 0, 0, 3, 4, "PER")
    macron = Mention("Emmanuel Macron", "Macron", 0, 0, 5, 6, "PER")
    assert event_nouns.pair_side([scholz, macron], words, 1, 1, "CONSULT") is scholz
    assert event_nouns.pair_side([scholz, macron], words, 1, 1, "CONSULT", scholz) is macron
    assert event_nouns.pair_side([scholz, macron], words, 1, 1, "AID") is None
    assert event_nouns.pair_side([scholz], words, 1, 1, "CONSULT") is None  # one side named only


def test_help_as_a_means_is_the_means_kind_of_held_txt(monkeypatch):
    # one list of help nouns (lang/de/relations/held.txt, kind "means"), read through held_de for both rules
    text = "Die Polizei in Belgien fand mit Unterstützung eines Spürhundes die Spur nach Frankreich."
    assert held_de.means_noun("unterstützung") and held_de.means_noun("finanzhilfe")
    assert not held_de.means_noun("lieferung")
    trig = lexicon.load("de").triggers_at(["unterstützung"], 0)
    words = text.rstrip(".").split()
    assert event_nouns.means(trig, words, [w.lower() for w in words], 6, [])
    monkeypatch.setattr(held_de, "means_noun", lambda word: False)
    assert not event_nouns.means(trig, words, [w.lower() for w in words], 6, [])


def test_a_phrase_after_a_preposition_opening_the_clause_fills_the_place_before_the_verb():
    # "Seit Lulas Reise nach Peking warnte Chile": the whole phrase stands before the finite verb, so "warnte" is
    # the clause's verb, no attributive participle, and Peking stays the host of the trip
    lula = Mention("Lula", "Lulas", 0, 0, 1, 2, "PER")
    peking = Mention("China", "Peking", 0, 0, 4, 5, "LOC")
    words = "Seit Lulas Reise nach Peking warnte Chile".split()
    assert event_nouns.finite_after_phrase(words, 2, 1, peking, [lula, peking], "nach")
    lula = Mention("Lula", "Lulas", 0, 0, 2, 3, "PER")
    peking = Mention("China", "Peking", 0, 0, 5, 6, "LOC")
    words = "Kurz nach Lulas Reise nach Peking warnte Chile".split()  # an adverb before the preposition
    assert event_nouns.finite_after_phrase(words, 3, 1, peking, [lula, peking], "nach")
    words = "Chile warnte nach Lulas Reise nach Peking gleich".split()  # inside the clause: no fronted phrase
    lula = Mention("Lula", "Lulas", 0, 0, 3, 4, "PER")
    peking = Mention("China", "Peking", 0, 0, 6, 7, "LOC")
    assert not event_nouns.finite_after_phrase(words, 4, 1, peking, [lula, peking], "nach")


def test_a_preposition_before_a_possessor_governs_the_noun():
    putin = Mention("Wladimir Putin", "Putins", 0, 0, 1, 2, "PER")
    assert event_nouns.noun_owner("Nach Putins Besuch".split(), putin, 2, 1, "de")
    assert event_nouns.noun_owner("Nach Putins kurzem Besuch".split(), putin, 3, 1, "de")
    assert not event_nouns.noun_owner("Nach Putin Besuch".split(), Mention("Wladimir Putin", "Putin", 0, 0, 1, 2,
                                                                           "PER"), 2, 1, "de")
    paris = Mention("Frankreich", "Paris", 0, 0, 1, 2, "LOC")  # a name ending in "s" is no genitive
    assert not event_nouns.noun_owner("In Paris Gespräche".split(), paris, 2, 1, "de")
    russian = Mention("Russland", "russischen", 0, 0, 2, 3, "LOC")  # the adjective (events.own_adjective)
    assert event_nouns.noun_owner("nach einem russischen Angriff".split(), russian, 3, 1, "de")
    putin = Mention("Wladimir Putin", "Putins", 0, 0, 3, 4, "PER")  # the genitive after the noun: no title of his
    assert event_nouns.noun_owner("nach dem Besuch Putins".split(), putin, 2, 1, "de")
    assert not event_nouns.noun_owner("nach dem Besuch Putin".split(), Mention("Wladimir Putin", "Putin", 0, 0, 3, 4,
                                                                              "PER"), 2, 1, "de")


def test_a_visit_named_in_a_phrase_before_the_verb_of_another_event():
    # the visitor of "nach Putins Besuch" is no host of his own visit ("nach" marks the host)
    got = relations_text.edges("Nach Wladimir Putins Besuch in Pjöngjang ruhte der Handel für eine Woche.", "de")
    assert ("CONSULT", "Wladimir Putin", "Nordkorea") in got
    got = relations_text.edges("Kurz nach Macrons Besuch in Peking sprach Japan von einem Affront.", "de")
    assert ("CONSULT", "Emmanuel Macron", "China") in got
    assert ("CONSULT", "Japan", "China") not in got


def test_a_name_after_its_dative_article_before_a_help_noun_receives_it():
    assert relations_text.edges("Portugal leistet der Republik Moldau seit Jahren Hilfe.", "de") == {
        ("AID", "Portugal", "Moldau")}
    assert relations_text.edges("Chile gewährte den Philippinen Unterstützung.", "de") == {("AID", "Chile", "Philippinen")}
    # an attack noun after a dative is the dative's own act of which it is accused
    assert ("ASSAULT", "Ukraine", "Russland") in relations_text.edges("Russland warf der Ukraine Angriffe vor.", "de")


def test_an_attack_noun_whose_attacker_is_an_unlisted_genitive_takes_no_other_name():
    # the reporter and the one who condemns are no attackers
    assert relations_text.edges("Die Angriffe der Luftwaffe auf Odessa gingen weiter, sagte Selenskyj.", "de") == set()
    assert ("ASSAULT", "Chile", "Türkei") not in relations_text.edges(
        "Chile hat den Angriff der ADF auf die Türkei verurteilt.", "de")
    # a country adjective or genitive names the attacker
    assert relations_text.edges("Die Angriffe der russischen Armee auf Odessa gingen weiter.", "de") == {
        ("ASSAULT", "Russland", "Ukraine")}
    assert relations_text.edges("Die Angriffe der Armee Russlands auf Odessa gingen weiter.", "de") == {
        ("ASSAULT", "Russland", "Ukraine")}


def test_the_genitive_after_a_givers_noun_receives():
    assert event_nouns.served("Drohnenlieferanten", "AID") and not event_nouns.served("Lieferungen", "AID")
    assert not event_nouns.served("Lieferant", "ASSAULT")
    assert relations_text.edges("Kuba ist der wichtigste Waffenlieferant Venezuelas.", "de") == {
        ("AID", "Kuba", "Venezuela")}
    # the genitive of a flow's own noun still gives: "die Lieferungen Kubas an Venezuela"
    assert ("AID", "Kuba", "Venezuela") in relations_text.edges("Die Lieferungen Kubas an Venezuela gehen weiter.", "de")


def test_compounds_of_drones_that_flow_are_flows():
    assert relations_text.edges("Iran ist der wichtigste Drohnenlieferant Russlands.", "de") == {
        ("AID", "Iran", "Russland")}
    assert relations_text.edges("Die Drohnen flogen über Portugal.", "de") == set()
