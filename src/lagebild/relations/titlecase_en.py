"""English headlines as the parser reads them best; the words the relation rules see are unchanged.

- Title case ("Macron Praises Belgian Troops In Mali") is read by the parser as one long proper noun: "Lauds"
  becomes a compound of "Troops", so the praise has neither verb nor subject. The parse of such a headline is
  given its common words in lower case (names, country adjectives and the first word kept: the document's
  entities say which are names), which is how the parser was trained to read a sentence.
- A comma between the names that open a headline stands for "and" ("Iran, Belarus sign defence pact", "Putin,
  Kim hail ties"), a headline's way to save a word; the parser reads the first name as an apposition or an
  adverb and the pair loses a side. The parse is given "and" there: only between countries (countries.txt) or
  persons that open the headline, the last one followed by a word ("Moscow, Russia" of a city and its state,
  or "Kim, the leader, said" do not qualify).
"""

from __future__ import annotations

from typing import Any

# A headline is in title case when at least this share of its common words (not names, not its first word)
# starts with a capital, and it has at least MIN_WORDS of them: a German-style or sentence-case headline
# ("Putin lauds North Korean troops") keeps its words.
SHARE = 0.8
MIN_WORDS = 3


PAIRED = ("countries.txt", "PER")  # the entities a headline's comma joins: countries (by provenance) and persons
JOINED = "and"


def parse_words(doc: Any, i: int, toks: list[Any]) -> list[str] | None:
    """The words of sentence ``i`` to parse when it is a headline the parser misreads (see the module): its common
    words lower-cased in title case, "and" for a comma joining its opening names; None for any other sentence
    (parse its words as they are)."""
    sent = doc.sents[i]
    if sent.kind != "headline" or not toks:
        return None
    recased = _recased(doc, toks)
    joined = _joined_names(doc, toks, recased or [t.text for t in toks])
    return joined or recased


def _joined_names(doc: Any, toks: list[Any], words: list[str]) -> list[str] | None:
    """``words`` with "and" for each comma between the names that open the headline (see the module); None when
    it opens with no such names."""
    spans = []  # word spans of the opening names, in order
    k = 0
    while k < len(toks):
        ent = next((e for e in doc.ents if e.start == toks[k].start and (e.label == "PER" or PAIRED[0] in e.provenance)),
                   None)
        if ent is None:
            break
        end = next((j for j in range(k, len(toks)) if toks[j].end >= ent.end), len(toks) - 1) + 1
        spans.append((k, end))
        if end + 1 >= len(toks) or toks[end].text != ",":
            break
        k = end + 1
    if len(spans) < 2 or spans[-1][1] >= len(toks) or not toks[spans[-1][1]].text[:1].isalpha():
        return None
    out = list(words)
    for _, end in spans[:-1]:
        out[end] = JOINED
    return out


def _recased(doc: Any, toks: list[Any]) -> list[str] | None:
    """The headline's words with its common words lower-cased when it is in title case; None otherwise."""
    named = {k for k, t in enumerate(toks) for e in doc.ents if e.start <= t.start and t.end <= e.end}
    common = [k for k, t in enumerate(toks) if k > 0 and k not in named and t.text[:1].isalpha()]
    if len(common) < MIN_WORDS or sum(toks[k].text[:1].isupper() for k in common) < SHARE * len(common):
        return None
    words = [t.text for t in toks]
    for k in common:
        if not words[k].isupper():  # an acronym ("NATO", "UN") stays as written
            words[k] = words[k].lower()
    return words
