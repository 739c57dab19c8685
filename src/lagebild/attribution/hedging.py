"""Source and certainty of every figure: the attribution governing its clause, and the hedge that bears on it."""

from __future__ import annotations

from bisect import bisect_right

from ..engine import check_deadline
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


def governing_all(positions: list[int], attrs: list[Attribution]) -> list[int | None]:
    """``governing`` for many offsets at once, in one sweep over offsets and contents sorted by start: the
    work is (offsets + attributions) x the contents open at an offset, not offsets x attributions."""
    spans = sorted((a.content_start, a.content_end, n) for n, a in enumerate(attrs)
                   if a.content_start is not None and a.content_end is not None)
    found: list[int | None] = [None] * len(positions)
    open_: list[tuple[int, int, int]] = []
    j = 0
    for q in sorted(range(len(positions)), key=positions.__getitem__):
        pos = positions[q]
        while j < len(spans) and spans[j][0] <= pos:
            open_.append(spans[j])
            j += 1
        open_ = [span for span in open_ if span[1] > pos]  # offsets only grow: a closed content stays closed
        if open_:  # the narrowest, the first attribution among equally wide ones (as ``governing``)
            found[q] = min(open_, key=lambda span: (span[1] - span[0], span[2]))[2]
    return found


def _is_relative(sent: Sent, seg: tuple[int, int], segs: list[tuple[int, int]]) -> bool:
    """A relative clause: it opens with a relative pronoun (not an article before a noun), after a comma."""
    memo = sent.__dict__.setdefault("_relative", {})  # each clause is judged once per sentence
    if seg not in memo:
        memo[seg] = _judge_relative(sent, seg)
    return memo[seg]


def _judge_relative(sent: Sent, seg: tuple[int, int]) -> bool:
    a, b = seg
    if a == 0 or sent.words[a - 1] != ",":
        return False
    m = a
    if sent.tag(m) in ("APPR", "APPRART") and m + 1 < b:  # "in dem ...", "von denen ..."
        m += 1
    if sent.low[m] not in sent.lex.fw("rel"):
        return False
    return m + 1 < b and not (sent.cap(m + 1) or sent.tag(m + 1) == "ADJA")


def scope_segments(sent: Sent, seg_n: int, segs: list[tuple[int, int]]) -> list[int]:
    """The clauses (indices into ``segs``) whose hedges bear on a figure in clause ``seg_n``: its clause, the
    clauses before it that govern it across commas, and a perfect infinitive after it; relative clauses are left
    out, and colons, dashes and semicolons end the scope."""
    if _is_relative(sent, segs[seg_n], segs):
        return [seg_n]
    before = []
    n = seg_n
    while n > 0 and sent.words[segs[n][0] - 1] == ",":
        n -= 1
        if not _is_relative(sent, segs[n], segs):
            before.append(n)
    chosen = before[::-1] + [seg_n]
    # a perfect infinitive after the figure's clause ("soll 10.000 Soldaten, darunter Offiziere, geschickt haben")
    m = seg_n
    while m + 1 < len(segs) and sent.words[segs[m + 1][0] - 1] == "," and not _is_relative(sent, segs[m + 1], segs) \
            and sent.low[segs[m + 1][0]] not in sent.lex.fw("sub") and sent.low[segs[m + 1][0]] not in sent.lex.fw("complement"):
        m += 1
        chosen.append(m)
    return chosen


def scope(sent: Sent, k: int, segs: list[tuple[int, int]] | None = None) -> list[int]:
    """Words whose hedges bear on the figure at word ``k`` (the words of its ``scope_segments``)."""
    segs = T.clauses(sent.toks) if segs is None else segs
    seg_n = T.segment_of(segs, k)
    if seg_n < 0:
        return list(range(len(sent)))
    return [w for n in scope_segments(sent, seg_n, segs) for w in range(*segs[n])]


