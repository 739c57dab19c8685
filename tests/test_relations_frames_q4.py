"""General news, fourth round (issue 10, q4): recipients coordinated with a repeated preposition
(relations/coordination.py), help asked for (relations/asked.py), the defendant a court sentences
(relations/penalties.py), a bare government (relations/rolenouns.py), a resignation told twice
(relations/resigned.py), the genitive of a noun of cooperation and a recipient behind a second verb
(relations/frames.py)."""

from __future__ import annotations

from lagebild.entities.gazetteer import gazetteer
from lagebild.model import Doc, Entity, Relation
from lagebild.pipeline.relations import Relations
from lagebild.relations import coordination, penalties, resigned, rolenouns
from lagebild.relations.mentions import Mention
from tests import relations_text


def edges(text: str) -> set[tuple]:
    return relations_text.edges(text, "de")


def test_a_repeated_preposition_coordinates_the_recipients():
    got = edges("Emmanuel Macron sprach am Morgen mit Friedrich Merz und danach noch mit Xi Jinping.")
    assert {("CONSULT", "Emmanuel Macron", "Friedrich Merz"), ("CONSULT", "Emmanuel Macron", "Xi Jinping")} <= got


def test_repeated_needs_the_same_preposition_and_only_adverbs_between():
    words = "traf er mit Scholz und dann mit Baerbock".split()
    scholz, baerbock = Mention("Scholz", "Scholz", 0, 0, 3, 4, "PER"), Mention("Baerbock", "B", 0, 0, 7, 8, "PER")
    assert coordination.repeated(words, scholz, baerbock.first, scholz.first)
    words = "traf er mit Scholz und sprach über Baerbock".split()
    assert not coordination.repeated(words, scholz, baerbock.first, scholz.first)
    words = "traf er mit Scholz und später gegen Baerbock".split()
    assert not coordination.repeated(words, scholz, baerbock.first, scholz.first)


def test_help_asked_for_is_a_request_and_no_aid():
    got = edges("Polen will Hilfe beim Schutz seiner Küste anfordern, die zugleich eine Küste der Nato ist.")
    assert ("REQUEST", "Polen", None) in got
    assert not any(kind == "AID" for kind, _, _ in got)
    assert ("AID", "Deutschland", "Griechenland") in edges("Deutschland schickte Hilfe nach Griechenland.")
    # words apart, not characters or commas: a relative clause between the noun and its verb
    got = edges("Polen könnte Hilfe beim Schutz seiner Küste, die zugleich eine Küste der Nato ist, anfordern.")
    assert ("REQUEST", "Polen", None) in got
    assert not any(kind == "AID" for kind, _, _ in got)


def _court(text: str, people: list[str]) -> Doc:
    doc = relations_text.attributed(text, "de")
    for name in people:  # the statistical model's persons, which the rules-only entities do not find
        at = text.index(name)
        doc.ents.append(Entity(name, at, at + len(name), "PER", name, provenance="test"))
    doc.ents.sort(key=lambda e: e.start)
    return Relations("de")(doc)


def test_the_court_sentences_the_documents_defendant():
    text = ("Der Angeklagte Markus T. musste sich am Dienstag verantworten. Die Sachverständige Jana Wolff sagte aus. "
            "Richter Bernd Kolb verurteilt ihn zu zwei Jahren Haft.")
    doc = _court(text, ["Markus T.", "Jana Wolff", "Bernd Kolb"])
    assert [(r.type, r.actor, r.recipient, r.recipient_text) for r in doc.relations] == \
        [("SANCTION", "Bernd Kolb", "Markus T.", "ihn")]
    assert "defendant" in doc.relations[0].provenance


def test_no_defendant_when_the_document_names_none_or_several():
    text = "Die Sachverständige Jana Wolff sagte aus. Richter Bernd Kolb verurteilt ihn zu zwei Jahren Haft."
    doc = _court(text, ["Jana Wolff", "Bernd Kolb"])
    assert [(r.type, r.recipient) for r in doc.relations] == [("SANCTION", None)]
    text = "Lea M. und Markus T. mussten sich verantworten. Richter Bernd Kolb verurteilt ihn zu zwei Jahren Haft."
    assert penalties.defendant(_court(text, ["Lea M.", "Markus T.", "Bernd Kolb"])) is None


def test_a_genitive_after_a_noun_of_cooperation_is_its_side():
    assert not edges("Wie Annalena Baerbock sagt, braucht Macron für sein Budget die Zusammenarbeit des Senats.")
    assert ("COOPERATE", "USA", "Ägypten") in edges("Die Zusammenarbeit der USA mit Ägypten wächst.")


