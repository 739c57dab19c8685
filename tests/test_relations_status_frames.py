"""The status and hedge frames of relations/status_frames.py, on sentences of their own (rules only)."""

from __future__ import annotations

import re
from types import SimpleNamespace

from lagebild.model import Attribution, Relation
from lagebild.relations import status_frames
from lagebild.relations.lexicon import load
from tests.relations_text import relations_of


def _one(text: str, kind: str) -> tuple[str, str]:
    found = [(r.status, r.hedge) for r in relations_of(text, "de") if r.type == kind]
    assert found, f"no {kind} in {text!r}"
    return found[0]


def test_second_main_clause_has_its_own_status():
    text = "Der Präsident Spaniens will den Streit beenden und lehnt Hilfen für Portugal ab."
    words = text.rstrip(".").split() + ["."]
    low = [w.lower() for w in words]
    k = words.index("lehnt")
    assert status_frames.own_conjunct(words, low, 0, k, load("de")) == words.index("und") + 1


def test_shared_modal_of_two_infinitives_stays():
    words = "Spanien will Panzer liefern und Soldaten schicken .".split()
    low = [w.lower() for w in words]
    assert status_frames.own_conjunct(words, low, 0, words.index("schicken"), load("de")) == 0


def test_adjective_of_the_trigger_noun_sets_its_status():
    assert _one("Die Presse beobachtet die mögliche Entsendung von Soldaten aus Spanien nach Portugal.",
                "AID")[0] == "hypothetical"
    assert _one("Spaniens bevorstehender Angriff auf Portugal beunruhigt die Presse.", "ASSAULT")[0] == "planned"


def test_adjective_of_another_noun_leaves_the_trigger():
    assert _one("Die Presse sorgt sich nach dem Angriff Spaniens auf Portugal um mögliche Folgen.",
                "ASSAULT")[0] == "factual"


def test_no_evidence_denies_the_dass_clause_across_a_relative_clause():
    text = "Es gibt keine Anzeichen dafür, dass Soldaten Spaniens, die in Portugal stehen, Portugal angegriffen haben."
    assert _one(text, "ASSAULT")[0] == "negated"
    assert _one(text.replace("keine", "klare"), "ASSAULT")[0] == "factual"


def test_no_evidence_does_not_reach_past_a_contrast():
    words = "Keinerlei Belege zeigen , dass Spanien zögert , aber Spanien griff Portugal an .".split()
    low = [w.lower() for w in words]
    assert status_frames.that_clause_status(words, low, words.index("griff"), load("de")) is None


def test_provision_with_its_particle_plans():
    assert _one("Der Pakt zwischen Spanien und Portugal sieht die Lieferung von Panzern an Portugal vor.",
                "AID")[0] == "planned"
    assert _one("Spanien sieht die Lieferung von Panzern an Portugal gelassen.", "AID")[0] == "factual"


def test_ability_governs_verbs_and_objects_only():
    assert _one("Die Armee Spaniens kann Portugal binnen Tagen Panzer liefern.", "AID")[0] == "hypothetical"
    assert _one("Portugal kann sich auf Lieferungen aus Spanien verlassen.", "AID")[0] == "factual"


def test_soll_with_an_active_infinitive_is_uncertain():
    assert _one("Spanien soll Portugal mit Panzern beliefern.", "AID")[1] == "uncertain"
    assert _one("Spanien will Portugal mit Panzern beliefern.", "AID")[1] == "asserted"


def test_soll_before_a_passive_is_no_hearsay_modal():
    words = "Die Panzer sollen nach Portugal geliefert werden .".split()
    low = [w.lower() for w in words]
    k = words.index("geliefert")
    assert status_frames.hearsay_modal(words, low, k, 1, load("de")) is None


def test_actor_reporting_its_own_act_is_the_source():
    rel = next(r for r in relations_of("Spanien meldete Angriffe auf Portugal.", "de") if r.type == "ASSAULT")
    assert (rel.hedge, rel.source) == ("reported", "Spanien")
    assert _one("Spanien startete Angriffe auf Portugal.", "ASSAULT")[1] == "asserted"


def test_report_verb_of_another_subject_is_no_own_report():
    words = "Die Zeitung meldete den Angriff Spaniens auf Portugal .".split()
    low = [w.lower() for w in words]
    k = words.index("Angriff")
    assert status_frames.own_report(words, low, k, words.index("Spaniens"), words.index("Spaniens") + 1,
                                    load("de")) is None
    assert status_frames.own_report(words, low, k, 0, 2, load("de")) == "meldete"


