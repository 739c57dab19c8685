"""Actor mentions of a sentence for the relation rules: entities naming a country, an organization or a person
(a capital standing for its state, "Pjöngjang" -> Nordkorea); a country adjective only before an agent noun
("nordkoreanische Soldaten", not "die russische Stadt"); people of a country ("Nordkoreaner"); places the entity
layer missed ("nach Kursk"); a country right before a person only qualifies the person ("Nordkoreas Machthaber
Kim Jong-un"); the reporting source of the sentence is marked (an actor only when no other is named).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer
from ..model import Doc
from ..spans import ents_starting
from . import org_forces, possessors_en, rolenouns, titled
from .index import attributions_sourced_by, doc_index, roles_at, sources_in
from .lexicon import RelationLexicon, any_of

PLACE = "place"  # label of a mention naming a country as a place ("nach Kursk"): only ever a marked recipient
DASHES = frozenset({"-", "–", "—"})
CLAUSE_END = frozenset({",", ";", ":", "–", "—", "(", ")", "„", "“", '"', "«", "»"})
CLAUSE_OR_SENTENCE_END = CLAUSE_END | {"."}  # a clause read up to the sentence's final stop too


@dataclass(slots=True)
class Mention:
    canonical: str
    text: str | None  # None: carried over from an earlier sentence
    start: int | None  # character offsets
    end: int | None
    first: int  # word indices in the sentence
    last: int  # exclusive
    label: str
    source: bool = False  # the reporting source of the sentence: an actor only when no other is named


def actor_name(ent_canonical: str, label: str, gaz: Gazetteer) -> str | None:
    """The name an entity acts under in a relation: a metonym's government ("Kreml" -> Russland), a place only
    when it is a country, a person or an organization as it is; None for anything else."""
    entry = gaz.by_canonical.get(ent_canonical)
    if entry is not None and entry.kind == "metonym" and entry.government:
        return entry.government
    if label == "LOC":
        return ent_canonical if entry is not None and entry.source == "countries.txt" else None
    if label in ("PER", "ORG"):
        return ent_canonical
    return None


def mentions(doc: Doc, i: int, words: list[str], starts: list[int], gaz: Gazetteer,
             lex: RelationLexicon) -> list[Mention]:
    """The actor mentions of sentence ``i`` (see the module docstring)."""
    sent = doc.sents[i]
    sources = sources_in(doc, i)
    # organizations the document cites as sources (outlets, agencies) report events; they are no actors
    reporters = doc_index(doc).reporters
    found: list[Mention] = []
    for ent in ents_starting(doc, sent.start, sent.end):
        if ent.label == "ORG" and (ent.canonical in reporters or ent.text in reporters):
            continue
        if ent.label == "ORG" and ent.provenance.startswith("model"):
            continue  # the model's organizations are too often places or groups ("Gebiets Kursk", "Streitkräfte")
        # "North Korea’s": a possessive ending the entity layer kept in the name (possessors_en.py; English only)
        name = ent.canonical or ent.text
        canonical = actor_name(possessors_en.owner_name(name, gaz) if lex.lang == "en" else name, ent.label, gaz)
        first, last = bisect_left(starts, ent.start), bisect_left(starts, ent.end)
        if is_outlet(canonical, words, first, lex.lang):
            continue  # "für die Zeitung „Rodong Sinmun“", "die New York Times": outlets report, they do not act
        canonical = person_name(doc, canonical, ent.label, words[first:last], gaz)
        label = ent.label
        if canonical is None and ent.label == "LOC":  # "Region Kursk": a place in a country stands for it
            canonical = next((lex.places[(w,)] for w in words[first:last] if (w,) in lex.places),
                             lex.places.get(tuple(words[first:last])))
            label = PLACE
        source = any(s < ent.end and ent.start < e for s, e in sources)
        if canonical is None and ent.label == "LOC" and not source:
            # "Sowohl Marquardt als auch ...": a surname the model read as a place (not a source: "..., so Budanow")
            canonical, label = surname_of(doc, ent.text), "PER"
        if canonical is None:
            continue
        if last < len(words) and words[last] == ":" and first <= 3 \
                and not (first > 0 and words[first - 1].lower() in lex.source_preps):
            continue  # "Moskau: Nordkorea schickt ...": the source of a headline (not "Verstärkungen aus Kuba:")
        if i <= 3 and last < len(words) and words[last] in DASHES and last <= 4 \
                and all(w[:1].isupper() or w == "/" for w in words[:last]):
            continue  # "Wien – Die Regierung ...", "Gaza/Jerusalem – ...": the dateline of the article, a place
        if first > 0 and words[first - 1] == ":" and all(not w.isalnum() for w in words[last:]):
            continue  # "... Reinforce Border Posts in Finland: Stubb": the source of a headline, at its end
        entry = gaz.names.get(tuple(words[first:last]))
        if entry is not None and entry.kind == "adjective":
            # the noun it qualifies (within two words) must be an agent ("nordkoreanische Soldaten"), an act
            # ("der russische Angriff") or something that flows from the country ("nordkoreanische Munition")
            after = past_adjectives(words, last, gaz)  # "russische und belarussische Soldaten": the shared noun
            nxt = [w.lower() for w in words[after:after + 3] if w.isalpha()][:2]
            if any(w in lex.place_nouns for w in nxt[:1]):
                label = PLACE  # "in der russischen Region Kursk": the country as a place
            elif not any(lex.is_agent(w) or lex.is_object(w) or lex.triggers_at([w], 0) for w in nxt):
                continue
        found.append(Mention(canonical, ent.text, ent.start, ent.end, first, last, label, source))
    taken = {k for m in found for k in range(m.first, m.last)}
    demonyms = _demonyms(gaz)
    lasts = _demonym_lasts(gaz)
    for k, word in enumerate(words if not lasts.isdisjoint(words) else ()):  # "Nordkoreaner": people act for it
        if k in taken or word not in lasts:
            continue
        key = (words[k - 1], word) if k and (words[k - 1], word) in demonyms else (word,)
        if key in demonyms:
            first = k - len(key) + 1
            start, end = starts[first], toks_end(doc, i, k)
            found.append(Mention(demonyms[key], doc.text[start:end], start, end, first, k + 1, "LOC"))
    taken = {k for m in found for k in range(m.first, m.last)}
    firsts = lex.place_firsts()
    for k in range(len(words) if not firsts.isdisjoint(words) else 0):  # places the entity layer missed: "nach Kursk"
        if words[k] not in firsts:
            continue
        for n in (2, 1):
            key = tuple(words[k:k + n])
            if len(key) == n and key in lex.places and not taken & set(range(k, k + n)):
                start, end = starts[k], toks_end(doc, i, k + n - 1)
                found.append(Mention(lex.places[key], doc.text[start:end], start, end, k, k + n, PLACE))
                taken |= set(range(k, k + n))
    found.extend(_groups(doc, i, words, starts, found, gaz, lex))
    found.sort(key=lambda m: m.first)
    found = _qualified_groups(doc, found, words, lex, gaz)
    # a country right before a person qualifies the person ("Nordkoreas Machthaber Kim Jong-un")
    kept = []
    for n, m in enumerate(found):
        nxt = found[n + 1] if n + 1 < len(found) else None
        if m.label == "LOC" and nxt is not None and nxt.label == "PER" and nxt.first - m.last <= 2 \
                and not any(w in CLAUSE_END or w in (",", "und", "and") or w.lower() in lex.preps
                            for w in words[m.last:nxt.first]):  # "Nordkoreaner in Putins Armee": two actors
            continue
        if m.label == "LOC" and nxt is not None and nxt.label == "PER" \
                and country_adjective(words[m.first:m.last], gaz) and titled.held_by_person(words[m.last:nxt.first], lex.lang):
            continue  # "the Russian defence minister, Andrei Belousov,": the person holds the title (titled.py)
        kept.append(m)
    return kept


# between country adjectives that share one noun ("das russische wie das belarussische Militär", "Russian and
# Belarusian troops"): a comparative "wie" joins there too, as do "als auch" and "as well as" (by their last word);
# "oder" and "or" give alternatives, no two actors
ADJECTIVE_JOINS = frozenset({",", "und", "and", "sowie", "wie", "auch", "well"})
ADJECTIVE_BETWEEN = ADJECTIVE_JOINS | frozenset({"die", "der", "das", "den", "dem", "des", "the", "as", "well", "als"})


def country_adjective(words: list[str], gaz: Gazetteer) -> bool:
    entry = gaz.names.get(tuple(words))
    return entry is not None and entry.kind == "adjective" and entry.source == "countries.txt"


def past_adjectives(words: list[str], k: int, gaz: Gazetteer) -> int:
    """The word index after the country adjectives coordinated from word ``k`` on ("und das belarussische",
    "and North Korean"), ``k`` when there are none: the noun they share follows."""
    j = k
    while j < len(words) and words[j].lower() in ADJECTIVE_BETWEEN:
        j += 1
    if j == k or not {w.lower() for w in words[k:j]} & ADJECTIVE_JOINS:
        return k
    end = next((j + n for n in (2, 1) if country_adjective(words[j:j + n], gaz)), None)
    return k if end is None else past_adjectives(words, end, gaz)


def countries(found: list[Mention]) -> list[tuple[str, int, int]]:
    """(canonical, first word, last word exclusive) of the country mentions among ``found`` (anaphora.Memory)."""
    return [(m.canonical, m.first, m.last) for m in found if m.label == "LOC"]


@lru_cache(maxsize=None)
def _outlets(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(media nouns, outlet names) of outlets.txt; empty where the language has none."""
    if not resources.exists(lang, "relations/outlets.txt"):
        return frozenset(), frozenset()
    rows = resources.load(lang, "relations/outlets.txt").rows(2)
    return (frozenset(w.lower() for kind, w in rows if kind == "noun"),
            frozenset(w for kind, w in rows if kind == "name"))


