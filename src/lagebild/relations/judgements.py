"""A speaker's judgement of another actor's act is an accusation (ACCUSE, mode disapprove).

"Polens Vorgehen sei eine Provokation, sagte der Minister", "the drills were a reckless step by Norway, she
said": no verb of criticism stands in the sentence, so the trigger rules (triggers.txt) see none; the speaker
judges the act, and so its actor. This pass reads what each attribution says (attribution layer: source, cue,
content) and records ACCUSE speaker -> actor when, inside the content,
- a word of judgement (lang/<code>/relations/judgements.txt, kind "judgement": Fehler, Provokation, Bedrohung,
  Lüge, völkerrechtswidrig; mistake, provocation, threat, lie) is the predicate: after a copula ("sei", "was")
  or with a frame verb and its particle ("stelle ... dar") in the content;
- exactly one actor is named as the possessor of a noun there ("Nordkoreas Beteiligung", "die Manöver Chinas",
  "Putin's lie", "a move by Russia"), never after a preposition that names whom the act harms ("eine Bedrohung
  für den Süden", "a threat to Europe");
- the speaker is an actor the document resolves (a mention, or a pronoun the attribution layer resolved) and is
  not that possessor.
A judgement without a named act ("Das sei ein Fehler") or about conditions ("Die Lage stelle eine Bedrohung dar")
names no second actor and so no relation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer
from ..model import AUTHOR, Doc, Relation
from . import record
from .lexicon import FLAGS, RelationLexicon, Trigger
from .mentions import PLACE, Mention, mentions

RESOURCE = "relations/judgements.txt"
RULE = "rule:{lang}/relations/judgements.txt"
GENITIVE_ARTICLES = frozenset({"der", "des"})  # "der Einsatz der Türkei"
AGENT_PREPS = frozenset({"von", "vom", "durch", "by", "of"})  # "Lieferungen von Südkorea", "a move by Russia"
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})  # "Putin's lie" (the segmenter's own token)
STEM = 5  # letters a noun and an earlier trigger share: "Lieferungen" / "Waffenlieferungen", "move" is too short
LOOK_BACK = 2  # sentences before the judgement in which the act a demonstrative names again is looked for
LEAD = 3  # lower-case words (articles, adjectives) between a noun and the mention that is its genitive


class _Lexicon:
    """The judgement words, copulas and frame verbs (with their particle) of one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        kinds: dict[str, list[str]] = {}
        self.frames: list[tuple[re.Pattern[str], str]] = []
        for row in resources.load(lang, RESOURCE).rows(2):
            if row[0] == "frame":
                self.frames.append((re.compile(row[1]), row[2] if len(row) > 2 else ""))
            else:
                kinds.setdefault(row[0], []).append(row[1])
        self.judgement = re.compile("|".join(f"(?:{p})" for p in kinds.get("judgement", ())))
        self.copula = re.compile("|".join(f"(?:{p})" for p in kinds.get("copula", ())))
        self.articles = frozenset(w for p in kinds.get("article", ()) for w in p.split("|"))
        self.demonstratives = frozenset(w for p in kinds.get("demonstrative", ()) for w in p.split("|"))
        # the gate: the literal start of every judgement word, looked for as plain text in the content (a few
        # substring tests per attribution, far cheaper than a regular expression; the rules read words after it)
        self.gate = tuple(sorted({_literal(alt) for p in kinds.get("judgement", ()) for alt in p.split("|")}))

    def predicate(self, low: list[str], lo: int, hi: int) -> int | None:
        """The word index of a judgement word in ``lo:hi`` that is the predicate, None when none is: right
        after an indefinite article (over up to ``LEAD`` adjectives: "ein schwerer Fehler", "an obvious escalating
        move"), a copula or a possessive ("Putin's lie"), and with a copula in the clause (German puts it last:
        "dass X eine Bedrohung sei") or a frame verb before it with its particle after it ("stelle ... dar")."""
        for j in range(lo, hi):
            if not self.judgement.fullmatch(low[j]):
                continue
            lead = low[max(lo, j - 1 - LEAD):j]
            if not any(w in self.articles or w in POSSESSIVE_MARKS or self.copula.fullmatch(w) for w in lead):
                continue  # "die Bedrohung durch X sei gewachsen": the subject, no predicate
            if any(self.copula.fullmatch(w) for w in low[lo:hi] if w != low[j]):
                return j
            for verb, particle in self.frames:
                if any(verb.fullmatch(w) for w in low[lo:j]) and (not particle or particle in low[j + 1:hi]):
                    return j
        return None


