"""Crowds in general news: protests, clashes with the police and force used on people (relations/crowds.py)."""

from __future__ import annotations

from lagebild.model import Doc
from lagebild.pipeline.attribution import Attributor
from lagebild.pipeline.entities import _rules_only
from lagebild.pipeline.quantities import Quantities
from lagebild.pipeline.relations import Relations
from lagebild.pipeline.segmenter import segment
from tests.relations_text import edges, relations_of


def _with_figures(text: str) -> list:
    """The relations of ``text`` with its figures read first (the rules-only harness reads none)."""
    doc = Doc(doc_id="t", text=text, lang="de")
    doc.tokens, doc.sents = segment(text, "de")
    doc = Quantities("de")(doc)
    return Relations("de")(Attributor("de")(_rules_only("de")(doc))).relations


def test_a_counted_crowd_that_protests_is_named_protesters():
    text = "Am Dienstag protestierten rund 400 Menschen vor dem Landhaus gegen die Schließung."
    rels = relations_of(text, "de")
    assert [(r.type, r.mode, r.actor, r.recipient) for r in rels] == [("PROTEST", "demo", "Demonstranten", None)]
    assert rels[0].actor_text == "rund 400 Menschen"
    assert [r.quantity for r in _with_figures(text)] == ["400"]  # the crowd's figure counts the protest


def test_a_named_group_of_people_protests_under_its_own_name():
    assert edges("Mehrere hundert Krankenpfleger demonstrierten am Montag in der Innenstadt.", "de") == \
        {("PROTEST", "Krankenpfleger", None)}
    assert edges("Offiziell streiken die Fluglotsen, weil die Verhandlungen gescheitert sind.", "de") == \
        {("PROTEST", "Fluglotsen", None)}


def test_a_singular_noun_is_no_crowd():
    assert not edges("Der Lehrer demonstrierte vor der Klasse, wie der Versuch funktioniert.", "de")
    assert edges("Die Lehrer demonstrierten vor dem Ministerium.", "de") == {("PROTEST", "Lehrer", None)}


def test_counted_things_and_bodies_are_no_crowd():
    # a figure counts things too: only a noun of people (by its ending) is a crowd
    assert not edges("Am Dienstag streikten drei Aufzüge im Rathaus.", "de")
    assert not edges("Mehrere Konzerne protestierten gegen die geplante Abgabe.", "de")
    assert edges("Rund 500 Tierschützer protestierten vor dem Zirkus.", "de") == {("PROTEST", "Tierschützer", None)}
    assert edges("Tausende Kurden protestierten in der Hauptstadt.", "de") == {("PROTEST", "Kurden", None)}
    # "streiken" is also breaking down: only a crowd of crowds.txt's list strikes
    assert not edges("Im Wahllokal streikten am Nachmittag zwei Zählcomputer.", "de")
    assert edges("Mehr als 300 Lokführer streikten am Montag.", "de") == {("PROTEST", "Lokführer", None)}


def test_a_person_named_like_a_group_is_no_crowd():
    assert not edges("Gestern protestierte Joschka Fischer gegen den Beschluss.", "de")


def test_words_that_only_contain_a_protest_word_open_nothing():
    assert not edges("Die Protestanten der Gemeinde trafen sich demonstrativ vor der Kirche.", "de")


def test_the_crowd_must_be_the_subject_of_the_protest_verb():
    # the crowd named in another role (after a preposition, as a genitive) is not who protests
    assert not [r for r in relations_of("Die Gewerkschaft rief zum Protest für die Rechte der Mitarbeiter auf.", "de")
                if r.type == "PROTEST" and r.actor == "Mitarbeiter"]
    assert not edges("Um gegen die Pläne zu protestieren, reisten viele Mitglieder an.", "de")


def test_protesters_acting_protest():
    assert edges("Die Teilnehmer der Kundgebung zogen danach vor den Bahnhof.", "de") == \
        {("PROTEST", "Demonstranten", None)}
    rels = relations_of("Etwa 50 Demonstranten warfen Flaschen auf die Absperrung.", "de")
    assert [(r.type, r.mode, r.actor) for r in rels] == [("PROTEST", "riot", "Demonstranten")]


