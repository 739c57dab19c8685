"""Crowds of people in general news (German): who protests, who clashes with the police, on whom force is used.

The trigger rules of extract.py see actors that are names or institutions; a crowd ("Mehrere Dutzend Menschen",
"die Teilnehmer der Kundgebung", "300 Lehrer") is none of them, so its protests and the force used on it went
unrecorded. This pass reads lang/de/relations/crowds.txt and, in the sentences that hold one of its words,
finds the noun phrases of crowds and groups (phrases.py) and ties a crowd to an event only by grammar, never by
being in the same sentence:
- PROTEST: a crowd is the subject of a protest verb ("300 Bauern protestierten", "..., die demonstrierten"); a
  protester ("Demonstranten", "die Teilnehmer der Proteste") is the subject of a protest act ("zogen vor das
  Parlament", "riefen Parolen"); a crowd takes part in a protest ("An der Kundgebung beteiligten sich 600
  Personen", "Demonstrationen, an denen sich ... beteiligten");
- ASSAULT: a clash noun between the police and people ("bei Zusammenstößen mit der Polizei verletzt"): the
  police acts, unless it is the side hurt; force used with crowd-control means ("die Beamten setzten Pfefferspray gegen
  die Fans ein"): the police acts on the people after "gegen"/"auf" or in the object.
A crowd must be plural ("der Lehrer" is one teacher), a whole word of the list ("demonstrativ",
"Protestanten" are none) and no name the entity layer found ("Fischer"). A generic crowd ("Menschen") that
protests is named "Demonstranten"; with the definite article ("die Menschen") it is the people group the text
named last (the sentence before or two).
"""

from __future__ import annotations

import re

from ..attribution import lexicon as attr_lexicon
from ..attribution.words import Sent
from ..entities.gazetteer import Gazetteer
from ..model import AUTHOR, Doc, Relation
from . import frames, record
from .crowd_lexicon import RESOURCE, CrowdLexicon, Verb, candidates, gated, load
from .index import quantities_in
from .lexicon import RelationLexicon, Trigger
from .mentions import CLAUSE_END, GROUP, PLACE, Mention, group_of, mentions
from .phrases import Phrase, phrases

PROTESTERS = "Demonstranten"  # the canonical of a generic crowd that protests (groups.txt's name)
SIDE_AFTER = 8  # words after a clash noun within which its sides are ("Zusammenstöße nach dem Gebet zwischen ...")
LOOK_BACK = 2  # sentences before a definite generic crowd ("die Menschen") in which its antecedent is looked for


def find(doc: Doc, relations: list[Relation], lex: RelationLexicon, gaz: Gazetteer) -> list[Relation]:
    """The relations of the crowds of ``doc`` that ``relations`` (the trigger rules') do not hold yet; their
    hedge is set, their source is left to record.sources."""
    crowd_lex = load(lex.lang)
    if crowd_lex is None or lex.lang != "de":
        return []
    have = {(r.sentence, r.type, r.actor, r.recipient) for r in relations} | \
        {(r.sentence, r.type, r.recipient, r.actor) for r in relations if r.type == "ASSAULT"}  # a clash: either way
    said = {(r.sentence, r.type, r.predicate_start): r for r in relations}
    out: list[Relation] = []
    attr_lex = None
    for i in candidates(doc, lex.lang):
        sent = doc.sents[i]
        if sent.kind == "dateline":
            continue
        toks = doc.sent_tokens(sent.i)
        low = [t.text.lower() for t in toks]
        words = [t.text for t in toks]
        starts = [t.start for t in toks]
        found = [m for m in mentions(doc, sent.i, words, starts, gaz, lex) if m.label != PLACE]
        here = phrases(doc, sent.i, words, low, found, crowd_lex.words, lex)
        if not here:
            continue
        ctx = _Sentence(doc, sent.i, words, low, here, crowd_lex, lex)
        for rel in ctx.relations():
            same = said.get((sent.i, rel.type, rel.predicate_start))
            if same is not None and same.recipient is None and same.actor == rel.actor and rel.recipient:
                _complete(same, rel)  # "von Angreifern attackiert worden": the trigger rules found no victim
            elif same is not None and rel.type == "PROTEST" and same.actor != rel.actor:
                _recast(same, rel)  # "Am Samstag demonstrierten 2.000 Menschen, weil die Regierung ...": the subject
            if (sent.i, rel.type, rel.actor, rel.recipient) in have or same is not None:
                continue
            have.add((sent.i, rel.type, rel.actor, rel.recipient))
            attr_lex = attr_lex or attr_lexicon.load(lex.lang)
            record.hedge(rel, Sent(doc, sent.i, attr_lex), _word_at(toks, rel.predicate_start), lex)
            out.append(rel)
    return out


