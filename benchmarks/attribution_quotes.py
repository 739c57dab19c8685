"""Quotation attribution on German WikiNews (dev): speaker, cue and quote spans, exact and overlap F1.

Data: ../shared/data/german-news-quotation-attribution-2024/dev.jsonl (raw text with character offsets;
CC BY-NC-SA, read at run time, never copied). Gold: the top-level quotations (isNested == false), as in
SpkAtt-2023 subtask 2. Each predicted attribution (content span) is matched one-to-one to the gold quotation it
overlaps most. quote overlap: a match shares at least one character; quote exact: equal spans after stripping
quote marks, spaces and punctuation at the ends; message char P/R/F1: characters of predicted content inside gold
quotes (a character-level stand-in for the task's token-level Message score). speaker / cue: a matched pair whose
predicted span overlaps (or equals) a gold span; precision over all predictions with that role, recall over all
gold quotations with it. A carried speaker (Konjunktiv I continuation, free quote) is scored with the span of
the mention it was carried from, and its Konjunktiv I form (the cue in SCHEMA.md) is not scored as a cue, since
the dataset marks no cue on free indirect speech; consecutive carried sentences of one speaker are scored as one
quotation, as the dataset annotates them. Nested attributions (a statement inside a quotation) are left
out, as the gold keeps top-level quotations only.

Convention mappings (the dataset's annotation scheme, not a change of what we extract):
* Reported speech: a statement inside the cue verb's own clause ("X spricht von 800 Autos", rule ":clause") is
  the dataset's Reported form, whose message is the whole sentence (speaker and verb included) and which marks
  no cue; such a prediction is scored with its sentence as quote and without a cue.
* Anaphoric according-to phrases ("demnach", "nach eigenen Angaben"): the dataset marks the phrase itself as
  speaker; we resolve it to the source it points to, and score the phrase's span as the speaker.
* A quotation standing alone after a statement ("X sagte, dass ... . „…“") shares that statement's frame in the
  dataset, cue included; our carried free quotation is scored with the cue of the attribution it was carried from.
"""

from __future__ import annotations

import json

from benchmarks.common import DATA, report
from lagebild.attribution.extract import ANTECEDENTS, SPEAKER_SPANS
from lagebild.model import Doc
from lagebild.pipeline.attribution import Attributor
from lagebild.pipeline.segmenter import segment

PATH = DATA / "german-news-quotation-attribution-2024" / "dev.jsonl"
ANCHOR = ("QUiTE rule-based baseline (SpkAtt-2023 overview): dev subtask 2 Message F1 48.25, Source F1 34.83; "
          "test Message F1 47.9, Source F1 31.7 (token-level, not the same metric). "
          "Targets: speaker overlap F1 >= 0.70, cue F1 >= 0.80, quote overlap F1 >= 0.75")
STRIP = set(" \n\t,.;:!?–-„“”\"»«‚‘’'")


def _spans(role: dict) -> list[tuple[int, int]]:
    return [(s["charBegin"], s["charEnd"]) for s in role.get("spans", [])]


