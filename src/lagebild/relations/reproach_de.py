"""Who reproaches whom with "vorwerfen" (German ACCUSE): the accused is the dative, whatever the word order.

"X wirft Y vor, ..." names the accuser in the nominative, the accused in the dative and the charge in the accusative
or an infinitive. The role rules of extract.py take the first free name as the actor and the next as the
recipient, and "werfen" fired without its particle; of the 28 relations of these forms main found in the 1,028
10kGNAD test articles, 6 were no reproach or had the accused as actor. This pass reads them again (words in
lang/de/relations/reproach.txt):
- "werfen" reproaches only with its particle "vor" closing its clause (after appositions: "warf X, Chef von Y, Z
  vor"; or before an infinitive: "wirft X vor zu ..."): "warf den Schläger", "wirft die Theorie über den Haufen"
  are dropped;
- a relative clause ("Gruppen, die der Hamas Nachsicht vorwerfen"): its subject is the relative pronoun, the
  actor the name the comma follows (not after a preposition); none named there, no relation; a subordinate clause
  whose subject is a noun naming no one ("in dem der Diplomat X vorwarf") names no accuser either;
- the dative first ("Der Ministerin X wirft Y vor", "Polen warf er vor"): a name before the verb opened by a
  determiner that is never a subject's, or followed by a personal pronoun in the nominative right after the verb,
  is the accused; the actor is then the name right after the verb, or the speaker the attribution layer resolved
  that pronoun to; none, no relation;
- the actor after the verb must stand right after it (over a determiner and adjectives): "Und doch werfen manche
  Beobachter Kenia ... vor" names its accuser with no name, and Kenia is the accused, no actor;
- the recipient is a name opened by a dative determiner where one is, never a name of the charge (after
  "gegenüber", "für", ...), else an office in the dative whose holder the document named before ("warf dem
  Minister vor": role_holders.holder).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..attribution import lexicon as attr_lexicon
from ..entities.gazetteer import Gazetteer
from ..model import AUTHOR, Doc, Relation
from . import role_holders
from .lexicon import RelationLexicon
from .mentions import CLAUSE_END, CLAUSE_OR_SENTENCE_END, PLACE, Mention, mentions

RESOURCE = "relations/reproach.txt"
PARTICLE_REACH = 30  # words after the verb within which its particle "vor" closes its clause
LEAD = 3  # words (adjectives, a title noun) between a determiner and the name it opens: "dem türkischen Präsidenten X"


@dataclass(frozen=True)
class _Words:
    verbs: frozenset[str]
    oblique: frozenset[str]
    feminine_oblique: frozenset[str]
    feminine: tuple[str, ...]
    pronouns: frozenset[str]
    relative: frozenset[str]
    charge: frozenset[str]
    determiners: frozenset[str]
    particle: str


@lru_cache(maxsize=None)
def _words(lang: str) -> _Words | None:
    if not resources.exists(lang, RESOURCE):
        return None
    kinds: dict[str, frozenset[str]] = {}
    for kind, words in resources.load(lang, RESOURCE).rows(2):
        kinds[kind] = kinds.get(kind, frozenset()) | frozenset(words.split("|"))
    return _Words(kinds.get("verb", frozenset()), kinds.get("dative", frozenset()),
                  kinds.get("feminine-dative", frozenset()), tuple(sorted(kinds.get("feminine", ()))),
                  kinds.get("subject-pronoun", frozenset()), kinds.get("relative", frozenset()),
                  kinds.get("charge", frozenset()), kinds.get("determiner", frozenset()),
                  next(iter(kinds.get("particle", frozenset({""})))))


def settle(doc: Doc, relations: list[Relation], lex: RelationLexicon, gaz: Gazetteer) -> list[Relation]:
    """``relations`` with the actor and recipient of each reproach read by its case (see the module); the
    reproaches whose accuser the text does not name are dropped."""
    rw = _words(lex.lang)
    if rw is None or not any(r.type == "ACCUSE" and r.predicate.lower() in rw.verbs for r in relations):
        return relations
    out = []
    for rel in relations:
        if rel.type != "ACCUSE" or rel.predicate.lower() not in rw.verbs or rel.predicate_start is None \
                or not 0 <= rel.sentence < len(doc.sents):
            out.append(rel)
        elif _reread(doc, rel, rw, lex, gaz):
            out.append(rel)
    return out


def _reread(doc: Doc, rel: Relation, rw: _Words, lex: RelationLexicon, gaz: Gazetteer) -> bool:
    """Set ``rel``'s roles from the case of its names; False when the text names no accuser."""
    toks = doc.sent_tokens(rel.sentence)
    words = [t.text for t in toks]
    low = [w.lower() for w in words]
    starts = [t.start for t in toks]
    k = next((j for j, s in enumerate(starts) if s == rel.predicate_start), None)
    if k is None:
        return True
    lo, hi = k, k + 1
    while lo > 0 and words[lo - 1] not in CLAUSE_END:
        lo -= 1
    joined = low[k].startswith("vor")  # "vorwerfen" closes a subordinate clause; "wirft ... vor" opens a main one
    while hi < len(words) and words[hi] not in CLAUSE_END:
        hi += 1
    if not joined:  # its particle closes the clause (after an apposition too: "warf X, Chefin von Y, Z vor"), or
        # stands before an infinitive without a comma ("wirft X vor zu verschweigen")
        end = next((j + 1 for j in range(k + 1, min(len(words), k + PARTICLE_REACH)) if low[j] == rw.particle
                    and (j + 1 == len(words) or words[j + 1] in CLAUSE_OR_SENTENCE_END | {"!", "?"}
                         or low[j + 1] == "zu" and j + 2 < len(words) and words[j + 2].islower())), None)
        if end is None or end > hi and not _appositions(words, low, hi, end, rw):
            return False  # "warf den Schläger", "warf den Ball, bereitete ... vor": no reproach
        hi = max(hi, end)
    found = [m for m in mentions(doc, rel.sentence, words, starts, gaz, lex) if m.label != PLACE]
    inside = [m for m in found if lo <= m.first < hi and not _after_charge(low, words, m, lo, rw)]
    datives = [m for m in inside if _oblique(words, low, m, k + 1 if m.first > k else lo, rw)]
    if joined and _unnamed_subject_first(words, low, lo, k, inside, rw):
        return False  # "bei dem die Gesandte Oslo vorwarf": the names after an unnamed subject are accused
    if lo > 0 and low[lo] in rw.relative and words[lo - 1] == "," and joined:
        # "..., die der Hamas ... vorwerfen": the joined verb closes a relative clause, the comma's name accuses
        antecedent = next((m for m in reversed(found) if m.last == lo - 1 and not _after_charge(low, words, m, 0, rw)),
                          None)
        if antecedent is None:
            return False
        # the relative pronoun is the subject, so any other name of the clause is the accused: a bare country
        # ("die Russland ... vorwirft") as well as one after a dative article ("die dem Nachbarland ...")
        _set(rel, antecedent, next((m for m in datives or inside if m.canonical != antecedent.canonical), None))
        return True
    fronted = [m for m in inside if m.first < k]
    after = _right_after(inside, words, low, k, rw)
    if k + 1 < hi and low[k + 1] in rw.pronouns and fronted:  # "Polen warf er vor": the pronoun accuses
        actor, accused = _speaker(doc, rel, found), fronted[0]
    elif dative_first := [m for m in fronted if m in datives]:  # "Der Ministerin X wirft Y vor"
        # the last name of the fronted phrase: the person after the title, the owner of "der Regierung Kenias"
        actor, accused = (after if after is not None and after not in datives else None), dative_first[-1]
    else:
        actor = next((m for m in inside if m.canonical == rel.actor), None)
        if actor is None:  # an actor carried from elsewhere (a pronoun the rules resolved): kept, unless the
            # subject stands after the verb unnamed ("Seit Wochen werfen manche Foren X ... vor")
            return not _unnamed_subject_after(words, low, lo, k, after, rw)
        if actor in datives:  # "Es warf der Regierung vor": the dative is no accuser; a name before the verb is
            actor = next((m for m in fronted if m not in datives), None)
        elif actor.first > k and actor is not after:
            actor = None  # "werfen manche Beobachter Kenia ... vor": the name is the accused, the accuser unnamed
        accused = next((m for m in datives if actor is None or m.canonical != actor.canonical), None)
        if accused is None:
            accused = next((m for m in inside if m.canonical == rel.recipient), None)
        if accused is None and actor is not None:  # "warf dem Minister vor": the holder of the office named before
            accused = _office_holder(doc, words, low, toks, k, hi, actor, rw)
    if actor is None or accused is not None and accused.canonical == actor.canonical:
        return False
    _set(rel, actor, accused)
    return True


