"""Relation rules that must not depend on where the NER model cuts a place's span (the CNN took "Region Kursk" as
one name, the CRF takes "Kursk"): a place noun before a place, a name in the genitive of a place's noun."""

from __future__ import annotations

import pytest

from tests.relations_text import edges


@pytest.mark.parametrize("text, expected", [
    # the preposition before the place noun governs the place named after it
    ("Kiew setzt seine Angriffe auf die Region Belgorod fort.", {("ASSAULT", "Ukraine", "Russland")}),
    # a name in the genitive of the noun after "im"/"in" is in that place, not the side attacked
    ("Belarussische Freiwillige kämpfen im Krieg Russlands.", {("ASSAULT", "Belarus", None)}),
    ("Nordkoreanische Soldaten kämpfen in der Armee Russlands.", {("ASSAULT", "Nordkorea", None)}),
])
def test_places_and_genitives_after_a_noun(text: str, expected: set) -> None:
    assert edges(text, "de") == expected
