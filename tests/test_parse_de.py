"""The German parser: CoNLL-U reading on surface tokens, the shipped model, and roles read off a parse."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.evaluation import ud
from lagebild.relations import parse_de, roles_de
from lagebild.relations.parse_de import Parse

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


def _parse(rows: str) -> Parse:
    """A hand-written parse: one "word head dep pos case" row per token (head 1-based, 0 = root)."""
    cols = [line.split() for line in rows.strip().splitlines()]
    return Parse(tuple(c[0] for c in cols), tuple(int(c[1]) - 1 if c[1] != "0" else i for i, c in enumerate(cols)),
                 tuple(c[2] for c in cols), tuple(c[3] for c in cols),
                 tuple(None if c[4] == "-" else c[4] for c in cols), "test")


def test_object_first_subject_later_is_the_actor():
    # the object stands first: "Den Nachbarn Polen unterstützt Deutschland."
    p = _parse("""
        Den 2 det DET Acc
        Nachbarn 4 obj NOUN Acc
        Polen 2 appos PROPN Acc
        unterstützt 0 ROOT VERB -
        Deutschland 4 nsubj PROPN Nom
        . 4 punct PUNCT -
    """)
    assert roles_de.syntactic_roles(p, 3, 1, [(2, 3), (4, 5)]) == ["recipient", "actor"]


def test_passive_agent_and_subject():
    # "Russland wurde von Nordkorea beliefert."
    p = _parse("""
        Russland 5 nsubj:pass PROPN Nom
        wurde 5 aux:pass AUX -
        von 4 case ADP -
        Nordkorea 5 obl PROPN Dat
        beliefert 0 ROOT VERB -
        . 5 punct PUNCT -
    """)
    assert roles_de.syntactic_roles(p, 4, 1, [(0, 1), (3, 4)]) == ["recipient", "origin"]


def test_complement_and_relative_clause_subjects():
    # "Nordkorea entschied, Soldaten zu schicken." - the controlling verb's subject acts
    p = _parse("""
        Nordkorea 2 nsubj PROPN Nom
        entschied 0 ROOT VERB -
        , 6 punct PUNCT -
        Soldaten 6 obj NOUN Acc
        zu 6 mark PART -
        schicken 2 xcomp VERB -
        . 2 punct PUNCT -
    """)
    assert roles_de.syntactic_roles(p, 5, 1, [(0, 1)]) == ["actor"]
    # "Belarus, das Russland unterstützt, ..." - the relative pronoun is the subject: the noun acts
    p = _parse("""
        Belarus 0 ROOT PROPN Nom
        , 5 punct PUNCT -
        das 5 nsubj PRON Nom
        Russland 5 obj PROPN Acc
        unterstützt 1 acl:relcl VERB -
    """)
    assert roles_de.syntactic_roles(p, 4, 1, [(0, 1), (3, 4)]) == ["actor", "recipient"]


def test_qualifying_adjective_and_genitive_of_a_noun_trigger():
    # "Nordkoreanische Soldaten kämpfen" - the adjective qualifies the subject
    p = _parse("""
        Nordkoreanische 2 amod ADJ Nom
        Soldaten 3 nsubj NOUN Nom
        kämpfen 0 ROOT VERB -
    """)
    assert roles_de.syntactic_roles(p, 2, 1, [(0, 1)]) == ["actor"]
    # "Die Unterstützung Belarus' für Russland" - a genitive of the noun trigger acts
    p = _parse("""
        Die 2 det DET Nom
        Unterstützung 0 ROOT NOUN Nom
        Belarus 2 nmod PROPN Gen
        für 5 case ADP -
        Russland 2 nmod PROPN Acc
    """)
    assert roles_de.syntactic_roles(p, 1, 1, [(2, 3), (4, 5)]) == ["actor", None]


def test_accusative_subject_is_not_trusted():
    p = _parse("""
        Russland 2 nsubj PROPN Acc
        unterstützt 0 ROOT VERB -
    """)
    assert roles_de.syntactic_roles(p, 1, 1, [(0, 1)]) == [None]


class _Mention:
    def __init__(self, first: int, last: int, label: str = "LOC"):
        self.first, self.last, self.label = first, last, label


def test_refine_leaves_free_mentions_to_the_heuristics(monkeypatch):
    p = _parse("""
        Polen 2 obj PROPN Acc
        unterstützt 0 ROOT VERB -
        Deutschland 2 nsubj PROPN Nom
    """)
    monkeypatch.setattr(parse_de, "parse", lambda words: p)
    found = [_Mention(0, 1), _Mention(2, 3)]
    words = list(p.words)
    assert roles_de.refine(words, 1, 1, found, [None, None]) == [None, None]  # the heuristics have candidates
    # both are reporting sources (no candidate left): the parse decides
    assert roles_de.refine(words, 1, 1, found, [None, None], "SUPPORT", False, found) == ["recipient", "genitive"]
    # a receiving trigger ("erhielt"): its subject receives
    assert roles_de.refine(words, 1, 1, found, [None, "origin"], "AID", True, found[:1]) == ["recipient", "origin"]


@pytest.mark.skipif(not parse_de.available(), reason="no parser model installed")
def test_shipped_model_parses_our_tokens():
    words = ("Nordkorea", "hat", "Soldaten", "nach", "Russland", "geschickt", ".")
    p = parse_de.parse(words)
    assert p is not None and p.words == words and p.model.startswith("parse-de-")
    assert len(p.heads) == len(words) and all(0 <= h < len(words) for h in p.heads)
    assert sum(1 for i, h in enumerate(p.heads) if h == i) >= 1  # a root
    assert parse_de.parse(words) is p  # parsed once per sentence
    assert parse_de.parse(()) is None


def test_refine_parses_a_place_role_only_with_an_agent_preposition(monkeypatch):
    p = _parse("""
        Ungarn 5 nsubj:pass PROPN Nom
        wurde 5 aux:pass AUX -
        von 4 case ADP -
        Polen 5 obl PROPN Dat
        kritisiert 0 ROOT VERB -
    """)
    asked: list[tuple[str, ...]] = []
    monkeypatch.setattr(parse_de, "parse", lambda words: asked.append(words) or p)
    found = [_Mention(3, 4, "ORG")]
    # with "von": the parse may make the place role an origin (the slow path), and it does
    assert roles_de.refine(list(p.words), 4, 1, found, ["place"]) == ["origin"]
    assert len(asked) == 1
    # without an agent's preposition no parse can name an origin: none is asked, the roles stay
    words = ["Ungarn", "wurde", "aus", "Polen", "kritisiert"]
    assert roles_de.refine(words, 4, 1, found, ["place"]) == ["place"]
    assert len(asked) == 1
    # a free role (here a reporting source's) is the parse's to decide, with or without such a preposition
    assert roles_de.refine(words, 4, 1, found, [None], "", False, found) is not None
    assert len(asked) == 2


@pytest.mark.skipif(not parse_de.available(), reason="no parser model installed")
def test_without_an_agent_preposition_the_shipped_model_names_no_origin():
    # the proof behind refine's test, on the real parses of sentences of our own
    for text in ("Die Regierung in Madrid wurde aus Portugal kritisiert .",
                 "Nach Angaben aus Paris wurden in Lyon Fahrzeuge der Armee gesehen .",
                 "Die in Belgien gebauten Panzer wurden nach Polen geliefert ."):
        words = tuple(text.split())
        spans = [(j, j + 1) for j, w in enumerate(words) if w[:1].isupper()]
        for k in range(len(words)):
            assert "origin" not in roles_de.syntactic_roles(parse_de.parse(words), k, 1, spans)
    # with "von" the same parse can
    words = tuple("Die Regierung in Madrid wurde von Portugal kritisiert .".split())
    assert roles_de.syntactic_roles(parse_de.parse(words), 7, 1, [(6, 7)]) == ["origin"]


@pytest.mark.skipif(not parse_de.available(), reason="no parser model installed")
def test_the_german_relations_component_loads_the_parser_when_built():
    from lagebild.pipeline.relations import Relations

    parse_de._model.cache_clear()
    Relations("en")
    assert parse_de._model.cache_info().currsize == 0
    Relations("de")
    assert parse_de._model.cache_info().currsize == 1