def _oblique(words: list[str], low: list[str], m: Mention, lo: int, rw: _Words) -> bool:
    """Whether a determiner that never opens a subject opens ``m``'s noun phrase ("dem Minister X", "den Truppen",
    "der Ministerin X", "der Türkei"), looked for from ``lo`` on (after the verb for a name after it)."""
    j = m.first - 1
    while j >= lo and j >= m.first - 1 - LEAD and low[j] not in rw.determiners and words[j] not in CLAUSE_END:
        j -= 1
    if j < lo or low[j] not in rw.determiners:
        return False
    if low[j] in rw.oblique:
        return True
    if low[j] not in rw.feminine_oblique:
        return False
    noun = words[j + 1] if j + 1 < m.first else words[m.first]
    return j + 1 == m.first and m.label == "LOC" or noun[:1].isupper() and low[j + 1].endswith(rw.feminine)


def _after_charge(low: list[str], words: list[str], m: Mention, lo: int, rw: _Words) -> bool:
    """Whether a preposition of the charge stands before ``m``'s noun phrase ("Nachsicht gegenüber Israel")."""
    j = m.first - 1
    while j >= lo and j >= m.first - 1 - LEAD and words[j][:1].islower() and low[j] not in rw.charge:
        j -= 1
    return j >= lo and low[j] in rw.charge


