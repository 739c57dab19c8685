"""The dating component end to end: what the text says about its writing time, and how `lagebild date` explains it."""

from __future__ import annotations

from click.testing import CliRunner

from lagebild.cli import main
from lagebild.engine import Pipeline
from lagebild.model import Doc


def dating(text: str, lang: str = "de") -> dict:
    nlp = Pipeline.from_config(lang, ("segmenter", "timexes", "dating"))
    return nlp(Doc(doc_id="t", text=text, lang=lang)).dating or {}


def test_office_holders_pin_the_year_of_a_weekday_date():
    got = dating("Am Donnerstag, 24. Dezember, empfing Bundeskanzler Werner Faymann in Graz "
                 "den Vizekanzler Reinhold Mitterlehner.")
    assert got["estimate"] == "2015-12"
    assert got["interval"] == ["2015-12-24", "2016-05-09"]
    assert [e["kind"] for e in got["evidence"]].count("office") == 2


def test_a_former_holder_gives_nothing():
    got = dating("Der ehemalige Bundeskanzler Werner Faymann sprach am Montag in Wien.")
    assert got["estimate"] is None and not [e for e in got["evidence"] if e["kind"] == "office"]


def test_an_age_is_no_anniversary():
    got = dating("Der 43-Jährige wurde am Montag verhaftet. Er hatte im März 2015 gekündigt.")
    assert got["estimate"] == "2015-04" and not [e for e in got["evidence"] if e["kind"] == "anniversary"]


def test_english_named_day_and_office():
    got = dating("Prime Minister David Cameron spoke on Christmas Eve about the year 2014.", "en")
    assert got["estimate"] == "2014-12" and "office" in {e["kind"] for e in got["evidence"]}


def test_date_command_explains_the_office_evidence(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Vizekanzler Reinhold Mitterlehner und Bundeskanzler Werner Faymann berieten am Montag über "
                    "das Budget.", encoding="utf-8")
    result = CliRunner().invoke(main, ["date", str(path)])
    assert result.exit_code == 0, result.output
    assert "estimated 2015" in result.output and "confidence low" in result.output
    assert "«Bundeskanzler Werner Faymann» 2008-12-02..2016-05-09 (office" in result.output
    assert "term of office 2014-09-01 .. 2017-05-17" in result.output
