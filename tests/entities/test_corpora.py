"""NER corpus readers: BIO repair, spans, the GermEval mapping and held-out split."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.entities import corpora


@pytest.mark.parametrize("tags, expected", [
    (["I-PER", "I-PER", "O"], ["B-PER", "I-PER", "O"]),
    (["B-PER", "I-LOC"], ["B-PER", "B-LOC"]),
    (["O", "B-ORG", "I-ORG"], ["O", "B-ORG", "I-ORG"]),
])
def test_normalize_bio(tags: list[str], expected: list[str]) -> None:
    assert corpora.normalize_bio(tags) == expected


def test_bio_spans() -> None:
    assert corpora.bio_spans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC")]


def _germeval_file(tmp_path: Path, n: int) -> Path:
    lines = []
    for i in range(n):
        lines += [f"#\thttp://x/{i}\t[2010-01-01]\t", "1\tDie\tO\tO", "2\tdeutsche\tB-LOCderiv\tO",
                  "3\tBahn\tB-ORG\tO", "4\tin\tO\tO", "5\tBerlin\tB-LOC\tO", "6\tEcce\tB-OTH\tO", ""]
    path = tmp_path / "ge.tsv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_germeval_mapping_and_split(tmp_path: Path) -> None:
    path = _germeval_file(tmp_path, 8)
    (words, tags), url = next(corpora.germeval(path))
    assert tags == ["O", "O", "B-ORG", "O", "B-LOC", "B-MISC"]  # deriv dropped, OTH -> MISC
    assert url == "http://x/0"
    held = [u for _, u in corpora.germeval(path, "heldout")]
    train = [u for _, u in corpora.germeval(path, "train")]
    assert held == ["http://x/3", "http://x/7"]
    assert len(train) == 6 and not set(held) & set(train)


def test_europarl_nationality_adjective_dropped(tmp_path: Path) -> None:
    path = tmp_path / "ep.tsv"
    path.write_text("die\td\tART\tI-NC\tO\ndeutsche\td\tADJA\tI-NC\tI-MISC\nRegierung\tR\tNN\tI-NC\tO\n"
                    "in\ti\tAPPR\tO\tO\nBonn\tB\tNE\tI-NC\tI-LOC\n", encoding="utf-8")
    assert list(corpora.europarl(path)) == [(["die", "deutsche", "Regierung", "in", "Bonn"],
                                             ["O", "O", "O", "O", "B-LOC"])]
