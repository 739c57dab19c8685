"""Statements after a colon without quotation marks: "Aber auch die Ministerin bleibt vage: Natürlich prüfen
wir jede Option." — a stage of the German attribution rules (mode direct).

Many outlets (and corpora that strip quotation marks) print a quotation after a colon without marks. The clause
before the colon must have a subject naming a person (an entity or a name), and the statement after it must be
the speaker's own words: a verb and a first-person pronoun ("wir", "ich", "uns"). Without the first person
a colon is as often the author's own ("Kim traf Putin: Die beiden unterzeichneten einen Pakt."), so no guess.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..spans import ents_between
from . import text as T
from .sources import noun_phrase
from .stages import Found, Reader
from .words import FIRST_PERSON_TAGS, Sent


def colon_statements(reader: Reader, sent: Sent) -> Iterator[Found]:
    """A person's statement after the colon of a clause that names them as its subject."""
    lex = reader.lex
    n = len(sent)
    if lex.lang != "de" or ":" not in sent.words:
        return  # most sentences: no colon, nothing to read
    if any(attr.sentence == sent.i for attr in reader.attrs):
        return  # a cue of the sentence decided already ("…: Wir unterzeichneten, sagte er")
    segs = sent.clauses()
    for m in range(1, n - 2):
        if sent.words[m] != ":" or sent.words[m + 1] in T.QUOTE_CHARS or reader.in_quote(sent, m):
            continue
        after = range(m + 1, n)
        if not any(sent.low[j] in lex.fw("first-person") and sent.tag(j) in FIRST_PERSON_TAGS for j in after):
            continue
        if not any(sent.tag(j)[:1] == "V" for j in sent.cheap_first(m + 1, n)):  # a clause (the tagger reads "prüfen wir" as VVINF)
            continue
        seg_n = T.segment_of(segs, m - 1)
        if seg_n < 0:
            continue
        a, b = segs[seg_n]
        f = next((j for j in range(a, b) if sent.tag(j)[:2] in ("VV", "VA", "VM") and sent.tag(j).endswith("FIN")
                  and not sent.cap(j)), None)
        if f is None:
            continue
        phrase = reader.subject(sent, a, f, b)
        if phrase is None:  # past particles before the subject: "Aber auch Meier-Tanos bleibt"
            lead = next((j for j in range(a, f) if sent.cap(j) and j > a), None)
            phrase = noun_phrase(sent, lead, limit=f) if lead is not None else None
            if phrase is not None and (phrase.b != f or any(sent.cap(j) for j in range(a, lead) if j > 0)):
                phrase = None
        if phrase is None or not _names_person(sent, phrase.a, phrase.b):
            continue
        content = (sent.start(m + 1), sent.end(n - 1))
        yield Found("direct", (sent.start(f), sent.end(f)), sent.words[f], phrase, content,
                    f"colon-statement:{sent.lemma(f)}")
        return


def _names_person(sent: Sent, a: int, b: int) -> bool:
    start, end = sent.start(a), sent.end(b - 1)
    if any(ent.label == "PER" for ent in ents_between(sent.doc, start, end)):
        return True
    return any(sent.tag(m) == "NE" for m in range(a, b)) and not sent.doc.ents  # no entity layer: a name
