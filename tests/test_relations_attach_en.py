"""English subjects the parser hung on an auxiliary (relations/attach_en.auxiliary_subjects); sentences written for
these tests."""

from __future__ import annotations

from tests.relations_text import edges


def test_the_subject_of_being_in_a_with_clause_is_the_verbs():
    assert edges("Officials fear a wider war, with 8,000 Belarusian sappers being readied to join the fight.") \
        == {("MOBILIZE", "Belarus", None)}


def test_a_subject_of_the_verb_itself_is_kept():
    assert edges("Officials say 8,000 Belarusian sappers are being readied.") == {("MOBILIZE", "Belarus", None)}
