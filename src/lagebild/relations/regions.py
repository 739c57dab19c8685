"""A state named by its region: "dieser ostasiatische Staat", "dem südamerikanischen Land", "the East Asian nation".

A description whose adjective names a region (lang/<code>/relations/regions.txt) means a country of that region,
the one the text named last: "Granaten, die dieser ostasiatische Staat an die Front schickt" after a clause on
Nordkorea are Nordkorea's, though the text named Russland since. anaphora.find reads these descriptions (kind
"region" in anaphors.txt for the articles and nouns, "das Land" of kind country too when a regional adjective
stands in it); descriptions.referents finds the country. A region with no country of it named before gives no
referent: "das ostasiatische Land" after a text on Chile names a country the rules cannot tell.
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources

WORDS = "relations/regions.txt"
ENDINGS_DE = ("e", "en", "er", "es", "em")
GAP = 3  # words between the article and the noun: "dieser kleine ostasiatische Staat"


@lru_cache(maxsize=None)
def table(lang: str) -> dict[tuple[str, ...], frozenset[str]]:
    """Regional adjective (lower-case words; German: the stem) -> the canonical names of its region's countries."""
    return {tuple(adjective.lower().split()): frozenset(countries.split("|"))
            for adjective, countries in resources.load(lang, WORDS).rows(2)}


def region_at(low: list[str], j: int, lang: str) -> tuple[int, frozenset[str]] | None:
    """(the number of words, the region's countries) of a regional adjective at word ``j``, else None."""
    regions = table(lang)
    if lang == "de":
        word = low[j]
        for ending in ENDINGS_DE:
            countries = regions.get((word[:-len(ending)],)) if word.endswith(ending) else None
            if countries:
                return 1, countries
        return None
    for n in (2, 1):
        countries = regions.get(tuple(low[j:j + n])) if j + n <= len(low) else None
        if countries:
            return n, countries
    return None


def region_noun(phrase: tuple[str, ...], lang: str) -> frozenset[str] | None:
    """The countries a region's noun names by itself (regions.txt: "norden" -> the northern half of a country
    split in two), for the phrase ("der", "norden") whose last word it is, else None."""
    return table(lang).get(phrase[-1:]) if len(phrase) == 2 else None


def match(words: list[str], low: list[str], k: int, phrase: tuple[str, ...], lang: str
          ) -> tuple[int, frozenset[str]] | None:
    """(the word after the description, its region's countries) when the two-word ``phrase`` (article, noun)
    starts at word ``k`` with a regional adjective between ("diesem ostasiatischen Staat"), plain adjectives
    around it ("the small East Asian nation"), else None."""
    if len(phrase) != 2 or low[k] != phrase[0] or phrase[1] not in low[k + 2:k + 2 + GAP]:
        return None
    region: frozenset[str] | None = None
    j = k + 1
    while j < min(len(low), k + 2 + GAP):
        if low[j] == phrase[1]:
            return (j + 1, region) if region and words[j].isalpha() else None
        found = region_at(low, j, lang)
        if found:
            region = found[1]
            j += found[0]
            continue
        word = words[j]
        if not (word.isalpha() and word[:1].islower() and (lang != "de" or word.endswith(ENDINGS_DE))):
            return None
        j += 1
    return None
