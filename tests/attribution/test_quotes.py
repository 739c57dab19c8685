"""lagebild.attribution.quotes: reported main clauses in the indicative after a verb of saying."""

from __future__ import annotations

import pytest

from lagebild.pipeline.attribution import analyze_text


def _attrs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.source, a.cue, a.content) for a in analyze_text(text, "de").attributions]


@pytest.mark.parametrize("given, expected", [
    ("Am Montag sagte Lehmann, die Stadt hielt sich an den Vertrag.",
     ("Lehmann", "sagte", "die Stadt hielt sich an den Vertrag")),
    ("Die Bürgermeisterin sagte am Abend gegenüber Reportern, der Damm ist sicher.",
     ("Bürgermeisterin", "sagte", "der Damm ist sicher")),
    ("Ein Sprecher meinte nun, die Firma konnte die Lieferung nicht halten.",
     ("Sprecher", "meinte", "die Firma konnte die Lieferung nicht halten")),
])
def test_an_indicative_main_clause_after_a_bare_cue_clause_is_its_content(given, expected):
    assert _attrs(given) == [expected]


@pytest.mark.parametrize("given", [
    "Der Minister erklärte den Rücktritt, die Partei war schockiert.",  # an object: the verb took it
    "Am Montag sagte der Bürgermeister ab, die Feier fällt aus.",  # absagen is no verb of saying
    "Der Trainer sagte, der Kapitän war.",  # no main clause: it ends with its verb
])
def test_no_reported_main_clause(given):
    assert _attrs(given) == []



@pytest.mark.parametrize("given, expected", [
    ("Die Firma will sparen. Pressesprecher Jan Ott ist der Meinung, dass der Plan nicht umgesetzt werde.",
     ("Jan Ott", "ist", "dass der Plan nicht umgesetzt werde")),
    ("Die Firma will sparen. Die Gewerkschaft urteilte, dass das Werk geschlossen würde.",
     ("Gewerkschaft", "urteilte", "dass das Werk geschlossen würde")),
    ("Die Firma will sparen. Jan Ott tat den Einwand ab und ist der Meinung, dass er nicht greifen werde.",
     ("Jan Ott", "ist", "dass er nicht greifen werde")),  # the last finite verb governs the clause
])
def test_a_verb_outside_the_lexicon_with_a_reported_content_clause_is_a_cue(given, expected):
    assert _attrs(given)[-1] == expected


@pytest.mark.parametrize("given", [
    "Das Wetter ist schön, dass es kaum zu glauben sei.",  # no one named as subject
    "Als der Zug hielt, sei niemand ausgestiegen.",  # a subordinate clause first
])
def test_no_complement_cue(given):
    assert [a for a in analyze_text(given, "de").attributions if "complement" in a.provenance] == []


def test_konjunktiv_one_of_verbs_in_ern_opens_reported_speech():
    # "erinnere", "fördere": Konjunktiv I of -ern verbs (lemma minus n plus e), as "entwickle" is for -eln
    assert _attrs("Die Ministerin sagte in der Zeitung „Neue Presse“, der Plan erinnere an früher.") == [
        ("Ministerin", "sagte", "der Plan erinnere an früher")]


def test_a_relative_pronoun_before_a_cue_is_the_speaker_resolved_to_its_antecedent():
    doc = analyze_text("Neuer Minister wird Jan Ott, der bei einem Auftritt im Landtag betonte, er sei kein "
                       "Parteimitglied.", "de")
    assert [(a.source, a.source_text, a.cue) for a in doc.attributions] == [("Jan Ott", "der", "betonte")]


def test_a_relative_pronoun_that_is_the_object_is_no_speaker():
    assert _attrs("Die Maßnahmen, die die Regierung ankündigte, seien hart.") == []


def test_with_entities_a_place_is_no_speaker_of_a_verb_outside_the_lexicon():
    from lagebild.core import Lagebild

    app = Lagebild()
    place = app.analyze_text("Kärnten verfällt gern in Klagen, dass man vergessen werde.", doc_id="a")
    assert [a for a in place.attributions if "complement" in a.provenance] == []
    person = app.analyze_text("Landesrat Peter Kaiser verfällt gern in Klagen, dass man vergessen werde.", doc_id="b")
    assert [a.source for a in person.attributions if "complement" in a.provenance] == ["Landesrat Peter Kaiser"]
