"""Export a trained crfsuite CRF (model.crfsuite) into the weights file the package ships and tags with.

crfsuite's model file keeps its attribute string table: every feature string the training read (word forms,
prefixes, cluster ids of the training corpora). The weights file (entities/crf_decode.py, WEIGHTS_FILE) keeps
the labels, the transitions and the state weights of each attribute with a non-zero weight, keyed by a 64-bit
hash of its string, and no string; the export refuses a model in which two attribute strings share a hash.
It records in the folder's meta.json ("weights") the file's SHA-256, the model file it came from and how.

    .venv/bin/python scripts/export_ner_crf.py build/ner-de-crf   # model.crfsuite -> weights.npz there
    .venv/bin/python scripts/export_ner_crf.py build/ner-de-crf --out src/lagebild/models/ner-de-crf

`make train-ner-crf` runs it after training (scripts/train_ner_crf.py calls ``export``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lagebild.entities.crf import MODEL_FILE  # noqa: E402
from lagebild.entities.crf_decode import WEIGHTS_FILE, WEIGHTS_FORMAT, export_weights  # noqa: E402


def export(folder: Path, out: Path | None = None) -> dict:
    """``folder``/model.crfsuite -> ``out``/weights.npz (``out`` defaults to ``folder``), and the "weights" entry
    of ``out``/meta.json (which must exist: train_ner_crf.py writes it)."""
    out = out or folder
    model = folder / MODEL_FILE
    target = out / WEIGHTS_FILE
    counts = export_weights(model, target)
    entry = {
        "file": WEIGHTS_FILE, "format": WEIGHTS_FORMAT,
        "sha256": hashlib.sha256(target.read_bytes()).hexdigest(),
        "size_bytes": target.stat().st_size,
        "made_by": "scripts/export_ner_crf.py (entities.crf_decode.export_weights): crfsuite's labels, "
                   "transitions and non-zero state weights (float64, unchanged), attributes keyed by "
                   "blake2b-64 of their UTF-8 strings, no strings",
        "from": {"file": MODEL_FILE, "sha256": hashlib.sha256(model.read_bytes()).hexdigest(),
                 "size_bytes": model.stat().st_size},
        **counts,
    }
    meta_path = out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["weights"] = entry
    meta_path.write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return entry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help=f"the folder holding {MODEL_FILE} (and meta.json)")
    parser.add_argument("--out", type=Path, help="where weights.npz goes and whose meta.json records it "
                        "(default: the folder itself)")
    args = parser.parse_args()
    entry = export(args.folder, args.out)
    print(json.dumps(entry, indent=1))


if __name__ == "__main__":
    main()
