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
