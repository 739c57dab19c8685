"""A person named again by the office the document named them with: "der Gewerkschaftschef", "die Ministerin".

News names a person once with their office ("Bundeskanzlerin Eva Roth", "Max Gruber, der Chef der Gewerkschaft,",
"Die Vorsitzende des Vereins, Ida Berger,") and then refers back to them by the office alone: "Das müsse rasch
gehen, verlangte der Gewerkschaftschef." Such a subject names no entity, so the relation it acts in found no actor
or took a wrong one. A definite singular role noun in the nominative ("der Kanzler", "die Ministerin", with
adjectives between: "der scheidende Kanzler"), not followed by a name or a genitive (those name someone else
or are the naming itself), becomes a mention of the person the document named last with that office:

- the same noun, or the naming's longer one ending in it ("Bundeskanzler" for "der Kanzler"), unless the longer
  one is a lesser office ("Vizekanzler", "Ex-Kanzler": role_holders.txt ``lesser``);
- a compound naming the body ("der Gewerkschaftschef") when the naming has the body's word and a head of the
  same office (``same``: "Vorsitzender der Gewerkschaft" and "Gewerkschaftschef" both lead it).

A naming whose words make the person a former or deputy holder ("die frühere Ministerin X": ``former``) is
skipped; of several holders the one the text mentioned last (by any mention: "sagte Y") is meant. When the
document named nobody with that office, the noun stays as today (no mention). The noun must be the subject of a
verb of speech or stance (appositions.SPOKEN: "forderte", "wies zurück", "kritisierte"; not after a preposition):
on 10kGNAD a role noun as the subject of other triggers, or of a noun trigger ("die Kritik des Ministers"), was
more often part of a wrong relation than a right one. Role nouns are the ``role`` words of
lang/de/attribution/roles.txt (attribution's lexicon, compounds included); the rest is
lang/de/relations/role_holders.txt.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..attribution import lexicon as attr_lexicon
from ..attribution.words import tag_de
from ..model import Doc, Relation
from . import appositions
from .appositions import SPOKEN
from .lexicon import FLAGS, RelationLexicon
from .mentions import CLAUSE_END, Mention

WORDS = "relations/role_holders.txt"
SPANS = "relations.role_holder_spans"  # doc.user_data key: (start, end) of the mentions made here
HOLDERS = "relations.role_holders"  # doc.user_data key: the document's namings, found once when first asked
ADJECTIVES = 2  # at most so many lower-case words between article and noun ("der neue Kanzler")
BEFORE = 3  # words before a name that may hold its office ("der österreichische Bundeskanzler Max Gruber")
APPOSITION = 8  # words of an apposition naming the office ("Max Gruber, der Chef der Gewerkschaft,")
PHRASE_END = CLAUSE_END - {"(", ")"}  # a role phrase may hold a body's short name in brackets ("(GPA)")


@dataclass(frozen=True)
class Naming:
    start: int  # character offset of the name
    person: str  # the canonical name
    office: str  # the role noun, lower case ("bundeskanzler", "vorsitzende")
    context: frozenset[str]  # lower-case words around it ("der", "privatangestellten-gewerkschaft", ...)


@dataclass(frozen=True)
class Words:
    same: dict[str, frozenset[str]]  # a head noun -> the heads of the same office ("chef" -> vorsitzender, ...)
    lesser: tuple[str, ...]  # first parts that make a compound office a lesser or another one ("vize", "ex-")
    former: tuple[str, ...]  # starts of words beside an office that make it a former or deputy one ("früher")
    skip: frozenset[str]  # role words that are no office ("herr", "frau")
    articles: dict[str, str]  # a nominative singular article -> the gender of its noun ("der" -> m, "die" -> f)
    genitive: frozenset[str]  # articles of a genitive after the noun ("der Chef der Gewerkschaft": a naming)


@lru_cache(maxsize=None)
def words(lang: str) -> Words | None:
    """The words of lang/<code>/relations/role_holders.txt; None for a language without the file."""
    if not resources.exists(lang, WORDS):
        return None
    rows = resources.load(lang, WORDS).rows(2)
    same: dict[str, frozenset[str]] = {}
    for row in rows:
        if row[0] == "same":
            group = frozenset(row[1].split("|"))
            for head in group:
                same[head] = same.get(head, frozenset()) | group
    return Words(same, tuple(row[1] for row in rows if row[0] == "lesser"),
                 tuple(row[1] for row in rows if row[0] == "former"),
                 frozenset(row[1] for row in rows if row[0] == "skip"),
                 {row[1]: row[2] for row in rows if row[0] == "article"},
                 frozenset(row[1] for row in rows if row[0] == "genitive"))


def mentions(doc: Doc, words_: list[str], low: list[str], toks: list, found: list[Mention],
             lex: RelationLexicon) -> list[Mention]:
    """Mentions of the people the sentence's role nouns refer back to (see the module docstring)."""
    lexicon = words(doc.lang or "")
    if lexicon is None or lexicon.articles.keys().isdisjoint(low):
        return []
    lang = doc.lang or ""
    if not any(word[:1].isupper() and _office(lang, word) for word in words_[1:]):
        return []  # no role noun in the sentence (most): no article's phrase is tagged
    out: list[Mention] = []
    articles = lexicon.articles
    for k in [k for k, word in enumerate(low) if word in articles]:
        word = low[k]
        j = k + 1
        while j < len(words_) and j - k <= ADJECTIVES and words_[j].islower() and tag_de(words_[j]) == "ADJA":
            j += 1
        if j >= len(words_):
            continue
        if any(low[i].startswith(lexicon.former) for i in range(k + 1, j + 1)):
            continue  # "der frühere Kanzler", "die ehemalige Ministerin": not the holder the text named
        noun = words_[j]
        if not noun[:1].isupper() or not _office(doc.lang or "", noun) or low[j] in lexicon.skip \
                or not _agrees(lexicon.articles[word], low[j]):
            continue
        nxt = words_[j + 1] if j + 1 < len(words_) else ""
        if nxt[:1].isupper() or nxt.lower() in lexicon.genitive:
            continue  # "der Kanzler Max Gruber", "der Chef der Gewerkschaft": a naming, not a reference back
        if any(m.first <= j and k < m.last for m in found) or k >= 2 and words_[k - 1] == "," and any(
                m.last == k - 1 and m.label == "PER" for m in found):
            continue  # an entity already, or the apposition of the name before it ("Max Gruber, der Chef, ...")
        if k and tag_de(words_[k - 1]).startswith("APPR"):
            continue  # "für die Ministerin": no subject, and the relation rules read it as an addressee
        person = holder(doc, toks[k].start, low[j], lexicon)
        if person is not None and _spoken_verb(low, lex):
            start, end = toks[k].start, toks[j].end
            out.append(Mention(person, doc.text[start:end], start, end, k, j + 1, "PER"))
            doc.user_data.setdefault(SPANS, set()).add((start, end))
    return out


