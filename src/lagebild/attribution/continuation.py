"""Continuations: a sentence without a cue of its own that carries the last speaker on.

A Konjunktiv I sentence, a free quotation or free direct speech (first person, no quotation marks) right after an
attribution is that speaker's; further back, a person or organization named as subject in between is the likelier
speaker. Split from extract.py; the functions read and extend the extractor's state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import text as T
from .sources import canonical, noun_phrase
from .words import FIRST_PERSON_TAGS, Sent

if TYPE_CHECKING:
    from .extract import Extractor

def recent_subject(ex: Extractor, start: int, stop: int, inverted: bool = False) -> tuple[str, tuple[int, int]] | None:
    """The nearest sentence in (stop, start] whose subject names a person or organisation: (source, span).
    With ``inverted``, also a subject right after the verb ("Am Samstag veröffentlichte die Hamas ...")."""
    for j in range(start, stop, -1):
        if ex.doc.sents[j].kind != "text":
            continue
        sent = ex.sent(j)
        # a weak past tense read out of context as an adjective is a verb before an article ("veröffentlichte die")
        f = next((m for m in range(len(sent)) if not sent.cap(m) and (sent.tag(m).endswith("FIN") or (
            inverted and sent.tag(m) == "ADJA" and m + 1 < len(sent) and sent.tag(m + 1) == "ART"))), None)
        if f is None or f == 0 or ex.in_quote(sent, 0):
            continue
        phrase = noun_phrase(sent, 0, limit=f)
        if inverted and (phrase is None or phrase.b != f) and sent.tag(0) in ("APPR", "APPRART", "ADV", "PROAV"):
            phrase = noun_phrase(sent, f + 1)
            if phrase is not None and sent.low[phrase.a] in ex.lex.fw("oblique"):
                phrase = None
        elif phrase is not None and phrase.b != f:
            phrase = None
        if phrase is None or ex._impersonal(sent, phrase):
            continue
        words = range(phrase.a, phrase.head_end)
        if any(sent.tag(m) == "NE" for m in words) or any(
                ex.lex.role_of(sent.words[m]) in ("role", "outlet", "institution") for m in words if sent.cap(m)):
            source = canonical(sent, phrase, ex.doc, ex.attrs)[0]
            return source, (sent.start(phrase.a), sent.end(phrase.b - 1))
    return None

def carry(ex: Extractor, sent: Sent) -> None:
    """A Konjunktiv I sentence or a free quotation right after an attribution carries its speaker forward."""
    ex.nested = None
    if sent.i == 0 or ex.doc.sents[sent.i].kind != "text":
        return
    named = ex.last_source[1] if ex.last_source else None
    if named is not None and (named.content is not None or named.source_start is None):
        named = None  # only a speaker named with a cue verb that found no content of its own
    last_sentence = -1
    if ex.attrs:
        last_n = len(ex.attrs) - 1
        last = ex.attrs[last_n]
        last_sentence = max(last.sentence, ex.doc.sentence_at(max((last.content_end or 1) - 1, 0)))
    if named is not None and named.sentence > last_sentence and sent.i - named.sentence <= ex.gap:
        # a speaker named since ("X erwartet ... . Y sei ..."): carry that one
        ante, source, span = -1, named.source, (named.source_start, named.source_end)
        last_sentence = named.sentence
    elif ex.attrs and sent.i - last_sentence <= ex.gap:
        ante = ex.antecedents.get(last_n, last_n)
        source, span = last.source, ex.speaker_spans.get(last_n)
        if span is None and last.source_start is not None:
            span = (last.source_start, last.source_end)
        if sent.i - last_sentence >= 2:
            # further back, a person or organisation named as subject in between is the likelier speaker
            found = recent_subject(ex, sent.i - 1, last_sentence)
            if found is not None:
                source, span, ante = found[0], found[1], -1
    else:
        return
    n = len(sent)
    content = (sent.start(0), sent.end(n - 1))
    q = ex.quote_at(sent.start(0))
    if q is not None and q not in ex.used_quotes:
        qs = ex.quotes[q]
        if qs.start >= content[0]:
            content = ex.quote_content(qs.start, min(qs.end, content[1]))
            ex.add(sent, "direct", None, None, None, content, "free-quote", source=source, antecedent=ante,
                     span=span)
            ex.used_quotes.add(q)
            return
    if q is not None and ex.quotes[q].start < sent.start(0):
        return  # inside a quotation that began earlier: already part of it
    gap = sent.i - last_sentence
    for m in range(n):
        if ex.mood.is_k1(sent, m) or (gap <= 1 and ex.mood.is_reportive(sent, m)):
            cue = (sent.start(m), sent.end(m))
            ex.add(sent, "indirect", cue, sent.words[m], None, content, "konjunktiv-continuation",
                     source=source, antecedent=ante, span=span)
            return
    if q is None and any(sent.low[m] in ex.lex.fw("first-person") and sent.tag(m) in FIRST_PERSON_TAGS
                         for m in range(n)):
        # free direct speech: the speaker's own words without quotation marks ("Wir arbeiten weiter daran.")
        ex.add(sent, "direct", None, None, None, T.strip_span(ex.doc.text, *content), "free-direct-speech",
                 source=source, antecedent=ante, span=span)
