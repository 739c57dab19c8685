"""lagebild.attribution.extract: the subject of a cue verb."""

from __future__ import annotations

from lagebild.pipeline.attribution import analyze_text


def _sources(text: str) -> list[tuple[str, str | None]]:
    return [(a.source, a.cue) for a in analyze_text(text, "de").attributions]


def test_er_right_after_the_verb_is_the_subject_and_the_prefield_an_object():
    assert _sources("Diese Regel bezeichnete er als Fehler.") == [("Er", "bezeichnete")]


def test_man_right_after_the_verb_names_no_source():
    assert _sources("Diesen Plan des Senats lehnt man ab, weil er zu teuer sei.") == []


def test_a_noun_subject_after_the_verb_is_still_found():
    assert _sources("Im Interview sagte die Ministerin, die Lage sei ernst.") == [("Ministerin", "sagte")]


def test_a_cue_infinitive_after_lassen_has_the_subject_of_lassen():
    assert _sources("Der Trainer ließ am Abend ausrichten, er sei zufrieden.") == [("Trainer", "ausrichten")]


def test_lassen_makes_an_impersonal_cue_personal():
    assert _sources("Zudem ließ die Behörde verlauten, dass die Brücke gesperrt bleibt.") == [
        ("Behörde", "verlauten")]
