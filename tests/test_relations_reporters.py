"""The source of an announcement acts in the infinitive clause it announces (relations/reporters.announcers)."""

from __future__ import annotations

from tests.relations_text import relations_of


def _edges(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(r.type, r.actor, r.recipient, r.status) for r in relations_of(text, "de")}


def test_the_announcer_of_an_infinitive_with_its_object_first_acts():
    # the recipient before the infinitive was the only free mention, so it was taken for the actor
    assert ("AID", "Belgien", "Ukraine", "planned") in _edges(
        "Belgien kündigte am Dienstag an, der Ukraine bis zum Sommer zwei Fregatten zu liefern.")
    got = _edges("Spanien und Portugal kündigten an, die Ukraine mit Munition zu unterstützen.")
    assert {("AID", "Spanien", "Ukraine"), ("AID", "Portugal", "Ukraine")} <= {g[:3] for g in got}
    assert not any(g[1] == "Ukraine" for g in got)


def test_a_named_object_before_the_infinitive_stays_its_actor():
    # "forderte X auf, ... zu liefern": X, not the speaker, is asked to deliver
    got = _edges("Der Präsident forderte Belgien auf, der Ukraine weitere Fregatten zu liefern.")
    assert ("AID", "Belgien", "Ukraine") in {g[:3] for g in got}


def test_a_speaker_is_no_actor_of_a_finite_clause_he_reports():
    # no infinitive: what the speaker says has its own subject
    got = _edges("Belgien erklärte am Dienstag, Norwegen habe der Ukraine Fregatten geliefert.")
    assert ("AID", "Belgien", "Ukraine") not in {g[:3] for g in got}


def test_a_speaker_judging_an_act_of_no_one_named_announces_nothing():
    # the infinitive follows a clause of its own: an opinion about helping, not an act of the speaker
    assert not any(g[1] in ("Belgien", "Olaf Scholz") for g in _edges(
        "Belgien sagte, es sei richtig, Norwegen zu unterstützen."))
    assert not any(g[1] == "Olaf Scholz" for g in _edges("Scholz sagte, es sei wichtig, der Ukraine zu helfen."))
