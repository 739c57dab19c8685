"""A one-word model person that is a noun compound with a common-noun head is no person
(entities/resolve.py compound_common_noun, applied in split_model_spans): the CRF tags such compounds as names."""

from __future__ import annotations

import pytest

from lagebild.entities import resolve

# "~lower-cased stem" -> nn (HanTa: common noun only) | nx (also a proper noun), as in features.tsv
_LEX = {"~granate": "nn", "~hagel": "nn", "~mine": "nn", "~feld": "nn", "~berg": "nn", "~feuer": "nn",
        "~brücke": "nn", "~mann": "nx", "~staat": "nn", "~archiv": "nn"}


def _split(text: str, model: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    words = text.split()
    spans = [resolve.Span(s, e, lab, None, None, "model:test", "model") for s, e, lab in model]
    return [(" ".join(words[s.start:s.end]), s.label) for s in resolve.split_model_spans(words, spans, _LEX)]


@pytest.mark.parametrize("text, model, expected", [
    # the compound alone is dropped; the person next to it stays
    ("Ein Granatenhagel traf die Stellung von Ole Brandt", [(1, 2, "PER"), (6, 8, "PER")], [("Ole Brandt", "PER")]),
    # a surname whose head is also a name ("Mann") is no common-noun compound
    ("Brückmann lief über das Minenfeld", [(0, 1, "PER"), (4, 5, "PER")], [("Brückmann", "PER")]),
    # places and organizations keep their compounds (archives, streets and ministries are names)
    ("Im Staatsarchiv lag ein Minenfeld-Plan neben dem Minenfeld", [(1, 2, "ORG"), (7, 8, "PER")],
     [("Staatsarchiv", "ORG")]),
])
def test_a_one_word_compound_with_a_common_noun_head_is_no_person(text: str, model: list, expected: list) -> None:
    assert _split(text, model) == expected


def test_a_surname_the_document_names_in_full_stays_a_person() -> None:
    text = "Lea Bergfeuer kam spät . Bergfeuer sah den Granatenhagel"
    got = _split(text, [(0, 2, "PER"), (5, 6, "PER"), (8, 9, "PER")])
    assert got == [("Lea Bergfeuer", "PER"), ("Bergfeuer", "PER")]


@pytest.mark.parametrize("word, expected", [
    ("Granatenhagel", True),   # Granate + n + hagel
    ("Minenfeld", True),
    ("Brückmann", False),      # the head "mann" is also a name
    ("Hagel", False),          # no compound: the word itself is known
    ("Xyzhagel", False),       # an unknown modifier: perhaps a name
])
def test_compound_common_noun(word: str, expected: bool) -> None:
    assert resolve.compound_common_noun(word, _LEX) is expected
