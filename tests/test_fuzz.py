"""Fuzzing (hypothesis, bounded): readers and every component never raise on arbitrary text, and every
span's offsets give its text. benchmarks/fuzz.py runs the same properties with many more examples."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings

from lagebild.engine import Pipeline
from lagebild.io.readers import ReadError, read_paths
from lagebild.model import Doc
from lagebild.registry import DEFAULT_PIPELINE
from tests.fuzzing import files, span_errors, texts

BOUNDED = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                   suppress_health_check=list(HealthCheck))
_PIPELINES: dict[str, Pipeline] = {}
_COUNTER = itertools.count()


def pipeline(lang: str, upto: str) -> Pipeline:
    key = f"{lang}:{upto}"
    if key not in _PIPELINES:
        names = DEFAULT_PIPELINE[:DEFAULT_PIPELINE.index(upto) + 1]
        _PIPELINES[key] = Pipeline.from_config(lang, names)
    return _PIPELINES[key]


def analyze(text: str, lang: str, upto: str = DEFAULT_PIPELINE[-1], published: str | None = "2024-10-07") -> Doc:
    doc = Doc(doc_id="fuzz", text=text, published=published, lang=lang)
    doc = pipeline(lang, upto)(doc)
    assert span_errors(doc) == []
    return doc


@BOUNDED
@given(texts)
def test_segmenter_never_raises_and_offsets_hold(text):
    doc = analyze(text, "de", "segmenter")
    assert all(s.token_end - s.token_start <= 150 for s in doc.sents)


@settings(BOUNDED, max_examples=10)
@given(texts)
def test_entities_and_timexes_never_raise(text):
    analyze(text, "de", "timexes")


@pytest.mark.parametrize("lang", ["de", "en"])
@settings(BOUNDED, max_examples=8)
@given(text=texts)
def test_the_whole_pipeline_never_raises(lang, text):
    analyze(text, lang)


@settings(BOUNDED, max_examples=5)
@given(text=texts)
def test_the_whole_pipeline_without_a_publication_date(text):
    analyze(text, "de", published=None)


@settings(BOUNDED, max_examples=25)
@given(item=files)
def test_readers_never_raise(tmp_path_factory, item):
    suffix, data = item
    path = tmp_path_factory.mktemp("fuzz") / f"f{next(_COUNTER)}{suffix}"
    path.write_bytes(data)
    for result in read_paths([path]):
        if isinstance(result, ReadError):
            assert str(path) in result.message or path.name in result.message
        else:
            assert isinstance(result.text, str) and 0 <= result.body_start <= len(result.text)
