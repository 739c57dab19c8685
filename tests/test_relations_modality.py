"""The frame around a trigger that changes a relation's status (relations/modality.py)."""

from __future__ import annotations

from lagebild.relations import modality
from lagebild.relations.lexicon import load as load_lexicon
from tests import relations_text


def statuses(text: str, lang: str = "de") -> dict[tuple, str]:
    return {(r.type, r.actor, r.recipient): r.status for r in relations_text.relations_of(text, lang)}


def test_noun_trigger_takes_the_cue_of_the_infinitive_closing_its_clause():
    got = statuses("Die Regierung in Paris kündigte gestern an, eine Lieferung von Haubitzen an Polen zu prüfen.")
    assert got.get(("AID", "Frankreich", "Polen")) == "hypothetical"


def test_noun_after_a_preposition_keeps_its_own_status():
    # the negated main verb bears on what Spain does, not on the French dispatch named in the adverbial
    got = statuses("Nach der Entsendung französischer Soldaten nach Polen schickt Spanien keine Panzer.")
    assert got.get(("AID", "Frankreich", "Polen")) == "factual"


def test_subject_noun_does_not_take_the_verb_of_its_clause():
    words = "dass die Lieferung von Haubitzen den Ausgang verändern würde".split()
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


def test_question_word_presupposes_its_event():
    assert statuses("Weshalb hat Spanien im Winter Panzer nach Portugal geliefert?"
                    ).get(("AID", "Spanien", "Portugal")) == "factual"
    assert statuses("Why did Japan send weapons to Ukraine last year?", "en").get(("AID", "Japan", "Ukraine")) \
        == "factual"


def test_question_in_a_later_clause_leaves_the_statement_before_it():
    got = statuses("Spanien hat Panzer nach Portugal geliefert – wer bezahlt das alles?")
    assert got.get(("AID", "Spanien", "Portugal")) == "factual"


def test_noun_subject_of_a_reported_wuerde_stays_hypothetical():
    got = statuses("Der Minister sagte, ein spanischer Angriff auf Portugal würde die Region destabilisieren.")
    assert got.get(("ASSAULT", "Spanien", "Portugal")) == "hypothetical"
    got = statuses("Der Minister sagte, Spanien würde die Lieferung von Panzern an Portugal aufnehmen.")
    assert got.get(("AID", "Spanien", "Portugal")) == "planned"


def test_reported_wish_with_wuerde_stays_hypothetical():
    got = statuses("Die Zeitung schrieb, Spanien würde gern mehr Panzer nach Portugal liefern.")
    assert got.get(("AID", "Spanien", "Portugal")) == "hypothetical"


def test_verb_ending_a_noun_event_keeps_it_factual():
    for verb in ("zu stoppen", "einzustellen", "auszusetzen"):
        got = statuses(f"Spaniens Regierung gab bekannt, die Lieferung von Panzern an Portugal {verb}.")
        assert got.get(("AID", "Spanien", "Portugal")) == "factual", verb


def test_sollte_in_a_demand_means_should():
    got = statuses("Spanien sollte mehr Panzer nach Portugal liefern, mahnte der Abgeordnete.")
    assert got.get(("AID", "Spanien", "Portugal")) == "hypothetical"


def test_sollte_after_a_conjunction_opens_a_condition():
    got = statuses("Und sollte Portugal wirklich angegriffen werden, liefert Spanien sofort Panzer an Portugal.")
    assert got.get(("AID", "Spanien", "Portugal")) == "hypothetical"
    assert modality.clause_first("Und sollte es so kommen".split(), 1)


def test_looming_droht_leaves_a_nearby_event_factual():
    got = statuses("Den Bauern droht nach dem Angriff Spaniens auf Portugal eine schlechte Ernte.")
    assert got.get(("ASSAULT", "Spanien", "Portugal")) == "factual"
    got = statuses("Spanien drohte Portugal mit einem Angriff.")
    assert got.get(("THREATEN", "Spanien", "Portugal")) == "hypothetical"


