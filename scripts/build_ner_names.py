"""Build src/lagebild/models/ner-de/names.tsv: the NER model's name classes (F/P/O/G) of capitalized words.

Each word seen in a name of WikiANN's German *dev* split (never trained on) gets the class of the names it
is seen in most: first name, person, organization or place (lagebild.entities.features.name_classes). It is a
vocabulary of that corpus, so it is built from ../shared/data here (make install/test/run), not tracked. The
model reads it as part of its word-class feature; ``scripts/train_ner.py`` writes the same file.

    .venv/bin/python scripts/build_ner_names.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lagebild.entities import corpora  # noqa: E402
from lagebild.entities.features import NAMES_FILE, save_names  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
MODEL = ROOT / "src" / "lagebild" / "models" / "ner-de"


def main() -> None:
    source = DATA / "wikiann-de" / "dev.tsv"
    if not source.is_file():
        sys.exit(f"{source}: no such file (WikiANN de dev, in ../shared/data beside the repository)")
    save_names(list(corpora.wikiann(source)), MODEL)
    print("wrote", MODEL / NAMES_FILE)


if __name__ == "__main__":
    main()
