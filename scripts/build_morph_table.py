"""Build src/lagebild/models/morph-de/forms.tsv.gz: HanTa's out-of-context analysis of common German word forms.

HanTa (the German tagger behind lagebild.morphology) spends about a millisecond per new word form, which
made it a third of the ingest time; a precomputed table of its answers for the word forms of openly
licensed German text makes most lookups a dictionary hit. The table holds HanTa's own answers (lemma,
tag), so lookups give exactly what HanTa gives; lagebild.morphology ignores the table when the installed
HanTa version differs from the one that built it.

    .venv/bin/python scripts/build_morph_table.py

Word forms (a vocabulary only, no sentences; read from ../shared/data, never copied): GermEval 2014 dev
(CC BY 4.0), UD German GSD and PUD (CC BY-SA), GePaDe (CC0), WikiWarsDE (CC BY-SA), WikiANN de (Wikipedia
text, CC BY-SA), Europeana newspapers (CC0), MobIE (CC BY 4.0). Every lower-case form (verbs, adjectives,
function words: the attribution rules tag each of them) and capitalized forms seen at least twice.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
from collections import Counter
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lagebild import morphology  # noqa: E402
from lagebild.entities import corpora  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


def word_forms() -> Counter:
    counts: Counter = Counter()

    def add(words: list[str]) -> None:
        counts.update(w for w in words if any(ch.isalpha() for ch in w) and len(w) <= morphology.MAX_WORD
                      and not any(ch.isspace() for ch in w))

    for line in (DATA / "germeval2014-ner" / "NER-de-dev.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) > 2 and not line.startswith("#"):
            add([parts[1]])
    for path in sorted((DATA / "ud-german").glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 10 and parts[0].isdigit():
                add([parts[1]])
    for item in json.loads((DATA / "gepade-spkatt" / "dev.json").read_text(encoding="utf-8")).values():
        add(item["words"])
    for path in sorted((DATA / "wikiwarsde" / "WikiWarsDE_20110412" / "in").glob("*.sgm")):
        add(re.findall(r"\w+(?:-\w+)*", re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8"))))
    for split in ("train", "dev", "test"):
        for words, _ in corpora.wikiann(DATA / "wikiann-de" / f"{split}.tsv", clean=False):
            add(words)
    for path in sorted((DATA / "europeana-ner-de").glob("*.bio")):
        for words, _ in corpora.europeana(path):
            add(words)
    for words, _ in corpora.mobie(DATA / "mobie-ner-de" / "ner_conll03_formatted.zip", ("train", "dev", "test")):
        add(words)
    return counts


def main() -> None:
    counts = word_forms()
    forms = sorted(w for w, n in counts.items() if w[:1].islower() or n >= 2)
    print(f"{len(forms)} word forms of {len(counts)}", flush=True)
    started = time.process_time()
    tagger = morphology._tagger()
    lines = [f"# HanTa {version('HanTa')}: word<TAB>tag<TAB>lemma (empty: the word itself); "
             "built by scripts/build_morph_table.py"]
    for i, word in enumerate(forms):
        lemma, tag = tagger.analyze(word)
        lines.append(f"{word}\t{tag}\t{'' if lemma == word else lemma}")
        if i % 20000 == 0:
            print(i, round(time.process_time() - started), "s", flush=True)
    out = morphology.TABLE
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:  # same bytes each run
        f.write(("\n".join(lines) + "\n").encode("utf-8"))
    print("wrote", out, len(forms), "forms", flush=True)


if __name__ == "__main__":
    main()
