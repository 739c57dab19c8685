"""Relays: a source that passes on what another one said ("Handelsdaten, die der Washington Post vorliegen";
"eine Studie der RAND, in der angenommen werde, „…“"; "die NYT, die sich auf den Geheimdienst beruft").

The source of the attribution is the most specific named originator (SCHEMA.md); the chain keeps the others.
"""

from __future__ import annotations

from .sources import Phrase, noun_phrase, noun_phrase_ending
from .words import Sent


def holder(sent: Sent, phrase: Phrase) -> Phrase | None:
    """The outlet that holds a document: "Handelsdaten, die der Washington Post vorliegen" -> Washington Post."""
    lex = sent.lex
    n = len(sent)
    for m in range(phrase.head_end, min(phrase.b + 1, n)):  # the relative clause may be part of the phrase
        if m + 3 >= n or sent.words[m] != "," or sent.low[m + 1] not in lex.fw("rel"):
            continue
        outlet = noun_phrase(sent, m + 2)
        if outlet is not None and outlet.b < n and sent.low[outlet.b] in lex.fw("relay"):
            return outlet
    return None


def document_origin(sent: Sent, quote_tok: int) -> Phrase | None:
    """The originator of a quotation introduced by "<document> des X, in dem ... werde, „…“"."""
    lex = sent.lex
    if quote_tok < 4:
        return None
    # the clause right before the quotation opens with "in dem" / "in der" / "in denen" / "worin"
    m = quote_tok - 1
    while m > 0 and sent.words[m] in (",", ":"):
        m -= 1
    start = m
    while start > 0 and sent.words[start - 1] != ",":
        start -= 1
    if start <= 0 or start + 1 >= len(sent):
        return None
    opener = sent.low[start:start + 2]
    if not (opener[0] == "in" and opener[1] in lex.fw("rel")) and opener[0] != "worin":
        return None
    comma = start - 1
    doc_np = noun_phrase_ending(sent, comma, max(0, comma - 14))
    if doc_np is None or not any(lex.is_document(sent.words[j]) for j in range(doc_np.a, doc_np.head_end)):
        return None
    return doc_np


def cited(sent: Sent, phrase: Phrase) -> Phrase | None:
    """The source a source relies on: "die NYT, die sich auf den Geheimdienst beruft" -> Geheimdienst."""
    lex = sent.lex
    m = phrase.b
    n = len(sent)
    if m + 5 >= n or sent.words[m] != "," or sent.low[m + 1] not in lex.fw("rel") or sent.low[m + 2] != "sich":
        return None
    if sent.low[m + 3] not in ("auf",):
        return None
    upstream = noun_phrase(sent, m + 4)
    if upstream is None or upstream.b >= n or sent.low[upstream.b] not in lex.fw("cites"):
        return None
    return upstream
