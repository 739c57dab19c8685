"""relations/talks_de.py: German words of talking that name no talks where they stand (issue 10). Sentences made
up, actors countries the gazetteer knows."""

from __future__ import annotations

from lagebild.relations.talks_de import no_talks
from tests.relations_text import edges


def test_sich_aussprechen_is_a_stance_not_talks():
    assert edges("Die Partei Polens sprach sich gegen ein Bündnis mit Litauen aus.", "de") == set()
    low = "die regierung spricht sich klar für ein abkommen mit lettland aus .".split()
    assert no_talks(low, 2)


def test_readiness_to_talk_is_no_talks():
    assert edges("Polen und Litauen sind gesprächsbereit.", "de") == set()
    assert no_talks(["die", "verhandlungsbereitschaft", "wächst"], 1)


def test_talks_stay():
    assert edges("Polen sprach mit Litauen über die Grenze.", "de") == {("CONSULT", "Polen", "Litauen")}
    # "sich absprechen" coordinates with the partner: talks
    assert edges("Polen sprach sich mit Litauen ab.", "de") == {("CONSULT", "Polen", "Litauen")}
    assert not no_talks(["die", "gespräche", "dauern"], 1)


def test_negotiations_are_talks_without_a_visit_mode():
    from tests.relations_text import relations_of

    rels = relations_of("Litauen führt seit Wochen Verhandlungen mit Polen.", "de")
    assert [(r.type, r.mode, r.actor, r.recipient) for r in rels] == [("CONSULT", None, "Litauen", "Polen")]
    visit = relations_of("Litauens Präsident reiste zu Gesprächen mit Polen nach Warschau.", "de")
    assert [(r.type, r.mode, r.actor, r.recipient) for r in visit] == [("CONSULT", "visit", "Litauen", "Polen")]
    talks_en = relations_of("Lithuania is negotiating with Poland over the pipeline.", "en")
    assert [(r.type, r.mode) for r in talks_en] == [("CONSULT", None)]