QUOTES = frozenset({"„", "“", '"', "«", "»", "‚", "‘", "'"})


def is_outlet(canonical: str | None, words: list[str], first: int, lang: str) -> bool:
    """Whether the mention at word ``first`` names a news outlet: an outlet of outlets.txt, or a name right after
    a media noun (quotation marks between allowed: "die Zeitung „Rodong Sinmun“")."""
    nouns, names = _outlets(lang)
    if canonical in names:
        return True
    k = first - 1
    while k >= 0 and words[k] in QUOTES:
        k -= 1
    return k >= 0 and words[k].lower() in nouns


def person_name(doc: Doc, canonical: str | None, label: str, words: list[str], gaz: Gazetteer) -> str | None:
    """The canonical person a model's name with a title before it stands for ("Nordkoreas Machthaber Kim" ->
    Kim Jong-un, "Präsident Putin" -> Wladimir Putin): the longest tail of its words the gazetteer knows as a
    person; the name itself when none."""
    if label != "PER" or canonical is None or len(words) < 2 or gaz.names.get(tuple(words)) is not None:
        return canonical
    for n in range(1, len(words)):
        entry = gaz.names.get(tuple(words[n:]))
        if entry is not None and entry.source == "persons.txt":
            return entry.canonical
    # "Kim": the one person of that short name the title before it names (roles.txt: "Nordkoreas Machthaber"),
    # else the document names elsewhere (as the entity layer resolves "Kim")
    shorts = {e.canonical for e in gaz.short.get(words[-1], [])}
    titled = {role.canonical for first, last, role in roles_at(doc, gaz, words[:-1])
              if last == len(words) - 1}
    named = shorts & titled or (shorts & {e.canonical for e in doc.ents if e.label == "PER"}
                                if len(shorts) > 1 else shorts)
    return named.pop() if len(named) == 1 else canonical


