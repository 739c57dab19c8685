"""Support said by an idiom that closes its clause keeps its recipient there (relations/support_idioms.py, the su1
lines of lang/de/relations/triggers.txt and lang/en/relations/triggers.txt)."""

from __future__ import annotations

import re

from lagebild.relations.lexicon import Trigger
from lagebild.relations.mentions import Mention
from lagebild.relations.support_idioms import inside
from tests.relations_text import relations_of

ROSES = Trigger((re.compile("streute"),), "SUPPORT", None, ("diplomatic",), "rule:test", re.compile("rosen"), 0)


def _edges(text: str, lang: str = "de") -> set[tuple[str, str, str | None]]:
    return {(r.type, r.actor, r.recipient) for r in relations_of(text, lang)}


def test_closing_ranks_with_the_verb_at_the_end_of_its_clause():
    assert _edges("Während sich Chile seit Monaten hinter Spanien stellt, zögert Ungarn.") == {
        ("SUPPORT", "Chile", "Spanien")}
    assert _edges("Chile hat sich demonstrativ hinter Spanien gestellt.") == {("SUPPORT", "Chile", "Spanien")}


def test_a_name_of_the_next_clause_is_no_one_backed():
    # the matter backed is no actor: Ungarn, named after the comma, receives nothing
    assert _edges("Während sich Chile seit Monaten hinter den Vorschlag stellt, zögert Ungarn.") == {
        ("SUPPORT", "Chile", None)}
    # no subject named before "hinter": the name after the comma does not back anyone
    assert _edges("Während sich die Mehrheit hinter Spanien stellt, zögert Ungarn.") == set()


def test_standing_by_someone_needs_a_verb_of_standing():
    assert _edges("Chile steht fest an der Seite von Spanien.") == {("SUPPORT", "Chile", "Spanien")}
    assert _edges("Die Sängerin trat in Chile an der Seite von Tom Hanks auf.") == set()


def test_praise_given_to_the_dative():
    assert _edges("Olaf Scholz streute Emmanuel Macron Rosen.") == {("SUPPORT", "Olaf Scholz", "Emmanuel Macron")}
    assert _edges("Chile hat Spanien nach der Wahl den Rücken gestärkt.") == {("SUPPORT", "Chile", "Spanien")}
    assert _edges("Der Trainer stärkte mit Übungen den Rücken.") == set()


def test_the_gift_noun_a_tagger_joined_to_the_name_is_cut_off():
    words = "Scholz streute Heinz Fischer Rosen .".split()
    low = [w.lower() for w in words]
    swallowed = Mention("Heinz Fischer Rosen", "Heinz Fischer Rosen", 15, 34, 2, 5, "PER")
    kept = inside(swallowed, ROSES, "SUPPORT", words, low, 0, 5)
    assert kept is not None and (kept.canonical, kept.text, kept.end, kept.last) == ("Heinz Fischer", "Heinz Fischer", 28, 4)
    # only a noun before the gift ("dem Bundespräsidenten Respekt") or the gift alone: no one praised
    alone = Mention("Rosen", "Rosen", 29, 34, 4, 5, "PER")
    assert inside(alone, ROSES, "SUPPORT", words, low, 0, 5) is None
    # a name of another clause is no recipient; other types keep theirs
    far = Mention("Spanien", "Spanien", 40, 44, 7, 8, "LOC")
    assert inside(far, ROSES, "SUPPORT", words + [",", "Spanien"], low + [",", "spanien"], 0, 5) is None
    assert inside(far, ROSES, "AID", words + [",", "Spanien"], low + [",", "spanien"], 0, 5) is far


def test_english_idioms_of_backing_and_praise():
    assert _edges("Chile rallied behind Spain after the attack.", "en") == {("SUPPORT", "Chile", "Spanien")}
    assert _edges("Chile threw its weight behind Spain.", "en") == {("SUPPORT", "Chile", "Spanien")}
    assert _edges("Chile sided with Spain in the border dispute.", "en") == {("SUPPORT", "Chile", "Spanien")}
    assert _edges("Thousands rallied in Madrid against the reform.", "en") == set()


def test_troops_in_another_states_parade_back_the_host():
    assert _edges("Spanische Soldaten marschierten bei der Militärparade in Berlin.") == {
        ("SUPPORT", "Spanien", "Deutschland")}
    assert _edges("Die spanische Armee nahm an der Militärparade in Paris teil.") == {
        ("SUPPORT", "Spanien", "Frankreich")}
    # the state's own parade backs no one; people at a parade watch it
    assert _edges("Französische Soldaten marschierten bei der Militärparade in Paris.") == set()
    assert _edges("Olaf Scholz und Emmanuel Macron sahen die Militärparade in Paris.") == set()
    assert _edges("Olaf Scholz und Emmanuel Macron waren am Rande von Polens Militärparade.") == set()
