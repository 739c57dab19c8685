"""A country adjective before a title of state office names the state only when no person holds the title in the
sentence (issue 10, English): "the Russian defence minister arrived" is Russia's act, but in "the Russian defence
minister, Andrei Belousov, arrived" or "Spanish Minister of Health Ana Ruiz arrived" the named person is the
actor, and the adjective only qualifies the title (as mentions.py drops a country right before a person).

The title words are the "state-office" words of lang/<code>/relations/pronouns.txt (a title ends in one:
"minister", "defence minister"); between the adjective and the person only the title's words, an "of" inside it
("Minister of Culture") and one comma right before the person may stand."""

from __future__ import annotations

from functools import lru_cache

from .. import resources

WORDS = "relations/pronouns.txt"
OFFICE = "state-office"
REACH = 4  # words between the adjective and the person at most ("defence minister ,", "Minister of Culture")
INSIDE = frozenset({"of"})  # a preposition a title may hold ("Minister of Culture")


@lru_cache(maxsize=None)
def _offices(lang: str) -> frozenset[str]:
    if not resources.exists(lang, WORDS):
        return frozenset()
    return frozenset(row[0].lower() for row in resources.load(lang, WORDS).rows(2) if row[1] == OFFICE)


def held_by_person(between: list[str], lang: str) -> bool:
    """Whether ``between`` (the words from after a country adjective to a person's name) is a title of state office
    the person holds: at most REACH words of letters ending in a title word ("defence minister"), or in a title word,
    "of" and capitalised words ("Minister of Culture"); a comma only as the last word. "minister met" (a verb after
    the title) is no title."""
    offices = _offices(lang)
    if not between or len(between) > REACH or not offices:
        return False
    words = between[:-1] if between[-1] == "," else between
    last = max((n for n, w in enumerate(words) if w.lower() in offices), default=None)
    if last is None or not all(w.isalpha() for w in words):
        return False
    rest = words[last + 1:]
    return not rest or len(rest) > 1 and rest[0].lower() in INSIDE and all(w[:1].isupper() for w in rest[1:])