def surname_of(doc: Doc, text: str) -> str | None:
    """The person of the document whose name ends in the one word ``text`` ("Marquardt" after "Premierministerin
    Ines Marquardt", "so Budanow" after "Kyrylo Budanow"): the statistical model tags a bare surname a place
    more often than the full name; None unless exactly one person of the document has that surname."""
    if " " in text or not text[:1].isupper():
        return None
    people = {e.canonical or e.text for e in doc.ents if e.label == "PER" and e.text != text
              and e.text.split()[-1] == text}
    return people.pop() if len(people) == 1 else None


def toks_end(doc: Doc, i: int, k: int) -> int:
    return doc.sent_tokens(i)[k].end


GROUP = "GROUP"  # label of a group or institution named by a noun ("die Polizei", "Demonstranten")


@lru_cache(maxsize=None)
def _group_lexicon(lang: str) -> tuple[tuple[tuple[re.Pattern, str], ...], dict[str, str]]:
    """(noun pattern, canonical) rows and the compound prefixes naming a country ("US-" -> USA) of groups.txt."""
    if not resources.exists(lang, "relations/groups.txt"):
        return (), {}
    rows = resources.load(lang, "relations/groups.txt").rows(2)
    nouns = tuple((re.compile(pattern), canonical) for pattern, canonical in rows if not pattern.endswith("-"))
    return nouns, {pattern[:-1]: canonical for pattern, canonical in rows if pattern.endswith("-")}


@lru_cache(maxsize=65536)
def group_of(word: str, lang: str) -> str | None:
    """The canonical group a noun names (groups.txt), None when it names none."""
    if lang == "de" and not word[:1].isupper():
        return None  # German nouns are capitalized: "regierung" is no word of the text's, "Regierung" is
    low = word.lower()
    if not _any_group(lang).fullmatch(low):
        return None  # most words name no group: one test of all patterns at once
    return next((canonical for pattern, canonical in _group_lexicon(lang)[0] if pattern.fullmatch(low)), None)


