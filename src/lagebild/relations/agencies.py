"""A relation's source that describes a national agency by its country and kind is named as the agency is.

The attribution layer names a source as the sentence writes it: "nach Informationen des südkoreanischen
Geheimdienstes" gives "südkoreanische Geheimdienst", "South Korea's spy agency" stays as written. Gold names the
agency (gold/SCHEMA.md, RELATION "source": the most specific named source), and so do the article's other
sentences ("laut dem NIS"), so the same reporter went by two names. lang/<code>/relations/agencies.txt lists the
nouns of each kind of agency (intelligence, military, foreign and domestic intelligence) and, per country, the
agency of that kind where the country has only one; a description of any other country or kind keeps its words.

A description is a kind noun (its last words; a German genitive "-s"/"-es" read too, a country prefix joined by a
hyphen: "US-Militärgeheimdienst") with one country named around it: an adjective ("südkoreanische"), a name or
its genitive before it ("Kiews", "South Korea's") or a genitive after it ("der Geheimdienst Pakistans"). Words
besides are lower-case (articles, "weiter"): "der Chef des Geheimdienstes" is a person, not the agency.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Entry, Gazetteer

FILE = "relations/agencies.txt"
GROUPS = "relations/groups.txt"  # its compound prefixes: "US-" names the USA
GENITIVE_ENDINGS = ("es", "s")  # German: "des Geheimdienstes", "des Nachrichtendiensts"
OF = "of"  # English: what stands before "of" is the head, the agency only its attribute
ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den", "the", "of", "'s", "’s"})
WORD = re.compile(r"[\w.]+(?:-[\w.]+)*|['’]s\b")


@lru_cache(maxsize=None)
def kinds(lang: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """(lower-case words of a kind noun, kind) of ``lang``, the longest nouns first."""
    if not resources.exists(lang, FILE):
        return ()
    found = [(tuple(noun.lower().split()), row[0]) for row in resources.load(lang, FILE).rows(3)
             for noun in row[1].split("|") if noun.strip()]
    return tuple(sorted(found, key=lambda item: -len(item[0])))


@lru_cache(maxsize=None)
def agencies(lang: str) -> dict[tuple[str, str], str]:
    """(country canonical, kind) -> the agency's canonical name, of ``lang``."""
    if not resources.exists(lang, FILE):
        return {}
    table = {}
    for row in resources.load(lang, FILE).rows(3):
        for pair in row[2].split("|"):
            country, _, name = pair.partition("=")
            if country.strip() and name.strip():
                table[(country.strip(), row[0])] = name.strip()
    return table


def agency_named(source: str, gaz: Gazetteer) -> str | None:
    """The canonical name of the national agency ``source`` describes, None when it describes none listed."""
    words = WORD.findall(source)
    low = [w.lower() for w in words]
    for noun, kind in kinds(gaz.lang):
        at = _noun_at(low, noun, gaz.lang)
        if at is None:
            continue
        start, end, prefix = at
        if OF in low[:start]:
            return None  # an agency in an attribute of a person or a body: "a former director of X's spy agency"
        before = _countries_in(words[:start], gaz, strict=False)
        after = _countries_in(words[end:], gaz, strict=True)
        if before is None or after is None:
            return None
        # the prefix as written: the gazetteer's names keep their letter case ("US")
        countries = before | after | ({_country(words[end - 1][:len(prefix)], gaz)} if prefix else set())
        countries.discard(None)
        if len(countries) != 1:
            return None
        return agencies(gaz.lang).get((countries.pop(), kind))
    return None


def _noun_at(low: list[str], noun: tuple[str, ...], lang: str) -> tuple[int, int, str | None] | None:
    """(start, end, country prefix) of the last place of the kind ``noun`` in ``low``; a German noun also with a
    genitive ending and with a country joined by a hyphen before it ("US-Militärgeheimdienst")."""
    n = len(noun)
    for end in range(len(low), n - 1, -1):
        last = low[end - 1]
        prefix = None
        if lang == "de" and "-" in last:
            prefix, _, last = last.rpartition("-")
        forms = {last} | ({last[:-len(e)] for e in GENITIVE_ENDINGS if last.endswith(e)} if lang == "de" else set())
        if tuple(low[end - n:end - 1]) == noun[:-1] and noun[-1] in forms:
            return end - n, end, prefix
    return None


def _countries_in(words: list[str], gaz: Gazetteer, strict: bool) -> set[str | None] | None:
    """The countries ``words`` name, None when a word is no part of a country's name and no article (``strict``:
    after the noun, "der Geheimdienst Pakistans") or also no lower-case word (before it: "des südkoreanischen")."""
    found: set[str | None] = set()
    covered: set[int] = set()
    for first, last, entry in gaz.match_names(words):
        found.add(_entry_country(entry))
        covered.update(range(first, last))
    for m, word in enumerate(words):
        if m in covered or word.lower() in ARTICLES or (not strict and word.islower()):
            continue
        return None
    return found


def _country(prefix: str, gaz: Gazetteer) -> str | None:
    """The country a compound's first part names: a prefix of groups.txt ("US-") or a country's name."""
    entry = gaz.names.get((prefix,))
    return _prefixes(gaz.lang).get(prefix) or (_entry_country(entry) if entry is not None else None)


@lru_cache(maxsize=None)
def _prefixes(lang: str) -> dict[str, str]:
    """The compound prefixes naming a country of lang/<code>/relations/groups.txt ("US-" -> USA)."""
    if not resources.exists(lang, GROUPS):
        return {}
    return {pattern[:-1]: canonical for pattern, canonical in resources.load(lang, GROUPS).rows(2)
            if pattern.endswith("-")}


def _entry_country(entry: Entry) -> str | None:
    """The country a gazetteer entry names: a country, its adjective, or the government of a capital ("Kiews")."""
    if entry.source == "countries.txt":
        return entry.canonical
    if entry.kind == "metonym" and entry.government:
        return entry.government
    return None
