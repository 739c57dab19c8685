"""According-to cues: "laut X", "X zufolge", "nach Angaben des X", "nach eigenen Angaben", "seiner Meinung nach",
"ein Bericht, wonach ...", "Demnach ..." — a stage of the attribution rules (mode according_to): it reads one
sentence and yields ``stages.Found`` items; it never imports the extractor.
"""

from __future__ import annotations

from collections.abc import Iterator

from . import text as T
from .sources import Phrase, noun_phrase, noun_phrase_ending
from .stages import Found, Reader
from .words import Sent


def according_to(reader: Reader, sent: Sent) -> Iterator[Found]:
    """The according-to cues of one sentence, each with its source phrase and content (a stage: it yields
    ``Found`` items; the reader records each before the next is looked for, so "demnach" sees the last)."""
    lex = reader.lex
    n = len(sent)
    segs = sent.clauses()
    post = lex.according_last.get("post", ())
    k = 0
    while k < n:
        low = sent.low[k]
        if low not in lex.according_first and low not in ("nach", "laut") and low not in post:
            k += 1  # no cue starts here (most words): skip the checks below
            continue
        if reader.in_quote(sent, k):
            k += 1
            continue
        hit = None
        for position, phrase in lex.according_first.get(sent.low[k], ()):
            if tuple(sent.low[k:k + len(phrase)]) == phrase:
                hit = (position, phrase)
                break
        in_relative = k > 1 and sent.words[k - 2] == "," and sent.low[k - 1] in lex.fw("rel")
        if hit is None and sent.low[k] in ("nach", "laut") and k + 1 < n and not in_relative:
            doc_np = noun_phrase(sent, k + 1)
            if doc_np is not None and any(lex.is_document(sent.words[m]) for m in range(doc_np.a, doc_np.head_end)):
                hit = ("pre", (sent.low[k],))
        if hit is None and sent.low[k] in lex.according_last.get("post", ()):
            hit = ("post", (sent.low[k],))
        if hit is None:
            k += 1
            continue
        position, phrase = hit
        cue_a, cue_b = k, k + len(phrase)
        seg = segs[T.segment_of(segs, k)] if T.segment_of(segs, k) >= 0 else (0, n)
        src: Phrase | None = None
        source = None
        if position == "pre":
            m = cue_b
            if m < n and sent.low[m] == "von" and phrase[-1] != "von":
                m += 1
            src = noun_phrase(sent, m)
            last = sent.words[cue_b - 1]
            if cue_b - cue_a >= 2 and lex.is_document(last) and m == cue_b and src is not None \
                    and sent.low[m] not in ("des", "der", "eines", "einer") and not (
                        sent.tag(m) == "NE" and sent.words[m].endswith("s")):
                src = None  # "nach ersten Angaben wurden neun Beamte ...": no genitive, the next phrase is no source
            if src is None and lex.is_document(last) and cue_b - cue_a >= 2:
                src = Phrase(cue_b - 1, cue_b, cue_b)  # "Nach Polizeiangaben": the noun names its source
            if src is None:
                if phrase[-1] in ("angaben",) and cue_b - cue_a == 2 and sent.low[k] == "nach":
                    k += 1
                    continue
                k += 1
                continue
            region = (src.a, src.b)
        elif position == "post":
            src = noun_phrase_ending(sent, k, seg[0])
            if src is None:
                k += 1
                continue
            region = (src.a, cue_b)
        elif position == "self":  # "nach eigenen Angaben": the subject of the clause
            src = clause_subject(reader, sent, seg, cue_a, cue_b)
            if src is None:
                k += 1
                continue
            region = (cue_a, cue_b)
        elif position == "poss":  # "seiner Meinung nach", "Grupps Meinung nach"
            if k == 0 or sent.cap(k - 1) and sent.tag(k - 1) != "NE":
                k += 1
                continue
            src = Phrase(k - 1, k, k)
            if sent.low[k - 1] in lex.fw("possessive"):
                source = reader.resolve_pronoun(sent, lex.fw_table("possessive").get(sent.low[k - 1], "er"))
            region = (k - 1, cue_b)
        elif position == "rel":  # "ein Bericht, wonach ...": the phrase before the comma
            if k < 2 or sent.words[k - 1] != ",":
                k += 1
                continue
            src = noun_phrase_ending(sent, k - 1, max(0, k - 12))
            if src is None:
                k += 1
                continue
            region = (cue_a, cue_b)
        elif position == "judge":  # "Für Wößmann sind die Ergebnisse ein Grund"
            judged = judge(sent, segs, k, cue_b)
            if judged is None:
                k += 1
                continue
            src, region = judged
        else:  # "demnach": the source last named, in this or the previous sentence
            named = reader.last_source
            if named is not None and named[0] == sent.i and (named[1].source_start or 0) >= sent.start(k):
                named = reader.previous_source  # named after the cue ("Demnach gab X an"): not what it refers to
            if named is None or named[0] < sent.i - 2:
                k += 1
                continue
            source = named[1].source
            region = (cue_a, cue_b)
        lo, hi = min(region[0], cue_a), max(region[1], cue_b)
        content = according_content(sent, segs, lo, hi)
        if content is None:
            k = hi
            continue
        cue_text = sent.text(cue_a, cue_b)
        yield Found("according_to", (sent.start(cue_a), sent.end(cue_b - 1)), cue_text, src, content,
                    f"according_to:{' '.join(phrase)}", source=source, dative=(position == "post"))
        k = hi


