"""Source and certainty of every figure: the attribution governing its clause, and the hedge that bears on it."""

from __future__ import annotations

from ..model import AUTHOR, Attribution, Doc, Quantity
from . import syntax_en
from . import text as T
from .lexicon import Lexicon
from .words import Sent


def governing(qty: Quantity, attrs: list[Attribution]) -> int | None:
    """Index of the attribution whose content holds the figure (the narrowest one), else None."""
    best, width = None, None
    for n, attr in enumerate(attrs):
        if attr.content_start is None or attr.content_end is None:
            continue
        if attr.content_start <= qty.start < attr.content_end:
            span = attr.content_end - attr.content_start
            if width is None or span < width:
                best, width = n, span
    return best


def _is_relative(sent: Sent, seg: tuple[int, int], segs: list[tuple[int, int]]) -> bool:
    """A relative clause: it opens with a relative pronoun (not an article before a noun), after a comma."""
    a, b = seg
    if a == 0 or sent.words[a - 1] != ",":
        return False
    m = a
    if sent.tag(m) in ("APPR", "APPRART") and m + 1 < b:  # "in dem ...", "von denen ..."
        m += 1
    if sent.low[m] not in sent.lex.fw("rel"):
        return False
    return m + 1 < b and not (sent.cap(m + 1) or sent.tag(m + 1) == "ADJA")


def scope(sent: Sent, k: int) -> list[int]:
    """Words whose hedges bear on the figure at word ``k``: its clause, and the clauses before it that govern
    it across commas; relative clauses are left out, and colons, dashes and semicolons end the scope."""
    segs = T.clauses(sent.toks)
    seg_n = T.segment_of(segs, k)
    if seg_n < 0:
        return list(range(len(sent)))
    words = list(range(*segs[seg_n]))
    if _is_relative(sent, segs[seg_n], segs):
        return words
    n = seg_n
    while n > 0 and sent.words[segs[n][0] - 1] == ",":
        n -= 1
        if not _is_relative(sent, segs[n], segs):
            words = list(range(*segs[n])) + words
    # a perfect infinitive after the figure's clause ("soll 10.000 Soldaten, darunter Offiziere, geschickt haben")
    m = seg_n
    while m + 1 < len(segs) and sent.words[segs[m + 1][0] - 1] == "," and not _is_relative(sent, segs[m + 1], segs) \
            and sent.low[segs[m + 1][0]] not in sent.lex.fw("sub") and sent.low[segs[m + 1][0]] not in sent.lex.fw("complement"):
        m += 1
        words += list(range(*segs[m]))
    return words


def hedge_marker(sent: Sent, k: int) -> str | None:
    """The word(s) that make the figure at word ``k`` uncertain, or None."""
    lex = sent.lex
    words = scope(sent, k)
    inside = set(words)
    for phrase in lex.hedge_phrases:
        size = len(phrase)
        for m in range(len(sent) - size + 1):
            if tuple(sent.low[m:m + size]) == phrase and m in inside:
                return sent.text(m, m + size)
    adverbs = lex.hedges.get("adverb", set())
    k2 = lex.hedges.get("k2", set())
    rumour = lex.hedges.get("verb", set())
    for m in words:
        low = sent.low[m]
        if low in adverbs or low in k2 or low in rumour:
            return sent.words[m]
        if low in lex.hedges.get("hearsay", set()) and _hearsay(sent, m, words):
            return sent.words[m]
    return None


def _hearsay(sent: Sent, m: int, words: list[int]) -> bool:
    """Modal "soll/sollen" as hearsay: with a perfect infinitive or an evidence verb, not as a plan."""
    lex = sent.lex
    if m > 0 and sent.low[m - 1] in lex.hedges.get("plan", set()):
        return False  # "eingesetzt werden sollten" (verb-final plan)
    later = [w for w in words if w > m]
    evidence = lex.hedges.get("evidence", set())
    for w in later:
        low = sent.low[w]
        if low in ("haben", "sein", "have") and w - 1 in later and (sent.tag(w - 1).endswith("PP") or sent.low[w - 1] == "worden"):
            return True
        if low in ("haben", "sein") and w - 1 >= 0 and sent.tag(w - 1).endswith("PP"):
            return True
        if sent.lex.lang == "de" and not sent.cap(w) and sent.tag(w).startswith("VV") and sent.low[w] == sent.lemma(w) \
                and sent.lemma(w) in evidence:
            return True
        if low in ("werden",) and w == later[-1]:
            return False  # "soll ... gebaut werden": a plan in the passive
        if low == "sein" and w == later[-1]:
            return True  # a state reported by hearsay: "sollen bereits in Russland sein"
    return False


def assign(doc: Doc, attrs: list[Attribution], lex: Lexicon, parsed: list | None = None) -> None:
    """Set source, hedge, hedge_cue and attribution of every quantity in ``doc.quantities``; with ``parsed`` (the
    dependency parse of each sentence) a hedge counts only where it governs the figure."""
    cache: dict[int, Sent] = {}
    for qty in doc.quantities:
        i = qty.sentence if 0 <= qty.sentence < len(doc.sents) else doc.sentence_at(qty.start)
        if i < 0:
            continue
        sent = cache.get(i) or cache.setdefault(i, Sent(doc, i, lex))
        k = next((m for m, tok in enumerate(sent.toks) if tok.end > qty.start), 0)
        n = governing(qty, attrs)
        marker = syntax_en.hedge_marker(parsed[i], k, lex) if parsed is not None else hedge_marker(sent, k)
        if n is not None:
            qty.attribution = n
            qty.source = attrs[n].source or AUTHOR
            qty.hedge = "reported"
            qty.hedge_cue = attrs[n].cue
        else:
            qty.attribution = None
            qty.source = AUTHOR
            qty.hedge = "asserted"
            qty.hedge_cue = None
        if marker:
            qty.hedge = "uncertain"
            qty.hedge_cue = marker
