"""A bare surname the statistical model tagged a place is the document's person of that surname
(relations/mentions.py: surname_of), and a title between coordinated people does not end the coordination."""

from __future__ import annotations

from lagebild.model import Doc, Entity
from lagebild.pipeline.relations import Relations
from lagebild.relations.mentions import surname_of
from tests.relations_text import attributed, relations_of

TEXT = ("Premierministerin Ines Marquardt besuchte die Insel. "
        "Sowohl Marquardt als auch Innenminister Pavel Ostrowski verurteilten die Anschläge.")


def _doc(text: str, places: tuple[str, ...], people: tuple[str, ...] = ("Ines Marquardt", "Pavel Ostrowski")) -> Doc:
    """The rules-only document with the model's entities added: ``people`` (first occurrence) as persons and,
    the model's mistake, each word of ``places`` (its last occurrence) as a place without a canonical name."""
    doc = attributed(text, "de", "2016-01-01")
    taken = {(e.start, e.end) for e in doc.ents}
    for name in people:
        at = text.index(name)
        if (at, at + len(name)) not in taken:
            doc.ents.append(Entity(name, at, at + len(name), "PER", name, provenance="model"))
    for word in places:
        at = text.rindex(word)
        doc.ents.append(Entity(word, at, at + len(word), "LOC", None, provenance="model"))
    doc.ents.sort(key=lambda e: e.start)
    return doc


def test_a_surname_is_the_one_person_of_the_document_with_it():
    doc = _doc(TEXT, ("Marquardt",))
    assert surname_of(doc, "Marquardt") == "Ines Marquardt"
    assert surname_of(doc, "Ostrowski") == "Pavel Ostrowski"
    assert surname_of(doc, "Paris") is None  # no person of that name
    assert surname_of(doc, "Ines Marquardt") is None  # a bare surname only


def test_two_people_of_one_surname_leave_it_unresolved():
    doc = _doc("Anna Berger kam. Tom Berger ging. Berger sprach.", (), ("Anna Berger", "Tom Berger"))
    assert surname_of(doc, "Berger") is None


def test_coordinated_speakers_with_a_title_between_both_act():
    doc = Relations("de")(_doc(TEXT, ("Marquardt",)))
    got = {(r.type, r.actor, r.recipient) for r in doc.relations}
    assert ("ACCUSE", "Ines Marquardt", None) in got and ("ACCUSE", "Pavel Ostrowski", None) in got
    assert not any(r.recipient == "Pavel Ostrowski" for r in doc.relations)


def test_the_speaker_of_a_direct_quote_acts_in_it_only_in_the_first_person():
    # (reporters.reports, anaphors.txt kind speaker) the clause names no actor, so the source could act itself
    third = "Olaf Scholz reiste ab. „Mit den Panzern, die sie an Russland liefern, wächst die Gefahr“, sagte Scholz."
    assert not any(r.actor == "Olaf Scholz" for r in relations_of(third, "de"))
    first = "Olaf Scholz reiste ab. „Unsere Hilfe für die Ukraine geht weiter“, sagte Scholz."
    assert ("AID", "Olaf Scholz", "Ukraine") in {(r.type, r.actor, r.recipient) for r in relations_of(first, "de")}
