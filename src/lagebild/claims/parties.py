"""Who stands behind a figure (the party: whose soldiers) and where it applies (the location).

In order of evidence:
1. attached to the counted noun: a demonym in the figure's noun phrase ("10.000 nordkoreanische Soldaten",
   "3,000 North Korean troops"), a genitive ("Nordkoreas Soldaten"), an origin ("Soldaten aus Nordkorea",
   "troops from North Korea"), or the name before a bracketed figure ("den USA (1.328.000)");
2. the first actor of the figure's clause, else of its sentence, that is not the figure's source, not after a
   location preposition, and not a genitive attribute of another noun ("Russlands Taktik"): the one who sends,
   has or loses the things counted ("Moskau: Nordkorea schickt Tausende Bausoldaten" -> Nordkorea);
3. the last fitting actor of the sentence before (the antecedent of "er" in "Hierfür soll er ..."),
4. the actor the document names most often (its topic).
Each decision keeps its reason, shown to the user with the variable a claim is grouped into.

The actor names of a sentence are found once (``SentenceView``), with the names inside other entities
indexed by token, so the work per sentence is linear in its length however many figures it holds.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field

from ..model import Doc, Quantity, Token
from ..spans import ents_between
from .knowledge import ClaimKnowledge

CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")"})
STRONG = ("demonym", "genitive", "origin", "bracketed")  # reasons that tie a party to the counted noun itself


@dataclass
class Parties:
    actor: str | None = None
    location: str | None = None
    reason: str = ""

    @property
    def strong(self) -> bool:
        return self.reason.startswith(STRONG)


@dataclass
class Mention:
    actor: str
    start: int  # token index
    end: int
    text: str


@dataclass
class SentenceView:
    """One sentence's tokens with their start offsets and actor mentions, computed once."""

    tokens: list[Token]
    starts: list[int] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # per token, the clause around it, and whether a pronoun occurs: computed on first use, once per sentence
    # (asked per figure, and a table holds a figure in every other token)
    _clause_lo: list[int] = field(default_factory=list, repr=False)
    _clause_hi: list[int] = field(default_factory=list, repr=False)
    _pronoun: dict[int, bool] = field(default_factory=dict, repr=False)

    def span(self, start: int, end: int) -> list[int]:
        """Indices of the tokens starting inside [start, end)."""
        return list(range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)))

    def has_pronoun(self, pronouns: frozenset[str] | set[str]) -> bool:
        if id(pronouns) not in self._pronoun:
            self._pronoun[id(pronouns)] = any(t.text.lower() in pronouns for t in self.tokens)
        return self._pronoun[id(pronouns)]

    def clause(self, k: int) -> tuple[int, int]:
        """Token range [lo, hi) of the clause around token ``k`` (up to commas, colons, dashes, brackets)."""
        if 0 <= k < len(self.tokens):
            if not self._clause_lo:
                self._index_clauses()
            return self._clause_lo[k], self._clause_hi[k]
        lo = k
        while lo > 0 and self.tokens[lo - 1].text not in CLAUSE_BREAKS:
            lo -= 1
        hi = k
        while hi < len(self.tokens) and self.tokens[hi].text not in CLAUSE_BREAKS:
            hi += 1
        return lo, hi

    def _index_clauses(self) -> None:
        """For every token, what ``clause`` finds by walking: after the last break before it, up to the first
        break at or after it."""
        n = len(self.tokens)
        breaks = [t.text in CLAUSE_BREAKS for t in self.tokens]
        self._clause_lo, self._clause_hi = [0] * n, [n] * n
        last = -1
        for k in range(n):
            self._clause_lo[k] = last + 1
            if breaks[k]:
                last = k
        following = n
        for k in range(n - 1, -1, -1):
            if breaks[k]:
                following = k
            self._clause_hi[k] = following


def sentence_view(doc: Doc, i: int, kb: ClaimKnowledge, cache: dict[int, SentenceView] | None = None
                  ) -> SentenceView:
    if cache is not None and i in cache:
        return cache[i]
    tokens = doc.sent_tokens(i)
    view = SentenceView(tokens, [t.start for t in tokens], mentions(tokens, kb, doc))
    if cache is not None:
        cache[i] = view
    return view


