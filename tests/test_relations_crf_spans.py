"""Relation rules that must not depend on where the NER model cuts a place's span (the CNN took "Region X" as one
name, the CRF takes "X"): a place noun before a place, a name in the genitive of a noun after "im"/"in der"."""

from __future__ import annotations

import pytest

from tests.relations_text import edges


@pytest.mark.parametrize("text, expected", [
    # the preposition before the place noun governs the place named after it (frames.title_start)
    ("Kiew setzt seine Angriffe auf die Region Belgorod fort.", {("ASSAULT", "Ukraine", "Russland")}),
    # a name in the genitive of the noun after "im" or "in" + dative article is in that place, not the side attacked
    ("Kuba lässt Söldner im Heer Russlands kämpfen.", {("ASSAULT", "Kuba", None)}),
    ("Kuba hat Söldner, die in einer Brigade Russlands an der Front kämpfen.", {("ASSAULT", "Kuba", None)}),
    # "in die" + noun + genitive is a direction: the genitive receives (roles_de.placing)
    ("Kuba entsandte Ärzte in die Armee Venezuelas.", {("AID", "Kuba", "Venezuela")}),
    # a name that ends in "s" is no genitive (gazetteer.is_genitive)
    ("Kuba entsandte Ärzte in die Stadt Paris.", {("AID", "Kuba", "Frankreich")}),
])
def test_places_and_genitives_after_a_noun(text: str, expected: set) -> None:
    assert edges(text, "de") == expected
