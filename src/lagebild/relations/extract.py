"""Find the events between actors in a document: trigger words, the actors around them, and what they carry.

For each sentence:
1. actor mentions: entities naming a country, an organization or a person (a capital standing for its state,
   "Pjöngjang" -> Nordkorea); a country adjective only before an agent noun ("nordkoreanische Soldaten", not
   "die russische Stadt"); a country right before a person only qualifies the person ("Nordkoreas Machthaber
   Kim Jong-un"); the reporting source of the sentence is no actor;
2. triggers from lang/<code>/relations/triggers.txt give the PLOVER type, mode and context;
3. the preposition before each mention gives its role for that type (preps.txt): recipient ("nach Russland"),
   beneficiary ("kämpfen für Russland": an AID relation besides), place, or free; the first free mention is the
   actor (a genitive right after a noun trigger first: "die Unterstützung Nordkoreas"), a recipient-marked
   mention, else the next free mention, the recipient;
4. the figure nearest the trigger counts the object; source and hedge are the figure's, or found for the
   trigger exactly as for a figure (attribution.hedging); status cues come from status.txt in the clause.
"""

from __future__ import annotations

from bisect import bisect_left

from ..attribution import lexicon as attr_lexicon
from ..attribution.words import Sent
from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from . import (
    anaphora,
    appositions,
    armies_de,
    arrivals,
    attributive_de,
    captures,
    carried,
    coming_from,
    coordination,
    dashes,
    delegations,
    deployments,
    descriptions,
    endorsed,
    event_nouns,
    events,
    events_en,
    exchange,
    forces_en,
    frames,
    ground_de,
    implied,
    joined_en,
    joining_de,
    judges,
    mobilize_de,
    nonevents_de,
    nonevents_en,
    org_forces,
    pacts,
    partner_first,
    passives_de,
    patients,
    prepositions,
    pronouns,
    provenance_de,
    record,
    reliance,
    reporters,
    returned,
    role_holders,
    roles_de,
    roles_en,
    settle,
    speakers,
    stance,
    start_filter,
    struggles,
    support_idioms,
    supported,
    targets_en,
    threats,
    unnamed_subjects,
    verbal_nouns,
    visits,
    warzone,
)
from .index import quantities_in
from .kinds import ALONE, ALONE_IN_CLAUSE, ALONE_MODES, CARRY, MUTUAL, ORIGIN_TYPES, SAID_ALONE
from .lexicon import FLAGS, RelationLexicon, Trigger
from .mentions import CLAUSE_END, PLACE, QUOTES, Mention, countries, mentions, outside_speech, speaks

LAST = "last actor"  # key in the carry-over memory (a pronoun's person: pronouns.py)


def _clause(words: list[str], k: int, n: int, quoted: bool = False) -> tuple[int, int]:
    """Word bounds of the clause around the trigger at ``k`` (up to commas, colons, dashes, brackets, quotes;
    ``quoted``: quoted words stay inside, 'startete eine "überraschende" Offensive')."""
    ends = CLAUSE_END - QUOTES if quoted else CLAUSE_END
    lo = k
    while lo > 0 and words[lo - 1] not in ends:
        lo -= 1
    hi = k + n
    while hi < len(words) and words[hi] not in ends:
        hi += 1
    return lo, hi


