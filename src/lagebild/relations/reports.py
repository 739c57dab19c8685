"""A relation told by "a media report" is told by the outlet the article names next as reporting.

News leads often cite a report without naming it ("Einem Medienbericht zufolge hat X ...", "according to a media
report") and name the outlet a sentence or two later ("Wie die „Times“ schreibt, ..."). The report is that
outlet's: gold/SCHEMA.md's source is the most specific named source. The singular report nouns are
lang/<code>/relations/reports.txt's (German only: English has no outlets.txt to tell an outlet by); plural ones
("übereinstimmenden Medienberichten zufolge") stay, as several outlets report.

The outlet is the source of the first attribution in the next ``WINDOW`` sentences that names an outlet: a name of
outlets.txt, a name after a media noun ("die Zeitung X", "der Sender NHK") or a name in quotation marks (a title:
"die britische „Times“", "das Portal „X“"). None found: the report keeps its name.
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..model import Attribution, Doc
from .mentions import QUOTES, is_outlet

FILE = "relations/reports.txt"
WINDOW = 3  # sentences after the report's within which the article names its outlet


@lru_cache(maxsize=None)
def report_nouns(lang: str) -> frozenset[str]:
    """The lower-case singular nouns of an unnamed media report of ``lang`` (reports.txt)."""
    if not resources.exists(lang, FILE):
        return frozenset()
    return frozenset(row[0].strip().lower() for row in resources.load(lang, FILE).rows(1))


def outlet_of_report(doc: Doc, source: str, sentence: int) -> str | None:
    """The outlet a relation's ``source`` that is an unnamed media report in ``sentence`` stands for, else None."""
    if source.lower() not in report_nouns(doc.lang):
        return None
    for a in sorted(doc.attributions, key=lambda a: a.sentence):
        if sentence < a.sentence <= sentence + WINDOW and a.source and a.source.lower() not in report_nouns(doc.lang) \
                and _names_outlet(doc, a):
            return a.source
    return None


def _names_outlet(doc: Doc, a: Attribution) -> bool:
    """Whether the source of ``a`` is an outlet: one of outlets.txt, a name after a media noun, or quoted."""
    if a.source_start is None or a.source_end is None or not 0 <= a.sentence < len(doc.sents):
        return False
    if any(q in doc.text[a.source_start:a.source_end + 1] for q in QUOTES - {"'", "‘"}):
        return True  # a title in quotation marks: "die britische „Times“" (an apostrophe is no quotation mark)
    toks = doc.sent_tokens(a.sentence)
    words = [t.text for t in toks]
    first = next((m for m, t in enumerate(toks) if t.start >= a.source_start), None)
    if first is None:
        return False
    # the name's first word after the article and adjectives: a media noun before it makes it an outlet
    name = next((m for m in range(first, len(toks)) if toks[m].start < a.source_end and words[m][:1].isupper()
                 and words[m].lower() not in ("der", "die", "das", "the")), first)
    return is_outlet(a.source, words, name, doc.lang)
