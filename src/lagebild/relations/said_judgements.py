"""Judgements a speaker states without a verb of criticism: ACCUSE speaker -> whom it blames (German news).

The trigger rules see no verb of criticism in "Der Minister sprach von einem Skandal" or "Für X ist Frankreich für
die Probleme verantwortlich"; the attribution layer frames both as speech (source, cue, content), and this pass
reads what it frames (words in lang/de/relations/said_judgements.txt):
- speaking of a wrong: the cue is a verb of speaking of ("sprach") and the noun phrase after "von" in the content
  (up to a preposition other than "von") holds a word of a wrong (Skandal, Provokation, Rassismus, Fälschung):
  the one actor named inside that phrase is accused ("eine Provokation Polens"), else no one is (recipient null,
  as gold codes "sprach von einem Beigeschmack von Rassismus");
  a crime (Verbrechen, Betrug) is such a wrong unless the police, a prosecutor or a court speaks: they class the
  case they investigate ("Die Polizei sprach von einem Raubverbrechen"), common in crime news;
- blame: the content holds a word of blame ("verantwortlich", "schuld") with a copula, and "für"/"an" before it
  with a misfortune (Probleme, Anschlag, Krise) within a few words: the one actor of the content outside that
  phrase and after no preposition is the one blamed ("an der Misere seien allein die Behörden Chiles schuld"). A task
  one answers for ("für die Planung verantwortlich") names no misfortune and so no one.
The speaker must be an actor the document resolves (judgements.speaker_of). Languages without the word file get
nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer
from ..model import AUTHOR, Doc, Relation
from . import record
from .judgements import LEAD, PREPS_DE, content_words, speaker_of
from .lexicon import RelationLexicon, Trigger
from .mentions import PLACE, Mention, mentions

RESOURCE = "relations/said_judgements.txt"
RULE = "rule:{lang}/relations/said_judgements.txt"
PHRASE = 8  # words of the noun phrase after "von" in which the wrong is looked for
NEGATIONS = frozenset({"kein", "keine", "keinem", "keinen", "keiner", "nicht"})
GENITIVE_ARTICLES = frozenset({"der", "des"})
# prepositions that end the noun phrase of what was spoken of ("ein Erfolg im Kampf gegen ...")
PHRASE_ENDS = PREPS_DE | {"um", "wegen", "seit", "unter", "zwischen", "ohne", "trotz"}


class _Lexicon:
    """The verbs of speaking of, the words of a wrong, of blame and of misfortune of one language."""

    def __init__(self, lang: str) -> None:
        kinds: dict[str, list[str]] = {}
        for row in resources.load(lang, RESOURCE).rows(2):
            kinds.setdefault(row[0], []).append(row[1])
        self.speak_of, self.wrong, self.crime, self.blame, self.misfortune, self.investigator, self.question = (
            re.compile("|".join(f"(?:{p})" for p in kinds.get(kind, ())) or "(?!)") for kind in
            ("speak-of", "wrong", "crime", "blame", "misfortune", "investigator", "question"))
        # a cheap gate on the content's text: a blame word's letters (a wrong is gated by the cue verb)
        self.blame_words = tuple(sorted({alt for p in kinds.get("blame", ()) for alt in p.split("|")}))


@lru_cache(maxsize=None)
def _lexicon(lang: str) -> _Lexicon | None:
    return _Lexicon(lang) if resources.exists(lang, RESOURCE) else None


def find(doc: Doc, relations: list[Relation], lex: RelationLexicon, gaz: Gazetteer) -> list[Relation]:
    """The accusations of ``doc``'s said judgements that ``relations`` do not hold yet; each is the speaker's own
    speech act, reported as "X kritisierte Y" is (source AUTHOR, hedge asserted: record.relation)."""
    slex = _lexicon(lex.lang)
    if slex is None:
        return []
    have = {(r.sentence, r.type, r.actor, r.recipient) for r in relations}
    out: list[Relation] = []
    for att in doc.attributions:
        if att.source in (None, AUTHOR) or att.content_start is None or att.content_end is None \
                or att.cue_start is None or not 0 <= att.sentence < len(doc.sents):
            continue
        cue = doc.text[att.cue_start:att.cue_end or att.cue_start].lower()
        spoken = slex.speak_of.fullmatch(cue) is not None
        if not spoken and not any(w in doc.text[att.content_start:att.content_end].lower() for w in slex.blame_words):
            continue
        rel = _said(doc, att, spoken, slex, lex, gaz)
        if rel is not None and (rel.sentence, rel.type, rel.actor, rel.recipient) not in have:
            have.add((rel.sentence, rel.type, rel.actor, rel.recipient))
            out.append(rel)
    return out


def _said(doc: Doc, att, spoken: bool, slex: _Lexicon, lex: RelationLexicon, gaz: Gazetteer) -> Relation | None:
    i = att.sentence
    if (content := content_words(doc, att)) is None:
        return None
    words, low, starts, lo, hi = content
    found = [m for m in mentions(doc, i, words, starts, gaz, lex) if m.label != PLACE]
    speaker = speaker_of(doc, att, found)
    if speaker is None:
        return None
    others = [m for m in found if lo <= m.first and m.last <= hi and m.canonical != speaker.canonical]
    if spoken:
        at = next((j for j, start in enumerate(starts) if start == att.cue_start), None)
        return _spoken_of(doc, i, words, low, at, lo, hi, others, speaker, slex, lex) if at is not None else None
    return _blamed(doc, i, words, low, lo, hi, others, speaker, slex, lex)


def _spoken_of(doc: Doc, i: int, words: list[str], low: list[str], at: int, lo: int, hi: int, others: list[Mention],
               speaker: Mention, slex: _Lexicon, lex: RelationLexicon) -> Relation | None:
    """ACCUSE speaker -> the owner of the wrong spoken of at the cue ``at`` ("sprach von einem Skandal")."""
    if low[lo] != "von" or lo + 1 >= hi or low[lo + 1] in NEGATIONS:
        return None
    end = lo + 1
    while end < min(hi, lo + 1 + PHRASE) and (low[end] == "von" or low[end] not in PHRASE_ENDS):
        end += 1  # the phrase ends before a preposition of its own ("ein Erfolg im Kampf gegen ...")
    # a crime the police or a prosecutor names is the class of its case, no accusation (said_judgements.txt)
    investigates = slex.investigator.fullmatch(speaker.canonical.lower()) is not None
    if not any(slex.wrong.fullmatch(w) or not investigates and slex.crime.fullmatch(w) for w in low[lo + 1:end]):
        return None
    owners = {m.canonical: m for m in others if lo < m.first and m.last <= end}
    if len(owners) > 1:
        return None  # whose wrong it is, is not clear
    return _relation(doc, i, words, low, at, "disapprove", speaker, next(iter(owners.values()), None), lex)


def _blamed(doc: Doc, i: int, words: list[str], low: list[str], lo: int, hi: int, others: list[Mention],
            speaker: Mention, slex: _Lexicon, lex: RelationLexicon) -> Relation | None:
    """ACCUSE speaker -> the one actor the content makes answer for a misfortune, None when none or several or
    when a question word opens the blame word's clause ("wer für die Krise verantwortlich sei", "ob X schuld
    sei": asked, not stated; common in reported debate)."""
    at = next((j for j in range(lo, hi) if slex.blame.fullmatch(low[j])), None)
    if at is None or not any(w in _COPULAS for w in low[lo:hi]) or any(w in NEGATIONS for w in low[lo:at]):
        return None
    opening = next((j + 1 for j in range(at - 1, lo - 1, -1) if low[j] == ","), lo)
    if opening < at and slex.question.fullmatch(low[opening]):
        return None  # "wer für die Krise verantwortlich sei", "die Frage, ob X schuld sei": asked, not stated
    phrase = _misfortune_phrase(words, low, lo, hi, slex)
    if phrase is None:
        return None
    blamed = {m.canonical: m for m in others if not (phrase[0] <= m.first < phrase[1])
              and not _after_preposition(low, words, m, lo)}
    if len(blamed) != 1:
        return None
    return _relation(doc, i, words, low, at, "allege", speaker, next(iter(blamed.values())), lex)


