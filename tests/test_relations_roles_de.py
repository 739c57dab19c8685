"""German roles and actors (relations/mentions.py, anaphora.py, extract.py): outlets are no actors, a title before
a short name names the person, pairs named later in the text, the war zone is no recipient."""

from __future__ import annotations

import pytest

from lagebild.entities.gazetteer import gazetteer
from lagebild.model import Doc, Entity
from lagebild.pipeline.relations import Relations
from lagebild.relations.mentions import is_outlet, person_name
from tests.relations_text import attributed


def _doc(text: str) -> Doc:
    return attributed(text, "de", None)


def relations_of(text: str) -> list[tuple[str, str, str | None]]:
    doc = Relations("de")(_doc(text))
    return [(r.type, r.actor, r.recipient) for r in doc.relations]


def test_an_outlet_is_no_recipient():
    assert relations_of("Kim Jong-un lobte in einem Interview mit CNN Russland.") == [
        ("SUPPORT", "Kim Jong-un", "Russland")]


def test_a_name_after_a_media_noun_is_an_outlet():
    words = "Putin schrieb für die Zeitung „ Rodong Sinmun “".split()
    assert is_outlet("Rodong Sinmun", words, 6, "de")
    assert is_outlet("The New York Times", ["die", "New", "York", "Times"], 1, "de")
    assert not is_outlet("Russland", ["mit", "Russland"], 1, "de")


def test_a_title_before_a_short_name_names_the_person():
    gaz = gazetteer("de")
    doc = Doc(doc_id="t", text="x", lang="de", published="2024-10")
    # "Kim" is short for several people: the title ("Nordkoreas Machthaber", roles.txt) decides
    assert person_name(doc, "Nordkoreas Machthaber Kim", "PER", ["Nordkoreas", "Machthaber", "Kim"], gaz) \
        == "Kim Jong-un"
    assert person_name(doc, "Präsident Putin", "PER", ["Präsident", "Putin"], gaz) == "Wladimir Putin"
    # a short name the document names elsewhere
    doc.ents = [Entity("Kim Yo-jong", 0, 1, "PER", canonical="Kim Yo-jong")]
    assert person_name(doc, "Schwester Kim", "PER", ["Schwester", "Kim"], gaz) == "Kim Yo-jong"
    assert person_name(doc, "Herr Müller", "PER", ["Herr", "Müller"], gaz) == "Herr Müller"


def test_a_pair_named_later_in_the_text():
    text = ("Der Vertrag vertieft die Kooperation zwischen beiden Staaten. "
            "Russland und Nordkorea hatten ihn im März unterzeichnet.")
    assert ("COOPERATE", "Russland", "Nordkorea") in relations_of(text)


def test_the_war_zone_is_no_recipient():
    text = ("Nordkorea hat Tausende Soldaten nach Russland geschickt. "
            "Die Stationierung nordkoreanischer Truppen in der Ukraine gilt als sicher.")
    rels = relations_of(text)
    assert ("AID", "Nordkorea", "Ukraine") not in rels
    assert rels.count(("AID", "Nordkorea", "Russland")) == 2


def test_a_place_the_actor_sends_to_stays_the_recipient():
    text = ("Nordkorea hat Tausende Soldaten nach Russland geschickt. "
            "Die nordkoreanischen Truppen sind in Russland stationiert.")
    assert relations_of(text).count(("AID", "Nordkorea", "Russland")) == 2


def test_a_verb_after_und_shares_the_subject_before():
    rels = relations_of("Nordkorea braucht Kampfjets – und beliefert Russland mit Granaten.")
    assert ("AID", "Nordkorea", "Russland") in rels
    assert ("AID", "Russland", "Nordkorea") not in rels


def test_shares_subject_only_for_a_verb_opening_its_clause():
    from lagebild.relations.roles_de import shares_subject
    words = "Belarus braucht Ersatzteile – und bezahlt Moskau mit Getreide".split()
    assert shares_subject(words, 5, 4, "de")
    words = "Russland und Nordkorea schließen einen Pakt".split()
    assert not shares_subject(words, 2, 0, "de")


def test_a_name_in_a_purpose_clause_is_not_the_recipient():
    rels = relations_of("Moskau verlegt weitere Einheiten, um ukrainische Truppen aus Kursk zu vertreiben.")
    assert ("AID", "Russland", "Ukraine") not in rels
    assert ("MOBILIZE", "Russland", "Ukraine") not in rels


