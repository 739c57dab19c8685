"""A speaker's judgement of another actor's act (relations/judgements.py): ACCUSE speaker -> the act's actor, only
when the judgement is the predicate and the act's actor is named as its owner or subject."""

from __future__ import annotations

from tests.relations_text import edges, relations_of


def test_judged_act_of_a_named_owner_is_an_accusation():
    assert ("ACCUSE", "Olaf Scholz", "Polen") in edges("Die Haltung Polens sei ein grober Fehler, sagte Scholz.", "de")
    assert ("ACCUSE", "Annalena Baerbock", "China") in edges(
        "Chinas Flottenbesuch stelle eine Bedrohung für die Nachbarn dar, sagte Baerbock.", "de")
    assert ("ACCUSE", "Frankreich", "Iran") in edges("France said the launch was a reckless provocation by Iran.", "en")
    assert ("ACCUSE", "Deutschland", "Polen") in edges("Germany said that Poland's veto was a grave mistake.", "en")


def test_the_subject_itself_judged_after_dass_or_before_the_copula():
    assert ("ACCUSE", "Olaf Scholz", "Russland") in edges(
        "Scholz sagte, dass Russland eine Gefahr und eine Bedrohung für alle sei.", "de")
    assert ("ACCUSE", "Joe Biden", "Iran") in edges("Biden said Iran is a threat to the whole region.", "en")


def test_judgement_without_an_actor_or_as_a_subject_is_none():
    assert not edges("Das sei ein grober Fehler gewesen, sagte Scholz.", "de")
    assert not edges("Die Inflation stelle eine Bedrohung für die Sparer dar, sagte Scholz.", "de")
    # the threat is the subject of the said clause, not what is said of the act
    assert not any(e[0] == "ACCUSE" for e in edges("Scholz sagte, die Bedrohung durch Russland sei gewachsen.", "de"))
    assert not edges("Germany said that the referendum was a mistake.", "en")


def test_the_harmed_side_is_no_accused():
    # after "für", "to", "of ...'s": whom the act harms
    assert not any(e[2] == "Polen" for e in edges("Die Übung sei eine Bedrohung für Polens Sicherheit, sagte Scholz.", "de"))
    assert not edges("Germany said the strike was a violation of Poland's sovereignty.", "en")


def test_two_possible_owners_name_none():
    # whose act is judged is not clear: no guess (Poland's criticism of China is the trigger rules' relation)
    assert not any(e[1] == "Olaf Scholz" for e in edges(
        "Polens Kritik an den Manövern Chinas sei eine Provokation, sagte Scholz.", "de"))


def test_negated_judgement_keeps_its_status_and_source_is_the_author():
    rels = [r for r in relations_of("Scholz sagte, Russland sei keine Bedrohung für Europa.", "de") if r.type == "ACCUSE"]
    assert [(r.actor, r.recipient, r.status) for r in rels] == [("Olaf Scholz", "Russland", "negated")]
    assert rels[0].source == "AUTHOR" and rels[0].mode == "disapprove"


def test_a_demonstrative_names_again_the_act_of_the_sentence_before():
    text = "Polen hat Panzer an die Grenze verlegt. Diese Verlegung sei eine Provokation, sagte Scholz."
    assert ("ACCUSE", "Olaf Scholz", "Polen") in edges(text, "de")
    text = "Iran deployed drones to the border. This deployment is a reckless escalation, Germany said."
    assert ("ACCUSE", "Deutschland", "Iran") in edges(text, "en")
    # no earlier act with the noun's stem: no guess
    assert not any(e[1] == "Olaf Scholz" for e in edges(
        "Polen hat Panzer an die Grenze verlegt. Diese Entscheidung sei ein Fehler, sagte Scholz.", "de"))


def test_a_demonstrative_names_an_act_of_the_same_type_told_by_another_word():
    # "attack" shares no stem with "shelled" or "beschoss": the noun's event type (triggers.txt) finds the act
    assert ("ACCUSE", "Olaf Scholz", "Belarus") in edges(
        "Belarus shelled Vilnius on Friday. This attack was a crime, said Olaf Scholz.")
    assert ("ACCUSE", "Olaf Scholz", "Belarus") in edges(
        "Belarus beschoss am Freitag Vilnius. Dieser Angriff sei ein Verbrechen, sagte Scholz.", "de")
    # two attacks of two sides before: whose is meant is not clear
    got = edges("Belarus shelled Vilnius on Friday. Poland shelled Minsk. This attack was a crime, said Olaf Scholz.")
    assert not [e for e in got if e[0] == "ACCUSE"]
    # an act of another type is not named again: a delivery before "this attack"
    got = edges("Belarus sent tanks to Russia on Friday. This attack was a crime, said Olaf Scholz.")
    assert ("ACCUSE", "Olaf Scholz", "Belarus") not in got


def test_a_demonstrative_noun_with_an_abstract_target_of_its_own_names_no_earlier_act():
    # "Dieser Angriff auf die Meinungsfreiheit": a figure of speech about a freedom, not the shelling named again
    got = edges("Belarus beschoss am Freitag Vilnius. Dieser Angriff auf die Meinungsfreiheit sei ein Verbrechen, "
                "sagte Scholz.", "de")
    assert not [e for e in got if e[0] == "ACCUSE"]
    assert not [e for e in edges("Belarus shelled Vilnius on Friday. This assault against democracy was a crime, "
                                 "said Olaf Scholz.") if e[0] == "ACCUSE"]
    # a state other than the act's recipient is another target
    assert not [e for e in edges("Belarus shelled Vilnius on Friday. This attack on Poland was a crime, "
                                 "said Olaf Scholz.") if e[0] == "ACCUSE"]
    # a target that is a place, a place noun or the act's recipient names the act again
    assert ("ACCUSE", "Olaf Scholz", "Belarus") in edges(
        "Belarus beschoss am Freitag Vilnius. Dieser Angriff auf die Stadt sei ein Verbrechen, sagte Scholz.", "de")
    assert ("ACCUSE", "Olaf Scholz", "Belarus") in edges(
        "Belarus shelled Vilnius on Friday. This attack on Vilnius was a crime, said Olaf Scholz.")


def test_the_literal_gate_holds_every_judgement_word():
    from lagebild.relations.judgements import _lexicon

    for lang, words in (("de", ["denkfehler", "provokationen", "kriegsverbrechen", "lügen", "völkerrechtsbruch"]),
                        ("en", ["threats", "mistake", "escalatory", "violations", "lies"])):
        jlex = _lexicon(lang)
        for word in words:
            assert jlex.judgement.fullmatch(word), word
            assert any(core in f"sie sagte, es sei {word}" for core in jlex.gate), word
        assert not any(core in "das wetter war schön" for core in jlex.gate)


def test_predicate_in_finds_the_judgement_after_a_copula_only():
    from lagebild.relations.judgements import predicate_in

    low = "solche lieferungen wären ein schwerer fehler".split()
    assert predicate_in("de", low, 0, len(low)) == 5
    low = "der fehler wurde behoben".split()  # the subject, no predicate
    assert predicate_in("de", low, 0, len(low)) is None