def spoken(doc: Doc, relations: list[Relation]) -> list[Relation]:
    """``relations`` without those whose actor is a role noun referring back and that are no speech act or stance
    (appositions.SPOKEN): news refers back by the office mostly to what the person said, demanded or rejected;
    other triggers with such a subject were mostly wrong on 10kGNAD ("Der Notar soll beim Verkauf vermitteln").
    Such a speech act must have a recipient, in its sentence or carried from the same speaker's act before
    (continued.py, run first): one to nobody ("..., verlangte der Gewerkschaftschef") is most often the
    continuation of a demand whose addressee the text named earlier or takes as known, which the gold codes and
    these rules cannot find (dev-10kgnad), so the edge would hold one side only."""
    spans = doc.user_data.get(SPANS)
    if not spans:
        return relations
    return [rel for rel in relations if (rel.actor_start, rel.actor_end) not in spans
            or rel.type in SPOKEN and _verb(rel.predicate) and rel.recipient is not None]


def _verb(predicate: str | None) -> bool:
    """The trigger is a verb the role noun is the subject of ("verlangte"), not a noun ("die Kritik")."""
    said = (predicate or "").split()
    return bool(said) and tag_de(said[0]).startswith("V")


def _spoken_verb(low: list[str], lex: RelationLexicon) -> bool:
    """The sentence has a verb of speech or stance among its triggers (triggers.txt): only then does a role noun
    in it become a mention; a mention that acts in no speech act would still be carried on to later sentences."""
    for k, word in enumerate(low):
        if word.isalpha():
            trig = lex.triggers_at(low, k)
            if trig is not None and trig.event_type(False).rstrip(FLAGS) in SPOKEN and tag_de(word).startswith("V"):
                return True
    return False


def added(doc: Doc, words_: list[str], low: list[str], toks: list, found: list[Mention],
          lex: RelationLexicon) -> list[Mention]:
    """``found`` with the mentions of the sentence's role nouns added, ordered by their first word."""
    return sorted(found + mentions(doc, words_, low, toks, found, lex), key=lambda m: m.first)


@lru_cache(maxsize=1 << 15)
def _office(lang: str, word: str) -> bool:
    """A role noun of attribution/roles.txt ("Gewerkschaftschef"): asked for most nouns after "der" and "die",
    and the look-up tries every tail of a compound, so its answer is kept per word form."""
    return attr_lexicon.load(lang).is_title(word)


def _agrees(gender: str, noun: str) -> bool:
    """Whether a role noun can be of ``gender``: feminine ones end in "-in" ("ministerin"), nouns from adjectives
    ("vorsitzende", "abgeordnete") are either."""
    return noun.endswith(("in", "e")) if gender == "f" else not noun.endswith("in")


def holder(doc: Doc, offset: int, noun: str, lexicon: Words) -> str | None:
    """Of the people the document named before ``offset`` with the office ``noun`` the one it named last (by any
    mention, "sagte Y" too), None when it named none."""
    people = {naming.person for naming in namings(doc) if naming.start < offset and _same_office(noun, naming, lexicon)}
    if not people:
        return None
    # of several holders ("US-Außenminister X" after "der russische Außenminister Y") the one named last
    last = {ent.canonical: ent.start for ent in doc.ents if ent.canonical in people and ent.start < offset}
    return max(people, key=lambda person: last.get(person, -1))