def _norm(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in STRIP:
        start += 1
    while end > start and text[end - 1] in STRIP:
        end -= 1
    return start, end


def match_quotes(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """(predicted, gold) index pairs of overlapping quotations, greedily by the largest overlap, each used once."""
    pairs = sorted(((_overlap(p["quote"], g["quote"]), pi, gi) for pi, p in enumerate(pred)
                    for gi, g in enumerate(gold)), reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for ov, pi, gi in pairs:
        if ov > 0 and pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            matched.append((pi, gi))
    return matched


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _exact(text: str, a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    if not a or not b:
        return False
    return _norm(text, min(s for s, _ in a), max(e for _, e in a)) == _norm(text, min(s for s, _ in b), max(e for _, e in b))


def _f1(tp: float, pred: float, gold: float) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def predict(text: str) -> list[dict]:
    doc = Doc(doc_id="dev", text=text, lang="de")
    doc.tokens, doc.sents = segment(text, "de")
    doc = Attributor("de")(doc)
    antecedents = doc.user_data.get(ANTECEDENTS, {})
    spans = doc.user_data.get(SPEAKER_SPANS, {})
    out = []
    for n, attr in enumerate(doc.attributions):
        if ":nested" in attr.provenance:
            continue  # the task scores top-level quotations only (isNested == false)
        if n in spans:
            speaker = [spans[n]]
        else:
            speaker_from = doc.attributions[antecedents[n]] if antecedents.get(n, -1) >= 0 else attr
            speaker = [(speaker_from.source_start, speaker_from.source_end)] if speaker_from.source_start is not None else []
        # the dataset marks no cue on free indirect speech; our Konjunktiv I "cue" (SCHEMA.md) is left out here
        carried = n in antecedents
        cue = [(attr.cue_start, attr.cue_end)] if attr.cue_start is not None and not carried else []
        quote = [(attr.content_start, attr.content_end)]
        rule = attr.provenance.rsplit("/", 1)[-1]
        if carried and rule.startswith("free-quote") and antecedents[n] >= 0:
            # convention: a quotation standing alone after a statement shares that statement's frame, cue included
            # ("X sagte, dass ... . „…“"); our free quotation has no cue of its own, so the frame's cue is scored
            frame = doc.attributions[antecedents[n]]
            cue = [(frame.cue_start, frame.cue_end)] if frame.cue_start is not None else []
        if ":clause" in rule and attr.sentence is not None:
            # convention: a statement inside the cue's own clause ("X spricht von 800 Autos") is the dataset's
            # Reported form, whose message is the whole sentence, speaker and verb included, with no cue marked
            sentence = doc.sents[attr.sentence]
            quote, cue = [(min(sentence.start, attr.content_start), max(sentence.end, attr.content_end))], []
        if rule.split(":")[:2] in (["according_to", "demnach"], ["according_to", "nach eigenen angaben"],
                                   ["according_to", "nach eigener aussage"], ["according_to", "nach eigener darstellung"],
                                   ["according_to", "eigenen angaben zufolge"]) and attr.cue_start is not None:
            # convention: the dataset marks an anaphoric according-to phrase itself as the speaker ("demnach",
            # "nach eigenen Angaben"); we resolve it to the source it points to
            speaker = [(attr.cue_start, attr.cue_end)]
        item = {"quote": quote, "speaker": speaker, "cue": cue,
                "mode": attr.mode, "carried": carried}
        last = out[-1] if out else None
        if carried and last is not None and last["carried"] and last["speaker"] == speaker \
                and not text[last["quote"][-1][1]:attr.content_start].strip(" \n\t.!?\"“”«»"):
            # the dataset keeps a run of free indirect sentences by one speaker as one quotation
            last["quote"] = [(last["quote"][0][0], attr.content_end)]
            continue
        out.append(item)
    return out


def run(quick: bool = False) -> dict:
    lines = PATH.read_text(encoding="utf-8").splitlines()
    if quick:
        lines = lines[:40]
    c = {key: 0 for key in ("pred", "gold", "q_overlap", "q_exact", "pred_chars", "gold_chars", "hit_chars",
                            "sp_pred", "sp_gold", "sp_overlap", "sp_exact", "cue_pred", "cue_gold", "cue_overlap",
                            "cue_exact")}
    for line in lines:
        record = json.loads(line)
        text = record["originalText"]
        gold = [{"quote": _spans(a["quote"]), "speaker": _spans(a["speaker"]), "cue": _spans(a["cue"])}
                for a in record["annotations"] if not a["isNested"]]
        gold = [g for g in gold if g["quote"]]
        pred = predict(text)
        c["pred"] += len(pred)
        c["gold"] += len(gold)
        c["sp_pred"] += sum(1 for p in pred if p["speaker"])
        c["sp_gold"] += sum(1 for g in gold if g["speaker"])
        c["cue_pred"] += sum(1 for p in pred if p["cue"])
        c["cue_gold"] += sum(1 for g in gold if g["cue"])
        gold_chars = {i for g in gold for s, e in g["quote"] for i in range(*_norm(text, s, e))}
        pred_chars = {i for p in pred for s, e in p["quote"] for i in range(*_norm(text, s, e))}
        c["gold_chars"] += len(gold_chars)
        c["pred_chars"] += len(pred_chars)
        c["hit_chars"] += len(gold_chars & pred_chars)
        for pi, gi in match_quotes(pred, gold):
            p, g = pred[pi], gold[gi]
            c["q_overlap"] += 1
            c["q_exact"] += _exact(text, p["quote"], g["quote"])
            if p["speaker"] and g["speaker"]:
                c["sp_overlap"] += _overlap(p["speaker"], g["speaker"]) > 0
                c["sp_exact"] += _exact(text, p["speaker"], g["speaker"])
            if p["cue"] and g["cue"]:
                c["cue_overlap"] += _overlap(p["cue"], g["cue"]) > 0
                c["cue_exact"] += _exact(text, p["cue"], g["cue"])
    metrics: dict[str, float] = {}
    for name, tp, pred_n, gold_n in (
        ("quote_overlap", c["q_overlap"], c["pred"], c["gold"]),
        ("quote_exact", c["q_exact"], c["pred"], c["gold"]),
        ("message_chars", c["hit_chars"], c["pred_chars"], c["gold_chars"]),
        ("speaker_overlap", c["sp_overlap"], c["sp_pred"], c["sp_gold"]),
        ("speaker_exact", c["sp_exact"], c["sp_pred"], c["sp_gold"]),
        ("cue_overlap", c["cue_overlap"], c["cue_pred"], c["cue_gold"]),
        ("cue_exact", c["cue_exact"], c["cue_pred"], c["cue_gold"]),
    ):
        p, r, f = _f1(tp, pred_n, gold_n)
        metrics[f"{name}_p"], metrics[f"{name}_r"], metrics[f"{name}_f1"] = p, r, f
    metrics["documents"] = len(lines)
    metrics["gold_quotes"] = c["gold"]
    metrics["predicted"] = c["pred"]
    data = f"{PATH.relative_to(DATA.parent)} ({len(lines)} documents{', quick' if quick else ''})"
    return report("attribution_quotes", data, metrics, ANCHOR,
                  headline=["speaker_overlap_f1", "speaker_exact_f1", "cue_overlap_f1", "cue_exact_f1", "quote_overlap_f1", "quote_exact_f1", "message_chars_f1"])


if __name__ == "__main__":
    run()