def test_a_preposition_before_a_relative_pronoun_marks_no_name():
    rels = relations_of("Washington bestätigte Berichte, nach denen 2.500 nordkoreanische Rekruten trainiert werden.")
    assert ("MOBILIZE", "Nordkorea", None) in rels
    assert not [r for r in rels if "USA" in r]


def test_von_after_a_noun_trigger_names_its_actor():
    rels = relations_of("Nach dem Besuch von Putin in Pjöngjang stieg die Zahl der Lieferungen.")
    assert ("CONSULT", "Wladimir Putin", "Nordkorea") in rels


def test_sie_by_the_number_of_its_verb():
    from lagebild.relations.roles_de import sie
    low = "sie nannte die offensive einen kampf und lobte putin".split()
    assert sie(low, low, 0, len(low)) == "person"
    low = "demnach kämpfen sie in kursk".split()
    assert sie(low, low, 0, len(low)) == "actor"
    low = "sie und er".split()
    assert sie(low, low, 0, len(low)) is None


def test_the_polite_sie_is_the_one_asked():
    from lagebild.relations.roles_de import ADDRESSEE, sie
    words = "Weshalb loben Sie die Regierung ?".split()
    assert sie(words, [w.lower() for w in words], 0, len(words)) == ADDRESSEE
    words = "Sie loben die Regierung .".split()  # opening the sentence: she or they, by the verb
    assert sie(words, [w.lower() for w in words], 0, len(words)) == "actor"


@pytest.mark.parametrize("text", [
    "Weshalb loben Sie die Regierung Polens so sehr?",
    # an actor named before is not the one asked either
    "Russland hat Polen kritisiert. Interviewer: Weshalb loben Sie die Regierung Polens?",
    # nor does an unnamed "sie" with a plural verb leave the subject to the name after it
    "Weshalb loben sie die Regierung Polens so sehr?",
])
def test_a_name_after_sie_is_no_actor(text):
    assert not {e for e in relations_of(text) if e[0] == "SUPPORT"}


def test_she_acts_in_a_coordinated_clause():
    text = ("Die Funktionärin Kim Yo-jong besuchte Moskau. "
            "Sie nannte den Krieg einen „heiligen Kampf“ und lobte Wladimir Putin.")
    assert ("SUPPORT", "Kim Yo-jong", "Wladimir Putin") in relations_of(text)
    # a woman only where the text says so (relations/pronouns.py): the name alone tells no gender
    assert ("SUPPORT", "Kim Yo-jong", "Wladimir Putin") not in relations_of(text.replace("Die Funktionärin ", ""))


def test_a_possessive_visit_is_the_subjects():
    text = "Schoigu hält sich im Auftrag von Kremlchef Putin zu seiner zweiten Visite in Pjöngjang auf."
    assert ("CONSULT", "Sergej Schoigu", "Nordkorea") in relations_of(text)


def test_an_attack_lands_where_it_happens_but_fighting_has_no_side():
    assert ("ASSAULT", "Russland", "Ukraine") in relations_of(
        "Russland hat zwei weitere Dörfer im Gebiet Saporischschja eingenommen.")
    assert ("ASSAULT", "Nordkorea", "Russland") not in relations_of(
        "Nordkoreanische Pioniere kämpfen im russischen Gebiet Belgorod.")


def test_the_speaker_visits():
    text = "Russland und Nordkorea rücken zusammen, erklärte Wladimir Putin am Freitag während einer Reise nach Pjöngjang."
    assert relations_of(text) == [("CONSULT", "Wladimir Putin", "Nordkorea")]


def test_a_trigger_without_its_forces_asks_for_no_parse(monkeypatch):
    from lagebild.relations import roles_de

    def refine(*args, **kwargs):  # the parse's roles: never needed when no forces stand in the clause
        raise AssertionError("refine asked")

    monkeypatch.setattr(roles_de, "refine", refine)
    # "eingesetzt" needs forces or goods in its clause: software is neither, so no event and no parse
    assert relations_of("Laut der Polizei in Wien wurde in Graz eine neue Software eingesetzt.") == []
    # with forces the roles are asked for
    with pytest.raises(AssertionError, match="refine asked"):
        relations_of("Laut der Polizei in Wien wurden in Graz neue Soldaten eingesetzt.")


