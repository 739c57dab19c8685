"""Actors named by a description instead of a name: "das abgeschottete Land", "der Norden", "beide Länder".

Kinds (lang/<code>/relations/anaphors.txt): ``country`` is the country the text named last before the sentence
and not named in it ("Das Land beliefert Russland" after a sentence about Nordkorea); ``pair`` is two countries
at once ("die beiden Länder", "both countries"): the last two the text coordinated ("Russland und Nordkorea"),
else the two it names most, in the order it first names them. Both become mentions with the phrase's offsets,
so the rules treat them like names; ``actor`` stays with the trigger rules (extract.py), ``person`` ("er",
"sie", "man") is resolved by pronouns.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..entities.gazetteer import Gazetteer
from ..model import Doc
from .lexicon import RelationLexicon
from .regions import match as region_match
from .regions import region_noun

RESOLVED = frozenset({"country", "pair", "reciprocal", "region", "ally", "allies"})  # region, ally, allies: descriptions.py
# "reciprocal" ("die Länder", "the states"): a pair only in a sentence that says they act on each other
# (not "untereinander", "miteinander": said of more than two as often, "die Länder ... untereinander verpflichten")
# Only the adverbs: the adjective ("die gegenseitige Anerkennung", "zur gegenseitigen Hilfe") names a mutual thing,
# often of many ("die Staaten der EU"), not two sides acting on each other.
RECIPROCAL = frozenset({"gegenseitig", "einander"})
REGIONAL = frozenset({"country", "region"})  # kinds whose phrase may hold a regional adjective (regions.py)
SHAPED = frozenset({"region", "ally"})  # kinds with a condition on their words (_shaped)
GENITIVE = frozenset({"der", "des"})  # "die Staaten der EU": the noun names members of a third party, no pair
ADJ_ENDINGS = ("e", "en", "er", "es", "em")
OF = frozenset({"of"})  # "the north of Syria": a part of a country, not a state
JOIN = frozenset({"und", "and", "sowie"})
FILLER = frozenset({"die", "der", "das", "the", "dem", "den"})
# A person's possessive before a country noun ("sein Land", "his country": meetings.possessor_country) -> whether the
# country the text named last stands in when the person has none. German "sein Land" does (anaphors.txt); English
# "his country" never does (story-dev English: forces fighting "against his country" after Zelenskyy speaks).
POSSESSIVES = {"ihr": True, "sein": True, "ihres": True, "seines": True, "ihrem": True, "seinem": True,
               "his": False, "her": False}


@dataclass
class Memory:
    """What the document named before the current sentence.

    Sentences are noted in text order but read only when a description asks (``country``, ``pair``): a
    sentence can be noted by a function giving its mentions (``defer``), called only then, so that the
    mentions of a sentence no rule reads are never looked for (extract.py: sentences where no trigger starts)."""

    countries: list[str] = field(default_factory=list)  # canonical country names in text order
    pairs: list[tuple[str, str]] = field(default_factory=list)  # coordinated pairs ("Russland und Nordkorea")
    ahead: tuple[str, str] | None = None  # the document's first coordinated pair, wherever it stands
    # or the function finding it (first_pair), called when a description of two countries first asks: most
    # documents have none, and the look-up reads the text between every two place entities
    find_ahead: Callable[[], tuple[str, str] | None] | None = None
    recent: list[str] = field(default_factory=list)  # the countries of the last sentence that named any
    # sentences noted but not yet taken in, in text order: a function giving (names, lower-case words) each
    pending: list[Callable[[], tuple[list[tuple[str, int, int]], list[str]]]] = field(default_factory=list)

    def note(self, names: list[tuple[str, int, int]], low: list[str]) -> None:
        """Remember a sentence's country mentions: (canonical, first word, last word exclusive)."""
        self.pending.append(lambda: (names, low))

    def defer(self, named: Callable[[], tuple[list[tuple[str, int, int]], list[str]]]) -> None:
        """Remember a sentence by the function giving what ``note`` takes, called only when the memory is read."""
        self.pending.append(named)

    def _take_in(self) -> None:
        pending, self.pending = self.pending, []
        for named in pending:
            self._note(*named())

    def _note(self, names: list[tuple[str, int, int]], low: list[str]) -> None:
        names = sorted(names, key=lambda n: n[1])
        self.countries.extend(name for name, _, _ in names)
        if names:
            self.recent = [name for name, _, _ in names]
        for (a, _, a_last), (b, b_first, _) in zip(names, names[1:], strict=False):
            between = set(low[a_last:b_first])
            if a != b and between & JOIN and between <= JOIN | FILLER:
                self.pairs.append((a, b))

    def country(self, exclude: set[str], keep: Callable[[str], bool] = lambda name: True) -> str | None:
        """The country a description means (``keep``: which names are states it can mean)."""
        self._take_in()
        # the first country of the last sentence naming any, mostly its subject ("Nordkorea ist einer der
        # wichtigsten Helfer von Moskaus Feldzug gegen die Ukraine. ... soll das Land Putins Truppen helfen"),
        # not the last one named there (the recipient or the war zone)
        return next((c for c in self.recent if c not in exclude and keep(c)), None) or \
            next((c for c in reversed(self.countries) if c not in exclude and keep(c)), None)

    def latest(self, among: frozenset[str]) -> str | None:
        """The country of ``among`` the text named last before the sentence (descriptions.py: a region's)."""
        self._take_in()
        return next((c for c in reversed(self.countries) if c in among), None)

    def coordinated(self) -> tuple[str, str] | None:
        """The last two countries the text coordinated before the sentence, else the first two it coordinates."""
        self._take_in()
        if self.pairs:
            return self.pairs[-1]
        if self.find_ahead is not None:
            self.ahead, self.find_ahead = self.find_ahead(), None
        return self.ahead  # "zwischen den beiden Ländern" before the text coordinates "Russland und Nordkorea"

    def pair(self) -> tuple[str, str] | None:
        coordinated = self.coordinated()
        if coordinated:
            return coordinated
        top = [name for name, _ in Counter(self.countries).most_common(2)]
        if len(top) < 2:
            return None
        return (top[0], top[1]) if self.countries.index(top[0]) < self.countries.index(top[1]) else (top[1], top[0])


