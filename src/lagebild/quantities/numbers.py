"""Step 1 of reading a figure: the number itself, before its context is read.

Digits ("10.000", "1,32 Millionen", "170-Millimeter"), number words ("zwei",
"fünfundzwanzigtausend", "fünfmal"), vague plurals ("Zehntausende"), fractions ("die Hälfte")
and ranges ("zwischen 200 und 300"), each read from the token it starts at, driven by the files
in ``lang/<code>/quantities/``. Every function looks at a bounded window of tokens: reading a
sentence is linear in its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Token
from .rules import Rules, combine

_COMPOUND = re.compile(r"^(?P<num>\d[\d.,]*?)(?P<sep>-?)(?P<rest>[^\W\d_][\w-]*)$")


@dataclass
class Number:
    """A number expression found at a token, before its context is read."""

    tok_start: int
    tok_end: int  # index after the last token of the number (scale word included)
    start: int  # characters of number_text
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None  # "vague" or "range" when the number itself decides it
    unit: tuple[str, str] | None = None  # (lemma, kind) written inside the number ("170-Millimeter")
    rule: list[str] = field(default_factory=list)
    scale: float = 1.0
    fraction: bool = False
    year_like: bool = False
    ambiguous: str | None = None  # a scale word that is also a unit ("m": million or metre)
    unit_end: int | None = None  # where a unit glued to the number ends ("170-Millimeter|-Selbstfahrlafette")


def read_number(tokens: list[Token], i: int, first: int, end: int, r: Rules,
                after_figure: bool = False) -> Number | None:
    """The number expression starting at token ``i`` with its range, or None.

    ``after_figure``: a figure and a coordinating word stand right before token ``i``."""
    num = read_single(tokens, i, end, r)
    if num is None and tokens[i].text.lower() in r.role("article") and i + 1 < end:
        return _article_figure(tokens, i, first, end, r, after_figure)
    if num is None or num.qualifier == "vague" or num.fraction:
        return num
    return _range(tokens, num, first, end, r) or num


def _article_figure(tokens: list[Token], i: int, first: int, end: int, r: Rules,
                    after_figure: bool) -> Number | None:
    """The article at ``i`` where it states the number one, else None (an article is no figure by itself)."""
    if r.role("article_qualifier").match_before(tokens, i, first):
        # "bis zu einem Monat", "mindestens ein weiterer Verdächtiger": after a qualifier the article counts one
        return Number(i, i + 1, tokens[i].start, tokens[i].end, 1.0, rule=["article+qualifier"])
    if after_figure and r.flag("counted_articles"):
        # "drei Sanitäter und ein Soldat": beside a figure the article counts one
        return Number(i, i + 1, tokens[i].start, tokens[i].end, 1.0, rule=["article+figure"])
    unit = r.units.match(tokens, i + 1, end)
    if not unit or unit[1][1] != "duration":
        return None
    k = i + 1 + unit[0]
    # "binnen einer Woche", "zu einem Monat Haft": a span of one unit that is itself the figure
    activity = k < end and tokens[k].text[:1].isupper() and r.flag("capitalized_nouns") \
        and r.lemma(tokens[k].text)[1] == "NN"
    if r.role("span_before").match_before(tokens, i, first) or activity:
        return Number(i, i + 1, tokens[i].start, tokens[i].end, 1.0, rule=["article+duration"])
    return None


def read_single(tokens: list[Token], i: int, end: int, r: Rules) -> Number | None:
    tok = tokens[i]
    hit = r.fractions.match(tokens, i, end)
    if hit and tokens[i + hit[0] - 1].text.lower() in r.role("ordinal_fraction") and i + hit[0] < end \
            and tokens[i + hit[0]].text[:1].isalpha() and tokens[i + hit[0]].text.lower() not in r.role("genitive"):
        hit = None  # "a third nation" is an ordinal; "a third of", "a third" alone are fractions
    if hit:
        n, value = hit
        pct = r.units.match(fake_tokens("%"), 0, 1)
        return Number(i, i + n, tok.start, tokens[i + n - 1].end, value, unit=pct[1] if pct else None,
                      rule=["fraction:" + " ".join(t.text for t in tokens[i:i + n]).lower()], fraction=True)
    hit = r.vague.match(tokens, i, end)
    if hit and not (i > 0 and value_of(tokens[i - 1].text, r) is not None):
        n, (low, high) = hit
        num = Number(i, i + n, tok.start, tokens[i + n - 1].end, None, low, high, qualifier="vague",
                     rule=["vague:" + " ".join(t.text for t in tokens[i:i + n])])
        scale = r.scales.match(tokens, i + n, end)
        if scale:  # "Hunderte Millionen Euro"
            num.low, num.high = low * scale[1], high * scale[1]
            num.tok_end, num.end = i + n + scale[0], tokens[i + n + scale[0] - 1].end
        return num
    if tok.text.lower() in r.role("article") and i + 1 < end:
        hit = r.scales.match(tokens, i + 1, end)
        if hit:
            n, factor = hit
            return Number(i, i + 1 + n, tok.start, tokens[i + n].end, factor, rule=["article+scale"], scale=factor)
    text = tok.text
    if i == end - 1 and text.endswith(".") and text[:-1].isdigit():
        text = text[:-1]  # "auf 500." at the end of a sentence is no ordinal
    value = r.parse_digits(text)
    if value is not None:
        num = Number(i, i + 1, tok.start, tok.start + len(text), value, rule=["digits"],
                     year_like=len(text) == 4 and text.isdigit() and 1800 <= value <= 2100)
        if r.flag("space_groups") and text.isdigit() and len(text) <= 3:
            _space_groups(tokens, num, end)
        if i + 1 < end and "/" in tokens[i + 1].text and value.is_integer():
            frac = r.parse_digits(tokens[i + 1].text)
            if frac is not None and frac < 1:  # "10 1/2 miles"
                num.value, num.tok_end, num.end, num.year_like = value + frac, i + 2, tokens[i + 1].end, False
        return _scaled(tokens, num, end, r)
    compound = _compound(tok, r)
    if compound is not None:
        compound.tok_start, compound.tok_end = i, i + 1
        return compound
    value = r.parse_word(tok.text)
    if value is None:
        suffixed = r.parse_suffixed(tok.text)
        if suffixed is None:
            return None
        value, unit, stem = suffixed  # "sechsmal", "viertägige": a number word glued to its unit
        return Number(i, i + 1, tok.start, tok.start + stem, value, unit=unit, rule=["word+unit"], unit_end=tok.end)
    parts, j = [tok.text], i + 1
    # "two hundred thousand", "twenty-five": number words in a row make one number
    while j < end:
        if tokens[j].text == "-" and j + 1 < end and r.parse_word(tokens[j + 1].text) is not None:
            parts.append(tokens[j + 1].text)
            j += 2
        elif r.parse_word(tokens[j].text) is not None and tokens[j].text.lower() != "und":
            parts.append(tokens[j].text)
            j += 1
        else:
            break
    if len(parts) > 1:
        value = combine([(r.parse_word(part) or 0.0, r.words.get(part.lower(), (0, "word"))[1]) for part in parts])
    num = Number(i, j, tok.start, tokens[j - 1].end, value, rule=["word"])
    return _scaled(tokens, num, end, r)


def fake_tokens(text: str) -> list[Token]:
    return [Token(i=0, start=0, end=len(text), text=text)]


def value_of(text: str, r: Rules) -> float | None:
    value = r.parse_digits(text)
    return value if value is not None else r.parse_word(text)


def _space_groups(tokens: list[Token], num: Number, end: int) -> None:
    """Join digit groups written with a (thin) space: "10 000", "1 328 000"."""
    k = num.tok_end
    # a one-character gap between tokens is whitespace: every other character is a token
    while k < end and tokens[k].start - tokens[k - 1].end == 1:
        group = tokens[k].text[:-1] if k == end - 1 and tokens[k].text.endswith(".") else tokens[k].text
        if len(group) != 3 or not group.isdigit():
            break
        num.value = (num.value or 0) * 1000 + int(group)
        num.end, k = tokens[k].start + 3, k + 1
    num.tok_end = k


def _scaled(tokens: list[Token], num: Number, end: int, r: Rules) -> Number:
    k = num.tok_end
    if k + 1 < end and tokens[k].text == "-" and tokens[k].start == tokens[k - 1].end \
            and tokens[k + 1].start == tokens[k].end and r.scales.match(tokens, k + 1, end):
        num.tok_end = k + 1  # "15-thousand troops": the hyphen joins the number and its scale
    hit = r.scales.match(tokens, num.tok_end, end)
    if hit:
        n, factor = hit
        word = tokens[num.tok_end].text
        num.value = (num.value or 0) * factor
        num.scale = factor
        num.end = tokens[num.tok_end + n - 1].end
        num.tok_end += n
        num.year_like = False
        if n == 1 and word in r.unit_words_cased:
            num.ambiguous = word  # "1 m": metre, unless a currency comes first ("$1 m")
    return num


def _compound(tok: Token, r: Rules) -> Number | None:
    """A number glued to a unit or scale: "170-Millimeter-Selbstfahrlafette", "2,5-mal", "35bn"."""
    match = _COMPOUND.match(tok.text)
    if not match:
        return None
    value = r.parse_digits(match["num"])
    if value is None:
        return None
    seg = match["rest"].split("-")[0]
    seg_end = tok.start + match.start("rest") + len(seg)
    scale = r.scales.match(fake_tokens(seg), 0, 1)
    if scale and seg in r.unit_words_cased:  # "1.8m": metre, unless a currency comes first ("$5m")
        return Number(0, 0, tok.start, seg_end, value * scale[1], rule=["compound:" + seg], scale=scale[1],
                      ambiguous=seg)
    if seg.lower() in r.unit_words:
        return Number(0, 0, tok.start, tok.start + len(match["num"]), value, unit=r.unit_words[seg.lower()],
                      rule=["compound:" + seg], unit_end=seg_end)
    if scale:
        return Number(0, 0, tok.start, seg_end, value * scale[1], rule=["compound:" + seg], scale=scale[1])
    return None


def _range(tokens: list[Token], num: Number, first: int, end: int, r: Rules) -> Number | None:
    """Extend ``num`` to a range ("10 bis 15", "zwischen 200 und 300", "from 252 miles to 287 miles")."""
    opening = tokens[num.tok_start - 1].text.lower() if num.tok_start > first else ""
    between = r.ranges.get(opening) if opening in r.ranges and opening != "-" else None
    candidates = [(between, True)] if between else []
    candidates.append((r.ranges.get("-", set()), False))
    j = num.tok_end
    unit_hit = r.units.match(tokens, j, end)
    for words, opened in candidates:
        for k in (j, j + unit_hit[0] if unit_hit else None):
            if k is None or k + 1 >= end or tokens[k].text.lower() not in words:
                continue
            second = read_single(tokens, k + 1, end, r)
            if second is None or second.value is None or second.fraction:
                continue
            if k != j and r.units.match(tokens, second.tok_end, end) != unit_hit:
                continue  # "from 252 miles to 287 miles": the unit must repeat
            low = num.value * (second.scale if num.scale == 1.0 else 1.0)
            if low > second.value:
                continue
            start_tok = num.tok_start - 1 if opened else num.tok_start
            return Number(start_tok, second.tok_end, tokens[start_tok].start, second.end, None, low,
                          second.value, qualifier="range", unit=num.unit or second.unit,
                          rule=[*num.rule, "range:" + (opening + "..." if opened else "") + tokens[k].text],
                          year_like=num.year_like and second.year_like)
    return None
