"""Forces and goods named again in the next sentence by a pronoun or a plain noun: their side acts.

"Nordkorea schickte Soldaten nach Russland. Diese sollen an der Front eingesetzt werden": the second sentence
names no actor, only a pronoun ("Diese", "Sie ... kämpfen") or a definite noun of forces or goods ("Die
Einheiten wurden verlegt") for the forces or goods the sentence before said were sent or raised. The side they
belong to, the actor of that flow (a person's state: "Kim Jong-un schickte Soldaten" -> Nordkorea), becomes a
mention at the anaphor's words, so the trigger rules read the sentence as if it named that side: the recipient
comes from the sentence (a place -> its state, as for any named subject), else from the flow carried over. Goods
delivered change hands: "Kuba liefert Panzer an Venezuela. Diese werden gegen Kolumbien eingesetzt": the side that
uses them is the flow's recipient. Forces the sentence gives an owner of their own ("Die Truppen Kolumbiens", "Die
Soldaten aus Kolumbien") or puts on another side ("Die feindlichen Kämpfer") are not the ones sent.

The words are in lang/de/relations/carried_anaphors.txt. Only the sentence right after the flow is read: further
on, "sie" and "die Soldaten" are as likely other people. extract.py asks ``resolved`` once per sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from .anaphora import country_of
from .lexicon import RelationLexicon
from .mentions import CLAUSE_END, Mention
from .roles_de import NOT_VERBS, PLURAL_AUX
from .sides import person_countries, role_states

WORDS = "relations/carried_anaphors.txt"
LANGS = frozenset({"de"})
FLOWS = frozenset({"AID", "MOBILIZE"})  # relations whose forces or goods a later sentence can name again
FRONT = 3  # words before the verb of a sentence whose subject follows it: "Laut dem Sender kämpfen sie"
ADJ_GAP = 2  # adjectives between the article and the noun: "Die neuen schweren Haubitzen"


@dataclass(slots=True)
class Forces(Mention):
    """The side of forces or goods the sentence before sent or raised (of goods delivered: their recipient), at
    the words of the anaphor naming them again: in use they are that side's forces abroad (extract.py, as
    "nordkoreanische Soldaten eingesetzt"; used at home they are its own: MOBILIZE)."""


@lru_cache(maxsize=None)
def listed(kind: str) -> frozenset[str]:
    """The lower-case words of ``kind`` (pronoun, article, forces, goods, owner, foe) in carried_anaphors.txt."""
    return frozenset(resources.load("de", WORDS).of_kind(kind, kind_first=False))


def resolved(doc: Doc, i: int, words: list[str], low: list[str], toks: list, found: list[Mention],
             relations: list[Relation], lex: RelationLexicon, gaz: Gazetteer) -> list[Mention]:
    """``found`` and, when sentence ``i`` opens with an anaphor of forces or goods that the sentence before
    sent or raised, a mention of their side at the anaphor's words (sorted by position)."""
    if lex.lang not in LANGS or not low:
        return found
    span = anaphor(words, low)
    if span is None:
        return found
    first, last = span
    if any(m.first < last and first < m.last for m in found):
        return found  # "Die nordkoreanischen Soldaten": the sentence names the side itself
    if last - first > 1 and any(m.first == last for m in found):
        return found  # "Die Truppen Kolumbiens": a name in the genitive right after the noun owns them
    goods = _names_goods(low[last - 1]) if last - first > 1 else \
        _names_goods(*(t.text.lower() for t in doc.sent_tokens(i - 1))) if i > 0 else False
    side = flow_side(doc, i, relations, lex, gaz, goods)
    if side is None:
        return found
    start, end = toks[first].start, toks[last - 1].end
    carried = Forces(side, doc.text[start:end], start, end, first, last, "LOC")
    return sorted([*found, carried], key=lambda m: m.first)


def anaphor(words: list[str], low: list[str]) -> tuple[int, int] | None:
    """The words (first, last exclusive) of the sentence's subject when it is a pronoun or a definite noun of
    forces or goods (carried_anaphors.txt), else None."""
    pronouns = listed("pronoun")
    if low[0] in pronouns and _plural_verb(words, low, 1):
        return 0, 1  # "Diese sollen ...", "Sie kämpfen ..."
    for verb in range(1, min(len(low) - 1, FRONT + 1)):  # "Demnach kämpfen sie", "Seit Mai kämpfen sie"
        if words[verb] in CLAUSE_END:
            break
        if low[verb + 1] in pronouns and _plural_verb(words, low, verb) and not (
                low[verb + 1] in listed("article") and verb + 2 < len(words) and words[verb + 2][:1].isupper()):
            return verb + 1, verb + 2  # (not "wurden diese Woche": an article)
    if low[0] in listed("more") or _count(words[0]):
        return _more_forces(words, low)  # "Weitere 2.000 Soldaten sollen folgen", "10.000 Mann sollen nachrücken"
    if low[0] not in listed("article"):
        return None
    for at in range(1, min(len(low), 2 + ADJ_GAP)):
        word = words[at]
        if word[:1].isupper() and word.isalpha():
            if not low[at].endswith(tuple(listed("forces") | listed("goods"))):
                return None
            if at + 1 < len(low) and low[at + 1] in listed("owner"):
                return None  # "Die Soldaten aus Kuba": whose they are is said here
            return 0, at + 1
        if not (word.isalpha() and word.endswith(("e", "en"))):
            return None  # only adjectives between the article and the noun
        if low[at].startswith(tuple(listed("foe"))):
            return None  # "Die gegnerischen Einheiten": the other side's, not the ones sent
    return None


