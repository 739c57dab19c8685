from __future__ import annotations

from datetime import date

from lagebild.dating.offices import OPEN_END, gazetteer, offices
from lagebild.model import Doc


def found(text: str, lang: str = "de") -> list[tuple[str, date, date]]:
    return [(e.text, e.first, e.last) for e in offices(Doc(doc_id="d", text=text, lang=lang), lang)]


def test_a_holder_named_with_the_office_gives_the_term():
    assert found("Gestern sagte Bundeskanzler Werner Faymann (SPÖ), man werde prüfen.") == [
        ("Bundeskanzler Werner Faymann", date(2008, 12, 2), date(2016, 5, 9))]


def test_prefix_inflection_and_given_names_are_allowed():
    got = found("Das Treffen von US-Präsident Barack Obama mit Kanzlerin Angela Merkel und dem "
                "SPÖ-Bundeskanzler Faymann.")
    assert [text for text, _, _ in got] == ["US-Präsident Barack Obama", "Kanzlerin Angela Merkel",
                                            "SPÖ-Bundeskanzler Faymann"]


def test_former_holders_and_names_without_office_bound_nothing():
    assert found("Der frühere Bundeskanzler Werner Faymann traf Ex-Vizekanzler Mitterlehner.") == []
    assert found("Der damalige Kanzler Schüssel und der ehemalige SPÖ-Kanzler Gusenbauer.") == []
    assert found("Werner Faymann sprach mit Reinhold Mitterlehner.") == []


def test_a_running_term_is_open():
    assert found("Präsident Abdel Fattah al-Sisi empfing Gäste.")[0][2] == OPEN_END


def test_english_offices():
    assert found("Prime Minister David Cameron met former President Sarkozy.", "en") == [
        ("Prime Minister David Cameron", date(2010, 5, 11), date(2016, 7, 13))]


def test_every_term_starts_before_it_ends():
    for lang in ("de", "en"):
        for term in gazetteer(lang).terms:
            assert term.first < term.last, term
