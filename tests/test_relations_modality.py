"""The frame around a trigger that changes a relation's status (relations/modality.py)."""

from __future__ import annotations

from lagebild.relations import modality
from lagebild.relations.lexicon import load as load_lexicon
from tests import relations_text


def statuses(text: str, lang: str = "de") -> dict[tuple, str]:
    return {(r.type, r.actor, r.recipient): r.status for r in relations_text.relations_of(text, lang)}


def test_noun_trigger_takes_the_cue_of_the_infinitive_closing_its_clause():
    got = statuses("Die Regierung Frankreichs kündigte an, die Lieferung von Panzern an Polen zu prüfen.")
    assert got.get(("AID", "Frankreich", "Polen")) == "hypothetical"


def test_noun_after_a_preposition_keeps_its_own_status():
    # the negated main verb bears on what Spain does, not on the French dispatch named in the adverbial
    got = statuses("Nach der Entsendung französischer Soldaten nach Polen schickt Spanien keine Panzer.")
    assert got.get(("AID", "Frankreich", "Polen")) == "factual"


def test_subject_noun_does_not_take_the_verb_of_its_clause():
    words = "dass die Lieferung von Panzern den Krieg beeinflussen würde".split()
    lex = load_lexicon("de")
    assert modality.closing_verb(words, [w.lower() for w in words], 2, 1, 0, lex) == range(0)


def test_sollte_opening_a_clause_is_a_condition_elsewhere_a_plan():
    assert statuses("Sollte Polen angegriffen werden, werde Frankreich Soldaten nach Polen schicken."
                    ).get(("AID", "Frankreich", "Polen")) == "hypothetical"
    assert statuses("Frankreich sollte im Frühjahr Soldaten nach Polen schicken."
                    ).get(("AID", "Frankreich", "Polen")) == "planned"


def test_question_asserts_nothing():
    assert statuses("Schickt Frankreich bald Soldaten nach Polen?").get(("AID", "Frankreich", "Polen")) \
        == "hypothetical"
    assert statuses("Is Japan sending weapons to Ukraine?", "en").get(("AID", "Japan", "Ukraine")) \
        == "hypothetical"


def test_statement_before_a_headline_question_stays_factual():
    got = statuses("Frankreich schickt Soldaten nach Polen: Bald ein Krieg?")
    assert got.get(("AID", "Frankreich", "Polen")) == "factual"


def test_reported_wuerde_is_a_future_unless_believed_or_conditional():
    assert statuses("Der Sender meldete, Frankreich würde Soldaten nach Polen schicken."
                    ).get(("AID", "Frankreich", "Polen")) == "planned"
    assert statuses("Der Analyst vermutet, dass Frankreich Soldaten nach Polen schicken würde."
                    ).get(("AID", "Frankreich", "Polen")) == "hypothetical"
    assert statuses("Der Sender meldete, Frankreich würde Soldaten nach Polen schicken, wenn es angegriffen würde."
                    ).get(("AID", "Frankreich", "Polen")) == "hypothetical"
