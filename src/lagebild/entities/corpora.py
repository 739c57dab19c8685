"""Readers for the German NER corpora in ../shared/data, mapped to PER/ORG/LOC/MISC.

Used by ``scripts/train_ner.py`` (training data) and by the benchmarks (GermEval held-out
part, WikiANN test). Every reader yields ``(words, tags)`` with BIO2 tags over
PER, ORG, LOC, MISC; the mapping of each corpus follows its README.
"""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

Sentence = tuple[list[str], list[str]]

# GermEval 2014 dev: every 4th sentence (index % 4 == 3) is held out of training for model
# selection and reporting; the rest may be trained on. Fixed here so that training and
# benchmark can never disagree.
GERMEVAL_HELDOUT_MOD = 4
GERMEVAL_HELDOUT_REST = 3

_GERMEVAL_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}
_MOBIE_MAP = {"person": "PER", "organization": "ORG", "organization-company": "ORG",
              "location": "LOC", "location-city": "LOC", "location-stop": "LOC",
              "location-street": "LOC"}
_SMARTDATA_MAP = {"PERSON": "PER", "ORGANIZATION": "ORG", "ORGANIZATION_COMPANY": "ORG",
                  "LOCATION": "LOC", "LOCATION_CITY": "LOC", "LOCATION_STREET": "LOC",
                  "LOCATION_STOP": "LOC"}


def normalize_bio(tags: list[str]) -> list[str]:
    """Repair to valid BIO2: an I- after O or after another type starts a new entity."""
    out = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans of BIO2 tags (end exclusive)."""
    spans = []
    start, label = -1, ""
    for i, tag in enumerate([*normalize_bio(tags), "O"]):
        if tag == "O" or tag.startswith("B-"):
            if start >= 0:
                spans.append((start, i, label))
                start = -1
            if tag.startswith("B-"):
                start, label = i, tag[2:]
    return spans


def _map_tag(tag: str, mapping: dict[str, str]) -> str:
    if tag == "O" or len(tag) < 3 or tag[1] not in "-_":
        return "O"
    label = mapping.get(tag[2:])
    return f"{tag[0].upper()}-{label}" if label else "O"


def _blocks(path: Path | io.TextIOBase) -> Iterator[list[list[str]]]:
    """Blank-line separated blocks of whitespace-split lines."""
    handle = open(path, encoding="utf-8") if isinstance(path, Path) else path
    block: list[list[str]] = []
    with handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if block:
                    yield block
                block = []
                continue
            block.append(line.split("\t") if "\t" in line else line.split(" "))
    if block:
        yield block


def germeval(path: Path, part: str = "all", raw: bool = False) -> Iterator[tuple[Sentence, str]]:
    """GermEval 2014 (outer column, OTH->MISC, *deriv/*part -> O) with each sentence's URL.

    ``part``: "train" (not held out), "heldout" or "all"; ``raw``: keep the original outer tags.
    """
    index = 0
    for block in _blocks(path):
        url = ""
        words, tags = [], []
        for cols in block:
            if cols[0] == "#":
                url = cols[1] if len(cols) > 1 else ""
                continue
            words.append(cols[1])
            tags.append(cols[2] if raw else _map_tag(cols[2], _GERMEVAL_MAP))
        held = index % GERMEVAL_HELDOUT_MOD == GERMEVAL_HELDOUT_REST
        index += 1
        if part == "all" or (part == "heldout") == held:
            yield (words, tags if raw else normalize_bio(tags)), url


def germeval_map(raw_tags: list[str]) -> list[str]:
    """Raw GermEval outer tags -> our BIO2 tags (OTH -> MISC, *deriv/*part -> O)."""
    return normalize_bio([_map_tag(t, _GERMEVAL_MAP) for t in raw_tags])


def wikiann(path: Path, clean: bool = True) -> Iterator[Sentence]:
    """WikiANN (PER/ORG/LOC); ``clean`` drops redirects and sentences with wiki markup."""
    for block in _blocks(path):
        words = [cols[0] for cols in block]
        tags = [cols[-1] for cols in block]
        if clean and (words[0] == "WEITERLEITUNG" or any(w in ("''", "**", "'''") for w in words)):
            continue
        yield words, normalize_bio([_map_tag(t, {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}) for t in tags])


def europarl(path: Path) -> Iterator[Sentence]:
    """Europarl (IOB1 -> BIO2). MISC on a lower-case word (nationality adjective) -> O:
    GermEval labels those LOCderiv, which our scheme leaves out."""
    for block in _blocks(path):
        words = [cols[0] for cols in block]
        tags = []
        for cols in block:
            tag = _map_tag(cols[-1], {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"})
            if tag.endswith("MISC") and cols[0][:1].islower():
                tag = "O"
            tags.append(tag)
        yield words, normalize_bio(tags)


def europeana(path: Path, window: int = 40) -> Iterator[Sentence]:
    """Europeana newspapers: one token stream cut into windows, never inside an entity."""
    words: list[str] = []
    tags: list[str] = []
    for line in open(path, encoding="utf-8"):
        cols = line.split()
        if len(cols) != 2 or line.startswith("# "):
            continue
        word, tag = cols
        tag = tag.replace("_", "-")
        tag = {"B-PEr": "B-PER", "B-BER": "B-PER"}.get(tag, tag).upper()
        if tag != "O" and tag[:2] not in ("B-", "I-"):
            continue
        if len(words) >= window and not tag.startswith("I-"):
            yield words, normalize_bio(tags)
            words, tags = [], []
        words.append(word)
        tags.append(_map_tag(tag, {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}))
    if words:
        yield words, normalize_bio(tags)


def mobie(path: Path, splits: tuple[str, ...] = ("train", "dev")) -> Iterator[Sentence]:
    """MobIE (mobility domain) with the README's suggested mapping (routes -> O)."""
    with zipfile.ZipFile(path) as archive:
        for split in splits:
            text = archive.read(f"{split}.conll2003").decode("utf-8")
            for block in _blocks(io.StringIO(text)):
                block = [cols for cols in block if not cols[0].startswith("-DOCSTART-")]
                if not block:
                    continue
                words = [cols[0] for cols in block]
                tags = [_map_tag(cols[-1], _MOBIE_MAP) for cols in block]
                yield words, normalize_bio(tags)


def smartdata(path: Path) -> Iterator[Sentence]:
    """SmartData v3 (news/RSS/tweets): token-level BIO tags per sentence, fine types mapped."""
    text = gzip.open(path, "rt", encoding="utf-8").read()
    decoder = json.JSONDecoder()
    pos = 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            break
        doc, pos = decoder.raw_decode(text, pos)
        tokens = doc["tokens"]["array"] if isinstance(doc["tokens"], dict) else doc["tokens"]
        sents = doc.get("sentences") or {}
        sents = sents.get("array", []) if isinstance(sents, dict) else sents
        bounds = [(s["span"]["start"], s["span"]["end"]) for s in sents] or [(0, 10**9)]
        for start, end in bounds:
            words, tags = [], []
            for tok in tokens:
                if start <= tok["span"]["start"] < end:
                    word = doc["text"]["string"][tok["span"]["start"]:tok["span"]["end"]]
                    if not word.strip():
                        continue
                    ner = tok.get("ner")
                    ner = ner.get("string", "O") if isinstance(ner, dict) else (ner or "O")
                    words.append(word.replace(" ", "_"))
                    tags.append(_map_tag(ner, _SMARTDATA_MAP))
            if words:
                yield words, normalize_bio(tags)
