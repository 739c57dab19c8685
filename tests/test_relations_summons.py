"""An envoy summoned in a passive clause (relations/summons.py): the state that protested to his state just before
summons him; with no such protest, or in an active clause, the rule adds nothing."""

from __future__ import annotations

from lagebild.entities.gazetteer import gazetteer
from lagebild.model import Relation
from lagebild.relations import summons
from lagebild.relations.mentions import Mention
from tests.relations_text import edges, relations_of


def test_the_protesting_state_summons_the_envoy_of_the_passive():
    text = "Spanien kritisierte Portugal scharf. Am Montag wurde der portugiesische Botschafter einbestellt."
    found = [r for r in relations_of(text, "de") if r.predicate == "einbestellt"]
    assert [(r.type, r.actor, r.recipient, r.status) for r in found] == [("ACCUSE", "Spanien", "Portugal", "factual")]
    text = "Japan criticized China sharply. The Chinese ambassador was summoned on Monday."
    assert [(r.actor, r.recipient) for r in relations_of(text, "en") if r.predicate == "summoned"] == [("Japan", "China")]


def test_no_protest_before_no_summoner():
    assert not edges("Der portugiesische Botschafter wurde am Montag einbestellt.", "de")
    # a protest to another state summons no envoy of this one
    text = "Spanien kritisierte Frankreich scharf. Am Montag wurde der portugiesische Botschafter einbestellt."
    assert not [r for r in relations_of(text, "de") if r.predicate == "einbestellt"]


def test_a_protest_too_long_before_is_no_summoner():
    filler = " ".join(f"Der Tag {n} verging ruhig." for n in range(summons.WINDOW + 1))
    text = f"Spanien kritisierte Portugal scharf. {filler} Am Montag wurde der portugiesische Botschafter einbestellt."
    assert not [r for r in relations_of(text, "de") if r.predicate == "einbestellt"]


def test_summoner_is_the_nearest_hostile_actor_before():
    def rel(actor: str, recipient: str, i: int, kind: str = "ACCUSE") -> Relation:
        return Relation(kind, None, [], actor, actor, recipient, recipient, "x", sentence=i)

    relations = [rel("Spanien", "Portugal", 1), rel("Frankreich", "Portugal", 3), rel("Italien", "Portugal", 4, "AID")]
    assert summons._summoner(relations, 5, "Portugal") == "Frankreich"
    assert summons._summoner(relations, 9, "Portugal") is None
    assert summons._summoner(relations, 5, "Spanien") is None


def test_an_envoy_named_after_the_noun_takes_the_adjective_s_country():
    gaz = gazetteer("de")
    words = "Auch wurde der portugiesische Botschafter Rui Costa einbestellt".split()
    person = Mention("Rui Costa", "Rui Costa", 40, 49, 5, 7, "PER")
    starts = list(range(0, 80, 10))[:len(words)]
    envoy = summons._envoy([person], words, starts, [s + 5 for s in starts], frozenset({"botschafter"}), 0,
                           len(words), gaz)
    assert envoy is not None and envoy.canonical == "Portugal" and (envoy.first, envoy.last) == (3, 7)


def test_a_state_the_summons_sentence_names_as_place_or_source_summons_instead_of_the_earlier_protester():
    before = "Spanien kritisierte Portugal scharf. "
    def summoners(text: str, lang: str = "de") -> list[tuple[str, str]]:
        return [(r.actor, r.recipient) for r in relations_of(text, lang) if r.predicate in ("einbestellt", "summoned")]

    assert summoners(before + "In Paris wurde der portugiesische Botschafter einbestellt.") == [("Frankreich", "Portugal")]
    assert summoners(before + "Der portugiesische Botschafter wurde einbestellt, teilte Italien mit.") == \
        [("Italien", "Portugal")]
    assert summoners("Japan criticized China. Vietnam said the Chinese ambassador was summoned.", "en") == \
        [("Vietnam", "China")]
    # with no protest before, the host alone is enough
    assert summoners("In Paris wurde der portugiesische Botschafter einbestellt.") == [("Frankreich", "Portugal")]
    # a state the summons is about is no host: the earlier protester stays
    assert summoners(before + "Wegen der Angriffe auf Italien wurde der portugiesische Botschafter einbestellt.") == \
        [("Spanien", "Portugal")]