def test_an_infinitive_with_zu_inside_the_verb():
    from lagebild.relations.roles_de import zu_infix

    assert zu_infix("zurückzuerobern", "de") and zu_infix("einzunehmen", "de")
    assert not zu_infix("zurück", "de") and not zu_infix("einzeln", "de") and not zu_infix("einzunehmen", "en")


def test_the_subject_before_an_infinitive_with_zu_inside_takes_the_ground():
    # the clause right before the infinitive names its actor, not the mention nearest to the verb
    got = {(r.type, r.actor, r.recipient) for r in relations_of_de(
        "Die nordkoreanischen Soldaten unterstützten Russland dabei, die von der Ukraine besetzten Weiler "
        "zurückzuerobern.")}
    assert ("ASSAULT", "Nordkorea", "Ukraine") in got


def test_the_infinitive_actor_is_the_subject_of_the_clause_before_it():
    from lagebild.relations.lexicon import load
    from lagebild.relations.mentions import Mention
    from lagebild.relations.roles_de import infinitive_actor

    lex = load("de")
    words = "Die Nordkoreaner seien Kanonenfutter , und die russischen Truppen bräuchten Jahre , um das Gebiet einzunehmen".split()
    low = [w.lower() for w in words]
    north = Mention("Nordkorea", "Nordkoreaner", 4, 16, 1, 2, "LOC")
    russia = Mention("Russland", "russischen", 45, 55, 7, 8, "LOC")
    k, lo = len(words) - 1, words.index("um")
    assert infinitive_actor([north, russia], words, low, k, lo, lex) == [russia]
    # after a separate "zu" the sentence's first free mention, as before
    words[-1:] = ["zu", "erobern"]
    low = [w.lower() for w in words]
    assert infinitive_actor([north, russia], words, low, len(words) - 1, lo, lex) == [north]


def relations_of_de(text: str) -> list:
    from tests.relations_text import relations_of as rules_only

    return rules_only(text, "de")


def test_bei_is_a_particle_with_zu_inside():
    # "beizustehen", "beizutreten": separable "bei" puts "zu" inside (particles.txt), read by stance.promised too
    from lagebild.relations.roles_de import zu_infix

    assert zu_infix("beizustehen", "de") and zu_infix("beizutreten", "de")
    assert not zu_infix("beizustehen", "en") and not zu_infix("beizeiten", "de")


def test_roles_ask_no_parse(monkeypatch):
    # a source announcing its own act is its actor, and ground held and directions complete the roles, all without
    # the dependency parse (roles_de's docstring: it changed no output and cost a third of the relations' time)
    from lagebild.relations import parse_de

    def refuse(words):  # type: ignore[no-untyped-def]
        raise AssertionError(f"parsed: {' '.join(words)}")

    monkeypatch.setattr(parse_de, "parse", refuse)
    assert ("AID", "Kuba", "Venezuela") in relations_of("Kuba hat bestätigt, Soldaten nach Venezuela entsandt zu haben.")
    assert ("AID", "Kuba", "Ukraine") in relations_of("Kuba schickt Söldner in die Ukraine.")


def test_a_trigger_with_its_own_zu_takes_the_actor_and_plan_of_the_governing_clause():
    from lagebild.relations import roles_de
    from lagebild.relations.lexicon import load
    from tests.relations_text import relations_of

    low = "kuba plant , venezuela haubitzen zur verfügung zu stellen .".split()
    assert roles_de.infinitive_verb(low, 5, 4, load("de")) == 8  # "stellen", right after the trigger's own "zu"
    assert roles_de.infinitive_verb(low, 1, 1, load("de")) == 1
    rels = relations_of("Kuba kündigte an, Venezuela zwanzig Haubitzen zur Verfügung zu stellen.", "de")
    assert [(r.type, r.actor, r.recipient, r.status) for r in rels] == [("AID", "Kuba", "Venezuela", "planned")]
    # a promise before it makes the help one AGREE, as for "zu liefern"
    rels = relations_of("Kuba hat zugesagt, Venezuela zwanzig Haubitzen zur Verfügung zu stellen.", "de")
    assert [(r.type, r.actor, r.recipient, r.status) for r in rels] == [("AGREE", "Kuba", "Venezuela", "planned")]
