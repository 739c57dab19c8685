"""Court sentences are sanctions, not accusations (general news: justice reports).

"verurteilen" is both condemning in words ("Der Minister verurteilte den Anschlag": ACCUSE, disapprove) and
sentencing in court ("Das Gericht verurteilte ihn zu drei Jahren Haft": SANCTION, convict, in PLOVER's modes).
The trigger lines give ACCUSE; a German "verurteil..." relation whose sentence names a penalty after "zu"
("zu einem Jahr Haft", "zu lebenslanger Haft", "zur Zahlung von 51.000 Euro", "zum Tode") becomes a SANCTION
(mode convict). The penalty words are lang/de/relations/penalties.txt. Likewise "verhängte" with a fine or a prison
term and no sanction in its sentence ("verhängte eine Geldstrafe"); with neither it is no relation (the words of
lang/de/relations/imposed.txt).

Whom the court sentences is the defendant, whom court reports name once and then call "ihn", "den Angeklagten" or
"den 30-Jährigen" ("Richter Kolb verurteilt ihn schließlich zu zwei Jahren Haft"): a sentence without a named
recipient takes the document's defendant, the one person named right after "Angeklagte", "Mandant" or
"Beschuldigte", or named as the Austrian and German press names defendants, first name and initial ("Markus T.");
none when the document has no such person or several.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .. import resources
from ..model import Doc, Relation
from .lexicon import RelationLexicon
from .mentions import clause_bounds

# "Markus T.", "Ali A.-K.": a defendant's name as court reports give it
INITIALLED = re.compile(r"[A-ZÄÖÜ][\w-]+ [A-ZÄÖÜ]\.(?:-[A-ZÄÖÜ]\.)?")
# nouns naming the defendant: after them his name ("seines Mandanten Markus T."), as the object of the sentence
DEFENDANT = re.compile(r"(?:Angeklagte|Beschuldigte|Mandant|Mandantin|Mandanten)[rn]?|\d+-Jährige[nr]?")
OBJECTS = frozenset({"ihn", "sie"})  # "verurteilt ihn", "verurteilte sie": the object pronoun right after the verb

PENALTIES = "relations/penalties.txt"
SPAN = 8  # words after "zu"/"zur"/"zum" within which the penalty noun stands ("zu 2,5 Jahren bedingter Haft")
# "verhängte" (triggers.txt, q5 block) is a sanction only with a sanction object; with a fine, a ban or a prison term
# of a court, a disciplinary panel or a party-finance body it is a sentence (mode convict, as above); with
# neither ("verhängte den Ausnahmezustand", "eine Ausgangssperre") no relation. The words: imposed.txt.
IMPOSED = "relations/imposed.txt"


@lru_cache(maxsize=None)
def _imposed_words(lang: str) -> dict[str, re.Pattern[str]]:
    """The patterns of imposed.txt joined per kind (verb, sanction, penalty); empty without the file."""
    if not resources.exists(lang, IMPOSED):
        return {}
    kinds: dict[str, list[str]] = {}
    for pattern, kind in resources.load(lang, IMPOSED).rows(2):
        kinds.setdefault(kind, []).append(pattern)
    return {kind: re.compile("|".join(f"(?:{p})" for p in patterns)) for kind, patterns in kinds.items()}


@lru_cache(maxsize=None)
def _penalty(lang: str) -> re.Pattern[str] | None:
    """One pattern of the penalty words of lang/<code>/relations/penalties.txt (None without the file)."""
    if not resources.exists(lang, PENALTIES):
        return None
    words = [row[0] for row in resources.load(lang, PENALTIES).rows(1)]
    return re.compile("|".join(f"(?:{w})" for w in words)) if words else None


def sentenced(words: list[str], start: int, lang: str) -> bool:
    """Whether a penalty follows "zu"/"zur"/"zum" in ``words`` from ``start`` on, before the clause ends."""
    penalty = _penalty(lang)
    if penalty is None:
        return False
    for j in range(start, len(words)):
        if words[j] in (";", ":") or words[j] == "," and j > start:
            return False
        if words[j].lower() in ("zu", "zur", "zum"):
            return any(penalty.fullmatch(w.lower()) for w in words[j + 1:j + 1 + SPAN])
    return False


def convictions(doc: Doc, relations: list[Relation]) -> list[Relation]:
    """``relations`` with court sentences retyped as SANCTION (mode convict, context legal)."""
    accused: list[str | None] = []  # the document's defendant, looked up once, at the first sentencing
    relations = [rel for rel in relations if _imposed(doc, rel) and _target_after(rel)]
    for rel in relations:
        if rel.type != "ACCUSE" or not rel.predicate.lower().startswith("verurteil") or doc.lang != "de" \
                or rel.predicate_start is None or not 0 <= rel.sentence < len(doc.sents):
            continue
        toks = doc.sent_tokens(rel.sentence)
        words = [t.text for t in toks]
        at = next((j for j, t in enumerate(toks) if t.start >= rel.predicate_start), None)
        # the sentence may name the penalty before the verb ("zu drei Jahren Haft verurteilt") or after it
        clause = 0 if at is None else max((j + 1 for j in range(at) if words[j] in (",", ";", ":")), default=0)
        if at is not None and sentenced(words, clause, doc.lang):
            rel.type, rel.mode, rel.context = "SANCTION", "convict", ["legal"]
            rel.provenance += " (penalty: lang/de/relations/penalties.txt)"
            if rel.recipient is None:
                _sentence_defendant(doc, rel, toks, at, accused)
    return relations


def _imposed(doc: Doc, rel: Relation) -> bool:
    """False for an "imposed" relation (imposed.txt, kind verb) whose sentence names neither a sanction nor a
    penalty; one that names a penalty and no sanction is retyped a court sentence (mode convict, context legal)."""
    kinds = _imposed_words(doc.lang) if rel.type == "SANCTION" else {}
    if "verb" not in kinds or not kinds["verb"].fullmatch(rel.predicate.lower()) \
            or not 0 <= rel.sentence < len(doc.sents):
        return True
    low = [t.text.lower() for t in doc.sent_tokens(rel.sentence)]
    if "sanction" in kinds and any(kinds["sanction"].fullmatch(w) for w in low):
        return True
    if "penalty" not in kinds or not any(kinds["penalty"].fullmatch(w) for w in low):
        return False
    rel.mode, rel.context = "convict", ["legal"]
    rel.provenance += " (penalty: lang/de/relations/imposed.txt)"
    return True


def _target_after(rel: Relation) -> bool:
    """False for a SANCTION told by a noun of imposed.txt kind "noun" ("Strafmaßnahmen", "Embargo") whose recipient
    stands before it: such a noun names its target after it ("die Einreiseverbote gegen X"); a name before it is
    someone else ("X war wegen der Einreiseverbote gegen Politiker zitiert worden": X is no target)."""
    kinds = _imposed_words("de") if rel.type == "SANCTION" else {}
    return "noun" not in kinds or not kinds["noun"].fullmatch(rel.predicate.lower()) \
        or rel.recipient_start is None or rel.predicate_start is None or rel.recipient_start > rel.predicate_start


def _sentence_defendant(doc: Doc, rel: Relation, toks: list, at: int, accused: list[str | None]) -> None:
    """Make the document's defendant the recipient of the sentencing ``rel`` when the object after its verb
    (word ``at``) is a pronoun or a defendant noun ("verurteilt ihn", "verurteilte den Angeklagten"). ``accused``
    holds the defendant once looked up (empty before)."""
    j = at + 1
    while j < len(toks) and toks[j].start < (rel.predicate_end or 0):
        j += 1
    if j >= len(toks):
        return
    first = toks[j].text
    if first.lower() in OBJECTS and first == first.lower():
        end = toks[j].end
    elif first.lower() in ("den", "die") and j + 1 < len(toks) and DEFENDANT.fullmatch(toks[j + 1].text):
        end = toks[j + 1].end
    else:
        return
    if not accused:
        accused.append(defendant(doc))
    name = accused[0]
    if name is not None and name != rel.actor:
        rel.recipient, rel.recipient_text = name, doc.text[toks[j].start:end]
        rel.recipient_start, rel.recipient_end = toks[j].start, end
        rel.provenance += " (recipient: the document's defendant)"


def defendant(doc: Doc) -> str | None:
    """The one person the document names as its defendant (see the module's docstring), else None."""
    found = set()
    starts = [t.start for t in doc.tokens]
    for ent in doc.ents:
        if ent.label != "PER":
            continue
        name = ent.canonical or ent.text
        at = bisect_left(starts, ent.start)  # the person's first token; the word before it names the defendant
        before = doc.tokens[at - 1].text if at > 0 else ""
        if INITIALLED.fullmatch(name) or DEFENDANT.fullmatch(before):
            found.add(name)
    return found.pop() if len(found) == 1 else None


__all__ = ["convictions", "defendant", "sentenced"]


LIFT_SPAN = 3  # words before a sanction noun within which the verb that lifts it stands ("lifted the sanctions")


def without_lifted(doc: Doc, relations: list[Relation], lex: RelationLexicon) -> list[Relation]:
    """``relations`` without the SANCTIONs that the sentence lifts or eases rather than imposes ("The US lifted
    sanctions on Venezuela", "Die USA lockerten die Strafmaßnahmen gegen Venezuela", "hat die Sanktionen
    aufgehoben"): the verbs of status.txt's kind "lifted", within ``LIFT_SPAN`` words before the trigger or, in
    German, anywhere after it in its clause (the participle or particle at the clause's end)."""
    out = []
    for rel in relations:
        placed = doc.span_tokens(rel.predicate_start, rel.predicate_end) \
            if rel.type == "SANCTION" and rel.predicate_start is not None and rel.predicate_end is not None else None
        if placed is not None:
            toks, at, _ = placed
            low = [t.text.lower() for t in toks]
            after = low[at + 1:clause_bounds(low, at)[1]] if lex.lang == "de" else []
            if any(lex.lifted.fullmatch(w) for w in low[max(0, at - LIFT_SPAN):at] + after):
                continue
        out.append(rel)
    return out
