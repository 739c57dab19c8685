"""Quotation shapes the cue rules ask about: a reported main clause in the indicative after a verb of saying
("Ortega sagte, Peru halte sich an das Abkommen").

News German reports speech mostly in Konjunktiv I or with "dass"; the indicative (or a Konjunktiv II that looks
like the past tense: "hielten", "konnte") after "sagte X," is common too and was missed. A main clause (subject,
then the finite verb, then more words) right after the comma that closes a cue clause is that clause's content
when the cue clause holds nothing the verb could take instead: no object, only the speaker, adverbs and
prepositional phrases ("sagte Rice am Montag gegenüber Journalisten,"). "erklärte den Rücktritt, die Partei war
schockiert" has an object and stays no attribution.
"""

from __future__ import annotations

from typing import Protocol

from ..spans import ents_between
from .lexicon import Lexicon
from .mood import Mood
from .sources import Phrase, noun_phrase, noun_phrase_ending
from .words import Sent

# words that may stand in a cue clause beside the speaker without being the thing said
_FREE_TAGS = ("ADV", "ADJD", "PTKNEG", "PTKVZ", "PROAV", "PAV", "PRF", "KON")
_PREPOSITIONS = ("APPR", "APPRART", "APPO")
_MARKS = "„“\"»«‚‘"


def _bare_cue_clause(sent: Sent, a: int, b: int, phrase: Phrase, cue_tokens: list[int], f: int) -> bool:
    """Words [a, b) hold the cue's verbs, the speaker, adverbs and prepositional phrases only (after the verb)."""
    taken = set(range(phrase.a, phrase.b)) | set(cue_tokens) | {f}
    start = min([f, *cue_tokens])
    m = start + 1
    while m < b:
        if m in taken or sent.tag(m) in _FREE_TAGS or sent.tag(m) == "$" or sent.tag(m).startswith("VA") or sent.tag(m).startswith("VM"):
            m += 1
            continue
        if sent.tag(m) in _PREPOSITIONS:
            # a prepositional phrase: up to its noun ("am Montag", "gegenüber der Zeitung Die Welt")
            j = m + 1
            while j < b and j - m <= 6 and not (sent.cap(j) and sent.tag(j) in ("NN", "NE")):
                j += 1
            while j + 1 < b and sent.cap(j + 1) and sent.tag(j + 1) in ("NN", "NE") and j + 1 not in taken:
                j += 1
            if j >= b:
                return False
            m = j + 1
            continue
        return False
    return True


def main_clause(sent: Sent, na: int, nb: int) -> bool:
    """Words [na, nb) open with a main clause: a noun phrase or personal pronoun, the finite verb, more words."""
    lex = sent.lex
    phrase = noun_phrase(sent, na, limit=nb)
    if phrase is None:
        return False
    j = phrase.b
    while j < nb and sent.words[j] in _MARKS:
        j += 1
    if j + 1 >= nb or sent.cap(j) or not sent.tag(j).endswith("FIN"):
        return False  # a verb-final relative clause ("der Parteichef war") ends with its verb
    return not (phrase.b - phrase.a == 1 and sent.low[phrase.a] in lex.fw("rel") and not sent.cap(phrase.a))


def reported_main_clause(sent: Sent, cue_seg: tuple[int, int], phrase: Phrase | None, cue_tokens: list[int],
                         f: int, frames: set[str], next_seg: tuple[int, int]) -> bool:
    """The clause ``next_seg`` after a comma is what the cue in ``cue_seg`` reports, in the indicative."""
    if phrase is None or not frames & {"say", "clause"}:
        return False
    a, b = cue_seg
    if b >= len(sent) or sent.words[b] != ",":
        return False
    return _bare_cue_clause(sent, a, b, phrase, cue_tokens, f) and main_clause(sent, *next_seg)



class _Reader(Protocol):
    """What ``complement_cue`` asks of the extractor."""

    lex: Lexicon
    mood: Mood

    def in_quote(self, sent: Sent, k: int) -> bool: ...

    def subject(self, sent: Sent, a: int, f: int, b: int) -> Phrase | None: ...

    def animate(self, sent: Sent, phrase: Phrase) -> bool: ...


