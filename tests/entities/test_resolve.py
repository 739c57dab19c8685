"""Merging model spans with rules, and in-document name resolution (model spans given by hand)."""

from __future__ import annotations

import pytest

from lagebild.entities import resolve
from lagebild.entities.gazetteer import gazetteer


def _run(text: str, model: list[tuple[int, int, str]], published: str | None = "2024-10") -> list[tuple]:
    gaz = gazetteer("de")
    words = text.split()
    spans = [resolve.Span(s, e, lab, None, None, "model:test", "model") for s, e, lab in model]
    rules, modes = resolve.rule_spans(words, gaz, published)
    spans = resolve.merge(spans, rules, modes, words, frozenset({0}))
    spans = resolve.resolve_persons(words, spans, gaz)
    spans = resolve.acronyms(words, spans, "de")
    resolve.finish(words, spans)
    return [(" ".join(words[s.start:s.end]), s.label, s.canonical, s.provenance) for s in spans]


def test_surname_takes_full_name_from_model() -> None:
    got = _run("Gustav Gressel sagte das . Laut Gressel braucht Russland Soldaten .", [(0, 2, "PER"), (6, 7, "PER")])
    assert got[0][:3] == ("Gustav Gressel", "PER", "Gustav Gressel")
    assert got[1][:3] == ("Gressel", "PER", "Gustav Gressel")
    assert got[2][:3] == ("Russland", "LOC", "Russland")


def test_bare_surname_the_model_missed_is_added() -> None:
    got = _run("Gustav Gressel sagte das . Gressels Analyse stimmt .", [(0, 2, "PER")])
    assert got[1] == ("Gressels", "PER", "Gustav Gressel", "rule:de/entities/in-document:Gustav Gressel")


def test_short_name_needs_full_name_in_document() -> None:
    assert _run("Kim kam allein .", [(0, 1, "PER")])[0][2] == "Kim"
    got = _run("Kims Armee folgt dem nordkoreanischen Diktator .", [(0, 1, "PER")])
    assert [(g[0], g[2]) for g in got] == [("Kims", "Kim Jong-un"), ("nordkoreanischen Diktator", "Kim Jong-un")]


def test_ambiguous_short_name_takes_nearest_preceding() -> None:
    text = "Kim Jong-un kam . Kim Yo-jong sprach . Kim lachte ."
    got = _run(text, [])
    assert got[-1][:3] == ("Kim", "PER", "Kim Yo-jong")


def test_rule_replaces_model_label_and_span() -> None:
    got = _run("Der Kreml-Chef warnte .", [(1, 2, "ORG")])
    assert got == [("Kreml-Chef", "PER", "Wladimir Putin", "rule:de/entities/roles.txt:Kreml-Chef(s)?")]


def test_rule_inside_longer_model_entity_keeps_model() -> None:
    got = _run("Die Staatliche Universität Moskau lehrt .", [(1, 4, "ORG")])
    assert got == [("Staatliche Universität Moskau", "ORG", "Staatliche Universität Moskau", "model:test")]


def test_known_surname_ends_a_person_span_the_model_ran_on() -> None:
    # a title-case headline "Lukashenko Thanks Iranian Troops": the model's person "Lukashenko Thanks" is the
    # gazetteer's surname and a verb; a full name the model extends is not cut unless it ends in the surname
    words = "Lukashenko Thanks Iranian Troops".split()
    rules, modes = resolve.rule_spans(words, gazetteer("en"), "2024-10")
    spans = resolve.merge([resolve.Span(0, 2, "PER", None, None, "model:test", "model")], rules, modes, words,
                          frozenset({0}))
    assert [(" ".join(words[s.start:s.end]), s.canonical) for s in spans if s.label == "PER"] == [
        ("Lukashenko", "Alexander Lukaschenko")]


def test_article_before_gazetteer_name_is_no_longer_name() -> None:
    # an English model span "the Russian Federation" hides the country: the rule's name wins; a capitalized word
    # before the name ("Staatliche Universität Moskau" above) still makes a longer name
    words = "Belarus buys grain from the Russian Federation .".split()
    gaz = gazetteer("en")
    rules, modes = resolve.rule_spans(words, gaz, "2024-10")
    spans = resolve.merge([resolve.Span(4, 7, "LOC", None, None, "model:test", "model")], rules, modes, words,
                          frozenset({0}))
    names = {(" ".join(words[s.start:s.end]), s.canonical) for s in spans}
    assert ("Russian Federation", "Russland") in names
    assert not any(name.startswith("the ") for name, _ in names)


def test_link_entry_needs_model() -> None:
    assert _run("Die Bild berichtet .", []) == []
    assert _run("Die Bild berichtet .", [(1, 2, "ORG")])[0][2] == "Bild"