def test_a_separable_verb_or_a_march_without_a_direction_is_no_protest_act():
    # a reproach (relations/reproach_de.py), no protest
    assert edges("Die Demonstranten warfen dem Stadtrat Untätigkeit vor.", "de") == {("ACCUSE", "Demonstranten", None)}
    assert not edges("Die Demonstranten zogen am Abend eine positive Bilanz.", "de")


def test_taking_part_in_a_protest_makes_protesters():
    assert edges("An der Mahnwache beteiligten sich nach Angaben der Polizei rund 900 Personen.", "de") == \
        {("PROTEST", "Demonstranten", None)}
    assert edges("Es gab mehrere Kundgebungen, an denen sich etwa 2.000 Menschen beteiligten.", "de") == \
        {("PROTEST", "Demonstranten", None)}


def test_in_a_clash_the_police_acts_on_the_people_unless_it_is_hurt():
    assert edges("Rund 80 Fans wurden bei Zusammenstößen mit der Polizei verletzt.", "de") == \
        {("ASSAULT", "Polizei", "Fans")}
    assert edges("Vier Polizisten wurden bei Krawallen mit Demonstranten verletzt.", "de") == \
        {("ASSAULT", "Demonstranten", "Polizei")}
    assert edges("In der Nacht kam es zu Auseinandersetzungen zwischen Polizei und Demonstranten.", "de") == \
        {("ASSAULT", "Polizei", "Demonstranten")}


def test_a_dispute_of_the_police_with_an_organisation_is_no_clash():
    # "Auseinandersetzung" is mostly a dispute: a clash only with people on the other side or someone hurt
    assert not edges("Die Auseinandersetzung zwischen der Polizei und der Gewerkschaft über die Dienstzeiten zieht "
                     "sich hin.", "de")
    assert not edges("Bei den Auseinandersetzungen mit der Polizei um bessere Bezahlung hat sich die Gewerkschaft "
                     "durchgesetzt.", "de")
    assert edges("Bei Auseinandersetzungen zwischen der Polizei und Demonstranten wurden zwölf Personen verletzt.",
                 "de") == {("ASSAULT", "Polizei", "Demonstranten")}
    assert edges("Bei Auseinandersetzungen zwischen der Polizei und der Gewerkschaft wurden drei Beamte verletzt.",
                 "de") == {("ASSAULT", "Polizei", "Gewerkschaft")}  # someone hurt: a fight


def test_a_clash_between_two_civil_sides_is_left_to_the_trigger_rules():
    assert not edges("Bei Zusammenstößen zwischen Anhängern und Gegnern kam es zu Verletzten.", "de")


def test_force_with_crowd_control_means_needs_whom_it_is_used_on():
    rels = relations_of("Die Polizei setzte Pfefferspray gegen mehrere Dutzend Jugendliche ein.", "de")
    assert [(r.type, r.mode, r.actor, r.recipient) for r in rels] == [("ASSAULT", "crowd-control", "Polizei", "Jugendliche")]
    assert not edges("Die Beamten setzten Wasserwerfer ein.", "de")


def test_the_definite_generic_crowd_is_the_people_group_named_before():
    text = "Tausende Migranten warten seit Tagen am Zaun. Die Polizei feuerte Gummigeschosse auf die Menschen."
    assert ("ASSAULT", "Polizei", "Migranten") in edges(text, "de")


def test_a_passive_attack_by_an_agent_on_a_crowd():
    assert edges("Zwei Sanitäter sind von vermummten Unbekannten attackiert worden.", "de") == \
        {("ASSAULT", "Unbekannte", "Sanitäter")}
    assert not edges("Eine Frau ist von einem Unbekannten angegriffen worden.", "de")


def test_an_attributive_participle_is_no_act():
    assert not edges("Zwei Bauern leben seit Jahren im Norden des besetzten Gebiets.", "de")


def test_the_subject_before_a_relative_clause_protests():
    text = "Hunderte Kleinanleger, die bei der Pleite ihr Geld verloren hatten, haben vor dem Ministerium demonstriert."
    assert edges(text, "de") == {("PROTEST", "Kleinanleger", None)}
    # the relative clause's own nouns are not the subject
    assert not edges("Der Verband, dem viele Landwirte angehören, hat gestern demonstriert.", "de") - \
        {("PROTEST", "Verband", None)}


