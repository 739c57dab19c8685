"""Event detection (relations/events.py): several events per sentence, implied recipients."""

from __future__ import annotations

from lagebild.relations import events
from tests import relations_text


def relations_of(text: str, lang: str = "de") -> list:
    return relations_text.relations_of(text, lang)


def edges(text: str, lang: str = "de") -> set[tuple]:
    return {(r.sentence, r.type, r.actor, r.recipient) for r in relations_of(text, lang)}


def test_two_verbs_joined_by_und_are_two_events():
    got = edges("Russland hat einen Vertrag mit Nordkorea ratifiziert und sich "
                "gegenseitiger Hilfe verpflichtet.")
    assert {t for _, t, a, r in got if (a, r) == ("Russland", "Nordkorea")} == {"SUPPORT", "AGREE"}


def test_a_noun_trigger_closed_by_its_verb_is_an_event_of_its_own_after_und():
    # "einen Beistandspakt abschlossen" is a verb phrase (triggers.txt): beside "geliefert" it is a second event
    got = {(t, a, r) for _, t, a, r in edges(
        "Bekannt ist, dass Kuba Venezuela Granaten geschickt hat und beide Regime einen Beistandspakt abschlossen.")}
    assert got == {("AID", "Kuba", "Venezuela"), ("SUPPORT", "Kuba", "Venezuela")}


def test_each_flow_of_two_clauses_goes_where_its_own_clause_says():
    # the "nach" of the first clause is nearer to the second verb than its own "an", but lies outside its clause
    for text in ("Wenn Kanada Zelte nach Polen schickt, liefert Schweden Panzer an Lettland.",
                 "Schickt Kanada Zelte nach Polen, liefert Schweden Panzer an Lettland."):
        got = {(t, a, r) for _, t, a, r in edges(text)}
        assert got == {("AID", "Kanada", "Polen"), ("AID", "Schweden", "Lettland")}


def test_triggers_next_to_each_other_are_one_event():
    got = edges("Nordkorea hat Russland Unterstützung zugesagt.")
    assert [t for _, t, a, r in got if (a, r) == ("Nordkorea", "Russland")] == ["AGREE"]


def test_noun_trigger_takes_the_implied_recipient_of_its_actor():
    got = edges("Nordkorea hat Soldaten nach Russland geschickt. Die Entsendung nordkoreanischer Soldaten "
                "gilt als Zeichen der Schwäche.")
    assert (1, "AID", "Nordkorea", "Russland") in got
    rel = next(r for r in relations_of("Nordkorea hat Soldaten nach Russland geschickt. Die Entsendung "
                                       "nordkoreanischer Soldaten gilt als Zeichen der Schwäche.") if r.sentence == 1)
    assert rel.provenance.endswith("(recipient: the document's main AID recipient)")


def test_a_states_headline_aid_takes_the_state_the_document_names_for_aid():
    # the headline's state gives aid to no one else in the text: the state the text names for aid
    got = edges("Norwegen schickt Soldaten\nKanada hat Soldaten nach Lettland geschickt.")
    assert (0, "AID", "Norwegen", "Lettland") in got


def test_no_implied_recipient_for_the_aid_of_a_body_that_is_no_state():
    # the police helping (whom, the sentence leaves open) gives nothing to the state the text names for aid
    text = "Die Polizei leistet Hilfe.\nSchweden liefert Lettland Panzer."
    assert [e for e in edges(text) if e[0] == 0] == []
    text = "Kanada leistet Hilfe.\nSchweden liefert Lettland Panzer."
    assert (0, "AID", "Kanada", "Lettland") in edges(text)


def test_no_implied_recipient_without_a_flow_elsewhere():
    # nothing in the text says where the soldiers go: no AID relation (gold/SCHEMA.md: AID needs a recipient)
    assert not [r for r in relations_of("Die Entsendung nordkoreanischer Soldaten gilt als Zeichen der Schwäche.")
                if r.type == "AID"]


def test_an_implied_aid_does_not_replace_a_request():
    got = edges("Die Äbtissin Hanna Weiss forderte eine Aufstockung der Entwicklungshilfe.")
    assert all(t != "AID" for _, t, _, _ in got)


