"""Claims replayed for a re-dated document (claims/replay.py); sentences written for these tests."""

from __future__ import annotations

import copy

import pytest

from lagebild.claims.build import build_claims
from lagebild.claims.knowledge import knowledge
from lagebild.claims.meaning import meaning_knowledge
from lagebild.claims.replay import Replay
from lagebild.core import Lagebild, Options
from lagebild.model import Doc
from lagebild.pipeline.timexes import Timexes

# a figure dated by a month without a year, one whose time is the publication month ("bislang"), one undated
TEXT = ("Im März schickte die Regierung in Pjöngjang 3.000 Soldaten nach Russland. "
        "Bislang sind nach Angaben der Agentur 120 Soldaten verwundet worden. "
        "Die Armee meldete außerdem 40 zerstörte Panzer.")


@pytest.fixture(scope="module")
def analyzed() -> Doc:
    doc = Lagebild(Options()).analyze_text(TEXT, lang="de")
    assert doc.published is None and len(doc.claims) == 3
    return doc


def _redated(doc: Doc, estimate: str) -> Doc:
    """``doc`` as the re-dating gives it for a new estimate: the same layers, its time expressions tagged again."""
    again = copy.deepcopy(doc)
    again.published_estimate = estimate
    return Timexes("de")(again)


def _fresh(doc: Doc) -> list:
    return build_claims(copy.deepcopy(doc), knowledge("de"), meaning_knowledge("de"))


def _run(replay: Replay, doc: Doc) -> list:
    return replay.build(doc, "de", knowledge("de"), meaning_knowledge("de"))


def test_a_new_date_replays_the_claims_with_the_reference_times_of_that_date(analyzed):
    replay = Replay()
    first = _run(replay, _redated(analyzed, "2023-06-10"))
    again = _redated(analyzed, "2024-11-02")
    got = _run(replay, again)
    assert replay.replayed == 1
    assert got == _fresh(again) != first
    assert [c.time for c in first] != [c.time for c in got]  # the month of "Im März" follows the date
    assert [c.time for c in got][1:] == ["2024-11", None]
    assert [q.time for q in again.quantities] == [c.time for c in got]  # the figures' times too
    assert got[1].provenance.endswith("; «Bislang» refers to the publication date")


def test_the_kept_claims_are_copies(analyzed):
    replay = Replay()
    first = _run(replay, _redated(analyzed, "2023-06-10"))
    first[0].actor, first[0].about_entities[:] = "Someone", ["Someone"]  # as relations.give_parties may do
    got = _run(replay, _redated(analyzed, "2023-06-10"))
    assert replay.replayed == 1 and got[0].actor != "Someone" and "Someone" not in got[0].about_entities


def test_another_input_builds_the_claims_again(analyzed):
    replay = Replay()
    _run(replay, _redated(analyzed, "2023-06-10"))
    again = _redated(analyzed, "2024-11-02")
    again.quantities[2].unit = "Fahrzeug"
    assert _run(replay, again) == _fresh(again)
    assert replay.replayed == 0


def test_a_dated_document_is_not_kept(analyzed):
    replay = Replay()
    dated = copy.deepcopy(analyzed)
    dated.published = "2024-05-01"
    assert _run(replay, dated) == _fresh(dated)
    assert not replay.kept

