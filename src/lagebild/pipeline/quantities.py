"""Quantities: every figure a sentence states, with its bounds, qualifier and what it counts.

A figure is read in three steps over the tokens of a sentence, each driven by the
files in ``lang/<code>/quantities/``:

1. the number itself (``quantities/numbers.py``): digits ("10.000", "1,32 Millionen",
   "170-Millimeter"), number words ("zwei", "fünfundzwanzigtausend"), vague plurals
   ("Zehntausende"), fractions ("die Hälfte"), ranges ("zwischen 200 und 300");
2. what stands before it: a qualifier ("bis zu", "knapp") that sets the bounds, a
   unit written first ("$"), adverbs kept in the span ("bislang");
3. what follows it: a unit ("Prozent", "Monaten") or the counted noun with its
   adjectives ("militärische Bauarbeiter"), whose lemma becomes the unit.

Numbers that are not figures are dropped: parts of dates and clock times, years,
identifiers ("Platz 36"), ordinals ("80."), and time spans that anchor another
event ("fünf Monate später"). A cue next to a figure ("stieg um", "gestiegen")
marks it as a change, ``trend`` up or down, rather than a level. Source, hedge and
time are left to later components.

Every step looks at a bounded window of tokens around the number, and the language files are
indexed by word (``rules.PhraseTable``): a sentence is read in time linear in its length, however
long it is and however many figures it holds.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass

from ..engine import Component, check_deadline
from ..model import Doc, Quantity, Token
from ..quantities.numbers import Number, fake_tokens, read_number, read_single
from ..quantities.rules import RESOURCES, Rules, rules
from .segmenter import segment

# Tags of words that may stand between a number and its counted noun (STTS and CLAWS).
MODIFIER_TAGS = frozenset({"ADJ(A)", "ADJ(D)", "ADJA", "ADJD", "AJ0", "AJC", "AJS", "ORD"})
NOUN_TAGS = frozenset({"NN", "NNA", "NN0", "NN1", "NN2"})
PLURAL_TAGS = frozenset({"NN2", "NN0"})
NAME_TAGS = frozenset({"NE", "NP0"})
MAX_MODIFIERS = 4
MAX_GENITIVE = 10
_DIGIT = re.compile(r"\d")
_LETTER_BEFORE = re.compile(r"[^\W\d_]-?$")
DATE_TYPES = frozenset({"DATE", "TIME"})
QUOTES = frozenset({'"', "“", "”", "„", "«", "»", "‚", "‘", "’", "'"})
TREND_WINDOW = 4
TREND_STOPS = frozenset({",", ";", ":", "(", ")", "–", "—", ".", "!", "?", "„", "“", '"'})


class Quantities(Component):
    name = "quantities"
    requires = ("tokens", "sents")
    assigns = ("quantities",)
    resources = RESOURCES

    def __call__(self, doc: Doc) -> Doc:
        doc.quantities = extract(doc, self.lang)
        return doc

    @classmethod
    def run_example(cls, lang: str, resource: str, given: str, expected: str) -> str | None:
        # Expected: "text | kind value low high qualifier unit" per figure, " || " between figures,
        # "-" for a null field, "(none)" when the sentence states no figure; trends.txt: "up", "down" or "-".
        found = quantities_of(given, lang)
        if resource.endswith("trends.txt"):  # expected: the trend of the first figure, "-" for none
            got = (found[0].trend or "-") if found else "(none)"
        else:
            got = render(found)
        return None if got == expected else f"got {got!r}"


def quantities_of(text: str, lang: str) -> list[Quantity]:
    """The quantities of a plain text (segmented here); for examples and tests."""
    doc = Doc(doc_id="example", text=text, lang=lang)
    doc.tokens, doc.sents = segment(text, lang)
    return extract(doc, lang)


def render(found: list[Quantity]) -> str:
    def show(value: float | int | None) -> str:
        return "-" if value is None else str(value)

    parts = [f"{q.text} | {q.kind} {show(q.value)} {show(q.low)} {show(q.high)} {q.qualifier} {q.unit or '-'}"
             for q in found]
    return " || ".join(parts) if parts else "(none)"


def extract(doc: Doc, lang: str) -> list[Quantity]:
    """Every quantity of ``doc``, in text order."""
    r = rules(lang)
    # sorted, so that a figure finds the date it may be part of by bisection: linear in the document overall
    dates = sorted((t.start, t.end) for t in doc.timexes if t.type in DATE_TYPES) if "timexes" in doc.layers else []
    found: list[Quantity] = []
    texts = [t.text for t in doc.tokens]
    for sent in doc.sents:
        check_deadline()  # the time budget interrupts a long document here, not only after the component
        in_sentence: list[Quantity] = []
        i = sent.token_start
        # only the words a number expression can start with (most words: one cached look-up, then skipped)
        for k in r.starts(texts, sent.token_start, sent.token_end):
            if k < i:
                continue  # inside a figure read before
            i = k
            after_figure = bool(in_sentence and i - 2 >= sent.token_start
                                and doc.tokens[i - 1].text.lower() in r.role("coord")
                                and in_sentence[-1].end == doc.tokens[i - 2].end
                                and in_sentence[-1].kind == "count" and in_sentence[-1].unit is not None)
            num = read_number(doc.tokens, i, sent.token_start, sent.token_end, r, after_figure)
            if num is None:
                i += 1
                continue
            qty = read_context(doc, num, sent.i, r, in_sentence, dates)
            if qty is not None:
                in_sentence.append(qty)
            i = max(i + 1, num.tok_end)
        found.extend(in_sentence)
    return found


# -- steps 2 and 3: the context ----------------------------------------------------------------


def read_context(doc: Doc, num: Number, sent_i: int, r: Rules, earlier: list[Quantity],
                 dates: list[tuple[int, int]]) -> Quantity | None:
    """The quantity around ``num``, or None when the number is no figure (date, identifier, anchor)."""
    tokens = doc.tokens
    sent = doc.sents[sent_i]
    first, end = sent.token_start, sent.token_end
    k = bisect_right(dates, (num.start, math.inf)) - 1
    in_date = dates[k] if k >= 0 and dates[k][0] <= num.start < dates[k][1] else None
    if in_date and in_date == (num.start, num.end) and num.rule == ["digits"]:
        # a bare number the timex tagger read as a year may still be a count ("1600 Angestellte"):
        # the year test below decides, as for a number that looks like a year
        num.year_like = True
    elif in_date:
        return None
    if _not_a_figure(tokens, num, first, end, r):
        return None
    rule = list(num.rule)
    unit, kind = num.unit if num.unit else (None, "count")
    start_tok = num.tok_start

    hit = r.pre_units.match_before(tokens, start_tok, first)
    if hit and unit is None:
        unit, kind = hit[1]
        start_tok -= hit[0]
        rule.append("unit:" + unit)
    elif num.ambiguous:  # no currency before "1 m" / "1.8m": the word is the unit, not the scale
        num.value = (num.value or 0) / num.scale
        unit, kind = r.unit_words_cased[num.ambiguous]
        rule.append("unit:" + unit)

    after = _read_after(doc, num, first, end, r, unit, kind, rule)
    unit, kind, j, span_end, about = after.unit, after.kind, after.j, after.span_end, after.about
    if after.quoted:
        start_tok -= 1

    # what stands before: a qualifier, then adverbs kept in the span
    qualifier, bound = num.qualifier or "exact", "both"
    if num.qualifier is None:
        hit = r.qualifiers.match_before(tokens, start_tok, first)
        # right after another figure "unter"/"among" is a preposition: "75 Millionen unter 2,4 Milliarden"
        after_figure = bool(hit and earlier and earlier[-1].end == tokens[start_tok - hit[0] - 1].end)
        if hit and kind not in hit[1][2] and not after_figure:
            (qualifier, bound, _), start_tok = hit[1], start_tok - hit[0]
            rule.insert(0, "qualifier:" + " ".join(t.text for t in tokens[start_tok:start_tok + hit[0]]).lower())
    if qualifier == "exact" and j < end:
        hit = r.post_qualifiers.match(tokens, j, end)
        if hit and kind not in hit[1][2]:  # "60 Prozent oder darüber"
            (qualifier, bound, _), span_end = hit[1], tokens[j + hit[0] - 1].end
            rule.append("qualifier:" + " ".join(t.text for t in tokens[j:j + hit[0]]).lower())
    while start_tok > first:
        hit = r.role("prefix").match_before(tokens, start_tok, first)
        if not hit:
            break
        start_tok -= hit[0]

    if kind == "duration" and _anchor(tokens, start_tok, j, first, end, r):
        return None
    if num.year_like and not (unit and (kind != "count" or (after.noun_plural and r.flag("four_digit_counts")))):
        return None  # a year, unless a unit or (German) a plural noun follows it right away: "2000 Soldaten"
    if unit is None and num.rule[0] in ("digits", "word") and start_tok == num.tok_start > first \
            and _name(tokens, start_tok - 1, first, r):
        return None  # a number after a name is part of it: "ZiB 2", "Silent Hill 2", "Section 427"
    if unit is None and _in_brackets(tokens, num, first, end):
        age = _bracket_age(tokens, num, first, r, earlier)
        if age:  # "Prinz William (32)": the age of the person named before
            unit, kind = age, "duration"
            rule.append("age")
        elif earlier and earlier[-1].unit:
            unit, kind = earlier[-1].unit, earlier[-1].kind  # "(1.328.000)" after "1,32 Millionen Soldaten"
            rule.append("unit:inherited")
    if unit is None and j < end and r.role("shared_unit").match(tokens, j, end):
        shared = _shared_unit(tokens, j, end, r)
        if shared:  # "von 14,2 auf 15,8 Prozent": the first number is in the second one's unit
            unit, kind = shared
            rule.append("unit:shared")
    if start_tok > first and r.role("negative").match_before(tokens, start_tok, first) \
            and qualifier not in ("range", "vague") and num.value is not None:
        start_tok -= r.role("negative").match_before(tokens, start_tok, first)[0]
        num.value = -num.value  # "minus fünf Punkte"
        rule.insert(0, "negative")

    trend = _trend(tokens, start_tok, span_end, first, end, r)
    if trend:
        rule.append("trend:" + trend[1])
    value, low, high = _bounds(num, qualifier, bound)
    return Quantity(
        text=doc.text[tokens[start_tok].start:span_end], number_text=doc.text[num.start:num.end],
        start=tokens[start_tok].start, end=span_end, kind=kind, value=value, low=low, high=high,
        qualifier=qualifier, unit=unit, about=about, number_start=num.start, number_end=num.end,
        sentence=sent_i, provenance=f"rule:{r.lang}/quantities/" + "+".join(rule),
        trend=trend[0] if trend else None)


@dataclass
class After:
    """What follows a number: its unit or counted noun, where the span ends, what is counted."""

    unit: str | None
    kind: str
    j: int  # the token after the unit or noun
    span_end: int
    about: str | None = None
    noun_plural: bool = False  # the counted noun is plural and follows the number right away
    quoted: bool = False  # the number stands in quotation marks: the span takes them in


def _read_after(doc: Doc, num: Number, first: int, end: int, r: Rules, unit: str | None, kind: str,
                rule: list[str]) -> After:
    """The unit ("Prozent", "Monaten", "a share") or counted noun after ``num``; adds to ``rule``."""
    tokens = doc.tokens
    j = num.tok_end
    span_end = num.end
    quoted = False
    if j + 1 < end and num.tok_start > first and tokens[j].text in QUOTES and tokens[num.tok_start - 1].text in QUOTES \
            and tokens[j].start == tokens[j - 1].end:
        j += 1  # a quoted figure: '"hundreds" of boats', '"hunderte" Boote'
        quoted = True
    if unit is None:
        k = j
        if k + 1 < end and tokens[k].text == "-" and tokens[k].start == tokens[k - 1].end:
            k += 1  # "3-inch", "28-year-old" where the tokenizer splits the hyphen off
        hit = r.units.match(tokens, k, end)
        if hit:
            unit, kind = hit[1]
            span_end = tokens[k + hit[0] - 1].end
            j = k + hit[0]
            rule.append("unit:" + unit)
    elif num.unit_end is not None:
        span_end = num.unit_end
    if unit is not None and kind != "count":
        per = _per(tokens, j, end, r)
        if per is not None:  # "$2 a share", "500,000 barrels a day"
            unit = f"{unit} {r.per_word} {per[1]}"
            span_end, j = tokens[per[0] - 1].end, per[0]
    about = None
    noun_plural = False
    if num.fraction or unit is not None:
        gen = _genitive(tokens, j, end, r)
        if gen:
            about = doc.text[tokens[j].start:tokens[gen - 1].end]
            if num.fraction:
                span_end = tokens[gen - 1].end
        elif num.fraction:
            noun = _counted_noun(tokens, j, end, r)
            if noun is not None:  # "jeder dritte Deutsche"
                span_end = tokens[noun[1]].end
                about = doc.text[tokens[noun[0]].start:span_end]
    else:
        k = j
        if num.qualifier == "vague" and k < end and r.role("vague_link").match(tokens, k, end):
            k += 1  # "Tens of thousands of Russians", "Tausende von Menschen"
        linked_unit = r.units.match(tokens, k, end) if k > j else None
        noun = None if linked_unit else _counted_noun(tokens, k, end, r)
        if linked_unit:  # "hundreds of millions of dollars"
            (unit, kind), span_end = linked_unit[1], tokens[k + linked_unit[0] - 1].end
            rule.append("unit:" + unit)
        elif noun is not None:
            k_first, k_noun, unit, noun_plural = noun
            noun_plural = noun_plural and k_noun == j  # "2014 ernannten Mitgliedern" starts with a year
            span_end = tokens[k_noun].end
            about = doc.text[tokens[k_first].start:span_end]
            rule.append("noun")
    if quoted and span_end == num.end:
        span_end = tokens[num.tok_end].end  # nothing follows: the span keeps its closing quote
    return After(unit, kind, j, span_end, about, noun_plural, quoted)


def _not_a_figure(tokens: list[Token], num: Number, first: int, end: int, r: Rules) -> bool:
    i, j = num.tok_start, num.tok_end
    before = tokens[i - 1] if i > first else None
    after = tokens[j] if j < end else None
    if r.role("ident").match_before(tokens, i, first):
        return True
    k = j
    while k < min(end, j + 3) and (tokens[k].text in ("-", "–") or tokens[k].text.isdigit()):
        k += 1  # "612-590 v. u. Z.": the era marker may follow the second year
    if r.role("era_after").match(tokens, k, end):
        return True  # a year of an era, never a figure
    if r.role("month").match_before(tokens, i, first) and (num.value is None or num.value.is_integer()) \
            and not r.units.match(tokens, j, end):
        return True  # "April 9" is a date, "April 9,7 Prozent" a figure
    if i > 0 and tokens[i - 1].text == "." and r.role("month").match_before(tokens, i - 1, 0):
        return True  # "sept. 30": the tokenizer splits the period off, the segmenter may cut there
    if after is not None and (after.text.lower() in r.role("month") or after.text.lower() in r.role("time_after")):
        return True
    if after is not None and after.text == ")" and not any(t.text == "(" for t in tokens[max(first, i - 6):i]):
        return True  # list numbering: "1)", "2)"
    # glued to a name: "Su-35", "G 7" written "G-7"
    if before is not None and before.end == tokens[i].start and _LETTER_BEFORE.search(before.text):
        return True
    if after is not None and after.start == tokens[j - 1].end and after.text == "-" and num.unit is None:
        nxt = tokens[j + 1] if j + 1 < end else None
        return bool(nxt and nxt.text[:1].isupper() and r.units.match(tokens, j + 1, end) is None)
    return False


def _counted_noun(tokens: list[Token], j: int, end: int, r: Rules) -> tuple[int, int, str, bool] | None:
    """(first token, noun token, lemma, plural) of the noun a number counts, skipping its adjectives."""
    k, modifiers = j, 0
    skip = r.role("np_skip")
    while k < end and modifiers <= MAX_MODIFIERS:
        word = tokens[k].text
        hit = skip.match(tokens, k, end)
        if hit and (k > j or hit[0] > 1):  # "und" or "," never starts it; "mehr oder weniger" may
            k += hit[0]
            continue
        if not any(ch.isalpha() for ch in word):
            return None
        lemma, tag = r.lemma(word)
        if _is_noun(word, tag, r):
            head = k
            # a noun modifying the next one is singular: "fighter jets", never "tablespoons butter"
            while r.flag("noun_compounds") and tag not in PLURAL_TAGS and k + 1 < end \
                    and tokens[k + 1].text[:1].isalpha():
                nxt_lemma, nxt_tag = r.lemma(tokens[k + 1].text)
                if nxt_tag not in NOUN_TAGS:
                    break
                k, lemma, tag, word = k + 1, nxt_lemma, nxt_tag, tokens[k + 1].text  # "fighter jets"
            if k > head:
                lemma = " ".join(t.text for t in tokens[head:k]) + " " + lemma
                return j, k, lemma, tag in PLURAL_TAGS
            k, lemma, plural = _coordinated(tokens, k, end, r, lemma, tag, word)
            return j, k, lemma, plural
        if tag in MODIFIER_TAGS and (word[0].islower() or not r.flag("capitalized_nouns")):
            k += 1
            modifiers += 1
            continue
        if tag in NAME_TAGS and not r.flag("capitalized_nouns") and k + 1 < end:
            k += 1  # "North Korean soldiers", "US troops": a name modifies the counted noun
            modifiers += 1
            continue
        return None
    return None


def _is_noun(word: str, tag: str, r: Rules) -> bool:
    """A noun by its tag; where nouns are capitalized (German), only a capitalized word."""
    return tag in NOUN_TAGS and (word[:1].isupper() or not r.flag("capitalized_nouns"))


def _coordinated(tokens: list[Token], k: int, end: int, r: Rules, lemma: str, tag: str,
                 word: str) -> tuple[int, str, bool]:
    plural = tag in PLURAL_TAGS or (r.flag("capitalized_nouns") and word != lemma)  # STTS has no plural tag
    # "Soldatinnen und Soldaten": the pair names one group; its lemma is the second noun's
    if k + 2 < end and tokens[k + 1].text.lower() in r.role("coord"):
        other = tokens[k + 2].text
        other_lemma, other_tag = r.lemma(other)
        if other_tag in NOUN_TAGS and lemma != other_lemma and lemma.startswith(other_lemma):
            return k + 2, other_lemma, True
    return k, lemma, plural


def _genitive(tokens: list[Token], j: int, end: int, r: Rules) -> int | None:
    """Index after the noun of a genitive phrase starting at ``j`` ("der ... Artilleriegeschosse")."""
    if j >= end or tokens[j].text.lower() not in r.role("genitive"):
        return None
    for k in range(j + 1, min(end, j + MAX_GENITIVE)):
        word = tokens[k].text
        if not any(ch.isalpha() for ch in word):
            return None
        lemma, tag = r.lemma(word)
        if _is_noun(word, tag, r):
            nxt = tokens[k + 1].text if k + 1 < end else ""
            nxt_tag = r.lemma(nxt)[1] if nxt[:1].isalpha() else ""
            # "der von der russischen Armee eingesetzten Geschosse": a noun inside the phrase goes on
            if r.flag("capitalized_nouns") and nxt_tag in MODIFIER_TAGS | {"VVPP"} and nxt[:1].islower():
                continue
            return k + 1
    return None


def _name(tokens: list[Token], k: int, first: int, r: Rules) -> bool:
    """Token ``k`` names what a bare number after it belongs to: a proper name, a labelling noun
    ("Spiel zwei", "Par 72") where the language says so, any capitalized word where nouns are lower-case."""
    word = tokens[k].text
    if not word[:1].isupper():
        return False
    lemma, tag = r.lemma(word)
    if tag in NAME_TAGS or (r.flag("noun_labels") and tag in NOUN_TAGS and lemma == word):
        return True  # a label is singular: "Spiel zwei", never "binnen sechs Monaten 1000 weitere"
    return r.flag("capitalized_names") and k > first  # sentence-initial capitals say nothing


def _trend(tokens: list[Token], start_tok: int, span_end: int, first: int, end: int,
           r: Rules) -> tuple[str, str] | None:
    """("up" | "down", cue) when the figure is a change ("stieg um 5 Prozent", "um 5 Prozent gestiegen")."""
    if start_tok > first and r.role("level_before").match_before(tokens, start_tok, first):
        return None  # "stieg auf 5 Prozent" states the new level
    for k in range(start_tok, max(first, start_tok - TREND_WINDOW), -1):
        hit = r.trends_before.match_before(tokens, k, first)
        if hit:
            return hit[1], " ".join(t.text for t in tokens[k - hit[0]:k])
        if _stops_trend(tokens[k - 1].text):
            break
    after = start_tok
    while after < end and tokens[after].start < span_end:
        after += 1
    # after the figure the cue stands right next to it: "um 5 Prozent gestiegen", "5 Prozent mehr"
    hit = r.trends_after.match(tokens, after, end) if after < end else None
    if hit and not r.qualifiers.match(tokens, after, end):  # "mehr als" opens the next figure
        return hit[1], " ".join(t.text for t in tokens[after:after + hit[0]])
    return None


def _stops_trend(word: str) -> bool:
    # a cue never reaches across a clause boundary or another number
    return word in TREND_STOPS or _DIGIT.search(word) is not None


def _per(tokens: list[Token], j: int, end: int, r: Rules) -> tuple[int, str] | None:
    """(index after, lemma) of the denominator of a rate after a unit: "a share", "pro Stück"."""
    hit = r.role("per").match(tokens, j, end)
    if not hit or j + hit[0] >= end:
        return None
    k = j + hit[0]
    word = tokens[k].text
    if r.role("anchor_after").match(tokens, k + 1, end):
        return None  # "$2.83 billion a year earlier" is no rate
    unit = r.units.match(tokens, k, end)
    if unit:
        return k + unit[0], unit[1][0]
    lemma, tag = r.lemma(word)
    if _is_noun(word, tag, r):
        return k + 1, lemma
    return None


def _anchor(tokens: list[Token], start_tok: int, j: int, first: int, end: int, r: Rules) -> bool:
    """A time span that places another event ("fünf Monate später", "vor zwei Jahren")."""
    if j < end and r.role("anchor_after").match(tokens, j, end):
        return True
    if not (start_tok > first and r.role("anchor_before").match_before(tokens, start_tok, first)):
        return False
    # "nach 250 Tagen Haft", "nach fünf Jahren Studium": a span with its activity named is a figure of its own
    return not (r.flag("capitalized_nouns") and j < end and tokens[j].text[:1].isupper()
                and r.lemma(tokens[j].text)[1] == "NN")


def _bracket_age(tokens: list[Token], num: Number, first: int, r: Rules, earlier: list[Quantity]) -> str | None:
    """The unit of an age in brackets after a name ("Anna Berger (41)"), None when the number is no age."""
    ages = r.role("bracket_age").entries
    if not ages or num.rule != ["digits"] or num.value is None or not num.value.is_integer() \
            or not 0 < num.value < 120 or num.tok_start - 1 <= first:
        return None
    before = tokens[num.tok_start - 2]
    if earlier and earlier[-1].end == before.end:
        return None  # "1,32 Millionen Soldaten (1.328)" repeats the figure before it
    if not (before.text[:1].isupper() or before.text == "."):
        return None  # a name ends with a capital word or an abbreviation ("Karl III.")
    hit = r.units.match(fake_tokens(next(iter(ages))[0]), 0, 1)
    return hit[1][0] if hit else None


def _shared_unit(tokens: list[Token], j: int, end: int, r: Rules) -> tuple[str, str] | None:
    """(unit, kind) of the figure right after a linking word ("auf", "to") when it has a unit that is no count."""
    k = j + r.role("shared_unit").match(tokens, j, end)[0]
    if k >= end:
        return None
    second = read_single(tokens, k, end, r)
    if second is None or second.value is None:
        return None
    hit = r.units.match(tokens, second.tok_end, end)
    return hit[1] if hit and hit[1][1] != "count" else None


def _in_brackets(tokens: list[Token], num: Number, first: int, end: int) -> bool:
    return (num.tok_start > first and tokens[num.tok_start - 1].text == "("
            and num.tok_end < end and tokens[num.tok_end].text == ")")


def _bounds(num: Number, qualifier: str, bound: str) -> tuple:
    """(value, low, high) as gold/SCHEMA.md defines them for each qualifier."""
    if qualifier == "vague":
        return None, _plain(num.low), _plain(num.high)
    if qualifier == "range":  # the best single value of "zwischen 15 und 60" is the middle
        mid = None if num.low is None or num.high is None else (num.low + num.high) / 2
        return _plain(mid), _plain(num.low), _plain(num.high)
    value = _plain(num.value)
    if qualifier == "exact":
        return value, value, value
    return value, value if bound == "low" else None, value if bound == "high" else None


def _plain(value: float | None) -> float | int | None:
    if value is None:
        return None
    if float(value).is_integer():
        return int(value)
    return round(float(value), 6)
