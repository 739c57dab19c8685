"""Forces named without their state: the state the sentence's report or the story gives them (issue 10).

War reports name the attacker's forces bare once the source has said whose they are: "Truppen hätten einen Ort
nahe X eingenommen, meldete das russische Verteidigungsministerium", "Die Armee sei weit in die gegnerischen
Stellungen eingedrungen, hieß es weiter" (the ministry carried over), "Im Sommer griff die Ukraine in Kursk an.
Das Militär soll viele Orte erobert haben". No rule reads a side off "Truppen" or "die Armee", so the
trigger found no actor. A noun of a state's forces opening a clause (lang/de/relations/armies.txt: an
institution, "die Armee", "das Militär", alone or after its article; troops only as a bare plural, "Truppen",
since "die Einheiten" points back to units the text named before and whose side it gave there) with no country
word in it and no owner after it ("der Ukraine", "aus Kuba") becomes a mention of a state, as "russische Truppen"
would be:
- the state of the source reporting the clause, when that source is the state's military (a country word and a
  word of kind "staff" in it: "das russische Verteidigungsministerium", "der ukrainische Generalstab"), or the
  state itself reporting plainly (kind "report": "meldete Moskau"; a state accusing names the enemy's army) when
  it may be a side: the sentences before show it fighting, or they show no fight yet and the sentence names
  another state (a state reporting another's war, "berichtet Washington", took no town);
- else, when the sentence takes ground (a trigger typed "ASSAULT>": "erobert", "eingenommen"), the one state
  that attacks in the sentence before: the ground taken goes on with that attack.
Forces the carried-over rule gave a side already (carried.py) are left alone. extract.py asks ``resolved`` once per
sentence with a trigger.

Ground taken, after the sentences are read (``ground``): a state taking, retaking or freeing ground whose sentence
names no side attacked ("das Dorf Kleinfeld eingenommen": a village the gazetteer does not know; "zurückerobert", "sein
Territorium befreien") attacks the side that held it, the enemy the document names most for that state (story-dev
codes such takings ASSAULT against it; the seeds code a conquest COERCE, a quirk not followed). Advancing
("vorgerückt", "Vormarsch") is an attack only of forces, and freeing only of ground (armies.txt kinds "advance",
"liberate"), freeing only of ground, and taking ("erobert", "eingenommen": kind "take") only of ground or by forces:
teams advance to a final, hostages are freed, a player wins the ball back and a party takes a stance.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from .anaphora import country_of
from .carried import listed as carried_words
from .index import trigger_word
from .lexicon import RelationLexicon
from .meetings import country_word
from .mentions import CLAUSE_END, Mention, clause_bounds
from .sides import state_of

WORDS = "relations/armies.txt"
LANGS = frozenset({"de"})
ADJ_GAP = 2  # adjectives between the article and the noun: "Die regulären Truppen"
OPENERS = frozenset({"dass", "daß"})  # a conjunction opening a clause whose subject follows it
FIGHT = "ASSAULT"
TAKES = ">"  # the flag of a trigger of taking ground (triggers.txt "ASSAULT>")
OWN_GAP = 1  # words between an advance noun and its own actor: "der Vormarsch der Russen"
GENITIVE_ARTICLES = frozenset({"der", "des"})
FROM_GAP = 3  # words from "von" to the noun of what ground is freed from: "von den russischen Besatzern"
OPPONENT = " (recipient: the enemy the document names most for the actor's state; armies_de.py)"


@lru_cache(maxsize=None)
def listed(kind: str) -> frozenset[str]:
    """The lower-case words of ``kind`` (article, institution, unit, staff, report, advance, liberate, take, ground) in
    armies.txt."""
    return frozenset(resources.load("de", WORDS).of_kind(kind, kind_first=False))


@lru_cache(maxsize=1)
def _forces() -> frozenset[str]:
    return listed("institution") | listed("unit")


def resolved(doc: Doc, i: int, words: list[str], low: list[str], toks: list, found: list[Mention],
             relations: list[Relation], starting: list[int], lex: RelationLexicon, gaz: Gazetteer) -> list[Mention]:
    """``found`` and a mention of a state at each noun of forces without one (see the module), sorted by
    position; ``starting``: the words where a trigger may start."""
    if lex.lang not in LANGS or _forces().isdisjoint(low):
        return found  # (most sentences name no such noun: one set test)
    added: list[Mention] = []
    for first, last in bare_forces(words, low, found, gaz):
        start, end = toks[first].start, toks[last - 1].end
        state = reporting_state(doc, i, start, gaz, relations, found)
        if state is None and _takes_ground(low, starting, lex):
            state = attacking_state(relations, i - 1, gaz)
        if state is not None:
            added.append(Mention(state, doc.text[start:end], start, end, first, last, "LOC"))
    return sorted([*found, *added], key=lambda m: m.first) if added else found


def bare_forces(words: list[str], low: list[str], found: list[Mention], gaz: Gazetteer) -> list[tuple[int, int]]:
    """The words (first, last exclusive) of each noun phrase of forces opening a clause with no state of its own
    (see the module)."""
    out = []
    taken = {j for m in found for j in range(m.first, m.last)}
    for at in range(len(words)):
        if not (at == 0 or words[at - 1] in CLAUSE_END or low[at - 1] in OPENERS):
            continue
        article = low[at] in listed("article")
        for noun in range(at + article, min(len(words), at + article + ADJ_GAP + 1)):
            if noun in taken or country_word(words[noun], gaz) or low[noun].startswith(tuple(carried_words("foe"))):
                break  # "Russische Truppen", "die gegnerischen Einheiten": a side of their own
            if low[noun] in listed("institution") or low[noun] in listed("unit") and noun == at:
                if _owned(words, low, noun + 1):
                    break
                out.append((at, noun + 1))
                break
            if not (words[noun].isalpha() and words[noun][:1].islower() and low[noun].endswith(("e", "en"))):
                break  # only adjectives between the article and the noun
    return out


def _owned(words: list[str], low: list[str], after: int) -> bool:
    """Whether the word at ``after`` says whose the forces are ("der Ukraine", "aus Kuba", "Kubas") or is no
    verb (the noun is no subject: "Truppen in ..."); a noun phrase ending the sentence is no subject either."""
    if after >= len(words):
        return True
    word = words[after]
    return low[after] in carried_words("owner") or not (word.isalpha() and word[:1].islower())


def reporting_state(doc: Doc, i: int, at: int, gaz: Gazetteer, relations: list[Relation],
                    found: list[Mention]) -> str | None:
    """The state of the source of an attribution of sentence ``i`` whose content holds the offset ``at``: its
    military, or the state itself reporting plainly when it may be a side (``fighting``: by ``relations``, those
    of the sentences before, or the mentions ``found`` in the sentence); None otherwise. A state merely reporting another's war ("berichtet
    Washington") took no town (as captors.py asks the document's fights)."""
    for a in doc.attributions:
        if a.sentence != i or a.content_start is None or a.content_end is None \
                or not a.content_start <= at < a.content_end:
            continue
        cue = (a.cue or "").lower().split()
        if not cue or not cue[0].startswith(tuple(listed("report"))):
            return None  # "warf Kiew vor": a state accusing speaks of the enemy's army
        state = country_of(a.source, gaz) if a.source else None
        if state is not None:  # "meldete Moskau", or the source carried over ("hieß es weiter")
            return state if fighting(state, relations, found, gaz) else None
        said = [w.strip(".,;:„“\"'").lower() for w in (a.source_text or a.source or "").split()]
        if any(w in listed("staff") or w[:-1] in listed("staff") and w.endswith("s")
               or w[:-2] in listed("staff") and w.endswith("es") for w in said):  # "des Generalstabs", "Heeres"
            return next((s for w in said if (s := country_word(w, gaz))), None)
    return None


