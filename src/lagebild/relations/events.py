"""Event detection helpers for ``extract``: when a sentence states several events, which events keep an
implied recipient, document-level checks (partners do not assault each other), and status cues beyond the
trigger's clause (a governing clause, a sentence-opening condition, "schließt ... aus").

Kept apart from extract.py so that the rules about *events* stay in one place, separate from the rules about
*actors* (mentions.py, roles).
"""

from __future__ import annotations

import re
from collections import Counter

from .lexicon import RelationLexicon

# Types whose recipient the document may imply when the sentence names none ("Die Entsendung
# nordkoreanischer Soldaten", "Munition aus Nordkorea"): filled in later by ``extract._fill_recipients``
# with the document's main AID recipient, and dropped when it has none (gold/SCHEMA.md: AID needs one).
IMPLIED = frozenset({"AID"})


def implied(kind: str, flows: bool, lang: str) -> bool:
    """Whether an event of ``kind`` with an actor but no recipient in its sentence is kept for the recipient
    the document implies: only flows of goods or people (the sentence names something that flows). German
    only for now: measured on the English story excerpts it adds more false relations than it finds (English
    "deployed" names a deployment far more often than a flow)."""
    return kind in IMPLIED and flows and lang == "de"


def pending(rel) -> bool:  # type: ignore[no-untyped-def]
    """A relation still waiting for its implied recipient: it never replaces one that needs none ("forderte
    ... mehr Entwicklungshilfe" stays a REQUEST)."""
    return rel.recipient is None and rel.type in IMPLIED


# Words that join two clauses, each with its own verb ("hat ... ratifiziert und sich ... verpflichtet",
# "hatte das abgelehnt, Kiew aber ... ausgestattet").
CLAUSE_JOINS = frozenset({"und", "and", ",", "aber", "but", "sowie", "sondern", ";"})


def same_event(rel, k: int, earlier: list[tuple], words: list[str]) -> int | None:  # type: ignore[no-untyped-def]
    """The index of the relation among ``earlier`` (relation, trigger word, index) of the same actor and
    recipient that ``rel`` (trigger at word ``k``) restates. One relation per sentence, type, actor and
    recipient (gold/SCHEMA.md); two of different types only when each has its own verb in clauses joined by
    "und", "aber" or a comma: a noun trigger beside a verb mostly names the same event again ("die
    Entsendung ... bestätigt") or the frame of it ("bei der Gegenattacke")."""
    for old, k_old, index in earlier:
        if old.type == rel.type:
            return index
        lo, hi = sorted((k, k_old))
        verbs = all(w[:1].islower() for w in (words[k], words[k_old]))
        if not (verbs and any(w.lower() in CLAUSE_JOINS for w in words[lo + 1:hi])):
            return index
    return None


def implied_recipients(rel, relations: list, named: Counter) -> list[str]:  # type: ignore[no-untyped-def]
    """Candidates for the implied recipient of ``rel``, best first: those the document names for AID from the
    same actor; when it names none for that actor, every AID recipient by count. An actor the document shows
    receiving AID but never giving it gets none ("sich gegenseitiger Hilfe verpflichtet" by Russland in a
    text on aid to Russland is no aid to the Ukraine)."""
    own = Counter(r.recipient for r in relations if r.type in IMPLIED and r.recipient and r.actor == rel.actor)
    if own:
        return [name for name, _ in own.most_common()]
    if rel.actor in named:
        return []
    return [name for name, _ in named.most_common()]


# Relations that make two actors partners in a document: one helps, backs or works with the other.
PARTNERING = frozenset({"AID", "COOPERATE", "SUPPORT", "AGREE"})


def allied_assaults(relations: list) -> list:
    """The ASSAULT relations between two actors the document shows as partners (one aids, backs or works with
    the other, more often than they are said to fight each other): in reporting on a war they are the two
    sides of one front misread as two ("Die auf Seiten Russlands kämpfenden nordkoreanischen Einheiten",
    "seit der Invasion Russlands ... zwischen Russland und Nordkorea"), not an attack."""
    partners = Counter(frozenset((r.actor, r.recipient)) for r in relations
                       if r.type in PARTNERING and r.recipient and r.status != "negated")
    fights = Counter(frozenset((r.actor, r.recipient)) for r in relations if r.type == "ASSAULT" and r.recipient)
    return [r for r in relations if r.type == "ASSAULT" and r.recipient
            and partners[frozenset((r.actor, r.recipient))] > fights[frozenset((r.actor, r.recipient))]]


def without(relations: list, dropped: list, displaced: dict[int, object]) -> list:
    """``relations`` without ``dropped``; a dropped one that had replaced another as the same event gives
    its place back to that one (``displaced``: id of a relation -> the relation it replaced)."""
    gone = {id(r) for r in dropped}
    out = []
    for rel in relations:
        while id(rel) in gone and id(rel) in displaced:
            rel = displaced[id(rel)]
        if id(rel) not in gone:
            out.append(rel)
    return out


def noun_flow(at: int, k: int, n: int, words: list[str]) -> bool:
    """Whether the preposition at word ``at`` follows a German noun trigger of a flow directly ("Lieferungen
    aus Nordkorea", "die Unterstützung aus Pjöngjang", "Verstärkungen aus Nordkorea"): its mention is the
    flow's origin, the actor, as after a noun of goods or people ("Soldaten aus Nordkorea")."""
    return at == k + n and words[k][:1].isupper()