@lru_cache(maxsize=None)
def _any_group(lang: str) -> re.Pattern:
    """One pattern matching in full what any noun pattern of groups.txt matches in full."""
    return any_of(pattern for pattern, _ in _group_lexicon(lang)[0])


def _compound(word: str, gaz: Gazetteer, lex: RelationLexicon) -> tuple[str, str] | None:
    """(canonical, label) of a compound whose first part names a country or an organization: a country's agent
    noun is the country ("US-Streitkräfte" -> USA, as "die amerikanischen Streitkräfte"); an organization's group
    noun keeps its name ("EU-Kommission"); an armed organization's fighters or positions are the organization
    ("PKK-Kämpfer", org_forces.py). None for any other word ("US-Bürger", "EU-Recht")."""
    prefix, _, rest = word.partition("-")
    head = rest.rpartition("-")[2]
    if not prefix or not head[:1].isupper():
        return None
    entry = gaz.names.get((prefix,))
    country = _group_lexicon(lex.lang)[1].get(prefix) or (
        entry.canonical if entry is not None and entry.source == "countries.txt" and entry.kind == "name" else None)
    if country is not None and lex.is_agent(head.lower()):
        return country, "LOC"
    if entry is not None and entry.source == "organizations.txt" and group_of(head, lex.lang) is not None:
        return word, GROUP
    listed = entry.canonical if entry is not None and entry.source == "organizations.txt" else None
    org = org_forces.holder(prefix, head, listed, lex.lang)  # "PKK-Kämpfer", "Hamas-Stellungen" (org_forces.py)
    return (org, "ORG") if org is not None else None


QUALIFIERS = frozenset({"von", "in", "aus", "of", "from"})


def _qualified_groups(doc: Doc, found: list[Mention], words: list[str], lex: RelationLexicon,
                      gaz: Gazetteer) -> list[Mention]:
    """An institution (an agent noun of agents.txt) followed by the country it is of ("die Regierung in Athen",
    "die Polizei in Kursk") stands for that: the group mention takes its canonical name and the qualifying mention
    is no actor of its own. People stay themselves ("Flüchtlinge in Griechenland")."""
    out: list[Mention] = []
    skip = -1
    for n, m in enumerate(found):
        if n == skip:
            continue
        nxt = found[n + 1] if n + 1 < len(found) else None
        if m.label == GROUP and nxt is not None and nxt.label in ("LOC", PLACE, "PER") and lex.is_agent((m.text or "").lower()) \
                and words[m.last:nxt.first][:1] and words[m.last].lower() in QUALIFIERS \
                and all(w[:1].islower() for w in words[m.last:nxt.first]):
            if nxt.label == "PER":  # "die Regierung von Kim": his state when known (rolenouns.py), else he acts
                state = rolenouns.leader_state(doc, m.text, nxt.canonical, gaz)
                # (the person alone would stand after "von" and act in no relation: the phrase is his)
                m.canonical, m.label = (state, "LOC") if state is not None else (nxt.canonical, "PER")
            else:
                m.canonical = nxt.canonical
            m.last, m.end = nxt.last, nxt.end
            m.text = doc.text[m.start:m.end]  # type: ignore[index]
            skip = n + 1
        out.append(m)
    return out


def _groups(doc: Doc, i: int, words: list[str], starts: list[int], found: list[Mention], gaz: Gazetteer,
            lex: RelationLexicon) -> list[Mention]:
    """Groups and institutions named by a noun (groups.txt) or a compound ("US-Streitkräfte", "EU-Kommission"),
    outside the other mentions; a noun right after a country mention is the country's and no mention of its own
    ("die mazedonische Polizei" -> Mazedonien)."""
    taken = {k for m in found for k in range(m.first, m.last)}
    after_country = {m.last for m in found if m.label == "LOC"}
    out: list[Mention] = []
    lang = lex.lang
    may = _may_group(lang)
    for k, word in enumerate(words):
        # one look-up, not "in" and then a look-up: another thread may add or clear the word in between
        hit = may.get(word)
        if not (hit if hit is not None else _may_group_word(may, word, lang)) or k in taken or k in after_country:
            continue  # most words (one look-up per word form)
        named = _compound(word, gaz, lex) if "-" in word[1:] else None
        if named is None and group_of(word, lang) is None:
            continue  # most words (one cached look-up)
        canonical, label = named or (group_of(word, lang), GROUP)
        if canonical is not None:
            start, end = starts[k], toks_end(doc, i, k)
            source = any(s < end and start < e for s, e in sources_in(doc, i))
            out.append(Mention(canonical, word, start, end, k, k + 1, label, source))
    return out


