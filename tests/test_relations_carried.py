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
    got = edges("Nordkorea hat 3000 Soldaten nach Russland geschickt. Diese sollen im Gebiet Brjansk "
                "eingesetzt werden, das seit dem Sommer teils von ukrainischen Truppen besetzt ist.", "de")
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


def test_a_name_in_the_genitive_after_the_noun_owns_the_forces_and_the_flow_stays():
    got = edges("Belarus schickte 300 Soldaten nach Syrien. Die Söldner Chiles griffen daraufhin Syrien an.", "de")
    assert ("ASSAULT", "Chile", "Syrien") in got
    assert ("AID", "Belarus", "Syrien") in got  # no assault of the sender's own to drop the aid
    assert not any(actor == "Belarus" and kind == "ASSAULT" for kind, actor, _ in got)
    got = edges("Belarus schickte 300 Soldaten nach Syrien. Die Drohnen Israels beschossen die Soldaten.", "de")
    assert ("AID", "Belarus", "Syrien") in got
    assert not any(recipient == "Israel" or actor == "Belarus" for kind, actor, recipient in got
                   if kind == "ASSAULT")


def test_an_adjective_of_the_other_side_keeps_the_forces_from_the_sender():
    assert carried.anaphor(*_words("Die gegnerischen Kämpfer beschossen die Stellung")) is None
    assert carried.anaphor(*_words("Die regierungstreuen Kämpfer beschossen die Stellung")) == (0, 3)
    for adjective in ("feindlichen", "verfeindeten", "anderen"):
        got = edges(f"Belarus schickte 300 Soldaten nach Syrien. Die {adjective} Kämpfer beschossen die Soldaten.", "de")
        assert got == {("AID", "Belarus", "Syrien")}, adjective


def test_goods_delivered_are_used_by_their_recipient():
    for again in ("Diese", "Die Haubitzen"):
        got = edges(f"Belarus liefert Haubitzen an Syrien. {again} werden gegen Israel eingesetzt.", "de")
        assert ("ASSAULT", "Syrien", "Israel") in got, again
        assert ("AID", "Belarus", "Syrien") in got
        assert ("ASSAULT", "Belarus", "Israel") not in got
    # with no recipient named, no one is known to use them
    assert not edges("Belarus liefert Haubitzen. Diese werden gegen Israel eingesetzt.", "de")
    # forces sent along with the goods: the pronoun stands for the sender's forces
    got = edges("Belarus hat Haubitzen und Soldaten nach Syrien geschickt. Diese sollen gegen Israel eingesetzt "
                "werden.", "de")
    assert ("ASSAULT", "Belarus", "Israel") in got


def test_more_forces_counted_after_a_flow_belong_to_its_sender():
    assert carried.anaphor(*_words("Weitere 400 Soldaten sollen folgen")) == (0, 3)
    assert carried.anaphor(*_words("3.000 Mann sollen im Mai nachrücken")) == (0, 2)
    assert carried.anaphor(*_words("3.000 Mann aus Peru sollen nachrücken")) is None  # their owner is named
    assert carried.anaphor(*_words("3.000 Euro kostet das Ticket")) is None  # no forces counted
    got = edges("Belarus schickte 300 Soldaten nach Syrien. 500 Mann sollen im Winter nachrücken.", "de")
    assert got == {("AID", "Belarus", "Syrien")}
    rels = relations_of("Belarus schickte 300 Soldaten nach Syrien. 500 Mann sollen im Winter nachrücken.", "de")
    assert [r.predicate for r in rels] == ["schickte", "nachrücken"]
