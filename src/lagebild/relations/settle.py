"""The passes over a document's relations once extract.py has read every sentence, in this order: the acts other
readers find in the whole document (crowds, judgements said of an act, passive summons), the sources of the
relations without a figure, then the fills and filters that need the document (promised help, recipients carried
over, a pact's other party, implied opponents, roles and pronouns resolved to states, own sides dropped). Each
line says what its pass does; a later pass may rely on the fills before it."""

from __future__ import annotations

from collections.abc import Callable

from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from . import (
    appeals_de,
    armies_de,
    asked,
    captors,
    captures,
    continued,
    crowds,
    deployments,
    events,
    exchange,
    figurative,
    flow_compounds,
    handed,
    headlines,
    homecoming,
    implied,
    joining_de,
    judged_flows,
    judgements,
    judges,
    looming_de,
    meetings,
    mobilize_de,
    moves_en,
    nonevents_de,
    pacts,
    pair_order,
    pairs,
    patients,
    penalties,
    pronouns,
    protests_de,
    provisions,
    record,
    reproach_de,
    resigned,
    returned,
    role_holders,
    rolenouns,
    said_judgements,
    sides,
    stance,
    summons,
    visits,
    warzone,
    welcomes_en,
)
from .kinds import ALONE, CARRY, MUTUAL
from .lexicon import RelationLexicon