def test_partners_do_not_assault_each_other():
    text = ("Nordkorea hat Soldaten nach Russland geschickt. Nordkorea liefert Russland auch Granaten. "
            "Die Beziehungen zwischen Nordkorea und Russland sind seit der Invasion Russlands enger geworden.")
    got = edges(text)
    assert (0, "AID", "Nordkorea", "Russland") in got
    assert not [e for e in got if e[1] == "ASSAULT" and {e[2], e[3]} == {"Russland", "Nordkorea"}]


def test_origin_after_a_noun_trigger_is_the_actor():
    got = edges("Entscheidend bleibt für Russland die Hilfe aus Nordkorea.")
    assert (0, "AID", "Nordkorea", "Russland") in got


def test_the_receiving_side_is_named_in_the_clause_of_the_flow():
    got = edges("Beliefern Polen und Kanada die Ukraine mit Munition, kann sich Russland auf "
                "Granaten aus Nordkorea verlassen.")
    assert (0, "AID", "Nordkorea", "Russland") in got
    assert not [e for e in got if e[2] == "Russland"]


def test_troops_trained_abroad_are_mobilized_not_given():
    got = edges("Nordkoreanische Soldaten werden in Russland ausgebildet.")
    assert got == {(0, "MOBILIZE", "Nordkorea", None)}


def test_drones_are_no_threat():
    assert not [e for e in edges("Offenbar steuern Nordkoreaner iranische Drohnen über der Front.") if e[1] == "THREATEN"]


def status_of(text: str) -> str:
    return relations_of(text)[0].status


def test_an_infinitive_takes_the_status_of_the_clause_governing_it():
    assert status_of("Südkorea prüft derzeit die Option, Kiew mit Haubitzen zu beliefern.") == "hypothetical"


def test_werde_with_a_participle_is_a_reported_passive_not_a_plan():
    assert status_of("Nordkorea werde von Russland mit Technologie belohnt, sagte er.") == "factual"


def test_separable_verb_with_its_particle_at_the_clause_end():
    (rel,) = [r for r in relations_of("Nordkorea sagte Russland weitere Soldaten zu.") if r.type == "AGREE"]
    assert (rel.actor, rel.recipient, rel.predicate, rel.status) == ("Nordkorea", "Russland", "sagte", "planned")
    assert not relations_of("Nordkorea sagte, Russland brauche Soldaten.")  # no particle: a report, no event


def test_goods_come_from_the_origin_after_the_verb():
    got = edges("Die Hälfte von Russlands Granaten stammt aus Nordkorea.")
    assert (0, "AID", "Nordkorea", "Russland") in got


def test_ausschliessen_negates_and_not_ausschliessen_makes_it_possible():
    assert status_of("Japan schließt Munitionslieferungen an Polen aus.") == "negated"
    assert status_of("Japan schließt Munitionslieferungen an Polen nicht länger aus.") == "hypothetical"


def test_a_sentence_opening_with_a_condition_makes_its_main_clause_hypothetical():
    rels = relations_of("Sollte Nordkorea Soldaten nach Russland schicken, werde Südkorea Waffen an die Ukraine liefern.")
    assert {(r.actor, r.recipient, r.status) for r in rels} >= {("Südkorea", "Ukraine", "hypothetical")}


def test_a_mention_after_the_comma_is_no_direct_object_of_the_verb_before_it():
    rels = relations_of("Sollte Nordkorea Soldaten nach Russland schicken, werde Südkorea Waffen an die Ukraine liefern.")
    assert ("Nordkorea", "Russland") in {(r.actor, r.recipient) for r in rels}


def test_a_source_is_the_subject_of_its_own_infinitive():
    got = edges("Nordkorea hat inzwischen bestätigt, Tausende Soldaten nach Russland verlegt zu haben.")
    assert (0, "AID", "Nordkorea", "Russland") in got


def test_a_country_in_an_attribute_of_a_place_is_no_recipient():
    got = edges("Nordkorea liefert Russland Granaten. Nordkorea hat weitere Pioniere in das an die Ukraine "
                "grenzende russische Gebiet Belgorod geschickt.")
    assert (1, "AID", "Nordkorea", "Russland") in got
    assert not [e for e in got if e[3] == "Ukraine"]