def hedge_words(sent: Sent) -> list[tuple[int, int, str]]:
    """Every hedge word or phrase of a sentence, found in one pass: (first word, size, kind).

    Phrases are looked up by their first word, so the work is linear in the sentence, however long the lexicon."""
    lex = sent.lex
    by_first = _phrases_by_first(lex)
    # a word of two kinds counts as the stronger one, as the rules read it: adverb, k2, verb, then hearsay
    kinds = {word: kind for kind in ("hearsay", "verb", "k2", "adverb") for word in lex.hedges.get(kind, ())}
    hits = []
    for m, low in enumerate(sent.low):
        for phrase in by_first.get(low, ()):
            if tuple(sent.low[m:m + len(phrase)]) == phrase:
                hits.append((m, len(phrase), "phrase"))
                break
        if low in kinds:
            hits.append((m, 1, kinds[low]))
    return hits


_BY_FIRST: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def _phrases_by_first(lex: Lexicon) -> dict[str, list[tuple[str, ...]]]:
    table = _BY_FIRST.get(id(lex))
    if table is None:
        table = {}
        for phrase in lex.hedge_phrases:  # longest first, as the lexicon sorts them
            table.setdefault(phrase[0], []).append(phrase)
        _BY_FIRST[id(lex)] = table
    return table


def hedge_marker(sent: Sent, k: int, hits: list[tuple[int, int, str]] | None = None,
                 segs: list[tuple[int, int]] | None = None, chosen: list[int] | None = None) -> str | None:
    """The word(s) that make the figure at word ``k`` uncertain, or None; ``hits``, ``segs`` and ``chosen`` (the
    sentence's hedge words and clauses, the figure's scope_segments) may be passed in when figures share them."""
    hits = hedge_words(sent) if hits is None else hits
    if not hits:
        return None
    segs = T.clauses(sent.toks) if segs is None else segs
    seg_n = T.segment_of(segs, k)
    if seg_n < 0:
        ranges = [(0, len(sent))]
    else:
        ranges = [segs[n] for n in (scope_segments(sent, seg_n, segs) if chosen is None else chosen)]

    def inside(m: int) -> bool:
        return any(a <= m < b for a, b in ranges)

    for m, size, kind in hits:  # phrases first, as before: "nach Angaben" over a single word in it
        if kind == "phrase" and inside(m):
            return sent.text(m, m + size)
    for m, _size, kind in hits:
        if kind == "phrase" or not inside(m):
            continue
        if kind != "hearsay" or _hearsay(sent, m, [w for a, b in ranges for w in range(max(a, m + 1), b)]):
            return sent.words[m]
    return None


def _hearsay(sent: Sent, m: int, words: list[int]) -> bool:
    """Modal "soll/sollen" as hearsay: with a perfect infinitive or an evidence verb, not as a plan."""
    lex = sent.lex
    if m > 0 and sent.low[m - 1] in lex.hedges.get("plan", set()):
        return False  # "eingesetzt werden sollten" (verb-final plan)
    later = [w for w in words if w > m]
    after = set(later)
    evidence = lex.hedges.get("evidence", set())
    for w in later:
        low = sent.low[w]
        if low in ("haben", "sein", "have") and w - 1 in after and (sent.tag(w - 1).endswith("PP") or sent.low[w - 1] == "worden"):
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
    cache: dict[int, tuple[Sent, list, list, dict, list]] = {}  # each sentence is read once, whatever its figures
    governors = governing_all([qty.start for qty in doc.quantities], attrs)
    for qty, n in zip(doc.quantities, governors, strict=True):
        check_deadline()
        i = qty.sentence if 0 <= qty.sentence < len(doc.sents) else doc.sentence_at(qty.start)
        if i < 0:
            continue
        if i not in cache:
            sent = Sent(doc, i, lex)
            cache[i] = (sent, hedge_words(sent) if parsed is None else [], sent.clauses(), {},
                        [tok.end for tok in sent.toks])
        sent, hits, segs, scopes, ends = cache[i]
        k = bisect_right(ends, qty.start)  # the first word that ends after the figure starts
        k = k if k < len(ends) else 0
        if parsed is not None:
            marker = syntax_en.hedge_marker(parsed[i], k, lex)
        else:
            seg_n = T.segment_of(segs, k)
            if seg_n >= 0 and seg_n not in scopes:  # figures of one clause share its scope
                scopes[seg_n] = scope_segments(sent, seg_n, segs)
            marker = hedge_marker(sent, k, hits, segs, scopes.get(seg_n)) if hits else None
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
