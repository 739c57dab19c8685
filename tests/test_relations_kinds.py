"""Which relation types and modes stand without a recipient (relations/kinds.py); sentences written for these tests."""

from __future__ import annotations

from lagebild.relations import kinds
from tests.relations_text import edges


def test_hiding_ones_own_acts_stands_alone():
    assert "misinformation" in kinds.ALONE_MODES
    assert edges("Belarus has been concealing the losses of its army in Syria.") == {("COERCE", "Belarus", None)}


def test_a_coercion_of_no_one_named_is_still_no_relation():
    assert edges("Belarusian police detained dozens on Sunday.") == set()


def test_a_concealment_has_no_recipient():
    got = edges("Analysts say Belarus concealed arms shipments to Syria.")
    assert [e for e in got if e[0] == "COERCE"] == [("COERCE", "Belarus", None)]
