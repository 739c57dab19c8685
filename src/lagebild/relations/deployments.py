"""Forces put in use on another state's side (issue 10, deployments named by nouns and passives).

The side foreign forces are put in use on is the state they are given to (gold/SCHEMA.md: "troops or weapons
sent to another state: AID, even when they then fight"): "ein Kontingent kubanischer Soldaten ist an venezolanischer
Seite im Einsatz", "Iranische Soldaten werden auf syrischer Seite eingesetzt", "die Stationierung von Truppen aus Kuba an der
Seite Venezuelas" are AID from the forces' state to that side. The side phrase ("an/auf <country adjective>
Seite", "an der Seite <country>", "auf Seiten <country>") names no recipient anywhere else: preps.txt makes
"Seite" an ally word, right for fighting ("Iraner kämpften an der Seite Syriens" is no attack on Syrien, the
gold codes such fights against the opponent), and the adjective before "Seite" is no mention at all (mentions.py makes a
country adjective a mention only before an agent noun).

Only for deployments and flows (AID, MOBILIZE), only for forces named by their country (a country adjective
before an agent noun, a people noun, "Soldaten aus Kuba": events.foreign, or an origin), and only with the
side phrase in the trigger's clause. extract._relations asks ``sided`` first for each trigger and keeps its
other rules when it gives nothing.

Weapons put in use are force used, not forces mobilized (``weapons_used``): "Kuba hat im Mai die gelieferte
Munition eingesetzt", "Die Haubitzen sollen durch kubanische Truppen eingesetzt worden sein" are ASSAULTs of the
user (gold/SCHEMA.md: ASSAULT is the use of force; the gold codes 3 of 3 such sentences of story-dev and the
seeds ASSAULT, none MOBILIZE), with no recipient unless the sentence names one ("gegen X": extract.py makes that
an ASSAULT already). Forces in use stay MOBILIZE or AID, and so do weapons used for a purpose short of force
("zur Aufklärung eingesetzte Drohnen").
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer, gazetteer
from ..model import Doc, Relation
from .events import foreign
from .index import trigger_word
from .lexicon import RelationLexicon
from .meetings import country_word  # "syrischer": the country a single word names
from .mentions import CLAUSE_END, Mention

KINDS = frozenset({"AID", "MOBILIZE"})  # not ASSAULT: fighting on a side is against the other side
# the words of the side phrase (FORMAT there); "auf ukrainischer Seite der Grenze": a genitive after the side noun
# makes it a place (one side of a border, river or front), not an ally; the side of a war ends its phrase
WORDS = "relations/deployments.txt"
MARK = " (recipient: the side the forces are put in use on)"
USED = " (ASSAULT: weapons put in use)"


@lru_cache(maxsize=None)
def _words(kind: str) -> frozenset[str]:
    """The words of deployments.txt of ``kind`` ("prep", "side", "article", "place", "join", "use", "weapon",
    "forces", "agent", "purpose")."""
    return frozenset(resources.load("de", WORDS).of_kind(kind, kind_first=False))


def sided(doc: Doc, i: int, words: list[str], low: list[str], k: int, kind: str, found: list[Mention],
          roles: list[str | None], lo: int, hi: int, lex: RelationLexicon) -> tuple[list[Mention], Mention] | None:
    """(forces' countries, side) when the AID or MOBILIZE trigger at word ``k`` of sentence ``i`` (clause
    ``lo``..``hi``) puts forces named by their country in use on another state's side (see the module), else
    None. The forces are the mention nearest the trigger and the country adjectives coordinated before it
    ("nordkoreanische und iranische Soldaten"); extract adds the mentions coordinated after it."""
    if lex.lang != "de" or kind not in KINDS or not _words("side").intersection(low[lo:hi]):
        return None  # the set test first: most clauses name no side
    side = _side(doc, i, words, low, found, lo, hi, gazetteer(lex.lang))
    if side is None:
        return None
    forces = [m for m, r in zip(found, roles, strict=True)
              if m.canonical != side.canonical and lo <= m.first < hi and m.label == "LOC"
              and (r == "origin" or foreign(m, words, low, lex) or _opening(m, low, lex))]
    if not forces:
        return None
    nearest = min(forces, key=lambda m: abs(m.first - k))
    return [*_adjectives_before(doc, i, words, nearest, side, gazetteer(lex.lang)), nearest], side


def _adjectives_before(doc: Doc, i: int, words: list[str], m: Mention, side: Mention, gaz: Gazetteer) -> list[Mention]:
    """The country adjectives coordinated before the adjective ``m`` ("Nordkoreanische und iranische Soldaten"),
    each a mention of its own with its offsets: mentions.py makes an adjective a mention only right before an
    agent noun, so the first of a pair is none."""
    out: list[Mention] = []
    j = m.first
    while j >= 2 and m.text is not None and m.text[:1].islower() and words[j - 1].lower() in _words("join"):
        country = country_word(words[j - 2].lower(), gaz)
        if country is None or country == side.canonical:
            break
        tok = doc.sent_tokens(i)[j - 2]
        out.insert(0, Mention(country, words[j - 2], tok.start, tok.end, j - 2, j - 1, "LOC"))
        j -= 2
    return out


def _opening(m: Mention, low: list[str], lex: RelationLexicon) -> bool:
    """Whether ``m`` is a country adjective opening the sentence before an agent noun ("Iranische Soldaten werden
    ... eingesetzt"), which events.foreign leaves out (it tells adjectives by their lower case)."""
    return m.first == 0 and m.text is not None and not m.text.endswith(("er", "ern")) \
        and m.last < len(low) and lex.is_agent(low[m.last])


def _side(doc: Doc, i: int, words: list[str], low: list[str], found: list[Mention], lo: int, hi: int,
          gaz: Gazetteer) -> Mention | None:
    """The state a side phrase in ``lo``..``hi`` names: a country adjective right before "Seite" after "an"/"auf"
    ("an syrischer Seite", "auf der syrischen Seite"), or the country mention right after "Seite"/"Seiten"
    ("an der Seite Syriens", "auf Seiten von Syrien")."""
    for j in range(lo + 1, hi):
        if low[j] not in _words("side"):
            continue
        before = low[max(lo, j - 3):j]
        if not _words("prep").intersection(before):
            continue
        country = country_word(words[j - 1], gaz) if words[j - 1][:1].islower() else None
        if country is not None and j + 1 < hi and low[j + 1] in _words("place"):
            continue  # "auf litauischer Seite der Grenze"; "an der Seite der Ukraine" is read below
        if country is not None:  # "an syrischer Seite": a mention of its own, with its offsets
            tok = doc.sent_tokens(i)[j - 1]
            return Mention(country, words[j - 1], tok.start, tok.end, j - 1, j, "LOC")
        after = next((m for m in found if j + 1 <= m.first <= j + 2 and m.label == "LOC"), None)
        if after is not None and all(w in _words("article") for w in low[j + 1:after.first]):
            return after
    return None


def _clause_words(low: list[str], k: int) -> tuple[int, int]:
    lo = next((j + 1 for j in range(k - 1, -1, -1) if low[j] in CLAUSE_END), 0)
    hi = next((j for j in range(k + 1, len(low)) if low[j] in CLAUSE_END), len(low))
    return lo, hi


def _weapons_only(low: list[str], lo: int, hi: int) -> bool:
    """Whether words ``lo``..``hi`` name weapons (a word ending in a weapon of deployments.txt: "Kampfdrohnen") and
    no forces but the user after "durch"/"von" ("durch kubanische Truppen"), and no purpose short of force."""
    if not any(w.endswith(tuple(_words("weapon"))) for w in low[lo:hi]) or _words("purpose").intersection(low[lo:hi]):
        return False
    return not any(w.endswith(tuple(_words("forces"))) and not _words("agent").intersection(low[max(lo, j - 3):j])
                   for j, w in enumerate(low[lo:hi], lo))


def weapons_used(doc: Doc, relations: list[Relation], lang: str) -> list[Relation]:
    """``relations`` with each German MOBILIZE without recipient whose word of use (deployments.txt "use") puts
    weapons in use, not forces, made an ASSAULT (see the module); one that then repeats an ASSAULT of its actor in
    its sentence ("Raketen bei Angriffen auf X eingesetzt") is dropped."""
    if lang != "de":
        return relations
    attacks = {(r.sentence, r.actor) for r in relations if r.type == "ASSAULT"}
    out = []
    for rel in relations:
        if rel.type == "MOBILIZE" and rel.recipient is None and rel.predicate.split()[-1].lower() in _words("use"):
            toks = doc.sent_tokens(rel.sentence)
            k = trigger_word(toks, rel)
            low = [t.text.lower() for t in toks]
            if k is not None and _weapons_only(low, *_clause_words(low, k)):
                if (rel.sentence, rel.actor) in attacks:
                    continue
                rel.type, rel.mode = "ASSAULT", None
                rel.provenance += USED
                attacks.add((rel.sentence, rel.actor))
        out.append(rel)
    return out


def mark(rel):  # type: ignore[no-untyped-def]
    """Note the side rule in the provenance of ``rel``."""
    rel.provenance += MARK
    return rel


__all__ = ["KINDS", "MARK", "mark", "sided", "weapons_used"]