def test_soll_marks_a_noun_trigger_of_its_clause_too():
    assert _one("Neben Panzerlieferungen soll Spanien Portugal auch mit Soldaten helfen.", "AID")[1] == "uncertain"


def test_soll_before_koennen_is_a_plan_no_hearsay():
    words = "Bei der Zusammenarbeit sollen Spanien und Portugal gemeinsam entscheiden können .".split()
    low = [w.lower() for w in words]
    assert status_frames.hearsay_modal(words, low, 2, 1, load("de")) is None


def test_noun_in_a_phrase_of_an_infinitive_clause_takes_the_governing_cues():
    assert _one("Spanien plant, mit der Lieferung von Panzern an Portugal zu beginnen.", "AID")[0] == "planned"
    assert _one("Spanien erwägt, mit der Lieferung von Panzern an Portugal zu beginnen.", "AID")[0] == "hypothetical"


def test_closing_infinitive_needs_zu():
    words = "Spanien hat mit der Lieferung von Panzern an Portugal begonnen .".split()
    low = [w.lower() for w in words]
    assert status_frames.closing_infinitive(words, low, words.index("Lieferung"), 1, load("de")) is None


def test_inferring_source_leaves_the_relation_uncertain():
    hedges = {r.hedge for r in relations_of("The minister suggested that Japan had sent weapons to Ukraine.")}
    assert hedges == {"uncertain"}
    hedges = {r.hedge for r in relations_of("The minister said that Japan had sent weapons to Ukraine.")}
    assert hedges == {"reported"}


def test_inferred_reads_the_cue_words_of_a_that_clause_about_another_party():
    def att(cue, content, source="minister"):
        return Attribution(source, source, cue, "indirect", content)

    aid = Relation("AID", None, [], "Japan", "Japan", None, None, "sent")
    assert status_frames.inferred(att("believes", "that Japan sent arms"), aid, load("en"))
    assert not status_frames.inferred(att("said", "that Japan sent arms"), aid, load("en"))
    assert not status_frames.inferred(att(None, "that Japan sent arms"), aid, load("en"))
    assert not status_frames.inferred(att("suggested", "sending arms"), aid, load("en"))
    assert not status_frames.inferred(att("believes", "that it sent arms", "Japan"), aid, load("en"))


def test_a_proposal_or_a_stance_of_the_actor_is_not_an_inference():
    # rv12 finding 12: only a finite "that" clause whose actor is not the cue's subject is uncertain
    assert {r.hedge for r in relations_of("Japan suggested sending weapons to Ukraine.")} != {"uncertain"}
    assert {r.hedge for r in relations_of("Japan believes in sending weapons to Ukraine.")} != {"uncertain"}
    assert {r.hedge for r in relations_of("Canada believes that Japan has sent weapons to Ukraine.")} == {"uncertain"}


def test_making_an_act_depend_on_a_condition_leaves_it_open():
    text = "Spanien hat die Lieferung von Panzern an Portugal vom Wahlausgang abhängig gemacht."
    assert _one(text, "AID")[0] == "hypothetical"
    assert _one("Spanien liefert Panzer an Portugal, das von Gas abhängig ist.", "AID")[0] == "factual"


def test_not_only_denies_nothing():
    assert _one("Spanien hat nicht nur Portugal angegriffen, sondern auch Frankreich.", "ASSAULT")[0] == "factual"
    assert _one("Spanien hat nicht Portugal angegriffen.", "ASSAULT")[0] == "negated"


def test_present_read_as_participle_after_und_opens_a_conjunct():
    text = "Spanien will Portugal kaufen und verhandelt seit Wochen mit Frankreich."
    assert _one(text, "CONSULT")[0] == "factual"
    words = "Spanien hat die Firma gekauft und verhandelt .".split()
    low = [w.lower() for w in words]
    assert status_frames.own_conjunct(words, low, 0, words.index("verhandelt"), load("de")) == 0


def test_relative_clause_between_modal_and_verb_keeps_the_modal():
    text = "Spanien will Portugal, das im Winter zwei Häfen verloren hat, mit Geld unterstützen."
    assert _one(text, "AID")[0] == "planned"
    assert _one("Spanien hat Portugal, das sich lange gewehrt hat, angegriffen.", "ASSAULT")[0] == "factual"


def test_clause_after_a_conjunction_is_no_rest_of_an_interrupted_one():
    words = "Spanien hat Portugal nicht angegriffen , das sich wehrt , und Frankreich bedroht .".split()
    low = [w.lower() for w in words]
    k = words.index("bedroht")
    assert not status_frames.interrupted_by_clause(words, low, words.index("und"), k, load("de"))


