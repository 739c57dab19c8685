"""One relation record's fields (relations/record.py): the scope of a hedge marker over the trigger."""

from __future__ import annotations

from tests import relations_text


def hedges(text: str, lang: str) -> dict[tuple, str]:
    return {(r.type, r.actor, r.recipient): r.hedge for r in relations_text.relations_of(text, lang)}


def test_modal_of_the_next_conjunct_does_not_hedge_the_first():
    got = hedges("Japan has been supplying weapons to Ukraine and may receive money in return.", "en")
    assert got[("AID", "Japan", "Ukraine")] == "asserted"


def test_modal_after_a_comma_and_but_does_not_hedge_the_first():
    got = hedges("Japan had been supplying weapons to Ukraine, but new sanctions could end the war.", "en")
    assert got[("AID", "Japan", "Ukraine")] == "asserted"


def test_hedge_in_the_trigger_clause_still_counts():
    got = hedges("Japan may have been supplying weapons to Ukraine.", "en")
    assert got[("AID", "Japan", "Ukraine")] == "uncertain"


def test_future_with_an_infinitive_in_ern_is_planned():
    # "liefern", "verhandeln": infinitives that do not end in "-en" after "wird/werde" plan as "schicken" does
    got = {(r.type, r.actor, r.recipient): r.status for r in
           relations_text.relations_of("Spanien wird Portugal im Sommer Panzer liefern.", "de")}
    assert got[("AID", "Spanien", "Portugal")] == "planned"
    got = {(r.type, r.actor, r.recipient): r.status for r in
           relations_text.relations_of("Die Panzer werden im Sommer von Spanien an Portugal geliefert.", "de")}
    assert got[("AID", "Spanien", "Portugal")] == "factual"


def test_a_noun_trigger_in_a_passive_is_no_future_infinitive():
    # "wird ... <noun in -ern/-en>" is a passive with a noun, not "wird" before an infinitive
    rels = {r.type: r.status for r in relations_text.relations_of(
        "Portugal wird seit Tagen von Raketenangriffen aus Spanien erschüttert.", "de")}
    assert rels["ASSAULT"] == "factual"
    rels = {r.type: r.status for r in relations_text.relations_of(
        "Portugal wird mit Waffenlieferungen aus Spanien versorgt.", "de")}
    assert rels["AID"] == "factual"
    rels = {r.type: r.status for r in relations_text.relations_of("Spanien wird mit Portugal verhandeln.", "de")}
    assert rels["CONSULT"] == "planned"


def test_a_participle_without_ge_after_wird_is_a_passive_no_future():
    got = {r.type: r.status for r in relations_text.relations_of(
        "Die Hafenstadt wird seit Tagen von Soldaten aus Spanien beschossen.", "de")}
    assert got["ASSAULT"] == "factual"
    # a participle that is also the infinitive ("erhalten") keeps the future
    got = {r.type: r.status for r in relations_text.relations_of("Portugal wird im Mai Waffen aus Spanien erhalten.",
                                                                 "de")}
    assert got["AID"] == "planned"


def test_an_attributive_hedge_of_another_noun_does_not_hedge_the_event():
    got = hedges("Bei Einsätzen gegen die ETA haben spanische Soldaten 23 mutmaßliche Rebellen getötet.", "de")
    assert got and set(got.values()) == {"asserted"}
    # the adjective before the trigger noun hedges it
    got = hedges("Die mutmaßliche Lieferung von Panzern an Portugal durch Spanien sorgt für Streit.", "de")
    assert got[("AID", "Spanien", "Portugal")] == "uncertain"


def statuses(text: str, lang: str) -> dict[tuple, str]:
    return {(r.type, r.actor, r.recipient): r.status for r in relations_text.relations_of(text, lang)}


def test_an_act_under_a_refusal_did_not_happen():
    # the refusal governs the infinitive's act: a REJECT, and the act itself negated, not factual
    for text in ("Norwegen lehnte es gestern ab, Finnland moderne Kampfjets zur Verfügung zu stellen.",
                 "Norwegen weigert sich weiterhin, Kampfjets an Finnland zu liefern.",
                 "Norwegen hatte es abgelehnt, Finnland mit Kampfjets zu beliefern."):
        got = statuses(text, "de")
        assert got[("AID", "Norwegen", "Finnland")] == "negated", text
        assert any(edge[:2] == ("REJECT", "Norwegen") for edge in got), text
    # an act beside the refusal, in a clause of its own, keeps its status
    got = statuses("Norwegen lehnte die Bitte ab und lieferte Finnland Kampfjets.", "de")
    assert got[("AID", "Norwegen", "Finnland")] == "factual"


def test_an_act_a_verb_of_refusal_takes_as_its_complement_did_not_happen():
    assert statuses("Norway refused to provide fighter jets to Finland.", "en")[("AID", "Norwegen", "Finnland")] \
        == "negated"
    assert statuses("Norway declined to deliver fighter jets to Finland.", "en")[("AID", "Norwegen", "Finnland")] \
        == "negated"
    assert statuses("Norway turned down the request and delivered fighter jets to Finland.", "en")[
        ("AID", "Norwegen", "Finnland")] == "factual"


def test_thinking_an_act_over_leaves_it_open():
    def statuses(text: str) -> list[str]:
        return [r.status for r in relations_text.relations_of(text, "de") if r.type == "AID"]

    assert statuses("Spanien denkt über Waffenlieferungen an Portugal nach.") == ["hypothetical"]
    assert statuses("Spanien denkt darüber nach, Panzer an Portugal zu liefern.") == ["hypothetical"]
    assert statuses("Spanien überlegt, Panzer an Portugal zu liefern.") == ["hypothetical"]
    # "denkt" without its particle is a belief: the act it reports stays as stated
    assert statuses("Meier denkt, dass Spanien Panzer an Portugal geliefert hat.") == ["factual"]
