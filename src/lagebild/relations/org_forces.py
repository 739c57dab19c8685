"""Compounds naming an organization's fighters or the ground it holds: "Hamas-Kämpfer", "PKK-Stellungen", "IS-Miliz".

A country's forces act for the country ("US-Truppen" -> USA, mentions._compound); an armed organization's fighters
act for the organization the same way, and its positions are where it is attacked ("die Armee bombardierte
PKK-Stellungen" is an ASSAULT on the PKK). In the 1,028 10kGNAD test articles and the gold sets 23 compounds name
an armed group by its acronym so ("PKK-Kämpfer" 10, "PKK-Stellungen" 4, "IS-Miliz" 4, "YPG-Kämpfern", ...); none
was a mention: the entity model tags the compound as one organization, which the relations leave out as forces
of no country, so "Hamas-Kämpfer griffen israelische Soldaten an" made Israel the attacker. The first part names
the organization when the gazetteer lists it (organizations.txt: "Hamas", "Taliban") or is an acronym ("PKK",
"IS", "YPG"; not "Pro-Russland-Kämpfer"); the heads, military ones only ("SPÖ-Führung" acts in no fight and stays
out), are lang/de/relations/org_forces.txt.
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources

WORDS = "relations/org_forces.txt"  # the heads (FORMAT there)
ACRONYM = range(2, 7)  # letters of an organization's acronym: "IS", "PKK", "KFOR"


@lru_cache(maxsize=None)
def heads(lang: str) -> frozenset[str]:
    """The lower-case heads of org_forces.txt (empty for a language without the file)."""
    if not resources.exists(lang, WORDS):
        return frozenset()
    return frozenset(row[0] for row in resources.load(lang, WORDS).rows(2))


def holder(prefix: str, head: str, listed: str | None, lang: str) -> str | None:
    """The organization whose fighters or positions the compound ``prefix``-``head`` names: ``listed`` (the
    canonical name of the prefix in organizations.txt, None when it is not there) or the prefix as an acronym;
    None when the head names no forces or positions, or the prefix no organization."""
    if head.lower() not in heads(lang):
        return None
    if listed is not None:
        return listed
    return prefix if len(prefix) in ACRONYM and prefix.isupper() and prefix.isalpha() else None


GENITIVE_ARTICLES = ("der", "des")
ADJECTIVES = 2  # lower-case words between the article and the name: "Stellungen der kurdischen YPG"


@lru_cache(maxsize=None)
def forces(lang: str) -> frozenset[str]:
    """The lower-case heads of org_forces.txt of kind "forces" ("kämpfer", "miliz")."""
    if not resources.exists(lang, WORDS):
        return frozenset()
    return frozenset(row[0] for row in resources.load(lang, WORDS).rows(2) if row[1] == "forces")


@lru_cache(maxsize=None)
def positions(lang: str) -> frozenset[str]:
    """The lower-case heads of org_forces.txt of kind "position" ("stellungen", "stützpunkte")."""
    if not resources.exists(lang, WORDS):
        return frozenset()
    return frozenset(row[0] for row in resources.load(lang, WORDS).rows(2) if row[1] == "position")


def held_ground(words: list[str], low: list[str], found: list, roles: list[str | None],
                lang: str) -> list[str | None]:
    """``roles`` (of the mentions ``found``) with a name in the genitive of ground it holds made the recipient:
    "die Armee bombardierte Stellungen der Hamas", "Angriffe auf Stützpunkte des IS". The side whose positions
    are hit is hit, as in the compound "Hamas-Stellungen"; left free, the name after the verb was read as its
    subject where the attacker is no mention ("die Armee") and the holder became the attacker."""
    heads_of = positions(lang)
    if not heads_of:
        return roles
    out = list(roles)
    for at, m in enumerate(found):
        if m.first < 2 or out[at] not in (None, "pair"):
            continue
        j = m.first - 1
        while j > 0 and m.first - j <= ADJECTIVES and low[j] not in GENITIVE_ARTICLES and words[j][:1].islower() \
                and words[j].isalpha():
            j -= 1
        if low[j] in GENITIVE_ARTICLES and j > 0 and low[j - 1] in heads_of:
            out[at] = "recipient"
    return out