@pytest.mark.parametrize("text, canonical", [
    ("Moskau warnte scharf .", "Russland"),
    ("Er flog nach Moskau .", "Moskau"),
    ("Eine Reaktion Moskaus kam .", "Russland"),
    ("Im Kreml schweigt man .", "Russland"),
])
def test_metonyms(text: str, canonical: str) -> None:
    assert [g[2] for g in _run(text, [])] == [canonical]


def test_role_before_name_left_to_name() -> None:
    got = _run("der russische Präsident Wladimir Putin kam", [(3, 5, "PER")])
    assert [(g[0], g[2]) for g in got] == [("Wladimir Putin", "Wladimir Putin")]


def test_genitive_of_other_entity() -> None:
    got = _run("Die Firma Acme wächst . Acmes Umsatz steigt .", [(2, 3, "ORG"), (5, 6, "ORG")])
    assert got[1][2] == "Acme"


@pytest.mark.parametrize("text, model, expected", [
    ("Nach Putins Besuch kam Ruhe .", [(1, 3, "PER")], ("Putins", "Wladimir Putin")),
    ("Ohne Nordkorea geht nichts .", [(0, 2, "LOC")], ("Nordkorea", "Nordkorea")),
])
def test_model_errors_around_names_repaired(text: str, model: list, expected: tuple) -> None:
    assert [(g[0], g[2]) for g in _run(text, model)] == [expected]


@pytest.mark.parametrize("text, span, label, expected", [
    ("Kims Gnaden sind groß", (0, 2), "PER", (0, 1)),  # person name ending in a common noun
    ("sagt Pat Ryder heute", (1, 3), "PER", (1, 3)),
    ("der russischen Provinz Kursk", (1, 4), "LOC", (2, 4)),  # leading adjective
    ("Klaus Gnaden kam", (0, 2), "PER", (0, 2)),  # a first name in -s is no genitive
    ("Die Kathedrale von Reims", (1, 4), "LOC", (1, 4)),
    ("die dpa meldet", (1, 2), "ORG", (1, 2)),
    ("sagte Kim offensiv", (1, 3), "PER", (1, 2)),  # trailing lower-case word
    ("Ursula von der Leyen", (0, 4), "PER", (0, 4)),
    ("von der Leyen", (0, 3), "PER", (0, 3)),  # particles may start a name
])
def test_trim_model_spans(text: str, span: tuple, label: str, expected: tuple) -> None:
    words = text.split()
    spans = resolve.trim_model_spans(words, [resolve.Span(*span, label, None, None, "m", "model")],
                                     {"~gnaden": "nn", "~pat": "ne", "^Klaus": "F"})
    assert [(s.start, s.end) for s in spans] == [expected]


def test_glued_gazetteer_names_split() -> None:
    got = _run("dass Pjöngjang Russland Granaten lieferte", [(1, 3, "LOC")])
    assert [(g[0], g[2]) for g in got] == [("Pjöngjang", "Nordkorea"), ("Russland", "Russland")]


def test_acronym_defined_in_document() -> None:
    text = "Die Deutsche Flugsicherung ( DFS ) warnt . Die DFS meldet Ausfälle ."
    got = _run(text, [(1, 3, "ORG"), (9, 10, "ORG")])
    assert [(g[0], g[1], g[2]) for g in got] == [
        ("Deutsche Flugsicherung", "ORG", "Deutsche Flugsicherung"),
        ("DFS", "ORG", "Deutsche Flugsicherung"),  # the defining mention, added
        ("DFS", "ORG", "Deutsche Flugsicherung"),
    ]


def test_genitive_of_known_person_before_noun() -> None:
    words = "Kims Generosität kam".split()
    spans = resolve.trim_model_spans(words, [resolve.Span(0, 2, "PER", None, None, "m", "model")],
                                     {"~x": "nn"}, frozenset({"Kim"}))
    assert [(s.start, s.end) for s in spans] == [(0, 1)]


@pytest.mark.parametrize("model_end", [2, 3, 4])  # "Pak Sun", "Pak Sun -", "Pak Sun - ok"
def test_a_span_cut_inside_a_hyphenated_word_takes_the_whole_word(model_end) -> None:
    # English tokens of "Pak Sun-ok met her": the hyphen has no space on either side
    words = ["Pak", "Sun", "-", "ok", "met", "her"]
    spaces = [True, False, False, True, True, False]
    spans = [resolve.Span(0, model_end, "PER", None, None, "model:t", "model")]
    resolve.glue_hyphens(words, spaces, spans)
    assert spans[0].end == 4


def test_a_hyphen_between_spaces_joins_nothing() -> None:
    words = ["Seoul", "-", "Pjöngjang", "Gespräche"]
    spans = [resolve.Span(0, 1, "LOC", None, None, "model:t", "model")]
    resolve.glue_hyphens(words, [True, True, True, False], spans)
    assert spans[0].end == 1


_LEX = {"~rathaus": "nn", "~kamera": "nn", "^Egon": "F", "^Lima": "F", "Lima": "L", "~zeit": "nn"}