def test_threat_with_damit_before_a_final_verb_hedges_the_threatened_act():
    got = statuses("Zuvor hatte Spanien damit gedroht, Panzer nach Portugal zu schicken.")
    assert got.get(("AID", "Spanien", "Portugal")) == "hypothetical"


def test_commas_of_a_list_of_names_stay_inside_the_question():
    got = statuses("Oder mit Hilfe von Spanien für Portugal, Marokko und Algerien?")
    assert set(got.values()) == {"hypothetical"}


def test_question_word_after_a_conjunction_or_preposition_presupposes_its_event():
    for opening in ("Und warum hat", "Aber weshalb hat", "Seit wann hat", "Mit welchen Mitteln hat",
                    "In welchem Ausmaß hat"):
        got = statuses(f"{opening} Spanien im Herbst Panzer nach Portugal geliefert?")
        assert got.get(("AID", "Spanien", "Portugal")) == "factual", opening
    got = statuses("Aber liefert Spanien im Herbst Panzer nach Portugal?")
    assert got.get(("AID", "Spanien", "Portugal")) == "hypothetical"


def test_capitalized_subject_after_a_comma_opens_a_clause_of_its_own():
    # a German noun or name after a comma starts a list only when no finite verb follows and "und/oder" closes it
    for rest in ("Italien wartet lieber ab?", "Italien dagegen nicht?", "Marokko und Tunesien warten ab?"):
        got = statuses(f"Spanien hat im Herbst Panzer nach Portugal geliefert, {rest}")
        assert got.get(("AID", "Spanien", "Portugal")) == "factual", rest
    got = statuses("Liefert Spanien im Herbst Panzer an Portugal, Marokko oder Algerien?")
    assert got.get(("AID", "Spanien", "Algerien")) == "hypothetical"
    assert got.get(("AID", "Spanien", "Portugal")) == "hypothetical"


def test_event_warned_against_is_hypothetical():
    got = statuses("Italien warnt Spanien vor der Entsendung von Soldaten nach Portugal.")
    assert got.get(("AID", "Spanien", "Portugal")) == "hypothetical"


def test_event_after_a_warning_in_another_clause_keeps_its_status():
    # the attack is told as done; only the phrase the warning is against is open
    got = statuses("Spanien warnte Portugal, nachdem Frankreich Andorra angegriffen hatte.")
    assert got.get(("ASSAULT", "Frankreich", None)) == "factual"


def test_warning_status_needs_the_preposition_before_the_noun_phrase():
    lex = load_lexicon("de")
    patterns = next(p for p, status in lex.status if status == "warning")
    words = "Spanien warnte am Montag vor einem neuen Angriff".split()
    low = [w.lower() for w in words]
    assert modality.warning_status(patterns, words, low, 1, 7) == "hypothetical"
    words = "Spanien warnte Portugal am Montag , Angriff".split()
    assert modality.warning_status(patterns, words, [w.lower() for w in words], 1, 6) == "warning"


def test_sollen_with_a_passive_infinitive_plans():
    assert statuses("Die Soldaten Spaniens sollen im Frühjahr nach Portugal verlegt werden.").get(
        ("AID", "Spanien", "Portugal")) == "planned"


def test_sollen_with_a_perfect_infinitive_tells_hearsay_only():
    assert statuses("Spanien soll im Frühjahr Soldaten nach Portugal geschickt haben.").get(
        ("AID", "Spanien", "Portugal")) == "factual"