def sentence_pair(found: list, first: int, gaz: Gazetteer) -> tuple[str, str] | None:
    """The two countries a sentence names before its pair phrase at word ``first``, in their order, when it names
    exactly two (in "weil Riga an Tallinn Gas verkauft und die zwei Regierungen danach ein Abkommen trafen" the
    phrase takes up Lettland and Estland): the parties the phrase means, before any pair of earlier sentences."""
    states: list[str] = []
    for m in sorted(found, key=lambda m: m.first):
        state = country_of(m.canonical, gaz) if m.last <= first and m.label == "LOC" else None
        if state and state not in states:
            states.append(state)
    return (states[0], states[1]) if len(states) == 2 else None


def first_pair(doc: Doc, gaz: Gazetteer) -> tuple[str, str] | None:
    """The first pair of countries the document coordinates ("Russland und Nordkorea", "Moskau und Pjöngjang"),
    read off the entities: the pair a description of two countries means when the text names it only later."""
    return next(coordinated_pairs(doc, gaz), None)


def coordinated_pairs(doc: Doc, gaz: Gazetteer) -> Iterator[tuple[str, str]]:
    """Every two countries the document joins by "und", "and" (of its place entities), in text order."""
    ents = [e for e in doc.ents if e.label == "LOC"]
    for a, b in zip(ents, ents[1:], strict=False):
        between = doc.text[a.end:b.start].lower().split()
        if not between or not set(between) & JOIN or not set(between) <= JOIN | FILLER:
            continue
        one, two = (country_of(e.canonical or e.text, gaz) for e in (a, b))
        if one and two and one != two:
            yield one, two


def qualifies_person(words: list[str], found: list, last: int) -> bool:
    """Whether a person mention follows the description ending at word ``last`` closely enough to be its
    subject ("the country's leader Kim"), not a name in the genitive before a noun of its own ("soll
    das Land Putins Truppen helfen": Putin's troops are helped, the country acts). A name that itself ends in
    "s" ("Alexis Tsipras Regierung") is read as no genitive: its canonical form ends in "s" too."""
    for m in found:
        if m.label == "PER" and last <= m.first <= last + 3:
            inflected = words[m.last - 1].endswith("s") and not m.canonical.endswith("s")
            genitive = inflected and m.last < len(words) and words[m.last][:1].isupper()
            return not genitive
    return False


def country_of(name: str, gaz: Gazetteer) -> str | None:
    """The country a place entity names: itself, or the state a capital stands for ("Pjöngjang" -> Nordkorea)."""
    entry = gaz.by_canonical.get(name)
    if entry is not None and entry.kind == "metonym" and entry.government:
        return entry.government
    return name if entry is not None and entry.source == "countries.txt" else None


