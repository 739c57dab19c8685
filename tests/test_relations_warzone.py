"""The war zone is no recipient (relations/warzone.py); sentences written for these tests."""

from __future__ import annotations

from lagebild.model import Relation
from lagebild.relations import warzone
from tests.relations_text import relations_of


def test_a_leader_sending_forces_into_the_war_zone_sends_them_where_his_state_sends_them():
    got = relations_of("Nordkorea hat Soldaten nach Russland geschickt. Dass Kim Jong-un weitere Söldner in die "
                       "Ukraine schickt, gilt als sicher.", "de")
    assert {(r.actor, r.recipient) for r in got if r.sentence == 1} == {("Kim Jong-un", "Russland")}


def _aid(actor: str, recipient: str, placed: bool) -> Relation:
    return Relation(type="AID", mode=None, context=["military"], actor=actor, actor_text=None, recipient=recipient,
                    recipient_text=None, predicate="schickt", provenance=warzone.PLACED if placed else "")


def test_redirect_takes_the_persons_state_only_with_the_gazetteer():
    from lagebild.entities.gazetteer import gazetteer

    flows = [_aid("Nordkorea", "Russland", False), _aid("Kim Jong-un", "Ukraine", True)]
    assert warzone.redirect(flows)[1].recipient == "Ukraine"
    flows = [_aid("Nordkorea", "Russland", False), _aid("Kim Jong-un", "Ukraine", True)]
    assert warzone.redirect(flows, gazetteer("de"))[1].recipient == "Russland"