def in_clause_first(mentions: list, lo: int, hi: int) -> list:
    """``mentions`` with those of the trigger's clause (words ``lo``..``hi``) first, in sentence order: the
    receiving side of a flow from an origin is named in its clause ("Unterstützen Deutschland und die USA die
    Ukraine, konnte sich Russland auf Lieferungen aus Nordkorea verlassen": Russland)."""
    return sorted(mentions, key=lambda m: not lo <= m.first < hi)


def governing_clause(words: list[str], low: list[str], k: int, lo: int, lex: RelationLexicon) -> int:
    """The first word whose status cues apply to the trigger at ``k`` whose clause starts at ``lo``: for an
    infinitive after a comma ("prüfe Südkorea die Möglichkeit, die Ukraine mit Waffen zu unterstützen",
    "hat zugesagt, Pioniere zu entsenden") the clause that governs it, before the comma, too."""
    if k == 0 or low[k - 1] not in lex.infinitive or lo == 0 or words[lo - 1] != ",":
        return lo
    start = lo - 1
    while start > 0 and words[start - 1] not in (",", ";", ":", "–", "—", "(", ")"):
        start -= 1
    return start


def promised(kind: str, status: str) -> str:
    """An AGREE is a promise or offer of what is yet to come (gold/SCHEMA.md): planned unless its clause
    makes it hypothetical or negated ("sagte Ägypten Unterstützung zu": planned)."""
    return "planned" if kind == "AGREE" and status == "factual" else status


# "ausschließen" negates only with its particle at the clause end ("schließt Waffenlieferungen aus"); with
# "nicht" beside it the event is possible ("schließt Waffenlieferungen nicht mehr aus"): hypothetical.
EXCLUDES = frozenset({"schließt", "schließen", "schloss", "schlossen"})
NOT = frozenset({"nicht", "kein", "keine", "keinen", "keiner"})
CLAUSE_STOPS = frozenset({",", ";", ":", ".", "!", "?", "–", "—", "(", ")", "„", "“", '"', "«", "»"})


def excluded(found: dict[str, str], words: list[str], low: list[str], lo: int) -> None:
    """Correct the status cues ``found`` (status -> cue) of a clause starting at word ``lo`` for a separable
    "schließt ... aus": no negation without its particle ("schließt einen Pakt"), hypothetical when negated."""
    cue = found.get("negated")
    if cue is None or cue.lower() not in EXCLUDES:
        return
    at = next(m for m in range(lo, len(low)) if words[m] == cue)
    end = at + 1
    while end < len(low) and low[end] not in CLAUSE_STOPS:
        end += 1
    del found["negated"]
    if low[end - 1] != "aus":
        return
    if any(w in NOT for w in low[lo:end]):
        found.setdefault("hypothetical", cue)
    else:
        found["negated"] = cue


# A sentence opening with a condition ("Sollte Nordkorea Soldaten entsenden, werde Südkorea ... liefern",
# "Wenn das passiert, werden wir ... treffen") makes its main clause as hypothetical as the condition.
CONDITIONS = frozenset({"sollte", "sollten", "falls", "wenn"})


def conditional(found: dict[str, str], words: list[str], low: list[str], k: int) -> None:
    """Add the hypothetical cue of a sentence-opening condition to the status cues ``found`` of the trigger at
    ``k`` in the clause after it (the condition's own clause has the cue already)."""
    first = next((m for m, w in enumerate(words) if w[:1].isalnum()), None)
    if first is None or low[first] not in CONDITIONS or "hypothetical" in found:
        return
    if "," in words[first:k]:
        found["hypothetical"] = words[first]


def infinitive_at(text: str, at: int, lex: RelationLexicon) -> bool:
    """Whether the word at offset ``at`` is a German infinitive ("entsendet zu haben", "zu unterstützen"): it
    has no subject of its own, the clause governing it gives it. Not English: "troops en route to assist
    Moscow" (measured: six false relations on the English story excerpts)."""
    if lex.lang != "de":
        return False
    before = text[max(0, at - 4):at].lower().split()[-1:]
    after = text[at:at + 40].lower().split()[1:2]
    return bool(set(before + after) & lex.infinitive)


# An attributive participle: present ("grenzende", "kämpfenden") or past ("kontrollierten", "eingesetzten").
ATTRIBUTIVE = re.compile(r"[a-zäöüß]+(?:end|iert|t)(?:e|en|er|es|em)")


def in_attribute(words: list[str], last: int, lang: str) -> bool:
    """Whether the German mention ending before word ``last`` (after a preposition) stands in an attribute of
    the noun that follows, an attributive participle between them ("die an die Ukraine grenzende Region
    Kursk", "die von der Ukraine kontrollierten Gebiete"): it describes that noun, it takes no part in the
    sentence's event."""
    if lang != "de" or last + 1 >= len(words) or not ATTRIBUTIVE.fullmatch(words[last]):
        return False
    nxt = last + 1  # adjectives may stand between ("grenzende russische Region")
    while nxt < min(len(words), last + 3) and words[nxt][:1].islower() and words[nxt].isalpha():
        nxt += 1
    return nxt < len(words) and words[nxt][:1].isupper()

