"""Shared timex scoring: read inline TimeML/TIMEX2 files, run our tagger, score TempEval-3 style.

Metrics (TempEval-3 conventions): strict span P/R/F1 (identical extent), relaxed span P/R/F1
(overlapping extent, one-to-one), and attribute F1 for value and type over the relaxed matches
(P = matches with the right attribute / system timexes, R = ... / gold timexes). Spans are compared
on offsets that skip whitespace, so a system output whose text differs only in spacing (HeidelTime's
files) is scored by the same code. Empty (non-consuming) tags and the DCT are not scored.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from lagebild.engine import Pipeline
from lagebild.model import Doc

_TAG = re.compile(r"<(/?)(\w+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Span:
    start: int
    end: int
    type: str | None
    value: str | None
    text: str = ""


@dataclass
class TimeMLDoc:
    doc_id: str
    dct: str | None
    text: str
    timexes: list[Span] = field(default_factory=list)


def read_inline(path: Path, tag: str = "TIMEX3", value_attr: str = "value", dct_tag: str = "DCT",
                text_tag: str = "TEXT") -> TimeMLDoc:
    """One inline-annotated file: the TEXT as plain text and its timex spans (offsets into it)."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    dct_match = re.search(rf"<{dct_tag}>(.*?)</{dct_tag}>", raw, re.S)
    if dct_match:
        inner = dct_match.group(1)
        value = re.search(rf'{value_attr}="([^"]+)"', inner, re.I)
        found = value.group(1) if value else re.sub(r"<[^>]+>", "", inner).strip()
        digits = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", found)
        dct = f"{digits.group(1)}-{digits.group(2)}-{digits.group(3)}" if digits else None
    body = re.search(rf"<{text_tag}>(.*?)</{text_tag}>", raw, re.S)
    body_text = body.group(1) if body else ""
    out: list[str] = []
    length = 0
    spans: list[Span] = []
    stack: list[tuple[int, dict[str, str]]] = []
    pos = 0
    for found in _TAG.finditer(body_text):
        chunk = html.unescape(body_text[pos:found.start()])
        out.append(chunk)
        length += len(chunk)
        pos = found.end()
        closing, name, attrs, empty = found.groups()
        if name.upper() != tag.upper():
            continue
        if empty:
            continue
        if closing:
            if stack:
                start, attr = stack.pop()
                spans.append(Span(start, length, attr.get("type"), attr.get(value_attr, attr.get(value_attr.upper()))))
        else:
            stack.append((length, dict(_ATTR.findall(attrs))))
    out.append(html.unescape(body_text[pos:]))
    text = "".join(out)
    for span in spans:
        span.text = text[span.start:span.end]
    spans.sort(key=lambda span: span.start)
    return TimeMLDoc(path.name.split(".")[0], dct, text, spans)


def normalize_value(value: str | None) -> str | None:
    """Compare values modulo clock-time spelling: T8.30 / T8:30 / T08:30 are the same."""
    if value is None:
        return None
    value = value.strip()
    value = re.sub(r"T(\d{1,2})[.:](\d{2})", lambda m: f"T{int(m.group(1)):02d}:{m.group(2)}", value)
    return value


def _compact(text: str) -> list[int]:
    """Offset -> offset counted without whitespace."""
    table, count = [], 0
    for char in text:
        table.append(count)
        if not char.isspace():
            count += 1
    table.append(count)
    return table


def _key(span: Span, table: list[int]) -> tuple[int, int]:
    return table[span.start], table[span.end]


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, gold_doc: TimeMLDoc, system: list[Span], system_text: str, keep_errors: bool = False) -> None:
        gold_table, sys_table = _compact(gold_doc.text), _compact(system_text)
        gold = [(_key(span, gold_table), span) for span in gold_doc.timexes if span.end > span.start]
        sys = [(_key(span, sys_table), span) for span in system if span.end > span.start]
        self.gold += len(gold)
        self.system += len(sys)
        used: set[int] = set()
        matched_gold: set[int] = set()
        for (s_start, s_end), s_span in sys:
            best = None
            for index, ((g_start, g_end), _) in enumerate(gold):
                if index in used or g_end <= s_start or g_start >= s_end:
                    continue
                if (g_start, g_end) == (s_start, s_end):
                    best = index
                    break
                if best is None:
                    best = index
            if best is None:
                if keep_errors:
                    self.errors.append(f"{gold_doc.doc_id}\tFP\t{s_span.text!r}\t{s_span.type}\t{s_span.value}")
                continue
            used.add(best)
            matched_gold.add(best)
            (g_start, g_end), g_span = gold[best]
            self.relaxed += 1
            self.strict += (g_start, g_end) == (s_start, s_end)
            same_value = normalize_value(g_span.value) == normalize_value(s_span.value)
            self.value += same_value
            self.type += g_span.type == s_span.type
            if keep_errors and (not same_value or (g_start, g_end) != (s_start, s_end)):
                self.errors.append(f"{gold_doc.doc_id}\tMISMATCH\tgold {g_span.text!r} {g_span.type} {g_span.value}"
                                   f"\tsys {s_span.text!r} {s_span.type} {s_span.value}\tDCT {gold_doc.dct}")
        if keep_errors:
            for index, (_, g_span) in enumerate(gold):
                if index not in matched_gold:
                    self.errors.append(f"{gold_doc.doc_id}\tFN\t{g_span.text!r}\t{g_span.type}\t{g_span.value}")

    def metrics(self, prefix: str = "") -> dict[str, float]:
        def prf(correct: int) -> tuple[float, float, float]:
            precision = correct / self.system if self.system else 0.0
            recall = correct / self.gold if self.gold else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            return precision, recall, f1

        out: dict[str, float] = {}
        for name, correct in (("strict", self.strict), ("relaxed", self.relaxed)):
            precision, recall, f1 = prf(correct)
            out[f"{prefix}{name}_p"] = round(precision, 4)
            out[f"{prefix}{name}_r"] = round(recall, 4)
            out[f"{prefix}{name}_f1"] = round(f1, 4)
        out[f"{prefix}value_f1"] = round(prf(self.value)[2], 4)
        out[f"{prefix}type_f1"] = round(prf(self.type)[2], 4)
        # Accuracy of the value on relaxed matches (how ACE TERN / HeidelTime's wiki report "value").
        out[f"{prefix}value_acc_on_matches"] = round(self.value / self.relaxed, 4) if self.relaxed else 0.0
        return out


_PIPELINES: dict[str, Pipeline] = {}


def ours(text: str, lang: str, dct: str | None, narrative: bool = False) -> list[Span]:
    """Our timexes on ``text`` with TimeML spans (no leading prepositions), via the pipeline component."""
    key = f"{lang}/{narrative}"
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline.from_config(lang, ["segmenter", "timexes"],
                                               {"timexes": {"prepositions": False, "narrative": narrative}})
    doc = _PIPELINES[key](Doc(doc_id="bench", text=text, published=dct, lang=lang))
    return [Span(t.start, t.end, t.type, t.value, t.text) for t in doc.timexes]


def score_ours(docs: list[TimeMLDoc], lang: str, keep_errors: bool = False, narrative: bool = False) -> Counts:
    counts = Counts()
    for gold_doc in docs:
        counts.add(gold_doc, ours(gold_doc.text, lang, gold_doc.dct, narrative), gold_doc.text, keep_errors)
    return counts