def complement_cue(reader: _Reader, sent: Sent) -> tuple[int, Phrase, int] | None:
    """A verb outside the cue lexicon whose content clause is reported speech: the main clause opens the sentence
    and is not itself reported, a comma closes it, and the next clause is in Konjunktiv I or opens with "dass"/"ob"
    and holds Konjunktiv I or "würde" ("Pressesprecher X ist der Meinung, dass es nicht umgesetzt werde", "Y
    urteilte, dass Hongkong verwandelt würde"). Without this the sentence is read as a continuation and takes the
    previous speaker. Returns (finite verb, subject phrase, first word of the content) or None.

    The subject must name someone: a name, a role or body noun, or a personal pronoun."""
    lex = reader.lex
    segs = sent.clauses()
    if len(segs) < 2 or reader.in_quote(sent, 0):
        return None
    (a, b), (na, nb) = segs[0], segs[1]
    if b >= len(sent) or sent.words[b] != "," or reader.mood.has_k1(sent, a, b):
        return None
    if sent.low[a] in lex.fw("sub") or sent.low[a] in lex.fw("complement"):
        return None  # a subordinate clause first ("Als er sagte, ...")
    # the content clause is looked at before the main clause's verb: most sentences report nothing, and this
    # way the tagger reads fewer words (the order changes no answer)
    rest = range(na, len(sent))
    reported = reader.mood.has_k1(sent, na, nb) if sent.low[na] not in lex.fw("complement") else (
        any(reader.mood.is_k1(sent, m) or sent.low[m] in ("würde", "würden") for m in rest))
    if not reported:
        return None
    f = next((m for m in range(a, b) if sent.tag(m).endswith("FIN") and not sent.cap(m)), None)
    if f is None or f == a:
        return None  # no finite verb, or a question
    phrase = reader.subject(sent, a, f, b)
    if phrase is None or not reader.animate(sent, phrase):
        return None
    words = range(phrase.a, phrase.b)
    named = _names_speaker(sent, phrase) or any(
        lex.role_of(sent.words[m]) in ("role", "outlet", "institution") for m in words if sent.cap(m)) or (
        phrase.b - phrase.a == 1 and sent.low[phrase.a] in lex.pronouns)
    # the verb that governs the content clause is the last finite one ("spielte ... herunter und ist der Meinung")
    cue = max(m for m in range(f, b) if sent.tag(m).endswith("FIN") and not sent.cap(m))
    return (cue, phrase, na) if named else None


def _names_speaker(sent: Sent, phrase: Phrase) -> bool:
    """The phrase names a person or an organization. With entities, a place does not: a verb outside the cue
    lexicon whose subject is a country or region ("Tirol verfällt ...") is rarely speech. When the entities were
    not looked for, a proper noun counts."""
    doc = sent.doc
    if "ents" not in doc.layers:
        return any(sent.tag(m) == "NE" for m in range(phrase.a, phrase.b))
    start, end = sent.start(phrase.a), sent.end(phrase.b - 1)
    return any(ent.label in ("PER", "ORG") for ent in ents_between(doc, start, end))


_NOMINATIVE_REL = frozenset({"der", "die", "welcher", "welche"})
_BEFORE_VERB = ("APPR", "APPRART", "ADV", "ADJD", "PTKNEG", "PROAV", "PAV")


def relative_speaker(sent: Sent, a: int, f: int) -> Phrase | None:
    """The relative pronoun opening clause [a, f] as the subject of its final cue verb ``f``, when nothing else can
    be: "Samir Haddad, der vor dem Stadtrat erklärte, er sei an keinem Verein beteiligt", "die auch angab, dass".
    Not "die Maßnahmen, die die Regierung ankündigte": a noun phrase or pronoun after it is the subject."""
    if a == 0 or sent.words[a - 1] != "," or sent.low[a] not in _NOMINATIVE_REL or sent.cap(a) or f <= a:
        return None
    if any(sent.cap(m) and sent.tag(m) in ("NN", "NE") or sent.tag(m) in ("PPER", "ART", "PDS", "PIS")
           for m in range(a + 1, f) if not _in_pp(sent, a + 1, m)):
        return None
    return Phrase(a, a + 1, a + 1) if sent.tag(a + 1) in _BEFORE_VERB or a + 1 == f else None


def _in_pp(sent: Sent, start: int, m: int) -> bool:
    """Word ``m`` belongs to a prepositional phrase opened at or after ``start`` ("in einer ersten Stellungnahme")."""
    for j in range(m, start - 1, -1):
        if sent.tag(j) in ("APPR", "APPRART"):
            return True
        if j < m and sent.cap(j) and sent.tag(j) in ("NN", "NE"):
            return False  # a noun closed the phrase before
    return False


def relative_antecedent(sent: Sent, a: int) -> Phrase | None:
    """The noun phrase a relative pronoun at ``a`` refers to: the one ending at the comma before it."""
    return noun_phrase_ending(sent, a - 1, max(0, a - 12)) if a >= 2 else None