def _literal(alternative: str) -> str:
    """The literal letters an alternative of a judgement pattern starts with, after a leading "\\w*" and without a
    last letter made optional ("threats?" -> "threat"): every word the alternative matches holds them."""
    core = re.match(r"[^\W\d_]*", alternative.removeprefix(r"\w*")).group()
    rest = alternative.removeprefix(r"\w*")[len(core):]
    return core[:-1] if rest.startswith("?") else core


@lru_cache(maxsize=None)
def _lexicon(lang: str) -> _Lexicon | None:
    return _Lexicon(lang) if resources.exists(lang, RESOURCE) else None


def predicate_in(lang: str, low: list[str], lo: int, hi: int) -> int | None:
    """The word index of the judgement that is the predicate in ``low[lo:hi]`` (``_Lexicon.predicate``), None
    when there is none or the language has no judgement words (relations/judged_flows.py asks)."""
    jlex = _lexicon(lang)
    return jlex.predicate(low, lo, hi) if jlex is not None else None


def find(doc: Doc, relations: list[Relation], lex: RelationLexicon, gaz: Gazetteer) -> list[Relation]:
    """The accusations of ``doc``'s judged acts that ``relations`` do not hold yet. The judgement is the speaker's
    own speech act, reported by the text as "X kritisierte Y" is: source AUTHOR, hedge asserted (record.relation)."""
    jlex = _lexicon(lex.lang)
    if jlex is None:
        return []
    have: set[tuple] | None = None  # the relations already found, gathered at the first judgement found
    out: list[Relation] = []
    for att in doc.attributions:
        if att.source in (None, AUTHOR) or att.content_start is None or att.content_end is None \
                or not 0 <= att.sentence < len(doc.sents):
            continue
        content = doc.text[att.content_start:att.content_end].lower()
        if not any(core in content for core in jlex.gate):
            continue
        rel = _judged(doc, att, jlex, lex, gaz, relations)
        if rel is None:
            continue
        if have is None:
            have = {(r.sentence, r.type, r.actor, r.recipient) for r in relations}
        if (rel.sentence, rel.type, rel.actor, rel.recipient) not in have:
            have.add((rel.sentence, rel.type, rel.actor, rel.recipient))
            out.append(rel)
    return out


def content_words(doc: Doc, att) -> tuple[list[str], list[str], list[int], int, int] | None:  # type: ignore[no-untyped-def]
    """The words, lower-case words and start offsets of the sentence of attribution ``att``, and the word range
    [lo, hi) of its content; None when no word lies in the content."""
    toks = doc.sent_tokens(att.sentence)
    inside = [j for j, t in enumerate(toks) if att.content_start <= t.start < att.content_end]
    if not inside:
        return None
    words = [t.text for t in toks]
    return words, [w.lower() for w in words], [t.start for t in toks], inside[0], inside[-1] + 1


def _judged(doc: Doc, att, jlex: _Lexicon, lex: RelationLexicon, gaz: Gazetteer,
            relations: list[Relation]) -> Relation | None:
    i = att.sentence
    if (content := content_words(doc, att)) is None:
        return None
    words, low, starts, lo, hi = content
    k = jlex.predicate(low, lo, hi)
    if k is None:
        return None
    named = mentions(doc, i, words, starts, gaz, lex)
    found = [m for m in named if m.label != PLACE]
    speaker = speaker_of(doc, att, found)
    if speaker is None:
        return None
    owners = {m.canonical: m for m in found if lo <= m.first and m.last <= hi and m.canonical != speaker.canonical
              and _possessor(words, low, m, lo, hi, k, lex.lang)}
    if not owners and (earlier := _referred(words, low, lo, k, i, jlex, relations, lex, named)) is not None \
            and earlier.actor != speaker.canonical:
        owners = {earlier.actor: Mention(earlier.actor, None, None, None, -1, -1, "carried")}
    if len(owners) != 1:
        return None  # none named, or several: whose act is judged is not clear
    trig = Trigger((re.compile(re.escape(low[k])),), "ACCUSE", "disapprove", ("diplomatic",),
                   RULE.format(lang=lex.lang))
    return record.relation(doc, i, words, low, k, 1, trig, "ACCUSE", speaker, next(iter(owners.values())), lex)


