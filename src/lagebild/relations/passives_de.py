"""The German passive: whether a trigger is one, and who its agent is (moved out of frames.py, issue 10).

- A passive the word window of PASSIVE (extract.py) misses: a participle right before "wird"/"werden", or a participle
  closing its clause after a passive auxiliary earlier in it ("Die Türkei wurde von der EU aufgefordert").
- Its agents: the mentions after "von"/"vom"/"durch" before the participle ("ist vom Konsumentenschutz
  kritisiert worden", "sind von Angreifern attackiert worden"): the agent acts, the subject receives. Names
  joined to an agent ("von Deutschland und Frankreich kritisiert", "von Kiew, Warschau und Vilnius") are agents
  too, each acting: they are no recipient, and the "und" between them joins no second verb.
- The origin of the forces that suffer it ("Soldaten aus Nordkorea wurden von der Armee getötet", "Truppen von
  Nordkorea wurden angegriffen"): the side attacked, not the attacker; without an agent no one acts (as for
  "nordkoreanische Soldaten wurden getötet"). Forces sent or moved stay their country's flow, and weapons from a
  country ("mit Drohnen aus Russland angegriffen") and the agent's forces ("von Soldaten aus X beschossen")
  still name who attacks.
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from .lexicon import RelationLexicon
from .mentions import CLAUSE_END, Mention

AGENT_PREPS = frozenset({"von", "vom", "durch"})  # the agent of a German passive
# the auxiliaries next to a trigger that make it a passive (extract.py), per language: a German "IS" (the militia),
# lower-cased, is no English auxiliary. A German "was" is none: it opens a clause on the one before, whose subject
# it is only when no name follows it (unnamed_relative)
PASSIVE = {"de": frozenset({"wurde", "wurden", "worden"}),
           "en": frozenset({"was", "were", "been", "being", "is", "are", "be"})}
AGENT_LEAD = 3  # words between "von" and the name (articles, adjectives): "von der ukrainischen Armee"
JOINS = frozenset({"und", "oder", "sowie", ","})  # words joining names of one agent phrase
# words that may stand between joined names besides JOINS: articles and titles' lower-case words
JOINED_LEAD = frozenset({"der", "die", "den", "dem", "des", "einem", "einer", "seinem", "seiner", "ihrem", "ihren"})
AUXILIARIES = frozenset({"wurde", "wurden", "wird", "werden", "werde", "worden", "würde", "würden"})
PAST_AUXILIARIES = frozenset({"wurde", "wurden", "worden"})  # never before an infinitive
# the endings of German nouns of action, whose "von" names what is acted on ("die Lieferung von Panzern"), no agent
ACTION_NOUN_ENDINGS = ("ung", "ungen")
CLAUSE_VERB_END = frozenset({"worden", "sein", "ist", "sei", "war", "wäre", "werden", "wird", "wurde"})


FLOWS = frozenset({"AID", "MOBILIZE"})  # forces sent or moved: their origin gives them, in the passive too
WITH = frozenset({"mit"})  # "mit Soldaten aus Nordkorea angegriffen": the forces are the means of the attack


@lru_cache(maxsize=1)
def time_nouns() -> frozenset[str]:
    """Capitalized words that set a time before "von" or "mit" ("am Montag von der Opposition kritisiert",
    "Gespräche am Montag mit Kim"): no noun the preposition attaches to (lang/de/relations/time_nouns.txt)."""
    return frozenset(resources.load("de", "relations/time_nouns.txt").items())


def agents(origins: list[Mention], found: list[Mention], roles: list[str | None], words: list[str], low: list[str],
           k: int, lo: int, hi: int, kind: str, lex: RelationLexicon) -> list[Mention]:
    """Who acts in the German passive at ``k``: its agents (``passive_agents``), besides the ``origins`` already
    read; an origin of forces that suffer a non-flow act (``suffering``) is made a recipient instead."""
    named = passive_agents(found, roles, words, low, k, lo, hi)
    if kind in FLOWS:
        return origins + [m for m in named if m not in origins]
    out = []
    for m in origins:
        if m not in named and suffering(m, words, low, lex):
            roles[next(j for j, o in enumerate(found) if o is m)] = "recipient"
        elif m not in named:
            out.append(m)
    return out + named


def suffering(m: Mention, words: list[str], low: list[str], lex: RelationLexicon) -> bool:
    """Whether ``m`` is the origin of forces named right before it ("Soldaten aus Nordkorea", "Truppen von
    Nordkorea", "Kämpfer aus dem Iran"), not their means ("mit Soldaten aus ...") nor the agent ("von Soldaten
    aus Spanien beschossen": Spain's forces fire)."""
    at = next((x for x in range(m.first - 1, max(-1, m.first - 2 - AGENT_LEAD), -1)
               if low[x] in lex.origin or not words[x][:1].islower()), None)
    if at is None or low[at] not in lex.origin or at == 0 or not lex.is_agent(low[at - 1]):
        return False
    return not any(w in WITH or w in AGENT_PREPS for w in low[max(0, at - 1 - AGENT_LEAD):at - 1])


def passive_agents(found: list[Mention], roles: list[str | None], words: list[str], low: list[str], k: int,
                   lo: int, hi: int) -> list[Mention]:
    """The agents of a German passive ("vom Konsumentenschutz kritisiert worden"): mentions of the trigger's
    clause right after "von"/"vom"/"durch" (not after a noun, whose attribute it is) and before the trigger, and
    the names joined to them ("von Deutschland und Frankreich"); they act (their role becomes "origin", as for
    the agent of a flow)."""
    out: list[Mention] = []
    for j, (m, role) in enumerate(zip(found, roles, strict=True)):
        if not lo <= m.first < k or role in ("recipient", "genitive"):
            continue
        at = next((x for x in range(m.first - 1, max(lo - 1, m.first - 1 - AGENT_LEAD), -1)
                   if low[x] in AGENT_PREPS or words[x][:1].isupper() or words[x] in CLAUSE_END), None)
        if at is not None and at == m.first - 1 and m.label in ("PER", "ORG") and words[at][:1].isupper():
            at = _before_title(words, low, at, lo)  # "von Kanzlerin X", "von der Miliz X": a title before the name
        # "während einer Reise von Macron ... unterzeichnet wurde": "von" after a noun belongs to the noun
        # ("am Montag von der Opposition kritisiert": a time noun before "von" is no noun it belongs to)
        if at is not None and low[at] in AGENT_PREPS and not (at > 0 and words[at - 1][:1].isupper()
                                                               and low[at - 1] not in time_nouns()) \
                or out and _joined(out[-1], m, low):
            roles[j] = "origin"
            out.append(m)
    return out


def _before_title(words: list[str], low: list[str], title: int, lo: int) -> int:
    """The agent word before the title noun at ``title`` ("von der Präsidentin", "vom russischen Präsidenten"),
    else ``title`` itself (a noun the name after it belongs to)."""
    for x in range(title - 1, max(lo - 1, title - 1 - AGENT_LEAD), -1):
        if low[x] in AGENT_PREPS:
            return x
        if not words[x][:1].islower():
            break
    return title


def _joined(agent: Mention, m: Mention, low: list[str]) -> bool:
    """Whether ``m`` is joined to the ``agent`` before it by "und"/"oder"/a comma ("von Deutschland und
    Frankreich", "von der EU und den USA"): only joining words and articles between, one joining word at least."""
    gap = low[agent.last:m.first]
    return any(w in JOINS for w in gap) and all(w in JOINS or w in JOINED_LEAD for w in gap)


def present_passive(low: list[str], k: int, n: int, lo: int = 0) -> bool:
    """A German passive the word window of PASSIVE (extract.py) misses: a participle right before "wird"/"werden"
    ("Verhandelt wird dort über Drohnen", "..., die geliefert werden"), or a participle closing its clause after a
    passive auxiliary earlier in it ("Die Türkei wurde von der EU aufgefordert", "In dem Antrag wird die
    Landesregierung aufgefordert"): the subject is no actor, as after "wurde" (PASSIVE)."""
    if k + n < len(low) and low[k + n] in ("wird", "werden") and low[k + n - 1].endswith("t"):
        return True
    return late_participle(low, k, n, lo)


def unnamed_relative(low: list[str], k: int, found: list[Mention], lo: int) -> bool:
    """A German clause opened by "was" on the one before, with the trigger its verb and no name between them
    ("..., was weltweit Empörung auslöste"): the clause names no actor of its own. With a name after "was"
    ("..., was Polen scharf verurteilte") the name is the subject and acts."""
    opener = next((j for j in range(k - 1, max(lo, k - 4) - 1, -1) if low[j] == "was"), None)
    return opener is not None and not any(opener < m.first < k for m in found)


def late_participle(low: list[str], k: int, n: int, lo: int) -> bool:
    """Whether the one-word German trigger at ``k`` is a past participle at the end of its clause (only
    auxiliaries after it: "aufgefordert worden", "verurteilt") with a passive auxiliary ("wurde", "wird") before
    it in the clause ``lo:k``, no "und"/"oder" between (that would join another verb: "wurde Präsident und
    kritisierte") but in an agent phrase ("wurde von Polen und Litauen kritisiert": two names joined). "wird ...
    kritisieren" (a future) has no participle."""
    if n != 1 or k - lo < 2:
        return False
    word = low[k]
    # "empfangen", "beschossen", "vertrieben": a participle without "ge" looks like an infinitive ("wird Kim
    # empfangen" is a future); after "wurde"/"wurden" alone it can only be the participle
    plain = word.endswith("en") and not ("ge" in word[1:-2] and not word.startswith("gegen"))
    if not (word.endswith("t") or word.endswith("en")):
        return False
    end = k + 1
    while end < len(low) and low[end] in CLAUSE_VERB_END:
        end += 1
    if end < len(low) and low[end][:1].isalnum():
        return False  # more of the clause follows: not the clause-final participle
    plain = plain and "worden" not in low[k + 1:end]  # "empfangen worden": the participle
    for j in range(k - 1, lo - 1, -1):
        if low[j] in ("und", "oder", "sowie"):
            if any(w in AGENT_PREPS for w in low[max(lo, j - 1 - AGENT_LEAD):j]):
                continue  # "von Polen und Litauen": the names of one agent phrase
            return False
        if low[j] in AUXILIARIES:  # "wird von Kim empfangen": with an agent the participle
            return not plain or low[j] in PAST_AUXILIARIES or _agent_between(low, j + 1, k)
    return False


def _agent_between(low: list[str], lo: int, hi: int) -> bool:
    """Whether words ``lo`` to ``hi`` hold an agent preposition that is no complement of a noun of action
    before it: in "wird mit der Entsendung von Soldaten mitkämpfen" (a future) "von" names what is sent."""
    return any(low[j] in AGENT_PREPS and not (j > lo and low[j - 1].endswith(ACTION_NOUN_ENDINGS))
               for j in range(lo, hi))


def joined(actor: Mention, agents: list[Mention], low: list[str]) -> list[Mention]:
    """``actor`` and the agents joined to it in one phrase ("von Deutschland und Frankreich kritisiert": both
    criticise), in order; only ``actor`` when none is joined."""
    group = [actor]
    ordered = sorted(agents, key=lambda m: m.first)
    at = ordered.index(actor) if actor in ordered else -1
    for left, right in zip(ordered[at - 1::-1] if at > 0 else [], ordered[at::-1], strict=False):
        if not _joined(left, right, low):
            break
        group.insert(0, left)
    for left, right in zip(ordered[at:], ordered[at + 1:], strict=False) if at >= 0 else []:
        if not _joined(left, right, low):
            break
        group.append(right)
    return [m for m in group if m.canonical != actor.canonical or m is actor]


def relative_agent(words: list[str], m: Mention, a: int, b: int) -> bool:
    """Whether ``m`` is the agent of the passive relative clause at words [a, b) ("..., die von Russland
    angegriffen wurde,"): after "von"/"vom"/"durch" (articles and adjectives between), with a passive auxiliary
    in the clause. It acts in that clause only."""
    low = [w.lower() for w in words[max(a, m.first - 1 - AGENT_LEAD):m.first]]
    at = next((j for j in range(len(low) - 1, -1, -1) if low[j] in AGENT_PREPS or not low[j].islower()), None)
    return at is not None and low[at] in AGENT_PREPS and any(w.lower() in AUXILIARIES for w in words[m.last:b])