def extract(doc: Doc, lex: RelationLexicon, gaz: Gazetteer) -> list[Relation]:
    """Every relation of ``doc``; needs tokens, sentences, entities (attributions, quantities, timexes help)."""
    relations: list[Relation] = []
    attr_lex = attr_lexicon.load(lex.lang)
    carry: dict[str, tuple[Mention, str]] = {}  # type -> (last recipient, its actor)
    memory = anaphora.Memory(find_ahead=lambda: anaphora.first_pair(doc, gaz))
    unsourced: list[Relation] = []  # relations without a figure: their source is found after the loop
    displaced: dict[int, tuple[Relation, Relation]] = {}  # id of a relation -> (it, the one it replaced: one event)
    judged: dict[int, tuple[Relation, str]] = {}  # id of a relation -> it, the kind of verb judging its noun (judges.py)
    for sent in doc.sents:
        if sent.kind == "dateline":
            continue
        toks = doc.sent_tokens(sent.i)
        words = [t.text for t in toks]
        low = list(map(str.lower, words))
        # where a trigger can start (triggers.txt, frames.txt; one look-up per word form): the rules run there only
        known, fired = lex.start_words, {}  # fired: start -> its line of triggers.txt (start_filter.firing)
        starting = [j for j, w in enumerate(low)
                    if (known[w] if w in known else start_filter.may_start(known, w, lex))]
        starting = start_filter.firing(words, low, starting, lex, fired) if starting else starting  # "sagte" without "zu"
        if not starting and lex.lang not in forces_en.LANGS:
            # no trigger: of its mentions only the countries matter, to a description in a later sentence
            # ("das Land"), so they are looked for only when one asks (anaphora.Memory)
            memory.defer(lambda i=sent.i, words=words, low=low, toks=toks: (
                countries(mentions(doc, i, words, [t.start for t in toks], gaz, lex)), low))
            continue
        starts = [t.start for t in toks]
        found = mentions(doc, sent.i, words, starts, gaz, lex)
        named = countries(found)
        found = role_holders.added(doc, words, low, toks,  # "der Kanzler" (role_holders.py)
                                   descriptions.described(doc, words, low, toks, found, lex, memory, gaz, relations), lex)
        found = carried.resolved(doc, sent.i, words, low, toks, found, relations, lex, gaz)  # "Diese sollen ..."
        found = armies_de.resolved(doc, sent.i, words, low, toks, found, relations, starting, lex, gaz)  # "Truppen"
        memory.note(named, low)
        orgs = frames.ModelOrgs(doc, sent.i, words, starts, found, lex)  # admitted per trigger (frames.py)
        pronoun_only = not found and not orgs.possible  # read for its "er"/"sie" (demands, criticism) only
        if pronoun_only and not (starting and pronouns.may_name_subject(low, lex.lang)):
            continue
        if not starting:  # no trigger in the sentence: what it names is remembered as after the loop below
            forces_en.note(carry, found, low, lex, lambda name: Mention(name, None, None, None, -1, -1, "carried"))
            continue
        objects = lex.objects  # lex.is_object of each word, without a call per word
        flows = any(w.endswith(objects) for w in low) or any(  # not "a delegation of 40 members" (delegations.py)
            delegations.counts_flow(q, lex.lang) for _, q in quantities_in(doc, sent.i))
        seen: dict[tuple[str, str | None], list[tuple[int, int]]] = {}  # (actor, recipient) -> (index, word)
        probe_sent: Sent | None = None
        relatives = frames.relative_spans(words, low) if lex.lang == "de" else []
        k = 0
        while k < len(words):
            k = _next_start(starting, k, len(words))  # the words before it start no trigger
            if k == len(words):
                break
            trig = joining_de.admitted(fired[k] if k in fired else lex.triggers_at(low, k), words, low, k, lex.lang) \
                or frames.trigger_at(words, low, k, found, orgs, lex) \
                or event_nouns.head_trigger(words, low, k, lex)  # "Asien-Reise" (event_nouns.py)
            if trig is None or any(m.first <= k < m.last for m in found) or events.attributive_promise(
                    trig, words, k, found) or events.attributive_present(trig, words, k, lex.lang) \
                    or nonevents_en.no_event(doc, sent.i, k, trig, lex) or event_nouns.means(trig, words, low, k, found) \
                    or nonevents_de.no_event(trig, words, low, k, lex) \
                    or struggles.no_event(trig, words, low, k, found, lex) \
                    or stance.no_event(words, low, k, len(trig.words), found, lex.lang):  # "dicht gedrängt", "er sei besorgt"
                k += 1
                continue
            n = len(trig.words)
            here = carried.in_own_clause(frames.outside_relatives(found, relatives, words, k), words, k, relatives)
            here = speakers.admit(here, doc, sent.i, words, starts, k, gaz, lex)  # "Die EU forderte X auf"
            if orgs.possible:
                here = sorted(here + orgs.admitted(words, low, k, n, trig.event_type(flows).rstrip(FLAGS),
                                                   *frames.clause(words, low, *_clause(words, k, n)), lex),
                              key=lambda m: m.first)
            for rel in joining_de.opponents(doc, _relations(doc, sent.i, words, low, starts, k, n, trig, flows, here, lex,
                                            carry, judged), trig, words, low, starts, k, lex, gaz):  # joining_de.py
                if pronoun_only and rel.type not in SAID_ALONE:
                    continue
                key = (rel.actor, rel.recipient)
                if rel.quantity_index is None:
                    probe_sent = probe_sent or Sent(doc, sent.i, attr_lex)
                    record.hedge(rel, probe_sent, k, lex)
                    unsourced.append(rel)
                at = events_en.same_event(doc, sent.i, rel, k, [(relations[j], kj, j) for j, kj in seen.get(key, ())],
                                          words, lex)  # English: the parse's clauses too (events_en.py)
                if at is not None:  # one relation per event (events.one_per_event)
                    events.one_per_event(relations, at, rel, _order, displaced)
                    continue
                seen.setdefault(key, []).append((len(relations), k))
                relations.append(rel)
                carry[LAST] = (Mention(rel.actor, None, None, None, -1, -1, "carried"), rel.actor)
            k += n
        forces_en.note(carry, found, low, lex, lambda name: Mention(name, None, None, None, -1, -1, "carried"))
    return settle.document(doc, relations, unsourced, displaced, judged, lex, gaz, _clause)