def fighting(state: str, relations: list[Relation], found: list[Mention], gaz: Gazetteer) -> bool:
    """Whether ``state`` may be a side of the war ``relations`` show: it (or its leader) attacks or is attacked
    in one of them, or they show no fight between two sides yet and the sentence's mentions ``found`` name another
    state (a report opening the story: "Das Militär sei in Tschechien vorgedrungen, meldete Warschau"; not "Die
    Armee habe das Gebiet eingenommen, teilte Kairo mit", a state that may report another's war)."""
    sides = [(_state(r.actor, gaz), _state(r.recipient, gaz)) for r in relations
             if r.type == FIGHT and r.status != "negated" and r.recipient and r.recipient != r.actor]
    if sides:
        return any(state in pair for pair in sides)
    return any(country_of(m.canonical, gaz) not in (None, state) for m in found)


def attacking_state(relations: list[Relation], i: int, gaz: Gazetteer) -> str | None:
    """The one state that is the actor of the attacks of sentence ``i`` (None when none or several are)."""
    states = {r.actor for r in relations if r.sentence == i and r.type == FIGHT and country_of(r.actor, gaz)}
    return next(iter(states)) if len(states) == 1 else None


def _takes_ground(low: list[str], starting: list[int], lex: RelationLexicon) -> bool:
    """Whether a trigger of taking ground ("erobert", "eingenommen": typed "ASSAULT>") starts at one of the words
    ``starting``."""
    for j in starting:
        trig = lex.triggers_at(low, j)
        if trig is not None and trig.type.startswith(FIGHT) and TAKES in trig.type:
            return True
    return False