def _referred(words: list[str], low: list[str], lo: int, k: int, i: int, jlex: _Lexicon,
              relations: list[Relation], lex: RelationLexicon, named: list[Mention]) -> Relation | None:
    """The relation of the sentences just before ``i`` that a demonstrative subject of the judgement names again
    ("Solche Lieferungen seien ein Fehler" after "Chile plant Waffenlieferungen", "This attack was a crime" after
    "Russia shelled Kharkiv"): the noun after the demonstrative at the content's start (over adjectives) is an
    event noun of the relation's type (triggers.txt: "attack" for a shelling, "Angriff" for "beschoss"), or
    shares its stem with the relation's trigger. None when no such subject or relation is, when two actors
    fit, or when the noun has a target of its own that is not the act's (``_own_target``: "Dieser Angriff auf
    die Pressefreiheit" is a figure of speech, no shelling named again)."""
    at = next((j for j in range(lo, min(lo + 2, k)) if low[j] in jlex.demonstratives), None)
    if at is None:
        return None
    noun = next((j for j in range(at + 1, min(at + 1 + LEAD, k))
                 if _act_noun(words[j], jlex.lang) or lex.triggers_at(low, j) is not None), None)
    if noun is None:
        return None
    stem = low[noun][:STEM]
    trig = lex.triggers_at(low, noun)
    kind = trig.event_type(False).rstrip(FLAGS) if trig is not None and low[noun].isalpha() else None
    fits = [r for r in relations if i - LOOK_BACK <= r.sentence < i
            and (r.type == kind or len(stem) == STEM and stem in r.predicate.lower())]
    if not fits or len({r.actor for r in fits}) != 1 or _own_target(low, noun, k, fits[-1], lex, named):
        return None
    return fits[-1]


def _own_target(low: list[str], noun: int, k: int, earlier: Relation, lex: RelationLexicon,
                named: list[Mention]) -> bool:
    """Whether the demonstrative's noun at ``noun`` has an object of its own after a preposition naming a
    recipient (preps.txt: "auf", "gegen", "on", "against") that names no place noun (places.txt: "Stadt") and
    no mention but a state other than the ``earlier`` act's recipient: "Dieser Angriff auf die Pressefreiheit",
    "this attack on democracy" name an abstract target, the act is another; "Dieser Angriff auf Charkiw" names
    the shelling again."""
    if noun + 1 >= k or not any(role == "recipient" for role, _ in lex.preps.get(low[noun + 1], ())):
        return False
    if any(w in lex.place_nouns for w in low[noun + 2:k]):  # "auf die Stadt": a place, the act's
        return False
    inside = [m for m in named if noun + 1 < m.first < k]
    # only a state other than the act's known recipient is another target ("this attack on Poland" after a
    # shelling of Kharkiv); a place, a person or group (a city the model reads as a person) may be the act's
    return not any(m.label != "LOC" or earlier.recipient in (None, m.canonical) for m in inside)


def _act_noun(word: str, lang: str) -> bool:
    """Whether ``word`` may be the noun of a demonstrative's phrase: capitalized in German, a word of letters as
    long as a stem in English (articles and short words are skipped; the stem must match besides)."""
    return word[:1].isupper() if lang == "de" else word.isalpha() and len(word) >= STEM


def speaker_of(doc: Doc, att, found: list[Mention]) -> Mention | None:
    """The speaker as an actor: its mention in the sentence, else the name the attribution layer resolved a
    pronoun to when the document names that actor elsewhere ("He said ...")."""
    if att.source_start is not None:
        for m in found:
            if m.start is not None and m.start < (att.source_end or att.source_start + 1) and att.source_start < (m.end or 0):
                return m
    if any(e.canonical == att.source and e.label in ("PER", "ORG") for e in doc.ents):
        return Mention(att.source, att.source_text, att.source_start, att.source_end, -1, -1, "carried")
    return None


