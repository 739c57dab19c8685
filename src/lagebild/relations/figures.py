"""Which figures of a sentence may count a relation's object, beyond counts and amounts (record.figure):

- a share of the object ("die Hälfte der Granaten", "30 Prozent aller Raketen", "half of the shells"): a percent
  followed by a word of "share" (lang/<code>/relations/figures.txt: "der", "aller", "of") and a noun that flows
  or acts (objects.txt, agents.txt) in the share's phrase (German: up to its clause's finite verb; English: the
  next words) counts the object as a count would;
- a figure right after a word of "besides" ("Neben Tausenden Soldaten lieferte X auch Panzer", "marched
  alongside some 900 Belarusian guards") counts other things than the relation's object: it never counts;
- a figure of a length, speed or area (a "size" unit: "120-Millimeter-Mörser", "120mm mortars") is a calibre, a size
  or a distance of the object, never its count, though the noun after it flows;
- a figure inside the source of an attribution ("Laut zwei Diplomaten hat X Panzer geliefert", "according to three
  officials") counts who reports, never the relation's object.
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..attribution.words import tag_de
from ..model import Doc, Quantity
from .lexicon import RelationLexicon

FILE = "relations/figures.txt"
SHARE_SPAN = 8  # words after a share's "der"/"of" in which its noun may stand ("der von X verschossenen Granaten")
ENGLISH_SPAN = 4  # words after "of" that hold the share's noun ("of the artillery shells")
CLAUSE_MARKS = (",", ";", ":", ".", "!", "?", "–", "(")


@lru_cache(maxsize=None)
def _words(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """kind -> the word sequences of figures.txt of that kind."""
    found: dict[str, list[tuple[str, ...]]] = {}
    if resources.exists(lang, FILE):
        for words, kind in resources.load(lang, FILE).rows(2):
            found.setdefault(kind.strip(), []).append(tuple(words.lower().split()))
    return {kind: tuple(seqs) for kind, seqs in found.items()}


def share_of_object(doc: Doc, qty: Quantity, lex: RelationLexicon) -> bool:
    """Whether the percent ``qty`` is a share of a noun that flows or acts, named after it in its clause."""
    if qty.kind != "percent":
        return False
    shares = {seq[0] for seq in _words(lex.lang).get("share", ()) if len(seq) == 1}
    after = []
    # the figure's span may hold the noun ("Die Hälfte der Granaten"): the words after its number
    skip = len((qty.number_text or "").split())
    for raw in doc.text[qty.start:qty.end + 200].split()[skip:skip + SHARE_SPAN + 1]:
        word = raw.lower().strip("\"'„“”«»")
        after.append(word.rstrip(".,;:!?"))
        if word.endswith(CLAUSE_MARKS) or word in CLAUSE_MARKS:
            break
    if not after or after[0] not in shares:
        return False
    phrase = after[1:] if lex.lang == "de" else after[1:1 + ENGLISH_SPAN]
    for word in phrase:
        if lex.lang == "de" and tag_de(word[:1].upper() + word[1:]).endswith("FIN") and tag_de(word).endswith("FIN"):
            return False  # the share's phrase ends at the finite verb ("der Einwohner lehnt die Lieferung ab")
        if lex.is_object(word) or lex.is_agent(word):
            return True
    return False


def besides(doc: Doc, qty: Quantity, lang: str) -> bool:
    """Whether a word of "besides" stands right before the figure ``qty`` ("Neben Tausenden ...")."""
    before = doc.text[max(0, qty.start - 60):qty.start].lower().split()
    return any(len(seq) <= len(before) and tuple(before[-len(seq):]) == seq
               for seq in _words(lang).get("besides", ()))


def size(qty: Quantity, lang: str) -> bool:
    """Whether ``qty``'s unit is one of figures.txt's "size" units: a calibre, size or distance, no count."""
    return bool(qty.unit) and (qty.unit.lower(),) in _words(lang).get("size", ())


def in_source(doc: Doc, qty: Quantity) -> bool:
    """Whether ``qty`` stands inside the source phrase of an attribution ("laut zwei Diplomaten")."""
    return any(a.source_start is not None and a.source_end is not None and a.source_start <= qty.start < a.source_end
               for a in doc.attributions)