def _office_holder(doc: Doc, words: list[str], low: list[str], toks: list, k: int, hi: int, actor: Mention,
                   rw: _Words) -> Mention | None:
    """The person an office in the dative after the verb at ``k`` names again ("dem Minister", "der
    Ministerin", "dem türkischen Präsidenten"): the one the document named before with that office
    (role_holders.holder); None when no such office stands there or the document named no holder."""
    lexicon = role_holders.words(doc.lang or "")
    if lexicon is None:
        return None
    for d in range(k + 1, hi):
        if low[d] not in rw.oblique and low[d] not in rw.feminine_oblique:
            continue
        j = d + 1
        while j < hi and j - d <= LEAD and words[j].islower():
            j += 1
        if j >= hi or not words[j][:1].isupper() or j + 1 < len(words) and (
                words[j + 1][:1].isupper() or low[j + 1] in lexicon.genitive):
            return None  # "dem Minister Max Gruber", "dem Chef der Partei": a naming, an entity if any
        if low[d] in rw.feminine_oblique and not low[j].endswith("in") or not attr_lexicon.load(doc.lang or "").is_title(words[j]):
            return None
        for form in dict.fromkeys((low[j], low[j].removesuffix("en"), low[j].removesuffix("n"))):
            person = role_holders.holder(doc, toks[d].start, form, lexicon)
            if person is not None and person != actor.canonical:
                return Mention(person, doc.text[toks[d].start:toks[j].end], toks[d].start, toks[j].end, d, j + 1,
                               "PER")
        return None
    return None


def _appositions(words: list[str], low: list[str], hi: int, end: int, rw: _Words) -> bool:
    """Whether the words ``hi``..``end`` between the verb's clause and its particle are at most two appositions,
    each opened by a noun or a determiner ("warf X, Chef der Y, Z vor"), not another verb's clause."""
    opens = [j + 1 for j in range(hi, end) if words[j] in CLAUSE_END and j + 1 < end]
    return len(opens) <= 2 and all(words[j][:1].isupper() or low[j] in rw.determiners for j in opens)


def _unnamed_subject_first(words: list[str], low: list[str], lo: int, k: int, inside: list[Mention],
                           rw: _Words) -> bool:
    """Whether, in the subordinate clause ``lo``..``k``, a determiner of a subject and a noun that is no name
    stand before the clause's first name: that noun is the subject, the name the accused."""
    first = min((m.first for m in inside if m.first < k), default=k)
    for j in range(lo, first - 1):
        if low[j] in rw.determiners and low[j] not in rw.oblique and words[j + 1][:1].isupper() \
                and not any(m.first <= j + 1 < m.last for m in inside):
            return True
    return False


def _unnamed_subject_after(words: list[str], low: list[str], lo: int, k: int, after: Mention | None,
                           rw: _Words) -> bool:
    """Whether the verb at ``k`` has no noun or pronoun before it in its clause (only adverbs: "Und doch werfen")
    and a noun that names no one right after it: the subject follows the verb and the text does not name it."""
    before = range(lo + 1 if lo == 0 else lo, k)  # the sentence's first word is capitalized whatever it is
    if any(words[j][:1].isupper() or low[j] in rw.pronouns or low[j] in rw.determiners for j in before):
        return False
    j = k + 1
    while j < len(words) and words[j][:1].islower() and low[j] not in rw.pronouns:
        j += 1
    return after is None and j < len(words) and j <= k + 3 and words[j][:1].isupper()


def _right_after(inside: list[Mention], words: list[str], low: list[str], k: int, rw: _Words) -> Mention | None:
    """The name right after the verb at ``k`` (over a determiner and lower-case adjectives), None when none is."""
    j = k + 1
    if j < len(low) and low[j] in rw.determiners:
        j += 1
    while j < len(words) and words[j][:1].islower() and low[j] not in rw.pronouns:
        j += 1
    return next((m for m in inside if m.first == j), None)


def _speaker(doc: Doc, rel: Relation, found: list[Mention]) -> Mention | None:
    """The actor the attribution layer resolved the speaker of the reproach's verb to ("Polen warf er vor, ..."),
    None when it resolved none."""
    for att in doc.attributions:
        if att.sentence == rel.sentence and att.source not in (None, AUTHOR) and att.cue_start is not None \
                and att.cue_start <= (rel.predicate_start or 0) < (att.cue_end or att.cue_start):
            named = next((m for m in found if m.canonical == att.source), None)
            if named is not None:
                return named
            if any(e.canonical == att.source and e.label in ("PER", "ORG") for e in doc.ents):
                return Mention(att.source, att.source_text, att.source_start, att.source_end, -1, -1, "carried")
    return None


def _set(rel: Relation, actor: Mention, accused: Mention | None) -> None:
    rel.actor, rel.actor_text, rel.actor_start, rel.actor_end = actor.canonical, actor.text or actor.canonical, \
        actor.start, actor.end
    if accused is None:
        rel.recipient = rel.recipient_text = rel.recipient_start = rel.recipient_end = None
    else:
        rel.recipient, rel.recipient_text, rel.recipient_start, rel.recipient_end = accused.canonical, \
            accused.text or accused.canonical, accused.start, accused.end
