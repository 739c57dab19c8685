"""The language knowledge of the claim layer, loaded once per language from lang/<code>/claims/."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import split_column

RESOURCES = ("claims/reference_time.txt", "claims/claim_types.txt", "claims/unit_classes.txt",
             "claims/actors.txt", "claims/roles.txt", "claims/actor_nouns.txt", "claims/pronouns.txt",
             "claims/concepts.txt", "claims/measures.txt")


@dataclass(frozen=True)
class ClaimKnowledge:
    reference_adverbs: re.Pattern
    claim_types: tuple[tuple[str, re.Pattern, str], ...]  # (type, pattern, rule id)
    unit_classes: dict[str, str]
    names: dict[str, str]  # lower-case name -> actor
    stems: tuple[tuple[str, str], ...]  # (lower-case adjective stem, actor)
    roles: dict[str, str]  # preposition -> role
    actor_nouns: frozenset[str]
    pronouns: frozenset[str]
    longest_name: int  # words in the longest name
    stem_index: dict[str, str] = field(default_factory=dict, compare=False, hash=False, repr=False)
    first_words: frozenset[str] = frozenset()  # first words of the names of several words
    # names already looked up: every token of every sentence is tried as a name, most of them often
    memo: dict[str, str | None] = field(default_factory=dict, compare=False, hash=False, repr=False)
    # token text -> whether a name can start with it (see may_name): most tokens of a text cannot
    name_memo: dict[str, bool] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def unit_class(self, unit: str | None) -> str | None:
        if not unit:
            return None
        return self.unit_classes.get(unit, unit)

    def is_demonym(self, word: str) -> bool:
        """True for an adjective of an actor ("nordkoreanischen"), False for a name or genitive ("Nordkoreas")."""
        low = word.lower()
        genitive = low.endswith("s") and low[:-1] in self.names
        return low not in self.names and not genitive and self.actor_of(word) is not None

    def actor_of(self, name: str) -> str | None:
        """The actor behind a name, a genitive ("Nordkoreas") or a demonym adjective ("nordkoreanischen")."""
        if name in self.memo:
            return self.memo[name]
        found = self._actor_of(name)
        if len(self.memo) < 100_000:
            self.memo[name] = found
        return found

    def _actor_of(self, name: str) -> str | None:
        low = name.lower()
        if low in self.names:
            return self.names[low]
        if low.endswith("s") and low[:-1] in self.names:
            return self.names[low[:-1]]
        # an adjective is a stem and an ending of at most two letters: look the three candidates up
        for stem, ending in ((low, ""), (low[:-1], low[-1:]), (low[:-2], low[-2:])):
            if stem and ending in ENDINGS and stem in self.stem_index:
                return self.stem_index[stem]
        return None

    def may_name(self, word: str) -> bool:
        """Whether a name found by parties.mentions can start at a token ``word``: a first word of a name of several
        words, a name itself, or a compound whose first part is one ("Kreml-Chef"); asked once per token type."""
        known = self.name_memo.get(word)
        if known is None:
            known = self.may_start_name(word) or self.actor_of(word) is not None or (
                "-" in word and self.actor_of(word.split("-")[0]) is not None)
            if len(self.name_memo) < 100_000:
                self.name_memo[word] = known
        return known

    def may_start_name(self, word: str) -> bool:
        """Whether a name of several words can start with ``word`` (else only one-word names are tried)."""
        return word.lower() in self.first_words


ENDINGS = ("", "e", "en", "er", "es", "em")


def gazetteer_actors(lang: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Countries (names, aliases, adjective stems) and their seats of power ("Kreml" -> Russland), read from the
    entities gazetteer so that the two components share one list."""
    names: dict[str, str] = {}
    stems: list[tuple[str, str]] = []
    for row in resources.load(lang, "entities/countries.txt").rows(4):
        canonical, _, aliases, adjectives = row[:4]
        for alias in (canonical, *split_column(aliases)):
            names[alias.lower()] = canonical
        stems.extend((stem.lower(), canonical) for stem in split_column(adjectives))
    for row in resources.load(lang, "entities/metonyms.txt").rows(6):
        name, _, _, government, _, aliases = row[:6]
        for alias in (name, *aliases.split("|")):
            names[alias.lower()] = government
    return names, stems


@lru_cache(maxsize=None)
def knowledge(lang: str) -> ClaimKnowledge:
    adverbs = resources.load(lang, "claims/reference_time.txt").items()
    types = tuple(
        (row[0], re.compile(row[1], re.IGNORECASE), f"rule:{lang}/claims/claim_types.txt:{lineno}")
        for (lineno, _), row in zip(resources.load(lang, "claims/claim_types.txt").lines,
                                    resources.load(lang, "claims/claim_types.txt").rows(2), strict=True)
    )
    names, stems = gazetteer_actors(lang)
    for name, actor in resources.load(lang, "claims/actors.txt").rows(2):
        if name.endswith("-"):
            stems.append((name[:-1].lower(), actor))
        else:
            names[name.lower()] = actor
    return ClaimKnowledge(
        reference_adverbs=re.compile(r"\b(?:" + "|".join(map(re.escape, adverbs)) + r")\b", re.IGNORECASE),
        claim_types=types,
        unit_classes=resources.load(lang, "claims/unit_classes.txt").table(),
        names=names,
        stems=tuple(sorted(stems, key=lambda s: -len(s[0]))),
        roles=resources.load(lang, "claims/roles.txt").table(),
        actor_nouns=resources.load(lang, "claims/actor_nouns.txt").set(),
        pronouns=resources.load(lang, "claims/pronouns.txt").set(lower=True),
        longest_name=max(len(name.split()) for name in names),
        stem_index={stem: actor for stem, actor in reversed(sorted(stems, key=lambda s: -len(s[0])))},
        first_words=frozenset(name.split()[0] for name in names if " " in name),
    )