def _possessor(words: list[str], low: list[str], m: Mention, lo: int, hi: int, k: int, lang: str) -> bool:
    """Whether mention ``m`` (inside ``lo:hi``) names the actor of the act judged by the word at ``k``: before
    the judgement, the subject itself ("Russland sei eine Bedrohung") or the owner of a noun of the subject
    ("Nordkoreas Beteiligung", "die Manöver Chinas", "der Einsatz der Türkei", "Lieferungen von X"), not after a
    preposition that names whom the act harms ("die Angriffe auf Polens Städte"); after the judgement, only the
    owner of the judgement noun itself ("ein Fehler der Regierung", "Putin's lie", "a reckless step by Norway"),
    never of a noun further on ("a violation of Ukraine's sovereignty")."""
    if m.last <= k:
        if m.first <= lo + 2 and m.last < hi and (_SUBJECT_VERB.fullmatch(low[m.last])
                                                   or m.first >= 1 and low[m.first - 1] in ("dass", "that")):
            return True  # the subject itself: right before the copula or frame verb, or first after "dass"
        if _after_preposition(words, low, m, lo, lang):
            return False
        return _owner_of(words, low, m, lo, hi, lang) is not None
    if m.first > k + 1 + LEAD + 1:
        return False
    owned = _owner_of(words, low, m, lo, hi, lang)
    return owned is not None and k <= owned <= k + 1


# verbs right after a bare subject: a copula or frame verb of either language
_SUBJECT_VERB = re.compile(r"ist|sei|seien|sind|war|waren|wäre|wären|stelle|stellt|stellen|stellte|stellten|"
                           r"is|was|were|are|poses|posed|constitutes|constituted")


def _owner_of(words: list[str], low: list[str], m: Mention, lo: int, hi: int, lang: str) -> int | None:
    """The word index of the noun ``m`` is the genitive or agent of, None when it is none's."""
    after = m.last
    if after + 1 < hi and low[after] in POSSESSIVE_MARKS:
        return after + 1  # "Putin's lie"
    if lang == "de" and after < hi and words[after][:1].isupper() and words[m.last - 1].endswith("s"):
        return after  # "Nordkoreas Beteiligung"
    j = m.first - 1
    while j >= lo and j >= m.first - 1 - LEAD and words[j][:1].islower() and low[j] not in GENITIVE_ARTICLES \
            and low[j] not in AGENT_PREPS:
        j -= 1  # over adjectives ("der russischen Regierung")
    if j < lo:
        return None
    if low[j] in AGENT_PREPS or (lang == "de" and low[j] in GENITIVE_ARTICLES):
        return j - 1 if j - 1 >= lo and _noun(words[j - 1], lang) else None
    if lang == "de" and j == m.first - 1 and _noun(words[j], lang) and words[m.last - 1].endswith("s"):
        return j  # "die Manöver Chinas"
    return None


def _after_preposition(words: list[str], low: list[str], m: Mention, lo: int, lang: str) -> bool:
    """Whether a preposition other than an agent's stands before ``m``'s noun phrase (over articles and
    adjectives): "für Nordkoreas Sicherheit", "to Russia's security"."""
    preps = PREPS_DE if lang == "de" else _PREPS_EN
    j = m.first - 1
    while j >= lo and j >= m.first - 1 - LEAD and words[j][:1].islower() and low[j] not in preps:
        j -= 1
    return j >= lo and low[j] in preps


# prepositions after which a name qualifies what the act harms or aims at, not its actor
PREPS_DE = frozenset({"für", "gegen", "gegenüber", "an", "auf", "zu", "mit", "nach", "in", "über", "vor", "im", "am",
                       "zum", "zur", "bei", "aus"})
_PREPS_EN = frozenset({"to", "for", "against", "on", "in", "at", "with", "into", "over", "from", "toward", "towards"})


def _noun(word: str, lang: str) -> bool:
    """A noun the possessor can belong to: capitalized in German, any word of letters in English."""
    if lang == "de":
        return word[:1].isupper()
    return word.isalpha()