def document(doc: Doc, relations: list[Relation], unsourced: list[Relation],
             displaced: dict[int, tuple[Relation, Relation]], judged: dict[int, tuple[Relation, str]], lex: RelationLexicon,
             gaz: Gazetteer, clause: Callable) -> list[Relation]:
    """The relations of ``doc`` after the document's passes (``relations``: those of its sentences, in order;
    ``unsourced``: those without a figure, whose source is still to find; ``displaced``: id of a relation -> (it,
    the one it replaced as the same event); ``judged``: id of a relation -> it and the kind of verb judging its noun;
    ``clause``: extract._clause, the bounds of a trigger's clause)."""
    crowd_acts = crowds.find(doc, relations, lex, gaz)  # protests and clashes of crowds ("300 Bauern", crowds.py)
    relations += crowd_acts
    unsourced += [r for r in crowd_acts if r.quantity_index is None]
    relations, looming = looming_de.find(doc, relations, lex, gaz)  # "droht eine EU-Strafe": a SANCTION that may come
    relations += looming  # (no source looked for: the attribution layer reads "droht" as a cue of speech)
    relations = protests_de.without_other_senses(doc, relations, lex.lang)  # "demonstriert Einigkeit"
    relations = reproach_de.settle(doc, relations, lex, gaz)  # "Dem Minister wirft X vor": the dative accused
    relations += judgements.find(doc, relations, lex, gaz)  # "X's act was a mistake, said Y": Y's own act (judgements.py)
    relations += said_judgements.find(doc, relations, lex, gaz)  # "sprach von einem Skandal", blame
    relations += summons.passive(doc, relations, lex, gaz)  # "der Botschafter wurde einbestellt" (summons.py)
    compounds = flow_compounds.find(doc, relations, lex, gaz)  # "Ukraine-Hilfe": Ukraine receives (flow_compounds.py)
    relations += compounds
    unsourced += [r for r in compounds if r.quantity_index is None]
    record.sources(doc, unsourced, lex)
    relations = stance.promised(doc, relations, lex)  # "hat zugesagt, Soldaten zu schicken": one AGREE (stance.py)
    headlines.attribute(doc, relations, gaz)  # "Moskau: X schickt ...": the speaker of a headline
    relations = mobilize_de.own_side(doc, handed.in_bracket(doc, relations, lex), lex.lang, gaz)  # handed, mobilize_de
    events.fill_recipients(relations, gaz, CARRY)  # (promised help counts for no recipient: it is no flow yet)
    returned.fill(doc, relations, gaz)  # "im Gegenzug": back to the giver of the flow it answers (returned.py)
    relations = stance.promised(doc, relations, lex)  # again: "zugesagt, Pioniere zu entsenden" to the filled recipient
    relations = pacts.fill(doc, pacts.unarmed(relations, lex.lang), gaz, lex)  # a pact one party signs: the other
    relations = judges.settle(relations, judged)  # the actor of a noun a speaker judges or confirms (judges.py)
    relations = captures.fill(relations)  # the captives the document implies (captures.py)
    relations = exchange.counter(doc, relations, lex, clause)  # "im Austausch für Waffen": the flow back (exchange.py)
    relations = warzone.redirect(warzone.without_fronts(relations), gaz)
    welcomes_en.as_visits(doc, relations)  # "welcomed Scholz to Paris": a visit, no support (welcomes_en.py)
    meetings.visitors_first(relations, gaz)
    meetings.hosts_first(doc, relations, gaz, lex)  # "Gespräche mit ... Duda in Seoul": the visitor acts
    relations = visits.without_stray_hosts(doc, relations)  # "nach dem Besuch Macrons ... einbestellt" (visits.py)
    relations = joining_de.sided(doc, relations)  # "im Ukraine-Krieg mitkämpfen": against Ukraine, if sided
    relations = events.without(relations, events.allied_assaults(relations), displaced)
    relations = implied.fill(doc, relations, lex, gaz)  # the opponent of a fight the sentence leaves out
    relations = armies_de.ground(doc, relations, lex, gaz)  # "Dorf Kleinfeld eingenommen": from the enemy
    relations = implied.enemy_aid(relations, gaz)  # no aid to the enemy: the war zone read as the recipient
    relations = figurative.without_figurative(doc, penalties.convictions(doc, relations), lex, gaz)  # general news
    relations = penalties.without_lifted(doc, relations, lex)  # "lifted sanctions on X": none imposed
    relations = provisions.without_provided(doc, relations, lex)  # "ein Pakt, der Beistand ... vorsieht"
    relations = asked.without_asked(doc, relations, lex.lang, displaced)  # "Hilfe anfordern": a request (asked.py)
    relations = judged_flows.without_judged(doc, relations, lex, gaz)  # "Solche Lieferungen wären ein Fehler, sagte X"
    relations = appeals_de.addressed(doc, relations)  # "sich an X wenden": X only (appeals_de.py)
    relations = deployments.weapons_used(doc, nonevents_de.without_movers(relations, lex.lang), lex.lang)  # nonevents_de
    relations = rolenouns.resolve(doc, relations, gaz)  # "die Bundesregierung": the story's country
    relations = resigned.fill(relations, lex.lang)  # a resignation told twice: the body left (resigned.py)
    relations = continued.fill(relations, doc, lex)  # "..., verlangte sie": the addressee of her demand before
    relations = role_holders.spoken(doc, relations)  # "der Minister" acting: in speech acts to someone
    relations = homecoming.fill(doc, moves_en.within(doc, relations, lex.lang, gaz), lex, gaz)  # moves_en, homecoming
    relations = captors.fill(doc, relations, lex, gaz)  # "were captured, said Kyiv": the source's side (captors.py)
    patients.for_states(doc, relations, lex.lang, gaz)  # "the Estonian minister X reported the capture of"
    pairs.coordinated_partner(doc, relations, gaz, MUTUAL)  # "Russland und Nordkorea schließen" (pairs.py)
    pair_order.visitor_first(doc, relations, gaz, MUTUAL)  # "die beiden Länder": the visiting state acts
    sides.carried_to_state(doc, relations, gaz)  # a person the sentence never names: his state (sides.py)
    pronouns.speakers_state(doc, relations, gaz)  # "wir" in an official's speech: his state (pronouns.py)
    relations = sides.drop_own_side(doc, relations, gaz, ALONE)  # no "Nordkorea -> Kim Jong-un" (sides.py)
    return events.at_home([r for r in relations if r.recipient is not None or r.type not in CARRY
                           or events.ABROAD in r.provenance])