def mentions(tokens: list[Token], kb: ClaimKnowledge, doc: Doc | None = None) -> list[Mention]:
    """Actor names in ``tokens``, longest match first; entities' canonical names count too."""
    found: list[Mention] = []
    starts = [t.start for t in tokens]
    lo, hi = (tokens[0].start, tokens[-1].end) if tokens else (0, 0)
    ents = ents_between(doc, lo, hi) if doc else []
    # a name inside a longer entity that is no actor is part of another name ("Washington Post"):
    # such entities indexed by the tokens they cover
    covering: dict[int, list[tuple[int, int]]] = {}
    for ent in ents:
        if not kb.actor_of(ent.canonical or ent.text):
            for k in range(bisect.bisect_left(starts, ent.start), bisect.bisect_left(starts, ent.end)):
                covering.setdefault(k, []).append((ent.start, ent.end))
    # one pass over the tokens that may start a name; the lookups (actor_of, may_start_name) are memoized
    texts = [t.text for t in tokens]
    actor_of, may_start, longest = kb.actor_of, kb.may_start_name, kb.longest_name
    n = len(tokens)
    # only tokens a name can start at are tried (a token no name starts at moves on by one in the loop below)
    memo = kb.name_memo
    candidates = [k for k, text in enumerate(texts)
                  if (known := memo.get(text)) or (known is None and kb.may_name(text))]
    i = 0
    for k in candidates:
        if k < i:
            continue  # inside a name found before
        i = k
        widest = min(longest, n - i) if may_start(texts[i]) else 1
        spans = covering.get(i)
        for width in range(widest, 0, -1):
            if spans:
                first, last = tokens[i].start, tokens[i + width - 1].end
                if any(s <= first and last <= e and e - s > last - first for s, e in spans):
                    continue
            name = texts[i] if width == 1 else " ".join(texts[i:i + width])
            actor = actor_of(name)
            if actor is None and width == 1 and "-" in name:
                actor = actor_of(name.split("-")[0])  # "Kreml-Chef", "Kim-Diktatur"
            if actor:
                found.append(Mention(actor, i, i + width, name))
                i += width
                break
        else:
            i += 1
    if ents:
        taken = {k for m in found for k in range(m.start, m.end)}
        for ent in ents:
            if lo <= ent.start < hi and ent.canonical:
                actor = kb.actor_of(ent.canonical)
                first, end = bisect.bisect_left(starts, ent.start), bisect.bisect_left(starts, ent.end)
                if actor and first < end and first not in taken:
                    found.append(Mention(actor, first, end, ent.text))
        found.sort(key=lambda m: m.start)
    return found


def _fits(m: Mention, tokens: list[Token], kb: ClaimKnowledge, inside: list[int]) -> bool:
    """Whether a mention can name the party behind a figure: not a location ("nach Russland"), not a
    genitive attribute of another noun ("Russlands Taktik"), a demonym only before an actor noun
    ("die nordkoreanische Regierung", not "ukrainische Informationen")."""
    if inside and inside[0] <= m.start <= inside[-1]:
        return False
    if _after_location(tokens, m, kb):
        return False
    nxt = tokens[m.end].text if m.end < len(tokens) else ""
    if kb.is_demonym(m.text):
        return nxt in kb.actor_nouns
    genitive = m.text.endswith("s") and kb.actor_of(m.text[:-1]) is not None and nxt[:1].isupper()
    return not (genitive and nxt not in kb.actor_nouns and (not inside or m.end != inside[0]))