def ground(doc: Doc, relations: list[Relation], lex: RelationLexicon, gaz: Gazetteer) -> list[Relation]:
    """``relations`` without the advances of no forces (``forces_advance``) and with each German taking of ground
    by a state or its leader that names no side attacked ("Truppen hätten das Dorf Kleinfeld eingenommen": a village
    the gazetteer does not know; "Putin will sein Territorium befreien") given the state's enemy the document
    names most (the side it attacks, or a state attacking it: the ground was held by the enemy); one with no such
    side stays as it is. Marked in the provenance."""
    if lex.lang not in LANGS:
        return relations
    relations = [r for r in relations if r.type != FIGHT or (r.predicate.lower() not in listed("advance")
                                                             or forces_advance(doc, r, gaz))
                 and (r.predicate.lower() not in listed("liberate") or _frees_ground(doc, r, lex, gaz))
                 and (r.predicate.lower().split()[0] not in listed("take") or _takes_hold(doc, r, lex, gaz))]
    enemies: dict[str, Counter] = {}
    for rel in relations:
        if rel.type == FIGHT and rel.recipient and rel.recipient != rel.actor and rel.status != "negated":
            actor, recipient = _state(rel.actor, gaz), _state(rel.recipient, gaz)  # a leader acts for his state
            if actor is None or actor == recipient:
                continue
            enemies.setdefault(actor, Counter())[recipient or rel.recipient] += 1
            if recipient is not None:  # the state attacking a state is that state's enemy too
                enemies.setdefault(recipient, Counter())[actor] += 1
    for rel in relations:
        if rel.type != FIGHT or rel.recipient is not None or not _taking(rel.predicate, lex):
            continue
        state = _state(rel.actor, gaz)  # "Putin will ... befreien"
        foes = enemies.get(state or "")
        if state is None or not foes:
            continue
        enemy = next((name for name, _ in foes.most_common() if name not in (state, rel.actor)), None)
        if enemy is None:
            continue
        rel.recipient = enemy
        rel.provenance += OPPONENT
    return relations


def _taking(predicate: str, lex: RelationLexicon) -> bool:
    """Whether the predicate word is a trigger of taking ground ("eingenommen", "erobert")."""
    low = predicate.lower().split()
    trig = lex.triggers_at(low, 0) if len(low) == 1 else None
    return trig is not None and trig.type.startswith(FIGHT) and TAKES in trig.type


def forces_advance(doc: Doc, rel: Relation, gaz: Gazetteer) -> bool:
    """Whether the advance ``rel`` is one of forces: its actor's words or the word after them name forces of
    armies.txt ("Das Militär", "die russischen Truppen"), or it is the noun with a state as the side attacked
    ("der Vormarsch Russlands in der Ostukraine"); not a team or a candidate moving up ("ins Finale vorgerückt")."""
    if rel.actor_start is None or rel.actor_end is None:
        return False
    if rel.predicate[:1].isupper():  # the noun's own actor, next to it: "Russlands Vormarsch", "Vormarsch Polens"
        lo, hi = sorted((rel.actor_end, rel.predicate_start or 0)) if rel.actor_start < (rel.predicate_start or 0) \
            else (rel.predicate_end or 0, rel.actor_start)
        if len(doc.text[lo:hi].split()) > OWN_GAP:
            return False  # "X will den Vormarsch der Milizen stoppen": another's advance, not X's
        if rel.recipient is not None and country_of(rel.recipient, gaz):
            return True
    named = doc.text[rel.actor_start:rel.actor_end].lower().split()[-1:] + doc.text[rel.actor_end:].lower().split()[:1]
    return any(w.strip(".,;:„“\"'") in _forces() for w in named)


def _trigger_word(doc: Doc, rel: Relation) -> tuple[list, list[str], int | None] | None:
    """The tokens and words of ``rel``'s sentence and the index of the word its trigger starts at (None when no
    word starts there); None for a sentence the document does not have."""
    if not 0 <= rel.sentence < len(doc.sents):
        return None
    toks = doc.sent_tokens(rel.sentence)
    k = trigger_word(toks, rel)
    return toks, [t.text for t in toks], k