def _misfortune_phrase(words: list[str], low: list[str], lo: int, hi: int, slex: _Lexicon) -> tuple[int, int] | None:
    """The word span of "für/an <misfortune>" in the content ``lo:hi``, before the blame word or after it ("sei
    schuld an der Krise"), over its genitive ("für den Tod des Ministers"); None when no such phrase is."""
    for f in range(lo, hi):
        if low[f] not in ("für", "an", "am"):
            continue
        noun = next((j for j in range(f + 1, min(hi, f + 2 + LEAD)) if words[j][:1].isupper()), None)
        if noun is None or not slex.misfortune.fullmatch(low[noun]):
            continue
        end = noun + 1
        if end < hi and low[end] in GENITIVE_ARTICLES:
            end += 1
            while end < hi and words[end][:1].islower():
                end += 1
            end = min(hi, end + 1)
        elif end < hi and words[end][:1].isupper() and words[end].endswith("s"):
            end += 1  # "für den Tod Badawis"
        return f, end
    return None


def _after_preposition(low: list[str], words: list[str], m: Mention, lo: int) -> bool:
    """Whether a preposition stands before ``m``'s noun phrase (over articles and adjectives): no subject."""
    j = m.first - 1
    while j >= lo and j >= m.first - 1 - LEAD and words[j][:1].islower() and low[j] not in PREPS_DE:
        j -= 1
    return j >= lo and low[j] in PREPS_DE


# a copula makes the blame a statement about the subject ("sei ... verantwortlich")
_COPULAS = frozenset({"ist", "sei", "seien", "sind", "war", "waren", "wäre", "wären"})


def _relation(doc: Doc, i: int, words: list[str], low: list[str], k: int, mode: str, speaker: Mention,
              accused: Mention | None, lex: RelationLexicon) -> Relation:
    trig = Trigger((re.compile(re.escape(low[k])),), "ACCUSE", mode, ("diplomatic",), RULE.format(lang=lex.lang))
    return record.relation(doc, i, words, low, k, 1, trig, "ACCUSE", speaker, accused, lex)
