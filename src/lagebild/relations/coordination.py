"""Recipients coordinated with their preposition repeated ("traf er mit Scholz und anschließend auch mit
Macron zusammen", "protested against France and then against Germany"). extract.py keeps one recipient for an
English mutual event (a meeting), so "talks with Seoul and then with Tokyo" stays a meeting with Seoul.

coordinated() joins mentions separated only by commas, "und", "sowie" and the like. A meeting, demand or
accusation aimed at two parties often repeats the preposition, with an adverb between ("und anschließend auch
mit", "und dann mit"): the second party is the event's as much as the first. Joined here when
the words between are a conjunction, at most three lower-case words and the preposition that also governs the
first mention.
"""

from __future__ import annotations

from ..attribution import lexicon as attr_lexicon
from ..attribution.words import tag_de
from ..entities.gazetteer import Gazetteer, gazetteer
from . import frames, lexicon
from .mentions import ADJECTIVE_BETWEEN, ADJECTIVE_JOINS, Mention, country_adjective

# words that may stand between coordinated mentions, and those of them that join ("sowohl X als auch Y", "X as well
# as Y")
COORDINATION = frozenset({",", "und", "and", "sowie", "or", "oder", "die", "der", "das", "the", "als", "auch", "as", "well"})
JOINS = frozenset({",", "und", "and", "sowie", "or", "oder", "auch", "well"})

CONJUNCTIONS = frozenset({"und", "sowie", "and"})

ADVERBS = 3  # lower-case words between the conjunction and the repeated preposition ("anschließend auch")
PREP_BEFORE = 5  # words before the first mention within which its preposition stands ("mit seinem ägyptischen Kollegen")
FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})


def repeated(words: list[str], head: Mention, start: int, head_start: int) -> bool:
    """Whether the words between ``head`` (its phrase starting at ``head_start``) and the next mention's phrase
    at ``start`` join them by a repeated preposition."""
    between = words[head.last:start]
    if len(between) < 2 or between[0].lower() not in CONJUNCTIONS or len(between) > ADVERBS + 2:
        return False
    prep = between[-1]
    if not prep.isalpha() or not prep.islower() or not all(w.isalpha() and w.islower() for w in between[1:-1]):
        return False
    return prep in (w.lower() for w in words[max(0, head_start - PREP_BEFORE):head_start])


def opens_clause(words: list[str], m: Mention, k: int, lang: str) -> bool:
    """Whether the mention ``m`` after the trigger at word ``k`` is the subject of a clause of its own: its next word
    is that clause's verb ("schickt Soldaten nach Russland, Südkorea liefert Waffen an die Ukraine"; "sends troops
    to Russia, South Korea will arm Ukraine"), so it is no second recipient of the trigger. A list of subjects
    before the trigger ("Deutschland, Frankreich und Italien liefern") shares that verb and is left alone. German
    asks the tagger for a finite verb; English, which has no tagger here, only a word that starts a trigger or is
    a status cue of lang/en/relations (triggers.txt, status.txt: "supplies", "will", "could") or a reporting verb
    of the attribution lexicon ("Poland said"), so that an adverbial after the last of a list ("to Russia, Belarus,
    and Iran last year") keeps it."""
    if m.first <= k or m.last >= len(words):
        return False
    after = words[m.last]
    if not after.isalpha() or not after.islower():
        return False
    if lang == "de":  # a present tense the tagger reads as a participle too ("unterstützt"), not "geliefert"
        tag = tag_de(after)
        return tag in FINITE or tag == "VVPP" and not after.startswith("ge") and words[m.first - 1] == ","
    lex = lexicon.load("en")
    return lang == "en" and bool(lex.starting(after) or lex.status_cues(after) or after in attr_lexicon.load("en").forms)


def shared_noun(m: Mention, found: list[Mention], roles: list[str | None], words: list[str], lang: str) -> list[Mention]:
    """``m`` and the mentions coordinated with it (``coordinated``), and when ``m`` is a country adjective, the
    country adjectives before and after it that share its noun ("das russische wie das belarussische Militär",
    "Russian and Belarusian troops": both act), in the order of the text. The actor chosen for a verb is one
    mention, so the other of such a pair was lost."""
    out = coordinated(m, found, roles, words, lang)
    gaz = gazetteer(lang) if lang else None
    if gaz is None or not _adjective(m, gaz) or m not in found:
        return out
    n = found.index(m)
    chain = [m]
    for prev in reversed(found[:n]):
        if not _joined(prev, chain[0], words, gaz):
            break
        chain.insert(0, prev)
    for nxt in found[n + 1:]:
        if not _joined(chain[-1], nxt, words, gaz):
            break
        chain.append(nxt)
    return chain + [one for one in out if one not in chain]


def _joined(one: Mention, other: Mention, words: list[str], gaz: Gazetteer) -> bool:
    """Whether the country adjectives ``one`` and ``other`` (after it) are joined to share one noun."""
    between = {w.lower() for w in words[one.last:other.first]}
    return bool(between) and between <= ADJECTIVE_BETWEEN and bool(between & ADJECTIVE_JOINS) \
        and _adjective(one, gaz) and _adjective(other, gaz)


def _adjective(m: Mention, gaz: Gazetteer) -> bool:
    return m.label == "LOC" and country_adjective((m.text or "").split(), gaz)


__all__ = ["opens_clause", "repeated", "shared_noun"]


def head(m: Mention, found: list[Mention], words: list[str]) -> Mention:
    """The first of the mentions coordinated with ``m`` ("Russland und die DVRK" -> Russland)."""
    n = found.index(m)
    while n > 0:
        between = [w.lower() for w in words[found[n - 1].last:found[n].first]]
        if not between or not all(w in COORDINATION for w in between) or not set(between) & JOINS:
            break
        n -= 1
    return found[n]


def coordinated(first: Mention, found: list[Mention], roles: list[str | None], words: list[str],
                 lang: str = "", plain: bool = True, trigger: int = -1) -> list[Mention]:
    """``first`` and the mentions coordinated with it ("Polen, die Niederlande und Spanien"; not ``plain``:
    only those with the preposition repeated, "mit Varga und danach auch mit Premier Kovács", the
    partners of a meeting: coordination.py); none after the ``trigger`` that opens a clause of its own."""
    out = [first]
    if first not in found:
        return out
    n = found.index(first)
    for m in found[n + 1:]:
        between = [w.lower() for w in words[out[-1].last:m.first]]
        cut = frames.title_start(words, m, lang) - out[-1].last
        if 0 < cut < len(between):
            between = between[:cut]  # up to a person's title: "sowohl X als auch Innenminister Y"
        if (not plain or not between or not all(w in COORDINATION for w in between) or not set(between) & JOINS) and not \
                repeated(words, out[-1], frames.title_start(words, m, lang),
                                      frames.title_start(words, out[-1], lang)):
            break
        if trigger >= 0 and opens_clause(words, m, trigger, lang):
            break
        out.append(m)
    return out
