"""Relations replayed for a re-dated document (relations/replay.py); sentences written for these tests."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from lagebild.core import Lagebild, Options
from lagebild.entities.gazetteer import gazetteer
from lagebild.model import Attribution, Doc, Token
from lagebild.pipeline.relations import Relations
from lagebild.relations import extract, lexicon, parse_de
from lagebild.relations.index import dates_in
from lagebild.relations.replay import _ATTR, TOKENS_HASH, Reads, Replay, _same_reads, inputs

TEXT = ("Die Regierung in Pjöngjang schickte am Montag weitere Soldaten nach Russland. "
        "Am Dienstag meldete die Agentur neue Zahlen aus Seoul.")


@pytest.fixture(scope="module")
def analyzed() -> Doc:
    doc = Lagebild(Options()).analyze_text(TEXT, lang="de")
    assert doc.published is None and doc.relations
    return doc


def _fresh(doc: Doc) -> list:
    return extract.extract(copy.deepcopy(doc), lexicon.load("de"), gazetteer("de"))


def _run(replay: Replay, doc: Doc) -> list:
    return replay.extract(doc, "de", gazetteer("de"), lambda: extract.extract(doc, lexicon.load("de"), gazetteer("de")))


def test_a_new_date_that_moves_no_date_read_replays_the_first_extraction(analyzed):
    replay = Replay()
    first = _run(replay, copy.deepcopy(analyzed))
    again = copy.deepcopy(analyzed)
    again.published_estimate = "2024-11-01"
    # the second sentence's date moves, but no relation takes its time from that sentence
    k = next(n for n, t in enumerate(again.timexes) if t.start > again.sents[0].end)
    again.timexes[k].value, again.timexes[k].anchored = "2024-11-05", True
    got = _run(replay, again)
    assert replay.replayed == 1
    assert got == first == _fresh(again)
    assert got[0] is not first[0]  # copies: the kept relations stay as they were


def test_a_moved_date_in_a_relations_sentence_runs_the_rules_again(analyzed):
    replay = Replay()
    _run(replay, copy.deepcopy(analyzed))
    again = copy.deepcopy(analyzed)
    monday = next(t for t in again.timexes if t.start < again.sents[0].end)
    monday.value, monday.anchored, monday.type = "2024-11-04", True, "DATE"
    got = _run(replay, again)
    assert replay.replayed == 0
    assert got == _fresh(again) and got[0].time == "2024-11-04"
    assert dates_in(again, 0) == ((monday.start, monday.end, "2024-11-04"),)


def test_another_input_runs_the_rules_again(analyzed):
    replay = Replay()
    _run(replay, copy.deepcopy(analyzed))
    again = copy.deepcopy(analyzed)
    again.ents = [e for e in again.ents if e.canonical != "Russland"]
    assert _run(replay, again) == _fresh(again)
    assert replay.replayed == 0


def test_the_oldest_are_dropped_beyond_the_limit_of_tokens(analyzed):
    replay = Replay(limit=len(analyzed.tokens) + 1)
    one, two = copy.deepcopy(analyzed), copy.deepcopy(analyzed)
    two.doc_id = "another"
    _run(replay, one)
    _run(replay, two)
    assert list(replay.kept) == [("another", "de")] and replay.size == len(analyzed.tokens)


def test_dated_documents_are_not_kept(analyzed):
    replay = Replay()
    doc = copy.deepcopy(analyzed)
    doc.published = "2024-11-04"
    _run(replay, doc)
    assert not replay.kept


def test_an_office_holder_changed_by_the_date_is_read_again():
    gaz = gazetteer("de")
    doc = Doc(doc_id="d", text="x", lang="de", published_estimate="2024-10-01")
    reads = Reads(roles={("US-Präsident",): gaz.match_roles(["US-Präsident"], "2024-10-01")})
    assert _same_reads(doc, gaz, reads)
    doc.published_estimate = "2025-03-01"  # Joe Biden's term ended on 2025-01-20
    assert not _same_reads(doc, gaz, reads)


def test_the_component_replays_the_re_dated_document(analyzed):
    from lagebild.pipeline import relations as component

    comp = Relations("de")
    comp(copy.deepcopy(analyzed))  # kept (or replayed: the fixture's analysis kept it already)
    before = component.REPLAY.replayed
    again = copy.deepcopy(analyzed)
    again.published_estimate = "2024-11-01"
    assert comp(again).relations == _fresh(analyzed)
    assert component.REPLAY.replayed == before + 1


def test_no_rule_reads_the_date_but_through_the_noted_look_ups():
    """The replay holds only while the rules read the date through index.time_near and index.roles_at."""
    src = Path(extract.__file__).parent
    pattern = re.compile(r"\.(anchor_date|published|published_estimate|timexes|claims|dating)\b|match_roles\(")
    found = [f"{path.name}:{n}" for path in sorted(src.glob("*.py")) if path.name not in ("index.py", "replay.py")
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line.split("#")[0])]
    assert found == []


def test_the_parser_is_loaded_without_a_tokenizer_of_its_own():
    nlp, _ = parse_de._model()
    if nlp is None:
        pytest.skip("parse-de not installed")
    assert isinstance(nlp.tokenizer, parse_de._Words)
    p = parse_de.parse(("Nordkorea", "schickt", "Soldaten", "nach", "Russland", "."))
    assert p is not None and p.pos[3] == "ADP" and p.deps[3] == "case"


def test_keeping_nothing_for_a_document_drops_what_was_kept():
    from types import SimpleNamespace

    from lagebild.relations.replay import Bounded

    kept = Bounded(limit=10)
    kept.put(("a", "de"), SimpleNamespace(size=4))
    kept.put(("b", "de"), SimpleNamespace(size=5))
    kept.put(("a", "de"), None)
    assert list(kept.kept) == [("b", "de")] and kept.size == 5
    kept.put(("c", "de"), SimpleNamespace(size=6))  # over the limit: the oldest goes
    assert list(kept.kept) == [("c", "de")] and kept.size == 6


def test_the_kept_inputs_do_not_follow_a_list_changed_in_place(analyzed):
    # the kept inputs hold the lists of the records as tuples: a list appended to later differs from them
    doc = copy.deepcopy(analyzed)
    doc.attributions.append(Attribution("Agentur", "die Agentur", "meldete", "indirect", None, chain=["Zeitung"]))
    before = inputs(doc)
    doc.attributions[-1].chain.append("Sender")
    assert inputs(doc) != before
    assert inputs(copy.deepcopy(doc)) == inputs(doc)
    assert before[6][-1] == _ATTR(doc.attributions[-1])[:-2] + (("Zeitung",), doc.attributions[-1].provenance)


def test_the_hash_of_the_tokens_is_reused_only_for_the_same_token_list(analyzed):
    doc = copy.deepcopy(analyzed)
    first = inputs(doc)
    assert inputs(doc) == first  # asked again (the claims' replay, then the relations'): the same
    assert doc.user_data[TOKENS_HASH][0] is doc.tokens
    # a new token list of other tokens is hashed anew, though its length is the same
    doc.tokens = [Token(t.i, t.start, t.end, t.text.upper(), t.sent) for t in doc.tokens]
    assert inputs(doc)[3] != first[3]
    assert inputs(doc)[3] == hash(tuple((t.i, t.start, t.end, t.text, t.sent) for t in doc.tokens))
    # a token added to the same list is seen by its length
    doc.tokens.append(Token(len(doc.tokens), len(doc.text), len(doc.text), "", doc.tokens[-1].sent))
    assert inputs(doc)[2:4] == (len(doc.tokens), hash(tuple((t.i, t.start, t.end, t.text, t.sent) for t in doc.tokens)))