def test_a_present_participle_before_its_noun_is_no_event_of_its_own():
    assert (0, "ASSAULT", "Nordkorea", None) not in edges("Ein für Moskau kämpfender Pionier aus Nordkorea starb im Lazarett.")
    assert (0, "ASSAULT", "Nordkorea", None) in edges("Soldaten aus Nordkorea kämpfen in Kursk.")
    assert (0, "AID", "Nordkorea", "Russland") in edges("Nordkorea will Soldaten nach Russland entsenden.")


def test_deadline_between_a_will_and_its_perfect():
    low = "spanien will bis 2030 alle soldaten abgezogen haben .".split()
    assert events.deadline_between(low, 1, 6)
    low = "spanien will bis zu 300 soldaten abgezogen haben .".split()
    assert not events.deadline_between(low, 1, 6)
    low = "spanien will binnen eines jahres abgezogen sein .".split()
    assert events.deadline_between(low, 1, 5)


def test_a_visit_awaiting_its_host_is_no_restatement_of_another_event():
    # "Bei Putins Besuch verteidigte Putin den Vertrag": the visit (no recipient yet, visit_hosts.py) frames the
    # support, it does not replace it nor is it replaced by it
    from lagebild.model import Relation

    def rel(kind: str, recipient: str | None, predicate: str) -> Relation:
        return Relation(kind, None, [], "Wladimir Putin", "Putin", recipient, recipient, predicate, sentence=0)

    visit, support = rel("CONSULT", None, "Besuch"), rel("SUPPORT", None, "verteidigte")
    words = "Bei Putins Besuch verteidigte Putin den Vertrag".split()
    assert events.same_event(support, 3, [(visit, 2, 0)], words) is None
    other = rel("AID", None, "Hilfe")  # any other noun beside the verb names the same event again
    assert events.same_event(support, 3, [(other, 2, 0)], words) == 0


def test_a_noun_trigger_with_its_verb_in_a_clause_joined_by_und_is_an_event_of_its_own():
    # "Granaten geliefert ... und ... einen Pakt abschlossen": the pact's trigger starts on its noun, but its verb
    # stands in a clause of its own, so the delivery does not swallow it
    got = edges("Es heißt, dass Spanien Portugal Granaten geliefert hat und beide Länder einen Beistandspakt "
                "abschlossen.")
    assert {t for _, t, a, r in got if (a, r) == ("Spanien", "Portugal")} == {"AID", "SUPPORT"}
    # a noun trigger alone beside the verb still names the same event
    assert [t for _, t, a, r in edges("Kuba hat Venezuela die Lieferung von Haubitzen zugesagt.")
            if (a, r) == ("Kuba", "Venezuela")] == ["AGREE"]
def test_one_per_event_keeps_the_earlier_line_and_the_other_in_reserve():
    from types import SimpleNamespace

    def rel(line: int, kind: str) -> SimpleNamespace:
        return SimpleNamespace(line=line, type=kind, recipient="Italien", quantity_index=None, quantity=None,
                               object=None)

    aid, request = rel(61, "AID"), rel(282, "REQUEST")
    relations, displaced = [aid], {}
    events.one_per_event(relations, 0, request, lambda r: r.line, displaced)
    assert relations == [aid] and displaced == {id(aid): (aid, request)}  # the later line waits behind the kept one
    assert events.without(relations, [aid], displaced) == [request]  # and comes back when that one is dropped
    agree = rel(40, "AGREE")
    events.one_per_event(relations, 0, agree, lambda r: r.line, displaced)
    assert relations == [agree] and displaced[id(agree)] == (agree, aid)


def test_without_gives_back_only_what_the_dropped_relation_itself_replaced():
    from types import SimpleNamespace

    kept, other, reserve = (SimpleNamespace(name=n) for n in ("kept", "other", "reserve"))
    # an entry under ``kept``'s id that holds another relation: the id was reused after that one was dropped
    assert events.without([kept], [kept], {id(kept): (other, reserve)}) == []
    assert events.replaced({id(kept): (other, reserve)}, kept) is None
    assert events.without([kept], [kept], {id(kept): (kept, reserve)}) == [reserve]
    # two relations that replaced each other: the chain ends instead of looping
    cycle = {id(kept): (kept, other), id(other): (other, kept)}
    assert events.without([kept], [kept, other], cycle) == []
