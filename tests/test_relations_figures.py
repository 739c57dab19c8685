"""Which figures count a relation's object besides counts and amounts (relations/figures.py)."""

from __future__ import annotations

from lagebild.pipeline.quantities import Quantities
from lagebild.pipeline.relations import Relations
from tests import relations_text


def test_share_of_the_object_counts_it():
    assert Relations.run_example("de", "relations/figures.txt", "Ein Viertel der Raketen Portugals stammt aus Spanien.",
                                 "figure Ein Viertel") is None
    assert Relations.run_example("en", "relations/figures.txt", "A quarter of the missiles used by Russia came from "
                                 "North Korea.", "figure A quarter") is None


def test_share_of_something_else_counts_nothing():
    got = Relations.run_example("de", "relations/figures.txt", "Die Hälfte der Einwohner Portugals lehnt die Lieferung "
                                "von Panzern aus Spanien ab.", "figure None")
    assert got is None


def test_figure_beside_the_object_counts_nothing():
    assert Relations.run_example("en", "relations/figures.txt", "Alongside 900 soldiers, Belarus sent shells to Russia.",
                                 "figure None") is None
    # the same figure without "alongside" counts the object
    assert Relations.run_example("en", "relations/figures.txt", "Belarus sent 900 soldiers to Russia.",
                                 "figure 900") is None


def test_a_share_is_shown_but_joined_as_no_count():
    # the claims' party and the dating's figure key join a relation's count by its index: a share is none
    doc = Quantities("de")(relations_text.attributed("Ein Viertel der Raketen Portugals stammt aus Spanien.", "de"))
    rel = Relations("de")(doc).relations[0]
    assert rel.quantity == "Ein Viertel" and rel.quantity_index is None


def test_a_calibre_or_a_distance_counts_nothing():
    # a length in a compound is the calibre of the noun that flows, not how many of it flowed
    assert Relations.run_example("de", "relations/figures.txt", "Ungarn schickte der Slowakei 152-Millimeter-Granaten.",
                                 "figure None") is None
    assert Relations.run_example("de", "relations/figures.txt", "Ungarn schickte der Slowakei 300 Granaten.",
                                 "figure 300") is None
    assert Relations.run_example("en", "relations/figures.txt", "Belarus sent 122 mm rockets to Russia.",
                                 "figure None") is None
    assert Relations.run_example("en", "relations/figures.txt", "Belarus sent 122 rockets to Russia.",
                                 "figure 122") is None


def test_a_figure_in_the_source_counts_who_reports_not_the_object():
    assert Relations.run_example("de", "relations/figures.txt", "Laut zwei Soldaten schickte Ungarn der Slowakei Granaten.",
                                 "figure None") is None
    assert Relations.run_example("de", "relations/figures.txt", "Laut Soldaten schickte Ungarn der Slowakei 300 Granaten.",
                                 "figure 300") is None
    assert Relations.run_example("en", "relations/figures.txt", "According to four officials, Belarus sent rockets to "
                                 "Russia.", "figure None") is None