def _next_start(starting: list[int], k: int, end: int) -> int:
    """The first of the word indices ``starting`` (ascending) at or after ``k``; ``end`` when none is."""
    at = bisect_left(starting, k)
    return starting[at] if at < len(starting) else end


def _order(rel: Relation) -> int:
    """The line of the relation's trigger in triggers.txt (earlier lines are more specific)."""
    return int(rel.provenance.split(" ")[0].rsplit(":", 1)[-1])


def _relations(doc: Doc, i: int, words: list[str], low: list[str], starts: list[int], k: int, n: int,
               trig: Trigger, flows: bool, found: list[Mention], lex: RelationLexicon,
               carry: dict[str, tuple[Mention, str]], judged: dict[int, tuple[Relation, str]]) -> list[Relation]:
    kind = trig.event_type(flows)
    received = kind.endswith("~")  # "Moskau erhielt Granaten aus Nordkorea": the subject is the recipient
    # a source reports; it acts only in its own clause, outside what it reports ("sagte Baerbock bei einer Reise")
    found = dashes.in_part(outside_speech(doc, found, starts[k]), words, low, k, doc.sents[i].kind == "headline", lex)
    reporting = [m for m in found if m.source and not reporters.acts_outside(doc, m, starts[k])
                 and not speaks(doc, m, starts[k])]  # "Putin drohte": the speaker of a threat makes it
    needs_recipient, stays = "!" in kind, "@" in kind  # "getötet": victims are no actor; "ausgebildet": a place
    deploys = "^" in kind  # "nordkoreanische Soldaten eingesetzt": foreign troops in use (events.abroad)
    gives_with = "+" in kind  # "Moskau verstärkt mit Nordkoreanern seine Einheiten": "mit X" gives
    relies = reliance.relies(kind)  # "verließen sich auf nordkoreanische Waffen": "auf X" gives (reliance.py)
    received = received or gives_with or relies
    takes = ">" in kind  # "Dorf in Donezk eingenommen": the place taken names the side attacked
    needs_object = "$" in kind  # "setzt auf Soldaten": only with forces or goods in its clause
    flags, kind = kind, kind.rstrip(FLAGS)
    roles: list[str | None] = []
    preps: dict[int, str | None] = {}
    for m in found:
        # "nach einem russischen Angriff", "nach Putins Besuch": the preposition governs the noun (event_nouns.py)
        prep = None if event_nouns.noun_owner(words, m, k, n, lex.lang) else prepositions.governing_mention(words, low, m, lex)
        preps[id(m)] = prep
        role = lex.role(prep, kind) if prep else None
        if role is None and prep is not None and lex.role(prep, "*") is None and prep in lex.preps:
            role = "place"
        if prep in lex.origin and role in (None, "place") and kind in ORIGIN_TYPES:
            # "Soldaten aus Nordkorea", "von Nordkorea gelieferte Munition": where the flow comes from
            at = prepositions.index_before(low, m.first, prep)
            if at is not None and (received or prep in lex.agent_preps or events.noun_flow(at, k, n, words)
                                   or (at > 0 and (lex.is_object(low[at - 1]) or lex.is_agent(low[at - 1])))):
                role = "origin"
        # a genitive right after a noun trigger is its actor ("die Unterstützung Nordkoreas"), but the
        # recipient after "zur"/"zum" ("Soldaten zur Unterstützung Russlands") or of a giver's noun ("Lieferant Russlands")
        if role is None and m.first == k + n and words[k][:1].isupper() and words[m.last - 1].endswith("s") \
                and lex.lang == "de":
            role = "recipient" if k > 0 and low[k - 1] in ("zur", "zum") or event_nouns.served(words[k], kind) else "genitive"
        if roles_de.von_after_noun(words, low, k, n, m.first, prep, lex.lang) and m.label != PLACE:
            role = "genitive"  # "während einer Reise von Emmanuel Macron in Hanoi": the visitor
        # "zur russischen Unterstützung", "zur Unterstützung russischer Truppen": the helped side
        purpose = lex.lang == "de" and words[k][:1].isupper() and "zur" in low[max(0, k - 2):k]
        if purpose and prep in (None, "zur") and (m.last == k or m.first == k + n):
            role = "recipient"
        if flags.endswith("~") and role is None and exchange.made_by(words, low, m.first, m.last, lex):
            role = "origin"  # "Nordkorea erhält russische Jets": the maker gives (exchange.py)
        if (gives_with and prep == "mit" or relies and reliance.relied_on(words, low, m.first, m.last, lex)) and m.label != PLACE:
            role = "origin"
        if takes and m.label == PLACE and prep in ("in", "im"):
            role = "recipient"
        if m.label == PLACE and role != "recipient":  # a place is never an actor
            role = "place"
        if stays and role == "recipient" and prep == "in":
            role = "place"
        if prep is not None and events.in_attribute(words, m.last, lex.lang) and not reliance.supplied(kind, m.last, k, low, lex) \
                and not event_nouns.finite_after_phrase(words, k, n, m, found, prep):  # "Treffen mit X dauerte"
            role = "place"  # "in das an Polen grenzende Gebiet": part of a place's description
        roles.append(role)
    roles = coming_from.roles(words, low, k, n, found, roles, preps, lex.lang)  # "Kritik kam von der EU"
    found, roles = arrivals.arrived(doc, i, trig, kind, words, low, k, found, roles, preps, lex)  # "in X eingetroffen"
    # English: the roles from the dependency parse where it reads the trigger (roles_en.py)
    parsed = lex.lang == "en" and roles_en.assign(doc, i, k, n, kind, received, found, roles, lex)
    lo, hi = _clause(words, k, n)
    if lex.lang == "de":  # across brackets and a relative clause before the trigger (frames.py)
        lo, hi = frames.clause(words, low, lo, hi)
        lo = appositions.subject_start(words, low, found, lo, k, kind)  # "Der Chef, Ida Berger, fordert"
    if (threat := threats.stated(kind, words, low, k, n, lo, hi, lex.lang)) is None:
        return []  # "die Waffenruhe droht zu scheitern": no threat (threats.py)
    # before the roles below (none of them is read here): a trigger without its forces costs no parse
    if needs_object and not carried.objects_in(found, low, lo, hi, lex) or reliance.unprovided(flags, low, lo, hi):
        return []  # "Minsk und Teheran setzen aufeinander", "setzt auf Dialog": no forces, no event
    if lex.lang == "de":  # ground held and directions complete what no preposition decided (roles_de.py)
        frames.genitive_speakers(found, roles, words, k, n, kind)  # "die Kritik der Opposition": her criticism
        roles = roles_de.refine(words, k, n, found, roles, kind)
    roles = patients.assign(words, low, k, n, kind, found, roles, lex.lang)  # "die Festnahme ... durch X"
    roles = org_forces.held_ground(words, low, found, roles, lex.lang)  # "bombardierte Stellungen der Hamas"
    roles = attributive_de.outside_phrase(words, low, k, n, found, roles, lex)  # "die vom Iran unterstützten Rebellen"
    roles = stance.recipients(words, low, k, n, found, roles, lex)  # "verlangt von Ungarn" (stance.py)
    if sided := deployments.sided(doc, i, words, low, k, kind, found, roles, lo, hi, lex):  # "an syrischer Seite"
        forces = {m.canonical: m for f in sided[0] for m in coordination.coordinated(f, found, roles, words, lex.lang)}
        return [deployments.mark(record.relation(doc, i, words, low, k, n, trig, "AID", m, sided[1], lex))
                for m in forces.values() if m.canonical != sided[1].canonical]  # each of coordinated forces
    # an origin or agent acts only in the trigger's clause ("..., die von Polen gehaltenen Orte")
    origins = [m for m, r in zip(found, roles, strict=True) if r == "origin" and lo <= m.first < hi]
    if provenance_de.unsourced(flags, origins, low):
        return []  # "Verstärkung für die Abwehr": supplies without their origin are no flow (provenance_de.py)
    # a passive: its auxiliary next to the trigger ("wurden ... getötet", "were killed"), not a progressive
    near = low[max(lo, k - 3):min(hi, k + n + 3)]
    passive = any(w in passives_de.PASSIVE.get(lex.lang, ()) for w in near) and not low[k + n - 1].endswith("ing") \
        or lex.lang == "de" and (passives_de.present_passive(low, k, n, lo)
                                 or passives_de.unnamed_relative(low, k, found, lo)) \
        or events.participle_passive(low, k, n, lex.lang)  # "falls einer der Partner angegriffen würde"
    # "300 Soldaten wurden getötet": the subject suffers the act, no actor named; but troops "were deployed"
    # are their country's flow ("nordkoreanische Soldaten wurden verlegt")
    if passive and lex.lang == "de":  # "von X kritisiert", "von X und Y", "Soldaten aus X getötet" (passives_de)
        origins = passives_de.agents(origins, found, roles, words, low, k, lo, hi, kind, lex)
    if passive and not origins and lex.lang == "de" and (sides := pacts.passive_sides(kind, found, low, k)):
        return [record.relation(doc, i, words, low, k, n, trig, kind, sides[0], sides[1], lex)]  # "Vertrag zwischen"
    if passive and not origins and kind not in ("AID", "MOBILIZE") and not parsed \
            and not captures.forces_withdrawn(kind, trig.mode, found, words, low, k, lex) \
            and not visits.own_visitor(kind, words, k, found, roles, lex.lang):  # "nach dem Besuch Putins wurde"
        return []
    if gives_with and (own := mobilize_de.reinforcing(doc, i, words, low, k, n, trig, found, roles, lo, hi, lex)):
        return own  # "Moskau verstärkt seine Einheiten": no giver, its own forces (mobilize_de.py)
    if origins:  # the origin acts; the subject, if any, receives ("Russland setzt auf Soldaten aus Nordkorea")
        # "stammt ein Drittel der von Kubas Armee genutzten Raketen aus X": X gives, Kuba holds them
        origins, held = provenance_de.split(origins, found, roles, low, k, lo, hi, received and lex.lang == "de")
        # what is received comes from the origin after its verb ("stammt aus Nordkorea"), not from the
        # possessor before it ("Hälfte von Russlands Granaten stammt aus Nordkorea")
        actor = min(origins, key=lambda m: (received and m.first < k, abs(m.first - k)))
        rest = held or [m for m, r in zip(found, roles, strict=True)
                        if r in (None, "pair", "recipient") and m.canonical != actor.canonical and m not in reporting]
        rest = events.in_clause_first(rest, lo, hi)
        if received and not rest:  # "Hälfte von Russlands Granaten stammt aus Nordkorea": the possessor
            rest = [m for m in origins if m.canonical != actor.canonical and m.first < k]
        recipient = rest[0] if rest else None
        if recipient is None and takes and lex.lang == "de":  # "die Provinz X, die von Y besetzt ist" (ground_de.py)
            recipient = ground_de.taken(found, words, low, lo, k, actor)
        if kind == "MOBILIZE" and not stays and recipient is not None and recipient.label in ("LOC", PLACE):
            kind = "AID"  # "Russland setzt auf Soldaten aus Nordkorea": troops sent to another state
        if recipient is None and kind in CARRY and carry.get(kind) and carry[kind][1] != actor.canonical:
            recipient = Mention(carry[kind][0].canonical, None, None, None, -1, -1, "carried")
        # "der Plan wurde von X abgelehnt": a passive speech act with its agent stands alone, as the active does
        spoken = passive and lex.lang == "de" and kind in ALONE_IN_CLAUSE - {"AID"} and lo <= actor.first < hi
        pact = passive and recipient is None and pacts.pending(kind, low[k], lex.lang)  # "von X ratifiziert"
        spoken = spoken or pact
        if (recipient is None and kind not in ALONE and not spoken and not events.implied(kind, flows, lex.lang)) \
                or (stays and needs_recipient and preps.get(id(recipient)) not in lex.opponent):  # "aus X über Y"
            return []
        joined = passives_de.joined(actor, origins, low) if passive and lex.lang == "de" else [actor]  # "X und Y"
        made = [record.relation(doc, i, words, low, k, n, trig, kind, a, recipient, lex) for a in joined]
        return pacts.mark(made) if pact and recipient is None else made
    if received:
        return []
    free_all = [m for m, r in zip(found, roles, strict=True) if r in (None, "pair") and m not in reporting]
    if not free_all:  # "Nordkorea bestätigte die Entsendung von Soldaten": the source acts itself, but not in
        # the content it reports ("Japan believes the sailors left ...": Japan did not leave)
        free_all = [m for m, r in zip(found, roles, strict=True)
                    if r in (None, "pair") and not reporters.reports(doc, m, starts[k], lex)]
    # the actor: a genitive of a noun trigger, else the first free mention of the trigger's clause, else the nearest before it
    in_clause = [m for m in free_all if lo <= m.first < hi]
    before = [m for m in free_all if m.first < k]
    # "..., um Moskau zu unterstützen", "to assist Moscow", "einzunehmen": the main clause's subject acts
    # ... and "Frankreich kündigte an, der Ukraine Raketen zu liefern": the source, when no one else stands before
    if infinitive := roles_de.infinitive_actor([m for m in free_all if m.first < lo] or reporters.announcers(
            doc, [m for m, r in zip(found, roles, strict=True) if r in (None, "pair") and m.first < lo], starts[k], lex),
            words, low, roles_de.infinitive_verb(low, k, n, lex), lo, lex):
        in_clause = infinitive
    if roles_de.shares_subject(words, k, lo, lex.lang):
        # "Belarus braucht Devisen – und beliefert Putin mit Traktoren": a verb coordinated after "und" has the
        # subject of the clause before; a name after it is its object
        in_clause = [m for m in in_clause if m.first < k]
    actor = next((m for m, r in zip(found, roles, strict=True) if r == "genitive"), None)
    noun = lex.lang == "de" and k > 0 and words[k][:1].isupper()
    if actor is None and noun:  # a noun's own actor: "der russische Angriff", "Putins Besuch", "Rückkehr der x-ischen Pioniere"
        actor = captures.withdrawn_by(kind, trig.mode, found, words, low, k, n, lex) or event_nouns.possessor(
            [m for m, r in zip(found, roles, strict=True) if r != "recipient" and m not in reporting and m.label != PLACE], words, k, free_all, kind)
    if actor is None and noun and kind == "ASSAULT" and event_nouns.unnamed_attacker(words, low, k, n, found, lex):
        return []  # "den Angriff der PKK auf X verurteilt": the attacker is named, no mention (event_nouns.py)
    own = actor is not None  # named by the trigger's own syntax, not by word order or a pronoun
    # (English with a parse: only in the trigger's subject when it names no actor, the span roles_en gave)
    span = parsed if isinstance(parsed, tuple) else (lo, min(hi, k + n + 2))
    anaphor = lex.anaphor_in(low, *span) if actor is None and parsed is not True else None
    sie = None  # "sie": she or they, by the verb's number (also the polite "Sie" of an interview question)
    said_by = False  # a personal pronoun right after the verb that ends a quotation names the actor
    if actor is None and lex.lang == "de" and not anaphor:
        span = (0 if roles_de.shares_subject(words, k, lo, "de") else span[0], span[1])  # "Sie nannte ... und lobte"
        anaphor = sie = roles_de.sie(words, low, *span)
    # a name before the verb is its subject, but not after a pronoun: "er habe Polen kritisiert" (pronouns.py)
    subject_end = pronouns.at(low, *span, lex, k) if anaphor and not noun else k
    objects_first = [m for m in in_clause if subject_end <= m.first < k]  # then only a speaker's "er" (pronouns.py)
    if anaphor and not [m for m in in_clause if m.first < subject_end]:
        # "Das Land liefert auch Granaten": the actor the text last spoke of; "traf er": the person last named
        # (a personal pronoun never names forces, so forces_en.owner, "these soldiers", serves only the former)
        # "..., forderte er.": the speaker the attribution of that verb resolved (pronouns.said_source)
        after = (anaphor == "person" or sie == "person") and pronouns.after_said(words, low, k, n, span, lex)
        named = (forces_en.owner(carry, low, *span, lex) or carry.get(LAST)) if anaphor == "actor" else None \
            if anaphor == roles_de.ADDRESSEE else after and pronouns.said_source(doc, i, starts[k]) \
            or pronouns.person(doc, i, low, starts, *span, lex, bool(objects_first))  # "er", "sie", "he", "she"
        if anaphor == "actor" and pronouns.one_for_many(doc, named, low, *span, lex):
            return []  # "..., sie hätten abgelehnt": a plural pronoun is no single person (pronouns.py)
        if named is not None:
            actor = Mention(named if isinstance(named, str) else named[0].canonical, None, None, None, -1, -1, "carried")
            # "..., forderte er.": the speaker of what the sentence said before, in a clause naming no one else
            said_by = after and not any(lo <= m.first < hi for m in found)
        elif not in_clause or anaphor == "person" or sie:  # "kritisierte sie Polen", "kritisieren Sie Polen?":
            return []  # a name after the pronoun is no actor; "Japan believes the sailors left": ...
    if actor is None and kind == "CONSULT":  # people meet and visit: "betonte Duda bei seinem Besuch in Budapest"
        # the speaker in the trigger's own clause too: "..., betonte Duda am Montag bei seinem Besuch in Budapest"
        people = [m for m in before if m.label == "PER"] or \
            [m for m in reporting if m.label == "PER" and lo <= m.first < k and lex.lang == "de"]
        # "Lawrow sei auf Wunsch von Putin in Teheran zu seinem Besuch eingetroffen": "seinem" is the subject's
        actor = event_nouns.pair_side(found, words, k, n, kind) or frames.visitor(found, words, low, k, lo) or \
            ((people[0] if roles_de.possessed(low, k) else people[-1]) if people else None)
    if actor is None and (we := pronouns.official_we(doc, i, low, starts, *span, k, lex)) \
            and not [m for m in in_clause if m.first < we[1]]:  # "„Wir liefern ...“, sagte der x-ische Premier"
        actor = Mention(we[0], None, None, None, we[1], we[2], "carried")
    if actor is None and (in_clause or before) and pronouns.we_subject(doc, low, starts, lo, k, in_clause, lex.lang):
        return []  # "Wir fordern die Migranten auf": the names around "wir" are no actor (pronouns.py)
    actor = actor or (in_clause[0] if in_clause else coordination.head(before[-1], found, words) if before
                      else free_all[0] if free_all else None)
    judge = None if own or actor is None or lex.lang != "de" else judges.judged(words, low, k, actor.first, lex.lang,
                                                                                        _clause(words, k, n, quoted=True)[0])
    if actor is None or lex.lang == "de" and (frames.unnamed_subject(actor, words, k, lo, kind, MUTUAL)
                                              or stance.unnamed_perfect_subject(actor, words, low, k, lo, kind)):
        return []  # (frames.py: "Bomber besuchen Polen und Ungarn" names no side of a meeting)
    if lex.lang == "de" and not own and kind in judges.FLOWS and unnamed_subjects.object_side(
            actor, found, words, low, k, n, lo, lex):  # "die Kräfte ... Russlands Taktik unterstützen"
        return [unnamed_subjects.mark(record.relation(doc, i, words, low, k, n, trig, kind, actor, actor, lex), judged)]
    # "hat eine Gegenoffensive gestartet", "bei Kämpfen aktiv": a noun used as the verb (verbal_nouns.py)
    verbal = lex.lang == "de" and verbal_nouns.verbal(words, low, k, n, lo, hi, kind, actor,
                                                                   prepositions.governing(words, low, k, lex),
                                                                   _clause(words, k, n, quoted=True))
    # the actor's partners, with the country adjectives sharing its noun ("das russische wie das belarussische
    # Militär hat X angegriffen"): no recipient of the act they share
    partners = [] if kind in MUTUAL else coordination.shared_noun(actor, found, roles, words, lex.lang)
    free = [m for m, r in zip(found, roles, strict=True)
            if r in (None, "pair") and m is not actor and m not in reporting and m.canonical != actor.canonical and m not in partners
            and not roles_de.in_purpose_clause(low, m.first, k, hi, lex.lang)
            and not roles_de.before_own_clause(words, m, actor, lo, lex.lang)]
    # "Russia and North Korea say they signed a pact": speakers the syntax makes both sides of a mutual act
    both_speak = own and kind in MUTUAL and actor in reporting
    marked = [m for m, r in zip(found, roles, strict=True)
              if r == "recipient" and m.canonical != actor.canonical and (m not in reporting or both_speak)]
    # a free mention right after a verb trigger is its object ("met Kim in Pyongyang"), else a marked one
    direct = [m for m in free if k + n <= m.first <= k + n + 2 and m.first < hi and not words[k][:1].isupper()]
    # a place ("in Lima") only when no one is named ("traf er mit seinem Kollegen González"); the trigger's clause first
    named = [m for m in marked if m.label != PLACE]  # ("Schickt X Soldaten nach Y, liefert Z Waffen an W": W)
    named = partner_first.before_place(named, preps, kind, low, k, lo, hi, lex.lang)  # "in Ankara mit X": X
    places = [m for m in marked if m.label == PLACE]
    recipient = direct[0] if direct else min(named, key=lambda m: (not lo <= m.first < hi, abs(m.first - k))) if named else \
        (free[0] if free else min(places, key=lambda m: abs(m.first - k)) if places else None)
    recipient = event_nouns.pair_side(found, words, k, n, kind, actor) or frames.attached(marked, words, low, k, n) or recipient  # "zwischen X und Y", "Besuch in Lima"
    # "würdigte die Hilfe von Argentinien": praise goes to the deed's origin (judges.py)
    praise = None if recipient else judges.praised(found, preps, words, low, k, _clause(words, k, n, quoted=True)[1],
                                                   kind, lex)
    recipient = recipient or praise
    lost = lex.lang == "de" and (frames.buried(recipient, free, found, words, low, k, n, kind, lex)  # "die Angriffe auf X und Y"
                                 or stance.affiliated(recipient, actor, words, low, k, n, kind)  # "X vom ÖGB"
                                 or supported.backer(recipient, words, low, k, n, kind, lex.lang))  # "X unterstützt die Offensive"
    recipient = None if lost else support_idioms.settled(recipient, trig, kind, actor, found, preps, words, low, k, n, lo, hi, lex.lang)  # "sich hinter X stellt, ringt Y"
    if recipient is not None and recipient.label == PLACE and recipient.canonical == actor.canonical:
        recipient = None  # "Russland verlegt Truppen nach Belgorod": forces moved on one's own side
    helped = [m for m, r in zip(found, roles, strict=True) if r == "beneficiary" and m.canonical != actor.canonical]
    ally, helped = implied.ally(helped, kind, lex.lang)  # "fighting for Russia": against Russia's opponent
    if recipient is None and kind in CARRY and carry.get(kind) and carry[kind][1] != actor.canonical \
            and not returned.returns_to_giver(doc, i, carry[kind][0].canonical, actor.canonical, lex.lang):
        # "Kim schickt nun auch Soldaten": to whom the text last said they went (named in another sentence)
        recipient = Mention(carry[kind][0].canonical, None, None, None, -1, -1, "carried")
    recipient = targets_en.attacked(words, low, starts, k, n, hi, kind, actor, recipient, lex) or recipient  # "shelled Ukrainian positions"
    if recipient is None and kind == "ASSAULT" and lex.lang == "de":
        # "Raketenschlag auf die polnische Hauptstadt", "Dorf in Donezk eingenommen": the attacked side is where
        # the attack lands (warzone.py); between partners it is their common front, dropped by allied_assaults
        recipient = verbal and verbal_nouns.opponent(found, low, k, n, actor) or \
            warzone.attacked(found, roles, preps, actor, lo, hi, words[k], k, as_verb=verbal)
    if kind == "MOBILIZE" and recipient is not None and preps.get(id(recipient)) in lex.opponent:
        kind = "MOBILIZE" if stays else "ASSAULT"  # forces used against someone, not trained for it (MOBILIZE@)
    elif stays and needs_recipient and recipient is not None:
        return []  # "MOBILIZE@!" (weapons operated) names only the side after "über"/"over": no AID of occupiers
    elif kind == "MOBILIZE" and recipient is not None and recipient.label in ("LOC", PLACE, "carried") \
            and not joined_en.noted(doc, i, k):  # (not "readied to join Syrian forces": joined_en.py)
        kind = "AID"  # troops deployed in another state: AID (gold/SCHEMA.md decisions)
    if (endorse := endorsed.matter(words, low, k, n, lo, hi, kind, lex.lang)) is not None:  # "begrüßte die Idee"
        if endorse < 0:
            return []  # "verteidigte die Stadt", "verteidigte sich": no matter defended, no support (endorsed.py)
        recipient = endorsed.recipient(recipient, low, endorse)  # "das Abkommen mit X": X is no recipient
    endorse, recipient = endorsed.described(recipient, found, words, low, k, n, lex.lang) or (endorse, recipient)  # "hinter den Plan, X zu ..."
    out = []
    if deploys and kind == "MOBILIZE" and recipient is None and not helped and not words[k][:1].isupper() \
            and (events.foreign(actor, words, low, lex) or isinstance(actor, carried.Forces)):  # sent before
        # the state using them: "Belarus gab zu, kubanische Söldner genutzt zu haben"
        user = events.user(actor, found, preps)
        return [events.abroad(record.relation(doc, i, words, low, k, n, trig, "AID", actor, user, lex))]
    # one actor alone: only for acts that need no recipient, stated by a verb (not "der Angriff in ...")
    recipient = None if trig.mode in ALONE_MODES else recipient  # "concealed shipments to X": aimed at no one
    alone = (kind in ALONE or ((kind in ALONE_IN_CLAUSE or trig.mode in ALONE_MODES) and (lo <= actor.first < hi or said_by and kind in SAID_ALONE))) \
        and not helped \
        and not needs_recipient and not (lex.lang == "de" and words[k][:1].isupper() and not verbal)
    if recipient is None and not alone and not helped and events.implied(kind, flows, lex.lang):
        alone = True  # the recipient is implied: filled in by events.fill_recipients, else dropped
    pact = recipient is None and not alone and not helped and pacts.pending(kind, low[k], lex.lang)
    alone = alone or pact or endorse is not None and recipient is None and lo <= actor.first < hi  # a matter supported
    alone = alone or captures.withdrawing(kind, trig.mode, actor, words, low, k, lex) and recipient is None
    recipient, alone = threats.settled(recipient, alone, threat, actor, words, lo, hi, k, preps, lex)  # "droht mit X"
    alone = alone or (own or roles_de.possessed(low, k)) and recipient is None and visits.awaits_host(kind, words[k], lex.lang)
    if recipient is None and not helped and captures.open_capture(kind, actor, words[k], lex.lang):
        return [captures.mark(record.relation(doc, i, words, low, k, n, trig, kind, actor, None, lex))]
    if recipient is not None or alone:
        actors = coming_from.senders(actor, found, words, low, k, n, preps, lex.lang) or (
            [actor] if kind in MUTUAL else coordination.shared_noun(actor, found, roles, words, lex.lang))
        # English mutual events keep their one recipient (coordination.py joins German ones only)
        recipients = [recipient] if recipient is None or (kind in MUTUAL and lex.lang != "de") else \
            coordination.coordinated(recipient, found, roles, words, lex.lang, plain=kind not in MUTUAL, trigger=k)
        for one in actors:
            for other in recipients:
                if other is None or other.canonical != one.canonical:
                    out.append(record.relation(doc, i, words, low, k, n, trig, kind, one, other, lex))
                    if other is not None and kind in ("AID", "ASSAULT") and preps.get(id(other)) in warzone.PLACE_PREPS:
                        out[-1].provenance += warzone.PLACED  # "in der Ukraine stationiert": a place (warzone.py)
                    patients.taken_place(out[-1], other, lex.lang)  # "the capture of a town": ground taken
        if recipient is not None and kind in CARRY and recipient.label in ("LOC", PLACE, "PER", "carried"):
            carry[kind] = (recipient, actor.canonical)
    verbal_nouns.mark(out, verbal)
    out = pacts.mark(out) if pact else out
    judges.mark_praised(out, praise)  # "(recipient: praised deed's origin ...)"
    implied.note(doc, i, k, out, ally)
    for m in helped:
        aid = Trigger(trig.words, "AID", None, ("military",), trig.rule + " (beneficiary)")
        out.append(record.relation(doc, i, words, low, k, n, aid, "AID", actor, m, lex))
    return [judges.mark(r, judge, judged) for r in out] if judge else out  # "Rutte bestätigte die Unterstützung" (judges.py)