@pytest.mark.parametrize("text, span, expected", [
    # a span is cut at quotation marks, unclosed brackets and a final stop; each capitalized piece is kept
    ("Sie sah Altenbrück ( Oberhain ) gestern", (2, 5, "LOC"), [("Altenbrück", "LOC"), ("Oberhain", "LOC")]),
    ("so schrieb Quentin Falkow .", (2, 5, "PER"), [("Quentin Falkow", "PER")]),
    # closed brackets and the stop of an abbreviation or a numeral belong to the name
    ("im Ort Berghausen ( Westerwald ) gebaut", (2, 6, "LOC"), [("Berghausen ( Westerwald )", "LOC")]),
    ("als Papst Gregor XII . kam", (2, 5, "PER"), [("Gregor XII .", "PER")]),
    ("Das Rathaus brannte", (1, 2, "ORG"), []),  # a common noun alone is no name
    ("das neue Zeit-Magazin", (2, 3, "ORG"), [("Zeit-Magazin", "ORG")]),
    ("mit ihrem Bruder Egon", (3, 4, "LOC"), [("Egon", "PER")]),  # a first name is a person
    ("nach Lima", (1, 2, "LOC"), [("Lima", "LOC")]),  # ... unless it is a place too
    ("das Album „ so weit weg “", (2, 6, "MISC"), []),  # after the cut no piece starts capitalized
    ("das Album So weit weg", (2, 5, "MISC"), [("So weit weg", "MISC")]),  # a title keeps its lower-case words
])
def test_split_model_spans(text: str, span: tuple, expected: list) -> None:
    words = text.split()
    spans = [resolve.Span(*span, None, None, "model:test", "model")]
    got = resolve.split_model_spans(words, spans, _LEX)
    assert [(" ".join(words[s.start:s.end]), s.label) for s in got] == expected


def test_a_surname_tagged_as_a_place_is_the_person_when_relabelled() -> None:
    gaz = gazetteer("de")
    words = "Gustav Gressel kam . Danach sprach Gressel .".split()
    spans = [resolve.Span(0, 2, "PER", None, None, "model:t", "model"),
             resolve.Span(6, 7, "LOC", None, None, "model:t", "model")]
    got = resolve.resolve_persons(words, [resolve.Span(**{k: getattr(s, k) for k in s.__slots__}) for s in spans],
                                  gaz, relabel=True)
    assert [(s.start, s.label, s.canonical) for s in got] == [(0, "PER", "Gustav Gressel"), (6, "PER", "Gustav Gressel")]
    plain = resolve.resolve_persons(words, spans, gaz)  # the CNN's path: the label stays
    assert (plain[1].label, plain[1].canonical) == ("LOC", None)


def test_common_noun_asks_no_lemma_of_a_name(monkeypatch) -> None:
    def no_lemma(word):
        raise AssertionError(f"lemma of {word} asked")

    monkeypatch.setattr(resolve, "analyze", no_lemma)
    lexicon = {"~fabrikhalle": "nn"}
    assert not resolve.common_noun("Zwirblowski", lexicon)  # a made-up surname: HanTa's tag is NE
    assert not resolve.common_noun("Kaltenbrunnerova", lexicon)


def test_common_noun_through_the_lemma() -> None:
    lexicon = {"~fabrikhalle": "nn"}
    assert resolve.common_noun("Fabrikhallen", lexicon)  # HanTa: "Fabrikhalle", NN
    assert not resolve.common_noun("Brommelkamp", {"~fabrikhalle": "nn"})  # NN, but its lemma is no known noun


def test_a_full_name_keeps_its_final_s_unless_it_is_a_genitive() -> None:
    # a surname ending in -s is no genitive in the nominative or after a preposition
    got = _run("Verteidigungsminister Nikos Kardamis kritisierte die Pläne . Er sprach mit Jonas Ehlers .",
               [(1, 3, "PER"), (10, 12, "PER")])
    assert [g[2] for g in got if g[1] == "PER"] == ["Nikos Kardamis", "Jonas Ehlers"]
    # before a common noun it is: "Anna Lindners Haushalt" is the budget of Anna Lindner
    got = _run("Anna Lindners Haushalt wurde gelobt .", [(0, 2, "PER")])
    assert got[0][2] == "Anna Lindner"
    # and where the document writes the surname without it
    got = _run("Die Rede Anna Lindners war kurz . Lindner sprach frei .", [(2, 4, "PER"), (7, 8, "PER")])
    assert got[0][2] == "Anna Lindner"


def test_an_english_full_name_keeps_its_final_s() -> None:
    gaz = gazetteer("en")
    words = "Chris Jones said that .".split()
    spans = resolve.resolve_persons(words, [resolve.Span(0, 2, "PER", None, None, "model:test", "model")], gaz)
    assert spans[0].canonical == "Chris Jones"