def test_a_recipient_behind_a_second_verb_is_not_the_first_ones():
    assert ("AGREE", "Österreich", "Italien") not in \
        edges("Österreich sei zu Hilfen bereit und nannte die Hilfen für Italien als Beispiel.")
    assert ("AID", "Nordkorea", "Russland") in edges("Nordkorea liefert Granaten und schickt Soldaten nach Russland.")


def test_a_bare_government_is_the_government_of_the_documents_country():
    text = ("Österreich ringt um sein Budget. Österreich drohen Sanktionen. Die EU-Kommission will die "
            "Bundesregierung auffordern, Zahlen vorzulegen.")
    rel = relations_text.relations_of(text, "de")[-1]
    assert (rel.type, rel.actor, rel.recipient, rel.recipient_text) == \
        ("REQUEST", "EU-Kommission", "Österreich", "Bundesregierung")
    assert "government of the document's country" in rel.provenance


def test_a_government_stays_when_the_country_is_unclear_or_named_after_it():
    # named once only
    assert ("REQUEST", "EU-Kommission", "Regierung") in \
        edges("Österreich drohen Sanktionen. Die EU-Kommission will die Regierung auffordern, Zahlen vorzulegen.")
    # a continent is no country with a government; the one country is named once
    assert ("REQUEST", "EU-Kommission", "Regierung") in \
        edges("Russland und Europa und Europa streiten. Die EU-Kommission will die Regierung auffordern, zu gehen.")
    # whose government it is follows it ("von Nauru", a country the gazetteer lacks)
    text = ("Österreich ringt um sein Budget. Österreich drohen Sanktionen. Die EU-Kommission will die Regierung "
            "von Nauru auffordern, Zahlen vorzulegen.")
    assert ("REQUEST", "EU-Kommission", "Regierung") in edges(text)


def test_a_government_led_by_a_person_of_a_known_state_is_that_state():
    # the document makes him South Korea's (meetings.person_countries); gaz roles make Kim Jong-un North Korea's
    text = "Der südkoreanische Präsident Boris Pistorius reiste ab. Die Regierung von Boris Pistorius kritisierte die USA."
    assert ("ACCUSE", "Südkorea", "USA") in edges(text)
    assert rolenouns.leader_state(relations_text.attributed(text, "de"), "Regierung", "Kim Jong-un",
                                  gazetteer("de")) == "Nordkorea"
    assert rolenouns.leader_state(relations_text.attributed(text, "de"), "Polizei", "Kim Jong-un",
                                  gazetteer("de")) is None  # no government noun (governments.txt)


def test_a_federal_government_is_only_that_of_a_country_with_one():
    # "die Bundesregierung" of German-language press: Germany's or Austria's, not the Türkei's
    text = "Die Türkei spart, und die Türkei streitet. Die EU-Kommission will die Bundesregierung auffordern, zu gehen."
    assert ("REQUEST", "EU-Kommission", "Regierung") in edges(text)
    text = "Die Türkei spart, und die Türkei streitet. Die EU-Kommission will die Regierung auffordern, zu gehen."
    assert ("REQUEST", "EU-Kommission", "Türkei") in edges(text)
    words = rolenouns.governments("de")
    assert words is not None and words.nouns["bundesregierung"] == {"Deutschland", "Österreich"}
    assert words.nouns["regierung"] is None and "Europa" in words.continents
    assert rolenouns.governments("en") is None



def test_a_resignation_told_twice_takes_the_body_left_from_the_other_telling():
    text = "Olaf Scholz hat sein Amt beim IWF niedergelegt. Die Nato bestätigt, dass Olaf Scholz zurückgetreten ist."
    rels = relations_text.relations_of(text, "de")
    assert [(r.type, r.actor, r.recipient) for r in rels] == \
        [("RETREAT", "Olaf Scholz", "Internationaler Währungsfonds")] * 2
    assert "resigned.py" in rels[1].provenance
    assert ("RETREAT", "Olaf Scholz", None) in edges("Olaf Scholz ist zurückgetreten. Sergej Lawrow hat sein Amt "
                                                     "beim IWF niedergelegt.")


def test_resigned_needs_one_body_left_by_the_same_person():
    def rel(actor: str, recipient: str | None) -> Relation:
        return Relation("RETREAT", "resign", [], actor, actor, recipient, recipient, "zurückgetreten")
    rels = resigned.fill([rel("Sir Tim Hunt", None), rel("Tim Hunt", "UCL")], "de")
    assert rels[0].recipient == "UCL"
    rels = resigned.fill([rel("Tim Hunt", None), rel("Tim Hunt", "UCL"), rel("Tim Hunt", "Royal Society")], "de")
    assert rels[0].recipient is None