def find(words: list[str], low: list[str], lex: RelationLexicon) -> list[tuple[int, int, str]]:
    """The anaphors of kind country or pair in a sentence: (first word, last word exclusive, kind). Adjectives
    may stand between the article and the noun ("das abgeschottete kommunistische Land")."""
    out: list[tuple[int, int, str]] = []
    index = lex.anaphor_index()
    if _nouns(index).isdisjoint(low):
        return out  # every match ends on its phrase's last word (most sentences hold none: one set test)
    mutual: bool | None = None  # "die Staaten helfen einander": they are the pair (read once, lazily)
    k = 0
    while k < len(low):
        hit = None
        for phrase, kind in index.get(low[k], ()):
            if kind not in RESOLVED:
                continue
            if kind == "reciprocal":
                mutual = _reciprocal(low) if mutual is None else mutual
                if not mutual:
                    continue
            regional = region_match(words, low, k, phrase, lex.lang) if kind in REGIONAL else None
            if regional:  # "dieser ostasiatische Staat", "das ostasiatische Land": a country of that region
                hit = (k, regional[0], "region")
                break
            if kind == "region" and not region_noun(phrase, lex.lang):
                continue  # "dem Land", "diesem Staat" without a region: too often the one the text is in
            end = _match(words, low, k, phrase, lex.lang)
            if end is not None and kind in SHAPED and not _shaped(words, low, k, end, kind, lex.lang):
                continue
            if kind == "reciprocal" and end is not None and end < len(low) and low[end] in GENITIVE:
                continue
            if end is not None:
                hit = (k, end, kind)
                break
        if hit:
            out.append(hit)
            k = hit[1]
        else:
            k += 1
    return out


NOUNS_KEPT = 8  # anaphor indexes remembered at most (one per language and lexicon in use)
_NOUNS: dict[int, tuple[dict, frozenset[str]]] = {}  # id of an anaphor index -> (it, its phrases' last words)


def _nouns(index: dict[str, tuple[tuple[tuple[str, ...], str], ...]]) -> frozenset[str]:
    """The last words of the phrases of kind country or pair in ``index`` (lexicon.anaphor_index)."""
    kept = _NOUNS.get(id(index))
    if kept is None or kept[0] is not index:
        if len(_NOUNS) >= NOUNS_KEPT:
            _NOUNS.clear()  # indexes of lexicons built and thrown away (tests, reloads) do not pile up
        kept = _NOUNS[id(index)] = (index, frozenset(phrase[-1] for rows in index.values()
                                                     for phrase, kind in rows if kind in RESOLVED))
    return kept[1]


def _match(words: list[str], low: list[str], k: int, phrase: tuple[str, ...], lang: str) -> int | None:
    n = len(phrase)
    if tuple(low[k:k + n]) == phrase:
        return k + n
    if n != 2 or phrase[1] not in low[k + 2:k + 5]:
        return None  # (the gap below puts the noun at one of words k+2 .. k+4)
    # "das abgeschottete kommunistische Land", "the isolated communist country": up to three adjectives between
    for gap in range(1, 4):
        if k + 1 + gap >= len(low):
            break
        middle = words[k + 1:k + 1 + gap]
        if not all(w.isalpha() and w[:1].islower() and (lang != "de" or w.endswith(ADJ_ENDINGS)) for w in middle):
            break
        if low[k + 1 + gap] == phrase[1]:
            return k + gap + 2
    return None


def _shaped(words: list[str], low: list[str], k: int, end: int, kind: str, lang: str) -> bool:
    """Whether the description at words ``k`` .. ``end`` has the shape its kind needs: a region's noun ("der
    Norden", "the North") with no part of a country after it ("der Norden Syriens": a name follows,
    descriptions.described; "the north of Syria"); an ally a noun, not an adjective ("ein verbündeter Staat")."""
    if kind == "ally":
        return lang != "de" or words[end - 1][:1].isupper()
    return (low[end] if end < len(low) else "") not in OF


def _reciprocal(low: list[str]) -> bool:
    """Whether a sentence's lower-case words say that two sides act on each other: the adverb "gegenseitig" or
    "einander" as a word of its own ("helfen sich gegenseitig", not "die gegenseitige Hilfe")."""
    return not RECIPROCAL.isdisjoint(low)
