"""A relation told by an unnamed media report is told by the outlet named next (relations/reports.py)."""

from __future__ import annotations

from tests import relations_text

LEAD = "Einem Medienbericht zufolge hat Frankreich Panzer nach Polen geliefert."


def source_of(text: str) -> str:
    return relations_text.relations_of(text, "de")[0].source


def test_the_outlet_named_after_a_media_report_is_its_source():
    assert source_of(LEAD + " Wie der Sender CNN berichtet, fuhren sie über Berlin.") == "CNN"
    # a title in quotation marks names a publication
    assert source_of(LEAD + " Wie die britische „Morning Post“ schreibt, fuhren sie über Berlin.") \
        == "britische „Morning Post“"


def test_the_outlet_must_follow_within_the_window():
    far = " Die Lage ist ruhig. Die Grenze ist offen. Der Zug fährt. Der Tag ist lang."
    assert source_of(LEAD + far + " Wie der Sender CNN berichtet, fuhren sie über Berlin.") == "Medienbericht"


def test_a_person_or_no_source_after_it_leaves_the_report():
    assert source_of(LEAD) == "Medienbericht"
    assert source_of(LEAD + " Wie der Minister Jan Kowal sagt, fuhren sie über Berlin.") == "Medienbericht"


def test_several_reports_are_no_single_outlet():
    text = "Übereinstimmenden Medienberichten zufolge hat Frankreich Panzer nach Polen geliefert. " \
           "Wie der Sender CNN berichtet, fuhren sie über Berlin."
    assert source_of(text) != "CNN"