@lru_cache(maxsize=None)
def _may_group(lang: str) -> dict[str, bool]:
    """Word form -> whether ``_groups`` may take it (a compound with a dash, or a noun of groups.txt)."""
    return {}


def _may_group_word(may: dict[str, bool], word: str, lang: str) -> bool:
    # The answer computed is returned, not read back: another thread may clear the shared dict in between.
    if len(may) > 200_000:
        may.clear()  # bounded: a long batch of rare words
    found = may[word] = "-" in word[1:] or group_of(word, lang) is not None
    return found


_DEMONYMS: dict[str, dict[tuple[str, ...], str]] = {}


def _demonyms(gaz: Gazetteer) -> dict[tuple[str, ...], str]:
    """People nouns derived from the gazetteer's country adjectives: "nordkoreanisch" -> "Nordkoreaner(n)",
    "North Korean" -> "North Koreans"."""
    if gaz.lang not in _DEMONYMS:
        found: dict[tuple[str, ...], str] = {}
        for form, entry in gaz.names.items():
            if entry.kind != "adjective" or not form[-1][:1].isupper():
                continue
            if gaz.lang == "de" and form[-1].endswith("isch"):
                stem = form[-1][:-4]  # "nordkoreanisch" -> "Nordkoreaner", "russisch" -> "Russen"
                for ending in ("er", "ern", "erin", "erinnen", "e", "en"):
                    if (*form[:-1], stem + ending) not in gaz.names:  # "Ukraine" is the country itself
                        found[(*form[:-1], stem + ending)] = entry.canonical
            elif gaz.lang == "en" and not form[-1].endswith("s"):
                found[(*form[:-1], form[-1] + "s")] = entry.canonical
        _DEMONYMS[gaz.lang] = found
    return _DEMONYMS[gaz.lang]


_LASTS: dict[str, frozenset[str]] = {}


def _demonym_lasts(gaz: Gazetteer) -> frozenset[str]:
    """The last words of the demonyms (``_demonyms``): a word that is none of them ends no demonym."""
    if gaz.lang not in _LASTS:
        _LASTS[gaz.lang] = frozenset(key[-1] for key in _demonyms(gaz))
    return _LASTS[gaz.lang]


def speaks(doc: Doc, m: Mention, at: int) -> bool:
    """Whether the trigger at offset ``at`` is the cue of an attribution whose source is ``m``: a speech act
    ("Putin drohte, ...", "Die Opposition kritisierte, ...") is its speaker's act, not reported by it."""
    if m.start is None or m.end is None:
        return False
    return any(a.cue_start is not None and a.cue_end is not None and a.cue_start <= at < a.cue_end
               for a in attributions_sourced_by(doc, m.start, m.end))


def outside_speech(doc: Doc, found: list[Mention], at: int) -> list[Mention]:
    """``found`` without the mentions inside what a speaker says when the trigger at ``at`` is the speech act
    itself: in "Die Ministerin warnte, dass der Kauf iranischer Drohnen ..." Iran is what the
    warning is about, not whom it warns."""
    spans = [(a.content_start, a.content_end) for a in doc.attributions
             if a.cue_start is not None and a.cue_end is not None and a.cue_start <= at < a.cue_end
             and a.content_start is not None and a.content_end is not None
             and _clause_apart(doc.text, a.cue_start, a.cue_end, a.content_start, a.content_end)]
    if not spans:
        return found
    return [m for m in found if m.start is None or not any(s <= m.start < e for s, e in spans)]


def _clause_apart(text: str, cue_start: int, cue_end: int, start: int, end: int) -> bool:
    """Whether the content ``start:end`` is a clause of its own beside its cue (a comma, colon or quotation mark
    between them, or "dass"/"that"): "warnte, dass ...", not the object of "drohte Südkorea mit Konsequenzen"."""
    between = text[cue_end:start] if cue_end <= start else text[end:cue_start]
    return any(c in between for c in ",:„“\"«»") or text[start:end].lower().startswith(("dass ", "that ", "ob "))


def clause_bounds(low: list[str], k: int, ends: frozenset[str] = CLAUSE_END) -> tuple[int, int]:
    """Word bounds ``lo:hi`` of the clause around word ``k``: up to the nearest words in ``ends`` either side."""
    lo = k
    while lo > 0 and low[lo - 1] not in ends:
        lo -= 1
    hi = k + 1
    while hi < len(low) and low[hi] not in ends:
        hi += 1
    return lo, hi
