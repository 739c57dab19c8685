"""Role nouns of general news resolved in the document: "die Regierung" is the government of the story's country.

groups.txt names a government by its noun ("die Bundesregierung" -> Regierung) and mentions.py gives it a country
where the sentence does ("die Regierung in Athen" -> Griechenland). General news mostly says "die Regierung" or
"die Bundesregierung" of the one country the article is about ("Im Zusammenhang mit ... droht Österreich eine
EU-Strafe ... Die EU-Kommission werde die Bundesregierung auffordern"; "Gefechte zwischen der Regierung und
kurdischen Rebellen", in an article naming the Türkei three times). The gold codes such a government as its
country (gold/SCHEMA.md: canonical actor, the country as alias). So a relation side that is a bare singular
government noun takes the country the document names most, when it names one at least twice and more often than
any other (continents do not count), and that country is not the relation's other side; else it stays
"Regierung". Regional governments ("Landesregierung", "Inselregierung") are not the country's and stay, and so does
a government followed by whose it is ("die Regierung von Nauru": a country the gazetteer lacks).
"""

from __future__ import annotations

from collections import Counter

from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation

GOVERNMENT = "Regierung"  # the canonical groups.txt gives
NOUNS = frozenset({"regierung", "bundesregierung"})  # the country's own government, singular
AT_LEAST = 2  # mentions of the document's country
# continents stand in countries.txt as places, but have no government (Wikidata ids: Europa, Asien, Afrika, ...)
CONTINENTS = frozenset({"Q46", "Q48", "Q15", "Q49", "Q18", "Q538", "Q51"})
OWNER = frozenset({"von", "in", "des", "der", "aus"})  # "die Regierung von Nauru": a country the gazetteer lacks


def story_country(doc: Doc, gaz: Gazetteer) -> str | None:
    """The country the document names most (entities, country adjectives included), or None when it names none
    at least ``AT_LEAST`` times or two equally often."""
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        entry = gaz.by_canonical.get(ent.canonical or "") if ent.label == "LOC" else None
        if entry is not None and entry.source == "countries.txt" and entry.wikidata not in CONTINENTS:
            counts[entry.canonical] += 1
    top = counts.most_common(2)
    if not top or top[0][1] < AT_LEAST or len(top) > 1 and top[1][1] == top[0][1]:
        return None
    return top[0][0]


def resolve(doc: Doc, relations: list[Relation], gaz: Gazetteer) -> list[Relation]:
    """``relations`` with a bare government noun on either side made the document's country (German only)."""
    if doc.lang != "de" or not any(GOVERNMENT in (r.actor, r.recipient) for r in relations):
        return relations
    country = story_country(doc, gaz)
    if country is None:
        return relations
    for rel in relations:
        if rel.actor == GOVERNMENT and _bare(doc, rel.actor_text, rel.actor_end) and rel.recipient != country:
            rel.actor = country
            rel.provenance += f" (actor: the government of the document's country, {country})"
        if rel.recipient == GOVERNMENT and _bare(doc, rel.recipient_text, rel.recipient_end) and rel.actor != country:
            rel.recipient = country
            rel.provenance += f" (recipient: the government of the document's country, {country})"
    return relations


def _bare(doc: Doc, text: str | None, end: int | None) -> bool:
    """Whether ``text`` is a government noun with at most an article ("die Bundesregierung", "der Regierung"),
    not followed by whose it is ("die Regierung von Nauru", "die Regierung in Canberra")."""
    words = (text or "").lower().split()
    after = doc.text[end:end + 12].split()[:1] if end is not None else []
    return bool(words) and words[-1] in NOUNS and len(words) <= 2 and not (after and after[0].lower() in OWNER)


__all__ = ["resolve", "story_country"]