def test_an_insertion_between_dashes_does_not_end_the_clause():
    # the future "werde" before the insertion plans the request; the insertion's own "nicht" negates nothing
    got = statuses("Die Kommission werde die Regierung von Polen – und nicht die Stadt Krakau – auffordern, "
                   "das zu erklären.")
    assert set(got.values()) == {"planned"}
    assert statuses("Frankreich hat nicht – wie zunächst erwartet – Panzer an Polen geliefert.") == {
        ("AID", "Frankreich", "Polen"): "negated"}
    # brackets, and an insertion the trigger's clause does not follow, change nothing
    assert statuses("Frankreich will Soldaten (rund 300 Mann) nach Polen schicken.") == {
        ("AID", "Frankreich", "Polen"): "planned"}
    got = statuses("Frankreich will die Ukraine stärken – Polen liefert bereits Panzer an die Ukraine.")
    assert got.get(("AID", "Polen", "Ukraine")) == "factual"


def test_interrupted_clause_is_the_clause_before_an_insertion():
    words = "X werde Y – und nicht Z – auffordern".split()
    assert list(modality.interrupted_clause(words, 8)) == [0, 1, 2]
    assert list(modality.interrupted_clause(words, 4)) == []  # no insertion closes before "und"
    assert list(modality.interrupted_clause("Polen liefert Panzer".split(), 1)) == []


def test_what_stays_away_has_not_happened():
    assert statuses("Panzerlieferungen von Frankreich an Polen blieben bislang aus.") == {
        ("AID", "Frankreich", "Polen"): "negated"}
    assert statuses("Die Lieferungen von Frankreich an Polen sind ausgeblieben.") == {
        ("AID", "Frankreich", "Polen"): "negated"}
    # "bleiben" without its particle closing the clause is no absence
    assert statuses("Frankreich blieb bei seiner Lieferung von Panzern an Polen.") == {
        ("AID", "Frankreich", "Polen"): "factual"}


def test_a_visit_awaited_is_planned_and_one_called_off_negated():
    lex = load_lexicon("de")
    words = "Der Besuch von Scholz in Polen wird am Montag erwartet .".split()
    low = [w.lower() for w in words]
    assert modality.expected(words, low, 1, 1, 0, lex) == "erwartet"
    words = "Scholz erwartet , dass der Besuch kurz wird .".split()  # a belief, no "werden" before the verb
    assert modality.expected(words, [w.lower() for w in words], 5, 1, 3, lex) is None
    words = "Spanien lieferte mehr Panzer als erwartet an Portugal .".split()  # closes no clause
    assert modality.expected(words, [w.lower() for w in words], 1, 1, 0, lex) is None
    for text in ("Der Besuch von Olaf Scholz in Polen wurde abgesagt.", "Olaf Scholz sagte seine Reise nach Polen ab."):
        assert [r.status for r in relations_text.relations_of(text, "de") if r.type == "CONSULT"] == ["negated"]
    rels = relations_text.relations_of("Olaf Scholz sagte bei seiner Reise nach Polen, er sei zufrieden.", "de")
    assert [r.status for r in rels if r.type == "CONSULT"] == ["factual"]


def test_the_verb_after_a_noun_in_a_phrase_of_a_preposition_is_no_cue_of_the_noun():
    words = "Nach dem Besuch in Kairo sollte Xi Jinping heimfliegen".split()
    assert modality.governed_noun(words, 2, 0, "de")
    assert not modality.governed_noun("Sein Besuch in Peking wollte".split(), 1, 0, "de")
    got = statuses("Nach seinem Besuch in Peking wollte Olaf Scholz sofort heimfliegen.")
    assert got.get(("CONSULT", "Olaf Scholz", "China")) == "factual"


def test_noun_of_a_clause_closed_by_participle_and_werden_is_planned_after_soll():
    lex = load_lexicon("de")
    words = "Spaniens Kredit soll komplett für Militärhilfe an Portugal verwendet werden .".split()
    low = [w.lower() for w in words]
    assert modality.passive_plan_status(low, words.index("Militärhilfe"), 1, lex) == "planned"
    words = "Spaniens Kredit soll komplett für Militärhilfe an Portugal reichen .".split()
    low = [w.lower() for w in words]
    assert modality.passive_plan_status(low, words.index("Militärhilfe"), 1, lex) == "passive-plan"
