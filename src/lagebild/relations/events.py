"""Event detection helpers for ``extract``: when a sentence states several events, which events keep an
implied recipient, document-level checks (partners do not assault each other), and status cues beyond the
trigger's clause (a governing clause, a sentence-opening condition, "schließt ... aus").

Kept apart from extract.py so that the rules about *events* stay in one place, separate from the rules about
*actors* (mentions.py, roles).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import resources
from ..attribution.words import tag_de
from ..entities.gazetteer import Gazetteer
from ..model import Relation
from .lexicon import RelationLexicon

# Types whose recipient the document may imply when the sentence names none ("Die Entsendung
# nordkoreanischer Soldaten", "Munition aus Nordkorea"): filled in later by ``fill_recipients``
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


def one_per_event(relations: list, at: int, rel, order,  # type: ignore[no-untyped-def]
                  displaced: dict[int, tuple]) -> None:
    """Keep one relation of the event that ``relations[at]`` and the new ``rel`` both state (triggers next to each
    other, the same sides): the one whose trigger line ``order`` gives first in triggers.txt is the more specific
    ("Unterstützung zugesagt" is a promise, AGREE, before AID). The other is kept in ``displaced`` under the
    one kept (id -> (the one kept, the relation), see ``replaced``), to take its place back if a later pass
    drops that one (``without``): a help noun
    before the verb that asks for it ("hat X um Hilfe gebeten") wins by its line, but is no help given
    (asked.py), and the request comes back."""
    old = relations[at]
    if order(rel) < order(old) and not pending(rel):
        if old.quantity_index is not None and rel.quantity_index is None:
            rel.quantity, rel.quantity_index, rel.object = old.quantity, old.quantity_index, old.object
        relations[at] = rel
        displaced[id(rel)] = (rel, old)  # back in place if ``rel`` is dropped later
    elif replaced(displaced, old) is None:
        displaced[id(old)] = (old, rel)


def replaced(displaced: dict[int, tuple], rel):  # type: ignore[no-untyped-def]
    """The relation ``rel`` replaced as the same event, None when none. An entry holds the relation it is keyed
    by: that keeps it alive, so its id is never reused by another relation, and an entry under an id whose
    relation is not ``rel`` is none of its (a relation built after the entry, or a copy)."""
    entry = displaced.get(id(rel))
    return entry[1] if entry is not None and entry[0] is rel else None


# Words that join two clauses, each with its own verb ("hat ... ratifiziert und sich ... verpflichtet",
# "hatte das abgelehnt, Kiew aber ... ausgestattet").
CLAUSE_JOINS = frozenset({"und", "and", ",", "aber", "but", "sowie", "sondern", ";"})


def same_event(rel, k: int, earlier: list[tuple], words: list[str]) -> int | None:  # type: ignore[no-untyped-def]
    """The index of the relation among ``earlier`` (relation, trigger word, index) of the same actor and
    recipient that ``rel`` (trigger at word ``k``) restates. A sentence holds one relation at most for a
    type, actor and recipient (gold/SCHEMA.md); two of different types only when each has its own verb in clauses joined by
    "und", "aber" or a comma: a noun trigger beside a verb mostly names the same event again ("die
    Entsendung ... bestätigt") or the frame of it ("bei der Gegenattacke")."""
    for old, k_old, index in earlier:
        if old.type == rel.type:
            return index
        if any(r.type == "CONSULT" and r.recipient is None for r in (old, rel)):
            continue  # a visit awaiting its host (visit_hosts.py): the frame of the other event, kept apart
        lo, hi = sorted((k, k_old))
        # a trigger's verb may close it ("einen Beistandspakt abschlossen": a noun and its verb, triggers.txt)
        verbs = all(w[:1].islower() or r.predicate.split()[-1][:1].islower()
                    for w, r in ((words[k], rel), (words[k_old], old)))
        if not (verbs and any(w.lower() in CLAUSE_JOINS for w in words[lo + 1:hi])):
            return index
    return None


def implied_recipients(rel, relations: list, named: Counter, gaz: Gazetteer) -> list[str]:  # type: ignore[no-untyped-def]
    """Candidates for the implied recipient of ``rel``, best first: those the document names for AID from the
    same actor; when it names none for that actor, every state the document names as an AID recipient, by count,
    and only for a state's aid (the headline "Nordkorea schickt Soldaten" before the text says where to). An actor
    the document shows receiving AID but never giving it gets none ("sich gegenseitiger Hilfe verpflichtet" by
    Russland in a text on aid to Russland is no aid to the Ukraine).

    The aid of anyone else, or to anyone but a state, is no flow a document implies: in general news the sentence
    without a recipient is mostly misread ("Die Armee steht der Feuerwehr bei" read as the fire brigade's aid,
    "Wir helfen Griechenland" as Greece's, a car "mit einem Switch ausgestattet" as the switch's), and the
    document's recipient of other aid was wrong for 6 of the 7 it gave on 600 unlabelled 10kGNAD articles."""
    own = Counter(r.recipient for r in relations if r.type in IMPLIED and r.recipient and r.actor == rel.actor)
    if own:
        return [name for name, _ in own.most_common()]
    if rel.actor in named or not _state(rel.actor, gaz):
        return []
    return [name for name, _ in named.most_common() if _state(name, gaz)]


def _state(name: str | None, gaz: Gazetteer) -> bool:
    """Whether ``name`` is a country of the gazetteer (its canonical name)."""
    entry = gaz.by_canonical.get(name or "")
    return entry is not None and entry.source == "countries.txt"


# Relations that make two actors partners in a document: one helps, backs or works with the other.
PARTNERING = frozenset({"AID", "COOPERATE", "SUPPORT", "AGREE"})


def allied_assaults(relations: list) -> list:
    """The ASSAULT relations between two actors the document shows as partners (one aids, backs or works with
    the other, more often than they are said to fight each other): in reporting on a war they are the two
    sides of one front misread as two ("Die an der Seite Moskaus kämpfenden belarussischen Verbände",
    "seit der Invasion Russlands ... zwischen Russland und Nordkorea"), not an attack."""
    partners = Counter(frozenset((r.actor, r.recipient)) for r in relations
                       if r.type in PARTNERING and r.recipient and r.status != "negated")
    fights = Counter(frozenset((r.actor, r.recipient)) for r in relations if r.type == "ASSAULT" and r.recipient)
    return [r for r in relations if r.type == "ASSAULT" and r.recipient
            and partners[frozenset((r.actor, r.recipient))] > fights[frozenset((r.actor, r.recipient))]]


def without(relations: list, dropped: list, displaced: dict[int, tuple]) -> list:
    """``relations`` without ``dropped``; a dropped one that had replaced another as the same event gives
    its place back to that one (``displaced``: id of a relation -> (it, the relation it replaced)). Each
    relation is given back once at most, so a cycle of replacements ends."""
    gone = {id(r): r for r in dropped}
    out = []
    for rel in relations:
        seen = {id(rel)}
        while gone.get(id(rel)) is rel:
            back = replaced(displaced, rel)
            if back is None or id(back) in seen:
                break
            seen.add(id(back))
            rel = back
        if gone.get(id(rel)) is not rel:
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
    Ukraine, kann sich Russland auf Granaten aus Nordkorea verlassen": Russland)."""
    return sorted(mentions, key=lambda m: not lo <= m.first < hi)


def governing_clause(words: list[str], low: list[str], k: int, lo: int, lex: RelationLexicon) -> int:
    """The first word whose status cues apply to the trigger at ``k`` whose clause starts at ``lo``: for an
    infinitive after a comma ("prüfe Japan die Option, Kiew mit Haubitzen zu beliefern",
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


# A sentence opening with a condition ("Sollte Belarus Truppen mobilisieren, werde Polen ... aufstocken",
# "Wenn das passiert, werden wir ... treffen") makes its main clause as hypothetical as the condition.
CONDITIONS = frozenset({"sollte", "sollten", "falls", "wenn"})


def conditional(found: dict[str, str], words: list[str], low: list[str], k: int) -> None:
    """Add the hypothetical cue of a sentence-opening condition to the status cues ``found`` of the trigger at
    ``k`` in the clause after it (the condition's own clause has the cue already)."""
    first = next((m for m, w in enumerate(words) if w[:1].isalnum()), None)
    if first is not None and first + 1 < k and low[first + 1] in CONDITIONS and tag_de(words[first]) == "KON":
        first += 1  # "Und sollte X angegriffen werden, ...": a conjunction before the condition
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


# An attributive participle: present ("grenzende", "kämpfenden") or past ("kontrollierten", "eingesetzten"); a
# stem of four letters at least, so that "unter", "hinter", "weiter" are none.
ATTRIBUTIVE = re.compile(r"[a-zäöüß]{4,}(?:end|iert|t)(?:e|en|er|es|em)")


def in_attribute(words: list[str], last: int, lang: str) -> bool:
    """Whether the German mention ending before word ``last`` (after a preposition) stands in an attribute of
    the noun that follows, an attributive participle between them ("die an Polen grenzende Region
    Grodno", "die von Polen besetzten Dörfer"): it describes that noun, it takes no part in the
    sentence's event."""
    if lang != "de" or last + 1 >= len(words) or not ATTRIBUTIVE.fullmatch(words[last]):
        return False
    nxt = last + 1  # adjectives may stand between ("grenzende russische Region")
    while nxt < min(len(words), last + 3) and words[nxt][:1].islower() and words[nxt].isalpha():
        nxt += 1
    return nxt < len(words) and words[nxt][:1].isupper()


# Foreign troops in use ("Syrien gab zu, iranische Kämpfer eingesetzt zu haben", "der Einsatz
# iranischer Milizen auf syrischer Seite", "Söldner aus Iran"): troops sent to another state are AID
# to it (gold/SCHEMA.md), its name mostly in another sentence: the recipient the document gives the actor's AID,
# else the use stays MOBILIZE without one. Triggers typed "MOBILIZE^" in triggers.txt.
ABROAD = " (foreign troops in use: AID to the actor's partner)"


def foreign(actor, words: list[str], low: list[str], lex: RelationLexicon) -> bool:  # type: ignore[no-untyped-def]
    """Whether the actor mention names troops by their country, not the country itself: a country adjective
    before an agent noun ("nordkoreanische Soldaten", not "die nordkoreanische Rakete") or a people noun
    ("Nordkoreaner"), not the agent of a passive ("durch russische Truppen eingesetzt": Russland uses them).
    "Russland setzt Raketen ein" stays MOBILIZE."""
    if actor.text is None or actor.first < 0:
        return False
    if actor.first > 0 and low[actor.first - 1] in lex.agent_preps | {"durch"}:
        return False
    text = words[actor.first]
    if text.endswith(("er", "ern")) and text[:1].isupper() and actor.label == "LOC":
        return True
    return text[:1].islower() and any(lex.is_agent(w) for w in low[actor.last:actor.last + 2])


def user(actor, found: list, preps: dict):  # type: ignore[no-untyped-def]
    """The state using foreign troops: the nearest country before them that no preposition governs, the
    subject of the sentence ("Syrien hatte zugegeben, ... iranische Kämpfer eingesetzt zu
    haben": Syrien), None when there is none."""
    before = [m for m in found if m.last <= actor.first and m.label == "LOC" and preps.get(id(m)) is None
              and m.canonical != actor.canonical]
    return before[-1] if before else None


def abroad(rel):  # type: ignore[no-untyped-def]
    """Mark ``rel`` (an AID without recipient yet) as foreign troops in use."""
    rel.provenance += ABROAD
    return rel


def at_home(relations: list) -> list:
    """Uses of foreign troops (verbs only: "meldet einen Einsatz nordkoreanischer Soldaten" names no user) to
    whom the document gives the actor no AID stay MOBILIZE without recipient."""
    out = []
    for rel in relations:
        if rel.recipient is None and ABROAD in rel.provenance:
            rel.type = "MOBILIZE"
            rel.provenance = rel.provenance.replace(ABROAD, "")
        out.append(rel)
    return out


def participle_passive(low: list[str], k: int, n: int, lang: str) -> bool:
    """Whether a German trigger is a past participle with "werden"/"wird" right after it, a passive ("wenn
    ein Mitglied angegriffen werden sollte", "getötet wird"), not a future ("werden angreifen"): its subject
    suffers the act."""
    if lang != "de" or k + n >= len(low) or low[k + n] not in ("werden", "wird", "würden", "würde"):
        return False
    word = low[k + n - 1]
    return "ge" in word[:6] and word.endswith(("t", "en"))


WILL = frozenset({"will", "wollen", "wollte", "wollten"})


def claimed(found: dict[str, str], low: list[str], k: int, n: int) -> None:
    """"will" before a perfect infinitive claims a past act, it plans none ("Russland will ein Dorf
    eingenommen haben"): drop its planned cue from the status cues ``found``. Not with a deadline between them
    ("will bis 2030 alle Truppen abgezogen haben": a goal)."""
    cue = found.get("planned")
    if cue is not None and cue.lower() in WILL and k + n < len(low) and low[k + n] in ("haben", "sein"):
        will = next((j for j in range(k - 1, -1, -1) if low[j] == cue.lower()), None)
        if will is None or not deadline_between(low, will, k):
            del found["planned"]


@lru_cache(maxsize=1)
def _deadlines() -> dict[str, frozenset[str]]:
    """lang/de/relations/deadlines.txt: a word opening a deadline -> the next words after which it opens none."""
    rows = resources.load("de", "relations/deadlines.txt").rows(2)
    return {row[0].lower(): frozenset(w for w in row[1].lower().split("|") if w != "-") for row in rows}


def deadline_between(low: list[str], lo: int, hi: int) -> bool:
    """Whether a German deadline ("bis 2030", "spätestens im Mai"; deadlines.txt) stands between words ``lo``
    and ``hi`` (both excluded)."""
    deadlines = _deadlines()
    return any(low[j] in deadlines and (j + 1 >= len(low) or low[j + 1] not in deadlines[low[j]])
               for j in range(lo + 1, hi))


# A promise as an attribute of a noun ("gemäß einer frisch vereinbarten Allianz ... geschickt", "die
# zugesagten Hilfsgelder"): it describes the noun, the sentence's event is another (gold codes none for it).
PROMISED = re.compile(r"(?:vereinbart|zugesagt|versprochen|angeboten)(?:e|en|er|es|em)")


def attributive_promise(trig, words: list[str], k: int, found: list) -> bool:  # type: ignore[no-untyped-def]
    """Whether the AGREE trigger at ``k`` is an inflected participle before its noun (adjectives may stand
    between), not a finite verb ("vereinbarten die Staaten", "vereinbarten Russland und Nordkorea")."""
    if not trig.type.startswith("AGREE") or not PROMISED.fullmatch(words[k]):
        return False
    nxt = k + 1
    while nxt < min(len(words), k + 3) and words[nxt][:1].islower() and words[nxt].isalpha() \
            and words[nxt] not in ("die", "der", "das", "den", "dem", "des", "sich"):
        nxt += 1
    return nxt < len(words) and words[nxt][:1].isupper() and not any(m.first == nxt for m in found)


# A present participle used as an adjective ("die für Syrien kämpfenden Milizen", "ein an der Front
# stehender Soldat"): it describes the noun's ongoing state, the sentence's event is another (gold codes none).
PRESENT_ATTRIBUTE = re.compile(r"[a-zäöüß]+nd(?:e|er|en|em|es)")


def attributive_present(trig, words: list[str], k: int, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the one-word German trigger at ``k`` is an inflected present participle before its noun, told
    apart from an infinitive of the same ending ("entsenden") by the tagger (ADJA)."""
    if lang != "de" or len(trig.words) != 1 or not PRESENT_ATTRIBUTE.fullmatch(words[k]):
        return False
    return tag_de(words[k]) == "ADJA"


def own_adjective(words: list[str], first: int, last: int, k: int, lang: str) -> bool:
    """Whether the mention at words ``first``..``last`` is a German country adjective right before the noun
    trigger at ``k`` ("nach einem russischen Luftangriff", "bei dem nordkoreanischen Einsatz"): a preposition
    before them governs the noun, the adjective names the noun's own actor (not "nach Russland")."""
    return lang == "de" and last == k and words[first][:1].islower() and words[k][:1].isupper()


def fill_recipients(relations: list[Relation], gaz: Gazetteer, carried: frozenset[str]) -> None:
    """A relation of the ``carried`` types (kinds.CARRY: AID) whose sentence names no recipient takes the one the
    document names most for such relations from the same actor, else for a state the state it names most
    (implied_recipients); marked in the provenance."""
    named = Counter(r.recipient for r in relations if r.type in carried and r.recipient)
    seen = {(r.sentence, r.actor, r.recipient) for r in relations}
    for rel in relations:
        if rel.type not in carried or rel.recipient is not None:
            continue
        for recipient in implied_recipients(rel, relations, named, gaz):
            if recipient != rel.actor and (rel.sentence, rel.actor, recipient) not in seen:
                rel.recipient = recipient
                rel.provenance += " (recipient: the document's main AID recipient)"
                break
