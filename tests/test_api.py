from __future__ import annotations

import pytest

import lagebild
from lagebild.errors import LagebildError
from lagebild.language import detect_language


def test_analyze_returns_the_model_and_the_contract():
    doc = lagebild.analyze(" date 2024-10 Laut Pentagon kamen 10.000 Soldaten. Das ist viel.")
    assert doc.published == "2024-10" and doc.lang == "de" and len(doc.sents) == 2
    data = doc.to_dict()
    assert {"doc_id", "published", "published_estimate", "quantities", "attributions", "timexes",
            "entities"} <= set(data)
    assert data["published_estimate"] == "2024-10"


def test_analyze_with_explicit_date_and_language():
    doc = lagebild.analyze("The Pentagon said 10,000 troops arrived.", published="2024-10-25", lang="en")
    assert doc.published == "2024-10-25" and doc.lang == "en"


@pytest.mark.parametrize("bad", ["25.10.2024", "2024/10", "gestern"])
def test_invalid_publication_date(bad):
    with pytest.raises(LagebildError, match="E016"):
        lagebild.analyze("Text.", published=bad)


@pytest.mark.parametrize("text, lang", [
    ("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen.", "de"),
    ("The government announced new sanctions against Russia on Monday.", "en"),
    ("12.000 / 13.000", "de"),
])
def test_language_detection(text, lang):
    assert detect_language(text) == lang
