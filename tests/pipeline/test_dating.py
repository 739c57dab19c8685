"""The dating component's warning for a document it cannot date."""

from __future__ import annotations

import lagebild
from lagebild.errors import warning_code


def test_an_undatable_document_gets_the_coded_warning_w003():
    doc = lagebild.analyze("Gestern schickte Kim 10.000 Soldaten nach Russland.", lang="de")
    (warning,) = [w for w in doc.warnings if "no publication date" in w]
    assert warning_code(warning) == "W003" and "published" in warning  # counted by its code, says what to do


def test_a_dated_document_gets_no_dating_warning():
    doc = lagebild.analyze("Gestern schickte Kim 10.000 Soldaten nach Russland.", lang="de", published="2024-10-05")
    assert not [w for w in doc.warnings if warning_code(w) == "W003"]


def test_the_office_holders_are_compiled_with_the_component_not_in_the_first_undated_document():
    from lagebild.dating.offices import gazetteer
    from lagebild.pipeline.dating import Dating

    gazetteer.cache_clear()
    Dating("de")
    assert gazetteer.cache_info().currsize == 1  # the first document's budget does not pay for it


def test_a_date_a_state_holds_from_is_ahead_unless_told_in_the_past():
    # "ab" + a date in the present tense: a coming change, not the latest event before the writing
    coming = lagebild.analyze("Der Stadtrat hat die Regel im Mai 2015 beschlossen. Die Sperrstunde gilt ab "
                              "1. Februar 2016 in allen Bezirken.", lang="de")
    assert coming.dating["estimate"] == "2015-06"
    assert [e["tense"] for e in coming.dating["evidence"] if e["text"].startswith("ab")] == ["future"]
    # with a past cue in its clause the state began then
    began = lagebild.analyze("Ab 1. Februar 2016 war er Leiter der Schule in Linz.", lang="de")
    assert began.dating["estimate"] == "2016-02"