def _same_office(noun: str, naming: Naming, lexicon: Words) -> bool:
    if any(w.startswith(lexicon.former) for w in naming.context if w != naming.office):
        return False  # "die frühere Ministerin", "der stellvertretende Chef"
    office = naming.office
    for form in {office, office.removesuffix("s"), office.removesuffix("en"), office.removesuffix("n")}:
        if form == noun or _linked(form, noun) or _linked(noun, form):
            return True  # "Gewerkschaftsschef" for "der Gewerkschaftschef"
        if form.endswith(noun) and not form[: len(form) - len(noun)].startswith(lexicon.lesser):
            return True  # "Bundeskanzler" for "der Kanzler", not "Vizekanzler"
        for head in lexicon.same.get(form, frozenset({form})) | {form}:
            body = noun.removesuffix(head).rstrip("-")
            if noun.endswith(head) and len(body) >= 4 and any(
                    body in w or body.removesuffix("s") in w for w in naming.context if w != office):
                return True  # "der Gewerkschaftschef" for "Vorsitzender der Gewerkschaft"
    return False


def _linked(longer: str, shorter: str) -> bool:
    """The two compounds differ by a linking "s" only ("gewerkschaftsschef", "gewerkschaftschef")."""
    if len(longer) != len(shorter) + 1:
        return False
    at = next((n for n, (a, b) in enumerate(zip(longer, shorter, strict=False)) if a != b), len(shorter))
    return at >= 4 and longer[at] == "s" and longer[at + 1:] == shorter[at:]


def namings(doc: Doc) -> list[Naming]:
    """Every person the document names with an office, in text order (found once per document)."""
    cached = doc.user_data.get(HOLDERS)
    if cached is not None and cached[0] == (id(doc.ents), len(doc.ents)):
        return cached[1]
    attr = attr_lexicon.load(doc.lang or "")
    found: list[Naming] = []
    for ent in doc.ents:
        if ent.label != "PER" or not ent.canonical or "roles.txt" in (ent.provenance or ""):
            continue  # a role the entity layer resolved by the date ("Kreml-Chef") names no office holder
        located = doc.span_tokens(ent.start, ent.end)
        if located is None:
            continue
        toks, first, last = located
        for span, head in _spans(toks, first, last):
            if head is not None and toks[head].text[:1].isupper() and attr.is_title(toks[head].text):
                context = frozenset(toks[n].text.lower() for n in span)
                found.append(Naming(ent.start, ent.canonical, toks[head].text.lower(), context))
    found.sort(key=lambda naming: naming.start)
    doc.user_data[HOLDERS] = ((id(doc.ents), len(doc.ents)), found)
    return found


def _spans(toks: list, first: int, last: int) -> list[tuple[range, int | None]]:
    """(words, the word that may be the office) around the name at words [first, last]: the word right before it
    ("der Bundeskanzler Max Gruber"), the head of an apposition after it ("Max Gruber, der Chef der Gewerkschaft,")
    and the head of a role phrase before it between commas ("Die Vorsitzende des Vereins, Ida Berger,"). A head
    has at most an article and adjectives before it: in "Max Gruber, der den Minister traf," no office is named."""
    texts = [t.text for t in toks]
    spans: list[tuple[range, int | None]] = []
    lo = first
    while lo > 0 and first - lo < BEFORE and texts[lo - 1] not in CLAUSE_END and texts[lo - 1] != ".":
        lo -= 1
    spans.append((range(lo, first), first - 1 if lo < first else None))
    if last + 1 < len(texts) and texts[last + 1] == ",":
        hi = last + 2
        while hi < len(texts) and hi - last - 2 < APPOSITION and texts[hi] not in CLAUSE_END and texts[hi] != ".":
            hi += 1
        spans.append((range(last + 2, hi), _head(texts, last + 2, hi)))
    if first >= 2 and texts[first - 1] == "," and last + 1 < len(texts) and texts[last + 1] == ",":
        lo = first - 1
        while lo > 0 and first - 1 - lo < APPOSITION and texts[lo - 1] not in PHRASE_END:
            lo -= 1
        spans.append((range(lo, first - 1), _head(texts, lo, first - 1)))
    return spans


def _head(texts: list[str], lo: int, hi: int) -> int | None:
    """The first capitalized word of words [lo, hi) when only an opener of an apposition ("der", "ein",
    "zugleich": appositions.txt) and adjectives ("neue", "langjährigen") stand before it; None otherwise."""
    openers = appositions.openers()
    for n in range(lo, min(hi, lo + 2 + ADJECTIVES)):
        word = texts[n]
        if n == lo and word.lower() in openers:
            continue
        if word[:1].isupper():
            return n
        if tag_de(word) != "ADJA":
            return None
    return None


__all__ = ["Naming", "Words", "added", "holder", "mentions", "namings", "spoken", "words"]
