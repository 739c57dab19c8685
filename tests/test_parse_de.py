"""The German parser: CoNLL-U reading on surface tokens and the shipped model."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.evaluation import ud
from lagebild.relations import parse_de

# our own sentence ("Er ging zum Markt."), with "zum" = "zu dem" as a multiword token
CONLLU = """# sent_id = t1
# text = Er ging zum Markt.
1\tEr\ter\tPRON\tPPER\tCase=Nom|Number=Sing\t2\tnsubj\t_\t_
2\tging\tgehen\tVERB\tVVFIN\tNumber=Sing|VerbForm=Fin\t0\troot\t_\t_
3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_
3\tzu\tzu\tADP\tAPPR\t_\t5\tcase\t_\t_
4\tdem\tder\tDET\tART\tCase=Dat|Number=Sing\t5\tdet\t_\t_
5\tMarkt\tMarkt\tNOUN\tNN\tCase=Dat|Number=Sing\t2\tobl\t_\t_
6\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_

"""


def test_multiword_tokens_stay_whole(tmp_path: Path):
    path = tmp_path / "t.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    (sent,) = ud.read(path)
    assert sent.words == ["Er", "ging", "zum", "Markt", "."]
    assert sent.heads == [1, 1, 3, 1, 1]  # the root points to itself; "Markt" keeps its head
    assert sent.deps == ["nsubj", "ROOT", "case", "obl", "punct"]  # "zum" takes the part headed outside it
    assert sent.feats[2]["Case"] == "Dat"  # ... and dem's case
    assert sent.morph(3) == "Case=Dat|Number=Sing"


def test_bad_conllu_line_names_the_file(tmp_path: Path):
    path = tmp_path / "bad.conllu"
    path.write_text("1\tEr\ter\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.conllu"):
        ud.read(path)


def test_scores_count_heads_labels_and_case(tmp_path: Path):
    path = tmp_path / "t.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    (sent,) = ud.read(path)
    scores = ud.Scores()
    # one wrong head ("Markt" -> "zum"), one wrong label ("Er" obj), one wrong case ("Markt" Acc)
    scores.add(sent, [1, 1, 3, 2, 1], ["obj", "ROOT", "case", "obl", "punct"], sent.pos,
               ["Nom", None, "Dat", "Acc", None])
    result = scores.result()
    assert result["uas"] == 0.8 and result["las"] == 0.6
    assert result["case_acc"] == round(2 / 3, 4)


@pytest.mark.skipif(not parse_de.available(), reason="no parser model installed")
def test_shipped_model_parses_our_tokens():
    words = ("Nordkorea", "hat", "Soldaten", "nach", "Russland", "geschickt", ".")
    p = parse_de.parse(words)
    assert p is not None and p.words == words and p.model.startswith("parse-de-")
    assert len(p.heads) == len(words) and all(0 <= h < len(words) for h in p.heads)
    assert sum(1 for i, h in enumerate(p.heads) if h == i) >= 1  # a root
    assert parse_de.parse(words) is p  # parsed once per sentence
    assert parse_de.parse(()) is None


@pytest.mark.skipif(not parse_de.available(), reason="no parser model installed")
def test_the_german_relations_component_loads_the_parser_when_built():
    from lagebild.pipeline.relations import Relations

    parse_de._model.cache_clear()
    Relations("en")
    assert parse_de._model.cache_info().currsize == 0
    Relations("de")
    assert parse_de._model.cache_info().currsize == 1