def judge(sent: Sent, segs, k: int, cue_b: int) -> tuple[Phrase, tuple[int, int]] | None:
    """The person a judgement is "für": "für" opening its clause, then a noun phrase naming a person (an entity,
    or a role before a name), in a clause whose finite verb is a copula — the clause of "für", or the one after an apposition
    ("Für Valdés, den Leiter der Hafenbehörde, ist ..."). Returns the phrase and the words cue and source
    take (the apposition included)."""
    lex = sent.lex
    src = noun_phrase(sent, cue_b)
    if src is None:
        return None
    start, end = sent.start(src.a), sent.end(src.b - 1)
    person = any(ent.label == "PER" and start <= ent.start and ent.end <= end for ent in sent.doc.ents) or any(
        lex.role_of(sent.words[m]) == "role" and sent.tag(m + 1) == "NE" for m in range(src.a, src.b - 1))
    if not person:
        return None
    seg_n = T.segment_of(segs, k)
    if seg_n < 0 or segs[seg_n][0] != k:
        # only "für" opening its clause; in the middle field it is as often whom a thing concerns ("Die Wahl ist
        # für Putin nicht gleichbedeutend mit einem Sieg") as whose view it is
        return None
    clauses = [segs[seg_n]]
    region = (src.a, src.b)
    if src.b < len(sent) and sent.words[src.b] == "," and seg_n + 2 < len(segs):
        clauses.append(segs[seg_n + 2])  # past the apposition between commas
        region = (src.a, segs[seg_n + 1][1] + 1)
    copula = lex.fw("copula")
    if not any(sent.low[m] in copula and sent.tag(m) == "VAFIN" for a, b in clauses for m in range(a, b)):
        return None
    return Phrase(src.a, src.b, src.head_end), region


def clause_subject(reader: Reader, sent: Sent, seg: tuple[int, int], cue_a: int, cue_b: int) -> Phrase | None:
    """The subject of the clause an according-to phrase sits in (for "nach eigenen Angaben")."""
    a, b = seg
    f = next((m for m in range(a, b) if not (cue_a <= m < cue_b) and sent.tag(m)[:2] in ("VV", "VA", "VM")
              and not sent.cap(m)), None)
    if f is None:
        return None
    start = cue_b if cue_a == a else a
    found = reader.subject(sent, start, f, b)
    if found is None and cue_a > a and sent.low[cue_a - 1] in reader.lex.pronouns and sent.tag(cue_a - 1) == "PPER":
        # a relative or verb-final clause: the pronoun right before the cue ("den er nach eigenem Bekunden erhielt")
        return Phrase(cue_a - 1, cue_a, cue_a)
    return found


def according_content(sent: Sent, segs, lo: int, hi: int) -> tuple[int, int] | None:
    """The clause an according-to cue governs: the rest of the sentence when the cue opens it, else its clause."""
    n = len(sent)
    text_end = sent.end(n - 1)
    seg_n = T.segment_of(segs, lo)
    a, b = segs[seg_n] if seg_n >= 0 else (0, n)
    if lo == a:  # "Laut X braucht ...", "Ihm zufolge könnten ...": to the end of the sentence
        if hi >= n:
            # the cue fills its clause ("…, so die Polizei"): the clause before it
            if seg_n > 0:
                return sent.start(0), sent.end(segs[seg_n - 1][1] - 1)
            return None
        if hi >= b:  # "Nach Angaben der Polizei, ..." -> the following clauses
            return sent.start(hi), text_end
        return sent.start(hi), text_end
    start = sent.start(a)
    end = sent.end(b - 1)
    if hi >= b and seg_n > 0 and a == segs[seg_n][0] and lo > a:
        return start, sent.start(lo)
    return start, end
