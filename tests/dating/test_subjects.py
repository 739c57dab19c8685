"""How the re-dating reads names before it compares two articles' subjects (dating/subjects.py), and the subject
neighbours that reading gives (store_evidence.vector, neighbours)."""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

from lagebild.dating.store_evidence import CorpusIndex, neighbours, subject
from lagebild.dating.subjects import spelling_key, subject_name
from lagebild.model import Doc, Entity


def _index(features: dict[str, set[str]], published: dict[str, str]) -> CorpusIndex:
    return CorpusIndex(published=published, features=features,
                       df=Counter(f for feats in features.values() for f in feats))


def test_a_kind_of_place_is_cut_from_the_name():
    assert subject_name("Grenzregion Belgorod", "de") == "Belgorod"
    assert subject_name("Gebiets Belgorod", "de") == "Belgorod"
    assert subject_name("Belgorod region", "en") == "Belgorod"
    assert subject_name("Regionalrat", "de") == "Regionalrat"  # a word that only begins like one


def test_a_span_that_is_only_a_kind_of_place_names_no_subject():
    assert subject_name("Frontregion", "de") is None
    assert subject_name("Oblast", "en") is None


def test_names_of_two_words_meet_across_transliterations():
    assert subject_name("Jurij Tschuikow", "de") == subject_name("Yuri Chuikov", "en") == "~r chkv"
    assert spelling_key("Michail Schischkin") == spelling_key("Mikhail Shishkin")
    # one word keeps its letters: "Tom" and "Tim" are not one name
    assert subject_name("Tom", "en") == "Tom" and subject_name("Tim", "en") == "Tim"


def test_subject_reads_every_entity_alike_whatever_its_label():
    doc = Doc(doc_id="u", text="", lang="de")
    doc.ents = [Entity("Region Belgorod", 0, 15, "LOC"), Entity("Grenzregion", 20, 31, "LOC"),
                Entity("Jurij Tschuikow", 40, 55, "PER"), Entity("Jurij Tschuikow", 60, 75, "ORG")]
    assert subject(doc) == {"e:Belgorod", "e:~r chkv"}


def test_a_place_tagged_with_its_kind_meets_the_place_tagged_alone():
    first = Doc(doc_id="u", text="", lang="de")
    first.ents = [Entity("Region Belgorod", 0, 15, "LOC")]
    second = Doc(doc_id="a", text="", lang="de")
    second.ents = [Entity("Belgorod", 0, 8, "LOC")]
    index = _index({"u": subject(first), "a": subject(second), "b": {"e:Lwiw"}, "c": {"e:Lwiw"}},
                   {"a": "2025-03-02", "b": "2024-01-05", "c": "2024-01-08"})
    found = neighbours(SimpleNamespace(doc_id="u"), index)
    assert [(e.doc_id, e.what) for e in found] == [("a", "shares Belgorod")]


def test_a_name_only_undated_articles_share_does_not_lower_the_similarity():
    # u and v (undated) share an outlet's name; a (dated) shares a place with u
    index = _index({"u": {"e:Radio Nord", "e:Belgorod"}, "v": {"e:Radio Nord"}, "a": {"e:Belgorod", "e:Lwiw"},
                    "b": {"e:Lwiw"}, "c": {"e:Sumy"}}, {"a": "2025-03-02", "b": "2024-01-05", "c": "2024-02-01"})
    weights, _ = index.vector("u")
    assert set(weights) == {"e:Belgorod"}
    found = neighbours(SimpleNamespace(doc_id="u"), index)
    assert [e.doc_id for e in found] == ["a"] and found[0].weight > 0.5