def test_a_crowd_obstructs_a_place_not_a_post_or_a_plan():
    # "besetzen" also fills posts and "blockieren" stops a plan: a crowd that is no protester needs a place
    assert not edges("Die Angestellten besetzten die offenen Posten innerhalb weniger Wochen.", "de")
    assert not edges("Die Gegner blockierten den Gesetzesentwurf im Ausschuss.", "de")
    assert edges("Rund 200 Studenten besetzten am Montag den größten Hörsaal.", "de") == {("PROTEST", "Studenten", None)}
    assert edges("Die Arbeiter besetzten aus Protest die Kantine.", "de") == {("PROTEST", "Arbeiter", None)}
    assert edges("Hunderte Anrainer blockierten die Zufahrtsstrasse zur Deponie.", "de") == {("PROTEST", "Anrainer", None)}


def test_people_groups_obstruct_as_crowds_do():
    assert edges("Flüchtlinge blockierten am Morgen die Gleise.", "de") == {("PROTEST", "Flüchtlinge", None)}


def test_force_or_a_clash_with_one_side_named_acts_on_the_crowd_named_before():
    text = "Dutzende Arbeiter hielten das Werkstor besetzt. Die Beamten setzten Pfefferspray ein."
    rels = [r for r in relations_of(text, "de") if r.type == "ASSAULT"]
    assert [(r.actor, r.recipient) for r in rels] == [("Polizei", "Arbeiter")]
    assert "named before" in rels[0].provenance
    text = "Viele Migranten harren vor dem Lager aus. In der Nacht kam es zu Zusammenstößen mit der Polizei."
    assert ("ASSAULT", "Polizei", "Migranten") in edges(text, "de")
    # the police named before is no crowd
    assert not edges("Polizisten sperrten den Platz ab. Die Beamten setzten Pfefferspray ein.", "de")


def test_showing_something_is_no_protest():
    assert not edges("Drei Ingenieure demonstrierten, wie die neue Turbine funktioniert.", "de")
    assert not edges("Vier Biologen demonstrierten anhand einer Fliegenart ihre These.", "de")
    # a direct object right after the verb: showing something (not a time, nor "den Angaben zufolge")
    assert not edges("Die Arbeiter demonstrierten den Besuchern die neue Fräsmaschine.", "de")
    assert not edges("Die Schüler demonstrierten ihren selbst gebauten Roboter.", "de")
    assert not edges("Die Anhänger demonstrierten Geschlossenheit.", "de")
    assert edges("Die Bauern demonstrierten den ganzen Tag vor dem Landtag.", "de") == {("PROTEST", "Bauern", None)}
    assert edges("Am Samstag demonstrierten den Angaben zufolge rund 3000 Menschen in der Stadt.", "de") == \
        {("PROTEST", "Demonstranten", None)}


def test_the_crowd_subject_replaces_a_mention_of_another_clause_as_the_protester():
    rels = relations_of("Am Freitag demonstrierten rund 3.000 Menschen, weil die Regierung das Gesetz beschlossen hatte.",
                        "de")
    assert [(r.type, r.actor) for r in rels] == [("PROTEST", "Demonstranten")]


def test_an_impersonal_passive_has_no_crowd_subject():
    assert not [r for r in relations_of("Ob in den anderen sechs Lagerhallen gestreikt wird, ist offen.", "de")
                if r.actor == "Lagerhallen"]


def test_the_remembered_word_forms_start_anew_in_new_sets_when_full(monkeypatch):
    # another thread may still be testing a document against the old sets: they are replaced, never emptied
    from lagebild.relations import crowd_lexicon
    from tests.relations_text import attributed

    monkeypatch.setattr(crowd_lexicon, "SEEN_WORDS", 5)
    monkeypatch.setattr(crowd_lexicon, "_SEEN", {})
    quiet = attributed("Der Herbst war mild und die Ernte in den Tälern gut.", "de")
    protest = attributed("Hunderte Studenten protestierten vor dem Parlament.", "de")
    assert crowd_lexicon.candidates(quiet, "de") == []
    old = crowd_lexicon._SEEN["de"]
    assert len(old.known) > 5
    assert crowd_lexicon.candidates(protest, "de") == [0]
    assert crowd_lexicon._SEEN["de"] is not old and len(old.known) > 5
