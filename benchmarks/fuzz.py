"""Fuzzing at length: the properties of tests/test_fuzz.py (readers and every component never raise on
arbitrary text; every span's offsets give its text) with many more examples, counted.

Hypothesis generates texts from tests/fuzzing.py: control characters, NUL inside JSON strings,
zero-width and bidi marks, emoji, thousands of quote marks, unbalanced brackets, nested markup,
numbers only, one character per line, mixed with German and English news words. Derandomized, so
a run is repeatable; a failure prints its minimal example.
"""

from __future__ import annotations

import itertools
import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from benchmarks.common import report
from lagebild.engine import Pipeline
from lagebild.io.readers import ReadError, read_paths
from lagebild.model import Doc
from lagebild.registry import DEFAULT_PIPELINE
from tests.fuzzing import files, span_errors, texts


def _settings(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, derandomize=True, database=None,
                    suppress_health_check=list(HealthCheck))


def fuzz_pipeline(lang: str, examples: int, published: str | None, failures: list[str]) -> int:
    pipeline = Pipeline.from_config(lang, DEFAULT_PIPELINE)
    tried = itertools.count()

    @_settings(examples)
    @given(texts)
    def prop(text: str) -> None:
        next(tried)
        doc = pipeline(Doc(doc_id="fuzz", text=text, published=published, lang=lang))
        errors = span_errors(doc)
        assert not errors, errors

    try:
        prop()
    except Exception as err:  # the minimal failing example, reported instead of raised
        failures.append(f"pipeline {lang}: {type(err).__name__}: {str(err)[:600]}")
    return next(tried)


def fuzz_readers(examples: int, failures: list[str]) -> int:
    tried = itertools.count()
    with tempfile.TemporaryDirectory() as tmp:

        @_settings(examples)
        @given(files)
        def prop(item: tuple[str, bytes]) -> None:
            path = Path(tmp) / f"f{next(tried)}{item[0]}"
            path.write_bytes(item[1])
            for result in read_paths([path]):
                assert isinstance(result, ReadError) or 0 <= result.body_start <= len(result.text)

        try:
            prop()
        except Exception as err:
            failures.append(f"readers: {type(err).__name__}: {str(err)[:600]}")
    return next(tried)


def run(quick: bool = False) -> dict:
    scale = 1 if quick else 4
    failures: list[str] = []
    started = time.perf_counter()
    metrics = {
        "examples_pipeline_de": fuzz_pipeline("de", 100 * scale, "2024-10-07", failures),
        "examples_pipeline_de_undated": fuzz_pipeline("de", 25 * scale, None, failures),
        "examples_pipeline_en": fuzz_pipeline("en", 50 * scale, "2024-10-07", failures),
        "examples_readers": fuzz_readers(150 * scale, failures),
    }
    metrics["examples"] = sum(metrics.values())
    metrics["failures"] = len(failures)
    metrics["seconds"] = round(time.perf_counter() - started, 1)
    for failure in failures:
        print("FAILURE", failure)
    return report("fuzz", "generated (hypothesis, tests/fuzzing.py), derandomized", metrics,
                  "target: no exception and every span's offsets give its text, over every example tried",
                  extra={"failures": failures}, headline=["examples", "failures"])


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