def test_soll_with_a_perfect_infinitive_is_hearsay_whatever_the_tagger_says():
    assert _one("Spanien soll Portugals Netze im Frühjahr attackiert haben.", "ASSAULT")[1] == "uncertain"


def test_reported_wolle_plans():
    assert _one("Spanien wolle Portugal Panzer liefern, sagte der Minister.", "AID")[0] == "planned"


def test_judged_that_clause():
    assert _one("Es sei denkbar, dass Spanien Panzer an Portugal liefere.", "AID")[0] == "hypothetical"
    assert _one("Es sei ausgeschlossen, dass Spanien Panzer an Portugal liefere.", "AID")[0] == "negated"
    assert _one("Es sei nicht ausgeschlossen, dass Spanien Panzer an Portugal liefere.", "AID")[0] == "hypothetical"
    assert _one("Es sei klar, dass Spanien Panzer an Portugal liefere.", "AID")[0] == "factual"


def test_governing_that_clause_stops_at_a_contrast():
    words = "Es ist denkbar , dass Spanien zögert , aber Spanien griff Portugal an .".split()
    low = [w.lower() for w in words]
    assert not status_frames.governing_that_clause(words, low, words.index("griff"), load("de"))
    assert status_frames.governing_that_clause(words, low, words.index("zögert"), load("de")) == range(0, 4)


def test_hearsay_keeps_the_object_of_the_sentence():
    (rel,) = [r for r in relations_of("Spanien soll Portugal 300 Panzer geliefert haben.", "de") if r.type == "AID"]
    assert (rel.object, rel.hedge) == ("Panzer", "uncertain")


def test_complement_cache_is_keyed_by_the_pattern_not_by_the_object():
    # one object whose pattern changes stands for a freed lexicon whose id() a new one reuses
    lex = SimpleNamespace(complement=re.compile(r", dass "))
    assert status_frames._complement("dass", lex)  # type: ignore[arg-type]
    lex.complement = re.compile(r", ob ")
    assert not status_frames._complement("dass", lex)  # type: ignore[arg-type]
    assert status_frames._complement("ob", lex)  # type: ignore[arg-type]


def test_a_possibility_made_real_leaves_the_dass_clause_factual():
    def status(text: str) -> list[str]:
        return [r.status for r in relations_of(text, "de") if (r.type, r.actor) == ("AID", "Spanien")]

    for text in ("Der Kredit Frankreichs machte es möglich, dass Spanien Panzer an Portugal lieferte.",
                 "Frankreichs Kredit hat es möglich gemacht, dass Spanien Panzer an Portugal liefert.",
                 "Erst mit dem Kredit war es möglich, dass Spanien Panzer an Portugal lieferte."):
        assert status(text) == ["factual"], text
    for text in ("Es ist möglich, dass Spanien Panzer an Portugal liefert.",
                 "Fachleute halten es durchaus für möglich, dass Spanien Panzer an Portugal liefert."):
        assert status(text) == ["hypothetical"], text


def test_an_event_in_a_phrase_of_occasion_or_time_is_presupposed_not_hedged():
    # the hedge word bears on the clause's statement (the losses), the fighting is its background
    assert _one("Die Portugiesen verloren bei Kämpfen gegen Frankreich offenbar viele Panzer.",
                "ASSAULT")[1] == "asserted"
    assert _one("Frankreich hat offenbar Portugal angegriffen.", "ASSAULT")[1] == "uncertain"
    words = "Bei Macrons Besuch in Lissabon gab es Streit .".split()
    low = [w.lower() for w in words]
    assert status_frames.background_event(words, low, words.index("Besuch"), load("de"))
    words = "Der Besuch in Lissabon gab wohl Streit .".split()
    assert not status_frames.background_event(words, [w.lower() for w in words], 1, load("de"))


def test_a_judgement_after_a_fronted_that_clause_counts():
    assert _one("Dass Spanien Panzer an Portugal liefert, ist auszuschließen.", "AID")[0] == "negated"
    assert _one("Dass Spanien Panzer an Portugal liefert, die dort bleiben, gilt als unwahrscheinlich.",
                "AID")[0] == "hypothetical"
    assert _one("Dass Spanien Panzer an Portugal liefert, ist bekannt.", "AID")[0] == "factual"
    # "ob" asks: its clause stays as the cues of its own clause make it
    words = "Ob Spanien Panzer liefert , ist ausgeschlossen .".split()
    assert not status_frames.fronted_that_judged(words, [w.lower() for w in words], 2, load("de"))