def find_parties(doc: Doc, qty: Quantity, kb: ClaimKnowledge, source_span: tuple[int, int] | None,
                 topic: str | None, view: SentenceView | None = None, noun: int | None = None) -> Parties:
    """The party and location of ``qty``; ``noun`` is the token index of its counted noun when known."""
    if qty.sentence < 0:
        return Parties()
    view = view or sentence_view(doc, qty.sentence, kb)
    tokens, found = view.tokens, view.mentions
    inside = view.span(qty.start, qty.end)
    if inside and noun is not None and noun > inside[-1]:
        inside = list(range(inside[0], noun + 1))  # the noun phrase reaches past the quantity's span
    location = _location(tokens, found, inside, kb)
    # 1. attached to the counted noun
    for m in found:
        if inside and inside[0] <= m.start <= inside[-1] and kb.is_demonym(m.text):
            return Parties(m.actor, location, f"demonym «{m.text}» of the counted noun")
        if noun is not None and inside and noun < inside[0] and m.end == noun and kb.is_demonym(m.text):
            return Parties(m.actor, location, f"demonym «{m.text}» of the counted noun")
    if inside:
        before, after = inside[0] - 1, inside[-1] + 1
        if before >= 0 and tokens[before].text.endswith("s") and kb.actor_of(tokens[before].text) \
                and tokens[before].text[:1].isupper():
            return Parties(kb.actor_of(tokens[before].text), location, f"genitive «{tokens[before].text}»")
        if after + 1 < len(tokens) and tokens[after].text.lower() in ("aus", "from", "of"):
            origin = next((m for m in found if m.start == after + 1), None)
            if origin:
                return Parties(origin.actor, _other(location, origin.actor),
                               f"origin «{tokens[after].text} {origin.text}»")
        if before >= 1 and tokens[before].text == "(":
            for m in found:
                if m.end == before:
                    return Parties(m.actor, _other(location, m.actor), f"bracketed figure after «{m.text}»")
    # 2. the first fitting actor of the figure's clause, else of the sentence, that is not the figure's source
    fitting = [m for m in found
               if not (source_span and source_span[0] <= tokens[m.start].start < source_span[1])
               and m.text != qty.source and _fits(m, tokens, kb, inside)]
    if fitting:
        # the one who sends, has or loses the things mostly stands before them ("Nordkorea hat Russland
        # 12.000 Soldaten geschickt", "the island sent 400 medics to help its ally")
        lo, hi = view.clause(inside[0]) if inside else (0, len(tokens))
        at = inside[0] if inside else len(tokens)
        for where, pick in (("clause", lambda m: lo <= m.start < at), ("clause", lambda m: lo <= m.start < hi),
                            ("sentence", lambda m: m.start < at), ("sentence", lambda m: True)):
            m = next((m for m in fitting if pick(m)), None)
            if m is not None:
                return Parties(m.actor, _other(location, m.actor), f"actor «{m.text}» in the {where}")
    # 3. a pronoun's antecedent: the last fitting actor of the sentence before
    if qty.sentence > 0 and view.has_pronoun(kb.pronouns):
        before_view = sentence_view(doc, qty.sentence - 1, kb)
        candidates = [m for m in before_view.mentions if _fits(m, before_view.tokens, kb, [])]
        if candidates:
            return Parties(candidates[-1].actor, _other(location, candidates[-1].actor),
                           f"actor «{candidates[-1].text}» in the sentence before")
    # 4. the document's topic
    if topic:
        return Parties(topic, _other(location, topic), f"topic: {topic} is the actor the document names most")
    return Parties(None, location, "")


def _other(location: str | None, actor: str | None) -> str | None:
    return location if location != actor else None


ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des", "the"})


def _after_location(tokens: list[Token], m: Mention, kb: ClaimKnowledge) -> bool:
    """Whether a location preposition governs the mention ("nach Russland", "in der Ukraine", "in the U.S.")."""
    k = m.start - 1
    if k > 0 and tokens[k].text.lower() in ARTICLES:
        k -= 1
    return k >= 0 and kb.roles.get(tokens[k].text.lower()) == "location"


def _location(tokens: list[Token], found: list[Mention], inside: list[int], kb: ClaimKnowledge) -> str | None:
    for m in found:
        if _after_location(tokens, m, kb) and not (inside and inside[0] <= m.start <= inside[-1]):
            return m.actor
    return None


def topic_actor(doc: Doc, kb: ClaimKnowledge) -> str | None:
    """The actor the document names most often (names, genitives and demonyms all count)."""
    counts = Counter(m.actor for m in mentions(doc.tokens, kb))
    return counts.most_common(1)[0][0] if counts else None
