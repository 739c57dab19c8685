"""English headlines in title case ("Putin Lauds North Korean Troops In Kursk") read by the parser as one long
proper noun: "Lauds" becomes a compound of "Troops", so the praise has neither verb nor subject. The parse of
such a headline is given its common words in lower case (names, country adjectives and the first word kept:
the document's entities say which are names), which is how the parser was trained to read a sentence; the
words the relation rules see are unchanged.
"""

from __future__ import annotations

from typing import Any

# A headline is in title case when at least this share of its common words (not names, not its first word)
# starts with a capital, and it has at least MIN_WORDS of them: a German-style or sentence-case headline
# ("Putin lauds North Korean troops") keeps its words.
SHARE = 0.8
MIN_WORDS = 3


def parse_words(doc: Any, i: int, toks: list[Any]) -> list[str] | None:
    """The words of sentence ``i`` to parse when it is a title-case headline, its common words lower-cased;
    None for any other sentence (parse its words as they are)."""
    sent = doc.sents[i]
    if sent.kind != "headline" or not toks:
        return None
    named = {k for k, t in enumerate(toks) for e in doc.ents if e.start <= t.start and t.end <= e.end}
    common = [k for k, t in enumerate(toks) if k > 0 and k not in named and t.text[:1].isalpha()]
    if len(common) < MIN_WORDS or sum(toks[k].text[:1].isupper() for k in common) < SHARE * len(common):
        return None
    words = [t.text for t in toks]
    for k in common:
        if not words[k].isupper():  # an acronym ("NATO", "UN") stays as written
            words[k] = words[k].lower()
    return words