def _frees_ground(doc: Doc, rel: Relation, lex: RelationLexicon, gaz: Gazetteer) -> bool:
    """Whether the freeing ``rel`` takes ground from a side: the clause of its trigger names ground (a place noun
    of places.txt, "das Gebiet"; one of kind "ground" of armies.txt, "Dörfer"; a place of places.txt), its actor
    stands in that clause (not a source reporting it: "Die Feuerwehr hat die Stadt befreit, berichtet Wien") and
    what the ground is freed from, if the clause says ("von/vom X"), is a side: a country word, a named entity or a
    word of kind "holder" ("von den Besatzern"), not a flood or mud ("vom Hochwasser befreit"). Not "versucht,
    die von X genommenen Geiseln zu befreien" after a sentence's place."""
    found = _trigger_word(doc, rel)
    if found is None or found[2] is None:
        return False
    toks, words, k = found
    lo, hi = clause_bounds(words, k)
    if rel.actor_start is not None and not toks[lo].start <= rel.actor_start < toks[hi - 1].end:
        return False
    low = [w.lower() for w in words]
    for at in (j for j in range(lo, hi) if low[j] in listed("from")):
        noun = next((j for j in range(at + 1, min(hi, at + 1 + FROM_GAP)) if words[j][:1].isupper()), None)
        phrase = range(at + 1, _genitive_end(words, low, noun + 1, hi)) if noun is not None else range(0)
        if phrase and not any(country_word(words[j], gaz) or low[j] in listed("holder") or low[j] in _forces()
                   or any(e.start <= toks[j].start < e.end for e in doc.ents) for j in phrase):
            return False  # freed from a thing, no side
    return _names_ground(words, lo, hi, lex)


def _names_ground(words: list[str], lo: int, hi: int, lex: RelationLexicon) -> bool:
    """Whether the words ``lo``..``hi`` name ground: a place noun of places.txt ("das Gebiet"), one of kind
    "ground" of armies.txt ("Dörfer", "Stellungen"), a place of places.txt."""
    return any(w.lower() in lex.place_nouns or w.lower() in listed("ground") or (w,) in lex.places
               for w in words[lo:hi])


def _takes_hold(doc: Doc, rel: Relation, lex: RelationLexicon, gaz: Gazetteer) -> bool:
    """Whether the taking ``rel`` ("erobert", "eingenommen") takes ground: its clause names ground (as
    ``_names_ground``, or a town the entities found: "hat Palmyra erobert") or its actor names forces ("von der
    Armee zurückerobert"); not a player winning the ball, a team the top of the table, a party a stance."""
    if forces_advance(doc, rel, gaz) or _forces_before(doc, rel):
        return True
    found = _trigger_word(doc, rel)
    if found is None:
        return False
    toks, words, k = found
    if k is None:
        return True  # a trigger not at a word of its own (a noun phrase) keeps what the rules found
    lo, hi = clause_bounds(words, k)
    if _names_ground(words, lo, hi, lex):
        return True
    start, end = toks[lo].start, toks[hi - 1].end  # a town, not a state: a state there takes or is compared
    return any(e.label == "LOC" and start <= e.start < end and not (country_of(e.text, gaz) or country_word(e.text, gaz))
               for e in doc.ents)


def _forces_before(doc: Doc, rel: Relation) -> bool:
    """Whether the word before the actor's words names forces whose state the actor is ("Die Armee Syriens")."""
    if rel.actor_start is None:
        return False
    before = doc.text[:rel.actor_start].split()[-1:]
    return any(w.strip(".,;:„“\"'").lower() in _forces() for w in before)


def _genitive_end(words: list[str], low: list[str], after: int, hi: int) -> int:
    """The word index after the genitive that follows a noun ending before ``after`` ("vom Joch Tschechiens",
    "von der Herrschaft der Besatzer"), ``after`` when none follows within the clause ending at ``hi``."""
    if after + 1 < hi and low[after] in GENITIVE_ARTICLES and words[after + 1][:1].isupper():
        return after + 2
    if after < hi and words[after][:1].isupper() and low[after].endswith("s"):
        return after + 1
    return after


def _state(name: str, gaz: Gazetteer) -> str | None:
    """The state ``name`` is (a country, a capital's state) or leads (the gazetteer's office roles)."""
    return state_of(name, {}, gaz)
