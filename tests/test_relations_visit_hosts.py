"""relations/visit_hosts.py: the host of a German visit noun whose sentence names none, from the noun's compound,
the document's earlier visits or the article's dateline (issue 10)."""

from __future__ import annotations

from lagebild.relations import visit_hosts
from tests import relations_text


def consults(text: str) -> set[tuple[str, str | None]]:
    return {(r.actor, r.recipient) for r in relations_text.relations_of(text, "de") if r.type == "CONSULT"}


def test_a_visit_noun_awaits_its_host_only_in_german():
    assert visit_hosts.awaits_host("CONSULT", "Besuch", "de")
    assert visit_hosts.awaits_host("CONSULT", "China-Reise", "de")
    assert not visit_hosts.awaits_host("CONSULT", "Besuch", "en")
    assert not visit_hosts.awaits_host("CONSULT", "Treffen", "de")  # a meeting names both sides, no host
    assert not visit_hosts.awaits_host("AID", "Besuch", "de")


def test_the_compound_names_the_host_or_a_region_of_several():
    assert consults("Wladimir Putins China-Reise war kurz.") == {("Wladimir Putin", "China")}
    assert consults("Der Sender berichtete über Wladimir Putins lange Ostasien-Reise.") == {("Wladimir Putin", None)}


def test_the_host_of_the_visitors_earlier_visit():
    text = "Wladimir Putin reiste am Dienstag nach Pjöngjang. Kurz nach Putins Besuch ruhte der Handel."
    assert ("Wladimir Putin", "Nordkorea") in consults(text)
    # two hosts before: which one is meant is not known, and no dateline tells
    text = ("Wladimir Putin reiste nach Pjöngjang. Dann reiste Wladimir Putin nach Peking. "
            "Kurz nach Putins Besuch ruhte der Handel.")
    assert not any(r for r in relations_text.relations_of(text, "de") if r.predicate == "Besuch")


def test_the_state_of_the_dateline_for_a_foreign_visitor_in_a_text_about_that_state():
    text = "Pjöngjang – Zwei Wochen nach einem Besuch Putins zitierte Seoul den Gesandten Moskaus herbei. Nordkorea schwieg."
    assert ("Wladimir Putin", "Nordkorea") in consults(text)
    text = "Washington/Pjöngjang – Kurz nach Putins Besuch ruhte der Handel. Nordkorea schwieg."
    assert ("Wladimir Putin", "Nordkorea") in consults(text)  # of two places the one the text is about
    # a text datelined abroad about another state: not the dateline's
    text = "Paris – Kurz nach Putins Besuch warnte Polen vor Krieg. Polen rüstet auf. Polen ist besorgt."
    assert ("Wladimir Putin", "Frankreich") not in consults(text)
    # a dateline in the visitor's own state: no host known
    assert consults("Moskau – Kurz nach Putins Besuch ruhte der Handel. Russland schwieg.") == set()
    # no dateline, no earlier visit: no relation
    assert consults("Kurz nach Putins Besuch ruhte der Handel. Nordkorea schwieg.") == set()