def _complete(rel: Relation, found: Relation) -> None:
    """Give ``rel`` the recipient of ``found``, the same act read by the crowd rules (marked in the provenance)."""
    rel.recipient, rel.recipient_text = found.recipient, found.recipient_text
    rel.recipient_start, rel.recipient_end = found.recipient_start, found.recipient_end
    rel.provenance += f" (recipient: {found.provenance.split()[0]})"


def _recast(rel: Relation, found: Relation) -> None:
    """Give ``rel`` the actor of ``found``: the crowd that is the protest verb's subject, where the trigger rules
    took a mention of another clause (marked in the provenance)."""
    rel.actor, rel.actor_text = found.actor, found.actor_text
    rel.actor_start, rel.actor_end = found.actor_start, found.actor_end
    rel.provenance += f" (actor: {found.provenance.split()[0]})"


def _word_at(toks: list, start: int | None) -> int:
    return next((k for k, t in enumerate(toks) if t.start == start), 0)


class _Sentence:
    """The crowd rules over one sentence."""

    def __init__(self, doc: Doc, i: int, words: list[str], low: list[str], here: list[Phrase],
                 crowd_lex: CrowdLexicon, lex: RelationLexicon) -> None:
        self.doc, self.i, self.words, self.low, self.here, self.c, self.lex = doc, i, words, low, here, crowd_lex, lex
        self.relatives: list[tuple[int, int]] | None = None  # frames.relative_spans, when first asked for

    def relations(self) -> list[Relation]:
        out: list[Relation] = []
        w = self.c.words
        for k, word in enumerate(self.low):
            if not gated(word, self.lex.lang):
                continue
            if 0 < k < len(self.low) - 1 and self.words[k + 1][:1].isupper() and \
                    (w.definite.fullmatch(self.low[k - 1]) or w.singular.fullmatch(self.low[k - 1])):
                continue  # "des besetzten Westjordanlandes": an attribute, no verb
            for verb in self.c.protest_verbs:
                at = k + 1 - len(verb.words)  # a phrase ends here
                if at >= 0 and _matches(verb.words, self.low, at):
                    out += self._protest(at, len(verb.words), verb)
            for verbs, read in ((self.c.protest_acts, self._act), (self.c.join, self._join),
                                (self.c.attacked, self._attacked), (self.c.clashes, self._clash)):
                for verb in verbs:
                    if verb.words[0].fullmatch(word):
                        out += read(k, verb)
            if self.c.instrument.fullmatch(word):
                out += self._force(k)
        return out

    # -- the clause and its subject
    def clause(self, k: int, n: int = 1) -> tuple[int, int]:
        """The verb's clause, joined across a relative clause that ends right before it ("300 Kleinsparer, die
        ihr Geld verloren, haben demonstriert": frames.clause); the relative clause's words are no subject."""
        lo, hi = k, k + n
        while lo > 0 and self.words[lo - 1] not in CLAUSE_END:
            lo -= 1
        while hi < len(self.words) and self.words[hi] not in CLAUSE_END:
            hi += 1
        return frames.clause(self.words, self.low, lo, hi)

    def inserted(self, p: Phrase, k: int) -> bool:
        """Whether ``p`` lies in a relative clause that does not hold the verb at ``k``."""
        if self.relatives is None:
            self.relatives = frames.relative_spans(self.words, self.low)
        return any(a <= p.first < b and not a <= k < b for a, b in self.relatives)

    def subjects(self, lo: int, hi: int, k: int) -> list[Phrase]:
        """The phrases of the clause no preposition governs and no noun takes as its genitive (the verb's
        subject in a clause whose verb takes no object; the caller restricts the kind); the antecedent of a
        relative pronoun that opens the clause (", die demonstrierten") first."""
        inside = [p for p in self.here if lo <= p.first < hi and p.prep is None and not p.genitive
                  and not p.first <= k < p.last and not self.inserted(p, k)]
        if lo > 1 and self.low[lo] in ("die", "welche") and self.words[lo - 1] == "," and \
                not any(p.first == lo for p in inside):
            before = [p for p in self.here if p.last == lo - 1]
            return before + [p for p in inside if p.first > lo]
        return inside

    def plural_verb(self, lo: int, hi: int, k: int) -> bool:
        """Whether the clause's finite verb is plural: a plural auxiliary, or the verb itself a finite "-en" form
        without a singular auxiliary."""
        w = self.c.words
        if any(w.aux_plural.fullmatch(x) for x in self.low[lo:hi]):
            return True
        if any(w.aux_singular.fullmatch(x) for x in self.low[lo:hi]):
            return False
        return self.low[k].endswith("n") and not self.low[k].startswith("ge")

    def plural(self, p: Phrase, lo: int, hi: int, k: int) -> bool:
        return p.plural if p.plural is not None else self.plural_verb(lo, hi, k)

    # -- PROTEST
    def _protest(self, k: int, n: int, verb: Verb) -> list[Relation]:
        if k > 0 and self.low[k - 1] in self.lex.infinitive:
            return []  # "um gegen X zu protestieren": the main clause's subject, named elsewhere
        lo, hi = self.clause(k, n)
        if n == 1 and not self.low[k].endswith("en") and any(self.c.passive.fullmatch(w) for w in self.low[lo:hi]):
            return []  # "ob gestreikt werde": an impersonal passive has no subject
        crowd = next((p for p in self.subjects(lo, hi, k) if p.crowd and self.plural(p, lo, hi, k)
                      and ("listed" not in verb.flags or self.listed(p))), None)
        if crowd is None or not verb.holds(self.low, k + n - 1, hi):
            return []  # "auf die Straße gesetzt": people dismissed, no protest
        return [self.relation(k, n, verb, "PROTEST", self.protester(crowd), None)]

    def listed(self, p: Phrase) -> bool:
        """Whether ``p`` is a crowd of a crowd line of crowds.txt, not any noun a figure counts ("Scanner")."""
        return any(pattern.fullmatch(self.low[p.head]) for pattern, _, _ in self.c.words.crowds)

    def _act(self, k: int, verb: Verb) -> list[Relation]:
        lo, hi = self.clause(k)
        if not verb.holds(self.low, k, hi):
            return []  # "warfen ... vor", "riefen ... auf": another verb
        if "motion" in verb.flags and not any(self.c.direction.fullmatch(w) for w in self.low[k + 1:min(hi, k + 4)]):
            return []  # "zogen Bilanz": no march
        if k > 0 and self.low[k - 1] in self.lex.infinitive:
            return []
        subjects = [p for p in self.subjects(lo, hi, k) if self.plural(p, lo, hi, k)]
        protester = next((p for p in subjects if self.is_protester(p)
                          or "crowd" in verb.flags and (p.crowd and p.canonical != "="  # not "130 Webseiten"
                                                        or p.canonical in self.c.words.people)), None)
        if protester is None or subjects[0] is not protester:
            return []  # the subject is someone else ("Die Polizei stürmte ..."), or no protester acts
        place = verb.flag("place")
        if place is not None and not self.is_protester(protester) and \
                not any(place.fullmatch(w) for w in self.low[k + 1:hi]) and \
                not any(self._protest_noun(w) for w in self.low if w[:1].isalpha()):
            return []  # "Die Mitarbeiter besetzten die freien Stellen": posts filled, no place occupied
        return [self.relation(k, 1, verb, "PROTEST", self.protester(protester), None)]

    def is_protester(self, p: Phrase) -> bool:
        """"Demonstranten", "Protestierende" (groups.txt), or participants of a protest ("die Teilnehmer der
        Kundgebung")."""
        if p.canonical == PROTESTERS and not p.crowd:
            return True
        if not p.crowd or not self.c.participant.fullmatch(self.low[p.head]):
            return False
        after = self.low[p.last:p.last + 3]
        return bool(after) and after[0] in ("der", "des") and any(self._protest_noun(w) for w in after[1:])

    def _protest_noun(self, word: str) -> Verb | None:
        return next((v for v in self.c.protest_nouns if v.words[0].fullmatch(word)), None)

    def _join(self, k: int, verb: Verb) -> list[Relation]:
        """"An der Kundgebung beteiligten sich 600 Personen", "Demonstrationen, an denen sich ... beteiligten",
        "Tausende nahmen an den Protesten teil"."""
        lo, hi = self.clause(k)
        if not verb.holds(self.low, k, hi):
            return []  # "nahmen ... fest": no taking part
        noun = None
        preps = verb.flag("with")
        for j in range(lo, hi - 1):
            if preps is not None and preps.fullmatch(self.low[j]) and j != k:
                noun = next((self._protest_noun(w) for w in self.low[j + 1:j + 4] if self._protest_noun(w)), None)
                if noun is None and self.low[j + 1] in ("denen", "der", "dem", "welchen") and j == lo and lo > 1:
                    noun = self._protest_noun(self.low[lo - 2])  # the relative clause's antecedent
                if noun is not None:
                    break
        if noun is None:
            return []
        lo_subject = lo + 2 if self.low[lo] in ("an", "am") else lo  # "an denen": no antecedent subject
        crowd = next((p for p in self.subjects(lo_subject, hi, k) if self.plural(p, lo, hi, k)
                      and (p.crowd or p.canonical in self.c.words.people)), None)
        if crowd is None:
            return []
        return [self.relation(k, 1, noun, "PROTEST", self.protester(crowd), None)]

    def protester(self, p: Phrase) -> Phrase:
        """A generic crowd that protests is named for it ("Demonstranten"); the definite one is the group the
        text named last; a participant of a protest is a protester."""
        if p.crowd and p.canonical == "*":
            named = self.antecedent(p) if p.definite and not self.is_protester(p) else None
            return p.named(named or PROTESTERS)
        return p

    def antecedent(self, p: Phrase) -> str | None:
        """The people group named last before ``p``: earlier in its sentence, else in the sentences before."""
        earlier = [q for q in self.here if q.last <= p.first and q.canonical in self.c.words.people]
        if earlier:
            return earlier[-1].canonical
        return self.named_before()

    def named_before(self) -> str | None:
        """The people group or named crowd ("Angestellte") the sentences before name last."""
        for j in range(self.i - 1, max(-1, self.i - 1 - LOOK_BACK), -1):
            named = [name for name in map(self.crowd_named, (t.text for t in self.doc.sent_tokens(j))) if name]
            if named:
                return named[-1]
        return None

    def crowd_named(self, word: str) -> str | None:
        """The people group (groups.txt) or crowd of crowds.txt with a name of its own that ``word`` names."""
        group = group_of(word, self.lex.lang)
        if group is not None:
            return group if group in self.c.words.people else None
        low = word.lower()
        if not word[:1].isupper() or any(p.fullmatch(low) for p, _ in self.c.words.security):
            return None  # "Beamte" before "Die Beamten setzten Tränengas ein" are the police
        return next((c for p, c, _ in self.c.words.crowds if c not in ("*", "=") and p.fullmatch(low)), None)

    # -- ASSAULT
    def _clash(self, k: int, clash: Verb) -> list[Relation]:
        """"40 Fans wurden bei Zusammenstößen mit der Polizei verletzt", "Zusammenstöße zwischen
        Polizei und Demonstranten": the police acts on the people, unless the police is the side hurt."""
        lo, hi = self.clause(k)
        near = min(hi, k + 1 + SIDE_AFTER)
        subject = next((p for p in self.subjects(lo, hi, k) if p.last <= k or p.first > k), None)
        between = next((j for j in range(k + 1, near) if self.low[j] == "zwischen"), None)
        if between is not None:  # "zwischen X und Y"
            after = [p for p in self.here if between < p.first < hi]
            second = next((p for p in after[1:] if "und" in self.low[after[0].last:p.first]), None) if after else None
            sides = [after[0], second] if second else []
        else:  # "mit X" and the subject
            with_ = next((p for p in self.here if p.prep == "mit" and k < p.first < near), None)
            sides = [with_, subject] if with_ and subject and subject is not with_ else []
            if with_ is not None and with_.security and subject is None:  # "gab es Zusammenstöße mit der Polizei"
                return self.on_named_before(k, clash, with_)
        police = [p for p in sides if p.security]
        people = [p for p in sides if not p.security and (p.crowd or p.label in (GROUP, "LOC", "ORG"))]
        if len(police) != 1 or len(people) != 1:
            return []
        if "people" in clash.flags and not self.is_people(people[0]) and not self.violent(lo, hi):
            return []  # "die Auseinandersetzung zwischen der Polizei und der Gewerkschaft um die Löhne": a dispute
        actor, recipient = police[0], people[0]
        hurt = any(self.c.hurt.fullmatch(w) for w in self.low[lo:hi])
        if hurt and subject is not None and subject.security and subject.canonical == actor.canonical:
            actor, recipient = recipient, actor  # the police is the side hurt: the people attacked it
        return [self.relation(k, 1, clash, "ASSAULT", actor, self.named_people(recipient))]

    def is_people(self, p: Phrase) -> bool:
        """Whether ``p`` names people (a crowd, a people group of groups.txt), not an organisation or a place."""
        return p.crowd or p.canonical in self.c.words.people

    def violent(self, lo: int, hi: int) -> bool:
        """Whether the clause names someone hurt or crowd-control means: what makes a dispute a fight."""
        return any(self.c.hurt.fullmatch(w) or self.c.instrument.fullmatch(w) for w in self.low[lo:hi])

    def _attacked(self, k: int, verb: Verb) -> list[Relation]:
        """"Mehrere Sanitäter sind von Jugendlichen angegriffen worden": the agent acts on the subject."""
        lo, hi = self.clause(k)
        if not any(self.c.passive.fullmatch(w) for w in self.low[lo:hi]):
            return []
        agent = next((p for p in self.here if lo <= p.first < k and p.prep is not None
                      and self.c.agent.fullmatch(p.prep) and p.label != PLACE), None)
        if agent is None or (agent.crowd and agent.plural is False):  # "von einem Unbekannten": one person
            return []
        patient = next((p for p in self.subjects(lo, hi, k) if p is not agent and p.first < agent.first
                        and (p.security or p.canonical in self.c.words.people
                             or p.crowd and self.plural(p, lo, hi, k))), None)
        if patient is None:
            return []
        return [self.relation(k, 1, verb, "ASSAULT", self.named_people(agent), self.named_people(patient))]

    def _force(self, k: int) -> list[Relation]:
        """"Die Beamten setzten Pfefferspray gegen die Fans ein": the police acts on whom the force is used."""
        lo, hi = self.clause(k)
        at = next((j for j in range(lo, hi) if j != k and self.c.force.words[0].fullmatch(self.low[j])), None)
        if at is None:
            return []
        police = next((p for p in self.subjects(lo, hi, k) if p.security), None)
        if police is None:
            return []
        people = [p for p in self.here if lo <= p.first < hi and p is not police and not p.security
                  and (p.crowd or p.canonical in self.c.words.people)
                  and (p.prep in ("gegen", "auf") or (p.prep is None and not p.genitive and p.first > police.last))]
        if not people:  # "Die Beamten setzten Tränengas ein": on the crowd the sentences before name
            return self.on_named_before(at, self.c.force, police)
        return [self.relation(at, 1, self.c.force, "ASSAULT", police, self.named_people(people[0]))]

    def on_named_before(self, k: int, verb: Verb, police: Phrase) -> list[Relation]:
        """The police's act on the crowd the sentences before name (no crowd there: none)."""
        named = self.named_before()
        if named is None:
            return []
        rel = self.relation(k, 1, verb, "ASSAULT", police, Mention(named, None, None, None, -1, -1, "carried"))
        rel.provenance += " (recipient: the crowd named before)"
        return [rel]

    def named_people(self, p: Phrase) -> Phrase:
        """A generic crowd suffering force: with the definite article the group named before ("die Menschen"),
        else as written ("mehrere hundert Menschen" -> "Menschen")."""
        if p.crowd and p.canonical == "*":
            return p.named((self.antecedent(p) if p.definite else None) or p.noun())
        return p

    def relation(self, k: int, n: int, verb: Verb, kind: str, actor: Phrase,
                 recipient: Phrase | Mention | None) -> Relation:
        trig = Trigger(verb.words, kind, verb.mode, (), f"rule:{self.lex.lang}/{RESOURCE}:{verb.line}")
        rel = record.relation(self.doc, self.i, self.words, self.low, k, n, trig, kind, actor.mention(),
                              recipient.mention() if isinstance(recipient, Phrase) else recipient, self.lex)
        if not isinstance(recipient, Phrase | None):
            return rel  # carried from a sentence before: no figure here counts it
        crowd = actor if actor.crowd or recipient is None or recipient.security else recipient
        if rel.quantity_index is None:
            _count(self.doc, self.i, rel, crowd, crowd is actor)
        return rel


def _count(doc: Doc, i: int, rel: Relation, crowd: Phrase, acts: bool) -> None:
    """The figure of the crowd ("rund 300 Flüchtlinge") counts the relation, as a figure counts an object. Only
    an acting crowd's figure is linked (``quantity_index``): the pipeline gives a linked figure's claim the
    relation's actor as its party, and 300 people the police attacked are not the police's."""
    at = next(((j, q) for j, q in quantities_in(doc, i) if crowd.start <= q.start < crowd.end), None)
    if at is None:
        return
    j, qty = at
    rel.quantity, rel.object = qty.number_text, crowd.noun()
    if acts:
        rel.quantity_index = j
        rel.source, rel.hedge = qty.source or AUTHOR, qty.hedge


def _matches(patterns: tuple[re.Pattern, ...], low: list[str], k: int) -> bool:
    return k + len(patterns) <= len(low) and all(p.fullmatch(low[k + j]) for j, p in enumerate(patterns))
