"""Hypothesis strategies and properties for fuzzing readers and components (tests/test_fuzz.py runs them
bounded in `make test`; benchmarks/fuzz.py runs them longer and counts the examples)."""

from __future__ import annotations

import json

from hypothesis import strategies as st

from lagebild.model import Doc

# What a crawl delivers besides words: control characters, zero-width and bidi marks, emoji (with
# joiners and modifiers), quote marks of every kind, brackets that never close, figures, line breaks.
ODD = ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\r", "\r\n", "\t",
       "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u202d", "\u2066", "\u2067",
       "\u2069", "\u200f", "\u061c", "😀", "👩‍👩‍👧", "👍🏽", "🇩🇪", "\U0001f9d1\u200d\U0001f680", "„", "“", "”", "‚", "‘",
       "’", "»", "«", "›", "‹", '"', "'", "(", ")", "[", "]", "{", "}", "<", ">", "<div>", "</p>", "&amp;",
       "\n", "\n\n", " ", ".", "...", "…", "!", "?", ",", ";", ":", "-", "–", "—", "/", "%", "€", "$",
       "+++", "0", "1", "10.000", "3,5", "2024", "19.", "1.", "½", "²", "٣", "一万"]
WORDS = ["Laut", "Pentagon", "soll", "Kim", "Jong-un", "rund", "10.000", "Soldaten", "geschickt", "haben",
         "sagte", "Putin", "Russland", "Nordkorea", "am", "Montag", "im", "Oktober", "2024", "mehr", "als",
         "Prozent", "Millionen", "Euro", "Kiew", "berichtet", "according", "to", "the", "said", "troops",
         "Selenskyj", "zufolge", "bislang", "etwa", "Tote", "Verletzte", "der", "die", "und", "nicht"]

fragments = st.one_of(st.sampled_from(ODD), st.sampled_from(WORDS).map(lambda w: w + " "),
                      st.text(max_size=12))
texts = st.one_of(
    st.lists(fragments, max_size=60).map("".join),
    st.text(max_size=300),
    st.sampled_from(['"', "„", "“", "«", "(", "["]).flatmap(lambda m: st.integers(1, 3000).map(lambda n: m * n)),
    st.lists(st.integers(-10**9, 10**9), max_size=200).map(lambda xs: " ".join(map(str, xs))),
    st.text(min_size=1, max_size=200).map(lambda t: "\n".join(t)),  # one character per line
    st.integers(1, 400).map(lambda n: "<div>" * n + "Kim schickte 10.000 Soldaten." + "</div>" * n),
)


def span_errors(doc: Doc) -> list[str]:
    """Every span whose offsets do not give its text (empty when all hold)."""
    text, errors = doc.text, []

    def check(kind: str, span_text: str | None, start: int | None, end: int | None) -> None:
        if span_text is None and start is None:
            return
        if start is None or end is None or not 0 <= start <= end <= len(text) or text[start:end] != span_text:
            errors.append(f"{kind} {span_text!r} at {start}:{end} gives {text[start or 0:end or 0]!r}")

    for tok in doc.tokens:
        check("token", tok.text, tok.start, tok.end)
    for sent in doc.sents:
        check("sentence", text[sent.start:sent.end] if 0 <= sent.start <= sent.end <= len(text) else None,
              sent.start, sent.end)
    for span in (*doc.ents, *doc.timexes, *doc.quantities):
        check(type(span).__name__, span.text, span.start, span.end)
    for qty in doc.quantities:
        if qty.number_start is not None:
            check("number", qty.number_text, qty.number_start, qty.number_end)
    for attr in doc.attributions:
        check("source", attr.source_text, attr.source_start, attr.source_end)
        check("cue", attr.cue, attr.cue_start, attr.cue_end)
        check("content", attr.content, attr.content_start, attr.content_end)
    for claim in doc.claims:
        check("claim", text[claim.start:claim.end], claim.start, claim.end)
    return errors


def jsonl_line(value: str) -> str:
    """A JSONL record whose text holds ``value`` (NUL and control characters escaped by json)."""
    return json.dumps({"id": "f", "text": value, "published": "2024-10"})


files = st.one_of(
    st.tuples(st.just(".txt"), st.binary(max_size=400)),
    st.tuples(st.just(".txt"), texts.map(lambda t: t.encode("utf-8", "surrogatepass"))),
    st.tuples(st.just(".jsonl"), st.lists(st.one_of(texts.map(jsonl_line), st.text(max_size=40)), max_size=5)
              .map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))),
    st.tuples(st.just(".csv"), texts.map(lambda t: ("text;id\n" + t).encode("utf-8", "surrogatepass"))),
    st.tuples(st.just(".html"), texts.map(lambda t: f"<html><body><p>{t}</p></body></html>".encode(
        "utf-8", "surrogatepass"))),
    st.tuples(st.just(".html"), st.integers(1, 3000).map(
        lambda n: ("<div>" * n + "<p>Kim schickte 10.000 Soldaten.</p>" + "</div>" * n).encode())),
)
