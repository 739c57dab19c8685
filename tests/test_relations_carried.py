"""Forces and goods named again in the next sentence by a pronoun or a plain noun (relations/carried.py)."""

from __future__ import annotations

from lagebild.entities.gazetteer import gazetteer
from lagebild.model import Relation
from lagebild.relations import carried, lexicon
from tests.relations_text import attributed, edges, relations_of


def _words(text: str) -> tuple[list[str], list[str]]:
    words = text.split()
    return words, [w.lower() for w in words]


def test_a_pronoun_before_a_plural_verb_or_a_noun_of_forces_is_the_anaphor():
    assert carried.anaphor(*_words("Diese sollen bald verlegt werden")) == (0, 1)
    assert carried.anaphor(*_words("Seither kämpfen sie an der Front")) == (2, 3)
    assert carried.anaphor(*_words("Seit dem Mai kämpfen sie an der Front")) == (4, 5)
    assert carried.anaphor(*_words("Seit dem Mai sagen Experten , sie kämpfen")) is None
    assert carried.anaphor(*_words("Im Grenzgebiet kämpfen diese Einheiten")) is None  # an article
    assert carried.anaphor(*_words("Die erfahrenen Einheiten wurden verlegt")) == (0, 3)
    assert carried.anaphor(*_words("Sie sagte am Montag")) is None  # a singular verb: a woman
    assert carried.anaphor(*_words("Die Stadt wurde verlegt")) is None  # no forces, no goods
    assert carried.anaphor(*_words("Die Soldaten aus Kuba wurden verlegt")) is None  # whose they are is said


def test_forces_sent_in_the_sentence_before_act_when_named_by_a_pronoun():
    rels = relations_of("Kuba hat 400 Soldaten nach Venezuela entsandt. Diese sollen im Grenzgebiet eingesetzt "
                        "werden.", "de")
    assert [(r.sentence, r.type, r.actor, r.recipient) for r in rels] == [
        (0, "AID", "Kuba", "Venezuela"), (1, "AID", "Kuba", "Venezuela")]


def test_a_plain_noun_of_forces_names_them_again_and_the_place_gives_the_recipient():
    got = edges("Belarus schickte im Frühjahr 200 Soldaten nach Syrien. Die Einheiten wurden danach in die "
                "Region Idlib verlegt.", "de")
    assert ("AID", "Belarus", "Syrien") in got
    assert all(actor == "Belarus" for _, actor, _ in got)


def test_a_pronoun_after_the_verb_fights_against_the_side_named():
    got = edges("Kuba hat 400 Soldaten nach Venezuela entsandt. Seit Mai kämpfen sie gegen Kolumbien.", "de")
    assert ("ASSAULT", "Kuba", "Kolumbien") in got


def test_the_state_of_a_person_who_sent_the_forces_acts():
    got = edges("Machthaber Kim Jong-un schickte im Sommer 900 Soldaten nach Russland. Diese sollen "
                "im Grenzgebiet eingesetzt werden.", "de")
    assert ("AID", "Nordkorea", "Russland") in got


def test_without_a_flow_in_the_sentence_before_the_pronoun_names_no_one():
    assert not edges("Die Gemeinde genehmigte den Neubau. Diese sollen im Grenzgebiet eingesetzt werden.", "de")
    # two sentences later "sie" is as likely someone else
    rels = relations_of("Kuba hat 400 Soldaten nach Venezuela entsandt. Das Wetter war schlecht. Diese sollen im "
                        "Grenzgebiet eingesetzt werden.", "de")
    assert [r.sentence for r in rels] == [0]


def test_a_relative_clause_after_the_place_keeps_its_own_subject():
    got = edges("Nordkorea hat 3000 Soldaten nach Russland geschickt. Diese sollen in der Region Brjansk "
                "eingesetzt werden, die zum Teil von ukrainischen Truppen besetzt ist.", "de")
    assert ("AID", "Nordkorea", "Russland") in got
    assert ("ASSAULT", "Ukraine", "Russland") in got
    assert not any(recipient == "Nordkorea" for _, _, recipient in got)


def test_the_side_is_a_state_or_an_organization_never_a_person_of_no_known_state():
    doc = attributed("Der Regisseur Hans Obermaier schickte Drohnen nach Kenia. Sie sind klein.", "de")
    lex, gaz = lexicon.load("de"), gazetteer("de")

    def side(actor: str) -> str | None:
        flow = Relation("AID", None, [], actor, actor, "Kenia", "Kenia", "schickte", sentence=0)
        return carried.flow_side(doc, 1, [flow], lex, gaz)

    assert side("Kim Jong-un") == "Nordkorea"  # a person's state
    assert side("Nordkorea") == "Nordkorea"
    assert side("Hans Obermaier") is None