def _count(word: str) -> bool:
    """Whether ``word`` is a number in digits ("10.000", "500")."""
    return word[:1].isdigit() and word.replace(".", "").isdigit()


def _more_forces(words: list[str], low: list[str]) -> tuple[int, int] | None:
    """The words of an opening that counts more forces of the side sent before ("Weitere 2.000 Soldaten", "10.000
    Mann", kind "counted"): a number or "weitere" (kind "more"), then a noun of forces; none with an owner after it."""
    at = 2 if low[0] in listed("more") and len(low) > 2 and _count(words[1]) else 1
    if at >= len(low) or not words[at][:1].isupper() or not (
            low[at] in listed("counted") or low[at].endswith(tuple(listed("forces")))):
        return None
    if at + 1 < len(low) and low[at + 1] in listed("owner"):
        return None  # "10.000 Soldaten aus Kuba": whose they are is said here
    return 0, at + 1


def _names_goods(*low: str) -> bool:
    """Whether the lower-case words name goods (carried_anaphors.txt "goods") and no forces: the anaphor of a noun
    of goods, or the pronoun after a sentence that sent goods alone ("Kuba liefert Panzer ... Diese ...")."""
    forces, goods = tuple(listed("forces")), tuple(listed("goods"))
    return any(w.endswith(goods) for w in low) and not any(w.endswith(forces) for w in low)


def _plural_verb(words: list[str], low: list[str], j: int) -> bool:
    """Whether word ``j`` is a plural finite verb ("sollen", "kämpfen", "wurden"; not "und", "nicht")."""
    if j >= len(low) or not words[j].isalpha() or not words[j][:1].islower() or low[j] in NOT_VERBS:
        return False
    return low[j] in PLURAL_AUX or low[j].endswith("en")


def objects_in(found: list[Mention], low: list[str], lo: int, hi: int, lex: RelationLexicon) -> bool:
    """Whether words ``lo`` to ``hi`` name forces or goods (objects.txt), or hold a pronoun of ``resolved`` standing
    for them: a trigger that needs forces or goods in its clause has them ("Diese sollen ... eingesetzt werden")."""
    return any(lex.is_object(w) for w in low[lo:hi]) or \
        any(lo <= m.first < hi and isinstance(m, Forces) and m.last - m.first == 1 for m in found)


def in_own_clause(found: list[Mention], words: list[str], k: int, relatives: list[tuple[int, int]]) -> list[Mention]:
    """``found`` without the anaphors of ``resolved`` whose clause does not hold the trigger at word ``k``: the
    forces act in the clause they open, past relative clauses about them ("Diese, die im Mai ankamen, sollen ...
    kämpfen"), not in another clause, nor in a relative clause ("..., die von X besetzt ist": its own subject)."""
    if not any(isinstance(m, Forces) for m in found):
        return found
    opening = {a - 1 for a, _ in relatives}  # the comma before each relative clause (frames.relative_spans)
    closing = {b for _, b in relatives}

    def same_clause(m: Mention) -> bool:
        if any(m.last <= a <= k < b for a, b in relatives):
            return False
        return all(words[j] not in CLAUSE_END or j in opening or j in closing
                   for j in range(min(k, m.last), max(k, m.first)))

    return [m for m in found if not isinstance(m, Forces) or same_clause(m)]


def flow_side(doc: Doc, i: int, relations: list[Relation], lex: RelationLexicon, gaz: Gazetteer,
              goods: bool = False) -> str | None:
    """The side of the forces or goods the sentence before ``i`` sent or raised: the actor of its first flow
    (AID, MOBILIZE) when that sentence names forces or goods, for ``goods`` an AID delivered its recipient, who
    uses them (None when it names none); a person's state in place of the person (None for a person of no known
    state)."""
    before = i - 1
    flow = next((r for r in relations if r.sentence == before and r.type in FLOWS), None)
    if flow is None or not any(lex.is_object(t.text.lower()) for t in doc.sent_tokens(before)):
        return None
    holder = flow.recipient if goods and flow.type == "AID" else flow.actor
    if holder is None:
        return None
    state = country_of(holder, gaz) or person_countries(doc, gaz).get(holder) or role_states(gaz).get(holder)
    if state is not None:
        return state
    # an organization keeps its forces ("Die Miliz schickte Kämpfer"); a person of no known state sends no
    # forces or goods of a side ("Der Regisseur schickte Kameras ... Sie sind ...": anything he named)
    sent = doc.sents[before]
    return holder if any(e.label == "ORG" and holder in (e.canonical, e.text) for e in doc.ents
                         if sent.start <= e.start < sent.end) else None
