"""Who stands behind a figure (the actor: whose soldiers) and where it applies (the location).

In order of evidence:
1. attached to the counted noun: a demonym ("10.000 nordkoreanische Soldaten"), a genitive
   ("Nordkoreas Soldaten"), an origin ("Soldaten aus Nordkorea"), or the name before a bracketed
   figure ("den USA (1.328.000)");
2. the first actor named in the sentence that is not the figure's source, not after a location
   preposition, and not a genitive attribute of another noun ("Russlands Taktik");
3. the last fitting actor of the sentence before (the antecedent of "er" in "Hierfür soll er ..."),
4. the actor the document names most often (its topic).
Each decision keeps its reason, shown to the user with the variable a claim is grouped into.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..model import Doc, Quantity, Token
from .knowledge import ClaimKnowledge


@dataclass
class Parties:
    actor: str | None = None
    location: str | None = None
    reason: str = ""


@dataclass
class Mention:
    actor: str
    start: int  # token index
    end: int
    text: str


def mentions(tokens: list[Token], kb: ClaimKnowledge, doc: Doc | None = None) -> list[Mention]:
    """Actor names in ``tokens``, longest match first; entities' canonical names count too."""
    found: list[Mention] = []
    # a name inside a longer entity that is no actor is part of another name ("Washington Post")
    others = [(e.start, e.end) for e in (doc.ents if doc else []) if not kb.actor_of(e.canonical or e.text)]
    i = 0
    while i < len(tokens):
        for width in range(min(kb.longest_name, len(tokens) - i), 0, -1):
            words = [t.text for t in tokens[i:i + width]]
            if any(s <= tokens[i].start and tokens[i + width - 1].end <= e and e - s > tokens[i + width - 1].end
                   - tokens[i].start for s, e in others):
                continue
            actor = kb.actor_of(" ".join(words))
            if actor is None and width == 1 and "-" in words[0]:
                actor = kb.actor_of(words[0].split("-")[0])  # "Kreml-Chef", "Kim-Diktatur"
            if actor:
                found.append(Mention(actor, i, i + width, " ".join(words)))
                i += width
                break
        else:
            i += 1
    if doc is not None and tokens:
        lo, hi = tokens[0].start, tokens[-1].end
        taken = {(m.start, m.end) for m in found}
        for ent in doc.ents:
            if lo <= ent.start < hi and ent.canonical:
                actor = kb.actor_of(ent.canonical)
                idx = [t.i - tokens[0].i for t in tokens if ent.start <= t.start < ent.end]
                if actor and idx and not any(s <= idx[0] < e for s, e in taken):
                    found.append(Mention(actor, idx[0], idx[-1] + 1, ent.text))
        found.sort(key=lambda m: m.start)
    return found


def _unit_index(tokens: list[Token], qty: Quantity) -> int:
    """Index of the last token of the figure's own span (the counted noun when there is one)."""
    inside = [k for k, t in enumerate(tokens) if qty.start <= t.start < qty.end]
    return inside[-1] if inside else -1


def _fits(m: Mention, tokens: list[Token], kb: ClaimKnowledge, inside: list[int]) -> bool:
    """Whether a mention can name the party behind a figure: not a location ("nach Russland"), not a
    genitive attribute of another noun ("Russlands Taktik"), a demonym only before an actor noun
    ("die nordkoreanische Regierung", not "ukrainische Informationen")."""
    if inside and inside[0] <= m.start <= inside[-1]:
        return False
    prev = tokens[m.start - 1].text.lower() if m.start > 0 else ""
    if kb.roles.get(prev) == "location":
        return False
    nxt = tokens[m.end].text if m.end < len(tokens) else ""
    if kb.is_demonym(m.text):
        return nxt in kb.actor_nouns
    genitive = m.text.endswith("s") and kb.actor_of(m.text[:-1]) is not None and nxt[:1].isupper()
    return not (genitive and nxt not in kb.actor_nouns and (not inside or m.end != inside[0]))


def find_parties(doc: Doc, qty: Quantity, kb: ClaimKnowledge, source_span: tuple[int, int] | None,
                 topic: str | None) -> Parties:
    if qty.sentence < 0:
        return Parties()
    tokens = doc.sent_tokens(qty.sentence)
    inside = [k for k, t in enumerate(tokens) if qty.start <= t.start < qty.end]
    found = mentions(tokens, kb, doc)
    location = _location(tokens, found, inside, kb)
    # 1. attached to the counted noun
    for m in found:
        if inside and inside[0] <= m.start <= inside[-1] and kb.is_demonym(m.text):
            return Parties(m.actor, location, f"demonym «{m.text}» of the counted noun")
    if inside:
        before, after = inside[0] - 1, inside[-1] + 1
        if before >= 0 and tokens[before].text.endswith("s") and kb.actor_of(tokens[before].text) \
                and tokens[before].text[:1].isupper():
            return Parties(kb.actor_of(tokens[before].text), location, f"genitive «{tokens[before].text}»")
        if after + 1 < len(tokens) and tokens[after].text.lower() in ("aus", "from", "of"):
            actor = kb.actor_of(tokens[after + 1].text)
            if actor:
                return Parties(actor, location, f"origin «{tokens[after].text} {tokens[after + 1].text}»")
        if before >= 1 and tokens[before].text == "(":
            for m in found:
                if m.end == before:
                    return Parties(m.actor, location, f"bracketed figure after «{m.text}»")
    # 2. the first fitting actor of the sentence that is not the figure's source
    for m in found:
        if source_span and source_span[0] <= tokens[m.start].start < source_span[1]:
            continue
        if m.text == qty.source or not _fits(m, tokens, kb, inside):
            continue
        return Parties(m.actor, _other(location, m.actor), f"actor «{m.text}» in the sentence")
    # 3. a pronoun's antecedent: the last fitting actor of the sentence before
    if qty.sentence > 0 and any(t.text.lower() in kb.pronouns for t in tokens):
        before_tokens = doc.sent_tokens(qty.sentence - 1)
        fitting = [m for m in mentions(before_tokens, kb, doc) if _fits(m, before_tokens, kb, [])]
        if fitting:
            return Parties(fitting[-1].actor, _other(location, fitting[-1].actor),
                           f"actor «{fitting[-1].text}» in the sentence before")
    # 4. the document's topic
    if topic:
        return Parties(topic, _other(location, topic), f"topic: {topic} is the actor the document names most")
    return Parties(None, location, "")


def _other(location: str | None, actor: str | None) -> str | None:
    return location if location != actor else None


def _location(tokens: list[Token], found: list[Mention], inside: list[int], kb: ClaimKnowledge) -> str | None:
    for m in found:
        prev = tokens[m.start - 1].text.lower() if m.start > 0 else ""
        if kb.roles.get(prev) == "location" and not (inside and inside[0] <= m.start <= inside[-1]):
            return m.actor
    return None


def topic_actor(doc: Doc, kb: ClaimKnowledge) -> str | None:
    """The actor the document names most often (names, genitives and demonyms all count)."""
    counts = Counter(m.actor for m in mentions(doc.tokens, kb))
    return counts.most_common(1)[0][0] if counts else None
