from __future__ import annotations

from lagebild.attribution.coreference import protagonist
from lagebild.model import Doc, Entity


def _doc(text: str, names: list[tuple[str, str]]) -> Doc:
    doc = Doc(doc_id="t", text=text)
    doc.ents = [Entity(text=mention, start=text.index(mention), end=text.index(mention) + len(mention), label="PER",
                       canonical=canonical, provenance="test") for mention, canonical in names]
    return doc


TEXT = ("Anna Berger traf Karl Huber. Bergers Plan gefiel Huber nicht. Berger blieb dabei. "
        "Huber ging. Huber kam wieder, Huber blieb. Sie sagte dann etwas.")


def test_the_protagonist_is_the_person_whose_surname_the_text_before_names_most():
    doc = _doc(TEXT, [("Anna Berger", "Anna Berger"), ("Karl Huber", "Karl Huber")])
    assert protagonist(doc, TEXT.index("Berger blieb") + 12) == "Anna Berger"  # Berger 3 times, Huber twice
    assert protagonist(doc, TEXT.index("Sie sagte")) == "Karl Huber"  # later Huber 5 times
    assert protagonist(doc, TEXT.index("Karl")) is None  # named once only


def test_the_surname_count_follows_the_entities_when_they_change():
    doc = _doc(TEXT, [("Anna Berger", "Anna Berger")])
    assert protagonist(doc, len(TEXT)) == "Anna Berger"
    doc.ents.append(Entity("Karl Huber", TEXT.index("Karl Huber"), TEXT.index("Karl Huber") + 10, "PER",
                           canonical="Karl Huber", provenance="test"))
    assert protagonist(doc, len(TEXT)) == "Karl Huber"


def test_he_names_the_person_who_spoke_not_the_country_he_cited():
    import lagebild

    doc = lagebild.analyze("Maria Lopez, a spokeswoman for the ministry, spoke in Lisbon on Monday. "
                           "She said that Portugal assesses that the harbour will reopen. "
                           "She added that the work had gone well.", lang="en")
    last = doc.attributions[-1]
    assert last.cue == "added"
    assert last.source == "Maria Lopez"
