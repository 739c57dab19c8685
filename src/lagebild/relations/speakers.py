"""Organizations the document quotes are actors again (general news).

mentions.py leaves out every organization the document cites as a source anywhere (the seed articles' agencies
and bodies that only report events). In general news the bodies that speak also act: "Die EU forderte die Türkei
auf, ...", "Die EU-Kommission kritisierte Ungarn", and an article quoting the Hamas once still reports what the
Hamas does ("Zuletzt hatte die Hamas ... ausgebildet"). Such an organization of the gazetteer is admitted to the
mentions of each trigger, marked as a source where it is one in the sentence, so that it acts only outside what it
reports and in its own speech acts (extract._relations, mentions.speaks), as any other mention. News outlets
(outlets.txt: "die Zeitung „Rodong Sinmun“", Reuters, dpa) stay out: they report and never act.
"""

from __future__ import annotations

from bisect import bisect_left

from ..entities.gazetteer import Gazetteer
from ..model import Doc
from ..spans import ents_starting
from .index import doc_index, sources_in
from .lexicon import RelationLexicon
from .mentions import Mention, is_outlet


def admit(found: list[Mention], doc: Doc, i: int, words: list[str], starts: list[int], k: int, gaz: Gazetteer,
          lex: RelationLexicon) -> list[Mention]:
    """``found`` with the quoted organizations of sentence ``i`` (``speaking``), in word order."""
    extra = speaking(doc, i, words, starts, k, found, gaz, lex)
    return sorted(found + extra, key=lambda m: m.first) if extra else found


def speaking(doc: Doc, i: int, words: list[str], starts: list[int], k: int, found: list[Mention],
             gaz: Gazetteer, lex: RelationLexicon) -> list[Mention]:
    """The gazetteer organizations of sentence ``i`` that mentions() left out of ``found`` as reporters (sources
    of an attribution somewhere in the document), outlets excepted. ``k`` (the trigger) is kept for the callers'
    symmetry with frames.admitted; the answer does not depend on it."""
    reporters = doc_index(doc).reporters
    if not reporters:
        return []
    sources = sources_in(doc, i)
    sent = doc.sents[i]
    taken = {j for m in found for j in range(m.first, m.last)}
    out = []
    for ent in ents_starting(doc, sent.start, sent.end):
        if ent.label != "ORG" or ent.provenance.startswith("model"):
            continue  # the model's organizations enter through frames.admitted
        if ent.canonical not in reporters and ent.text not in reporters:
            continue  # not left out: mentions() has it already, or dropped it for another reason
        first, last = bisect_left(starts, ent.start), bisect_left(starts, ent.end)
        if last < len(words) and words[last] == ":" and first <= 3:
            continue  # "Moskau: Nordkorea schickt ...": the source of a headline (as mentions.mentions)
        canonical = ent.canonical or ent.text
        if first >= last or taken & set(range(first, last)) or is_outlet(canonical, words, first, lex.lang):
            continue
        entry = gaz.by_canonical.get(canonical)
        if entry is not None and entry.kind == "metonym" and entry.government:
            canonical = entry.government
        source = any(a < ent.end and ent.start < b for a, b in sources)
        out.append(Mention(canonical, ent.text, ent.start, ent.end, first, last, "ORG", source))
    return out


__all__ = ["admit", "speaking"]
