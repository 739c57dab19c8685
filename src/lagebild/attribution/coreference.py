"""Which person a German source pronoun ("er", "sie") stands for, from the people the document names.

The extractor asks this before it falls back to the last speaker: a pronoun subject more often refers to the
person named earlier in its own sentence ("Huber verlangte eine Prämie, die er nach eigenem Bekunden auch bekam")
or to the person the article is about than to a document or body cited last ("nach STANDARD-Infos").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..model import Attribution, Doc
from ..spans import ents_starting
from .lexicon import Lexicon
from .stages import Reader
from .words import Sent

PERSONAL = frozenset({"er", "sie"})  # pronouns that stand for a person (or a body: "sie" — the caller decides)


def person_before(doc: Doc, sentence: int, offset: int) -> str | None:
    """The canonical name of the first person named in ``sentence`` before character ``offset``, not as a
    genitive ("Für Lena Hofer ist ... die Politik Orbáns ..., wie sie schreibt" -> Lena Hofer): the topic
    of a sentence comes first, and a genitive is an attribute, not the one acting."""
    bounds = doc.sents[sentence]
    found = [ent for ent in ents_starting(doc, bounds.start, bounds.end) if ent.label == "PER" and ent.canonical
             and ent.end <= offset and not _genitive(ent.text, ent.canonical)]
    return min(found, key=lambda ent: ent.start).canonical if found else None


def _genitive(text: str, canonical: str) -> bool:
    return text.endswith("s") and not canonical.endswith("s") and not canonical.endswith(text)


def protagonist(doc: Doc, offset: int) -> str | None:
    """The person whose surname the text before ``offset`` names most often (at least twice; a full name; on a
    tie the one named first): the one a news article is about and its pronouns most often mean. Surnames are
    counted in the text, as the entity layer misses many bare and genitive mentions ("Großbauers")."""
    people = _surname_mentions(doc)
    named = [(name, first, bisect_right(ends, offset)) for name, (first, ends) in people.items() if first < offset]
    if not named:
        return None
    name, _, count = max(named, key=lambda row: (row[2], -row[1]))
    return name if count >= 2 else None


_SURNAMES = "attribution.surname_mentions"


def _surname_mentions(doc: Doc) -> dict[str, tuple[int, list[int]]]:
    """Full name -> (start of its first mention, ends of every mention of its surname in the text), found once
    per document (and again when its entities change): every pronoun source may ask ``protagonist``."""
    cached = doc.user_data.get(_SURNAMES)
    if cached is not None and cached[0] == (id(doc.ents), len(doc.ents)):
        return cached[1]
    first: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label == "PER" and ent.canonical and " " in ent.canonical:
            first[ent.canonical] = min(ent.start, first.get(ent.canonical, ent.start))
    found = {name: (start, [m.end() for m in re.finditer(r"\b" + re.escape(name.split()[-1]) + r"\w{0,2}\b",
                                                         doc.text)])
             for name, start in first.items()}
    doc.user_data[_SURNAMES] = ((id(doc.ents), len(doc.ents)), found)
    return found


def is_person(doc: Doc, source: str | None) -> bool:
    return bool(source) and any(ent.label == "PER" and ent.canonical == source for ent in doc.ents)


def resolve_pronoun(reader: Reader, sent: Sent, pronoun: str, offset: int | None = None) -> str | None:
    """The last fitting named speaker: for "er"/"sie" at ``offset`` a person named before it in the sentence,
    else an attribution in this or the previous sentence, else the first person named in this or the previous
    sentence, else the person the article is about, else the last attribution. A pronoun that stands for a person
    only ("he", "er": lexicon ``person_pronouns``) skips the speakers that are a country, a body or an outlet
    ("He said the US assesses ... He added": the man who spoke, not the US he cited)."""
    doc, lex = reader.doc, reader.lex
    person_only = pronoun in lex.person_pronouns
    personal = (person_only or lex.lang == "de" and pronoun in PERSONAL) and offset is not None
    last = reader.last_source
    recent = last[1].source if last is not None and last[0] >= sent.i - 1 else None
    if person_only and last is not None and recent and not_a_person(doc, lex, last[1]):
        # the last person among the speakers of this and the previous sentence
        recent = next((attr.source for attr in reversed(reader.attrs) if attr.sentence >= sent.i - 1
                       and attr.source and not not_a_person(doc, lex, attr)), None)
    if personal and not is_person(doc, recent):
        person = person_before(doc, sent.i, offset)
        if person:
            return person
    if recent:
        return recent
    if lex.pronouns.get(pronoun) == "sg":
        for j in (sent.i, sent.i - 1):
            if j < 0:
                continue
            name = first_name(Sent(doc, j, lex) if j != sent.i else sent)
            if name and not (person_only and _names_no_person(doc, name)):
                return name
    if personal:
        person = protagonist(doc, offset)
        if person:
            return person
    earlier = [attr for attr in reader.attrs if not (person_only and not_a_person(doc, lex, attr))]
    return earlier[-1].source if earlier else pronoun.capitalize()


def not_a_person(doc: Doc, lex: Lexicon, attr: Attribution) -> bool:
    """The source of ``attr`` is a place, an organisation or an outlet: an entity of such a label by that name
    (and none of a person), or an outlet or institution noun in the source's words ("the newspaper")."""
    source = attr.source
    if not source or is_person(doc, source):
        return False
    if _names_no_person(doc, source):
        return True
    words = (attr.source_text or source).split()
    return any(lex.role_of(word) in ("outlet", "institution") for word in words)


def _names_no_person(doc: Doc, name: str) -> bool:
    """An entity of another label than a person goes by ``name`` ("North Korea", "Wall Street Journal")."""
    return any(ent.label != "PER" and name in (ent.canonical, ent.text) for ent in doc.ents)


def first_name(sent: Sent) -> str | None:
    """The first person named in a sentence (an entity, else two or more names in a row)."""
    doc = sent.doc
    bounds = doc.sents[sent.i]
    for ent in ents_starting(doc, bounds.start, bounds.end):  # the entities of that sentence
        if ent.label == "PER":
            return ent.canonical or ent.text
    m = 0
    while m < len(sent):
        if sent.cap(m) and m > 0 and sent.tag(m) == "NE" and m + 1 < len(sent) and sent.tag(m + 1) == "NE" \
                and sent.cap(m + 1):
            e = m
            while e < len(sent) and sent.cap(e) and sent.tag(e) == "NE":
                e += 1
            return sent.text(m, e)
        m += 1
    return None
