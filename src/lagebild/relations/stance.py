"""The addressee of a verb of stance named after its own preposition (German and English).

preps.txt gives a preposition one role for every trigger of a type: "von" names the agent of a passive, "bei" and
"über" a place. Verbs of demanding, distancing, thanking, protesting and worrying take their addressee with
exactly these prepositions: "Österreich verlangt von Ungarn eine Erklärung", "distanzierte sich von der
Partei", "bedankte sich bei Frankreich", "legte bei Russland Protest ein", "zeigte sich besorgt über Libyen",
"lodged a protest with Moscow", "voiced concern over Iran's naval drills". The verbs and their
prepositions are in lang/<code>/relations/stance.txt; a mention after such a preposition in the trigger's clause
is the recipient (extract._relations reads the roles). A passive clause keeps "von" as its agent ("von der
Türkei wird verlangt, ..." names who demands), and a preposition right after a noun belongs to the noun ("die
Freilassung von Yücel verlangt": Yücel is no addressee).

The module also holds the other rules of the verbs of stance that extract.py calls: ``no_event`` (worry and
judging need their subject before the verb), ``unnamed_perfect_subject`` (the object of "hat ... kritisiert"
after an unnamed subject is no actor), ``affiliated`` (the body after a speaker, "X vom Bauernbund", is no recipient)
and ``promised`` (help promised in an infinitive is one AGREE).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..model import Doc, Relation
from . import roles_de
from .frames import SPEECH_ACTS, unnamed_speaker
from .index import trigger_word
from .lexicon import RelationLexicon
from .mentions import CLAUSE_END, PLACE, Mention

# auxiliaries of a passive: the clause's "von" phrase is then its agent, no addressee
PASSIVE = frozenset({"wird", "wurde", "wurden", "werden", "worden", "is", "was", "were", "been", "being"})
# finite auxiliaries of a German perfect ("hat ... kritisiert"): the subject stands before them
AUXILIARIES = frozenset({"hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten"})
JOINS = frozenset({"und", "oder", "aber", "sondern", "sowie"})  # conjunctions that open a clause of their own
# help whose promise is the event (promised): flows and joint work
PROMISED = frozenset({"AID", "SUPPORT"})  # not COOPERATE: "both promise to assist each other" is a pact clause
STANCE = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"})  # speech acts (affiliated)
RELATIVES = frozenset({"der", "die", "das", "dem", "den", "dessen", "deren"})  # opening a relative clause
SPAN = 4  # words a preposition may stand before its mention (articles, adjectives, a possessive)
WIDE = 8  # words a preposition of a matter ("über+") may stand before its mention


@lru_cache(maxsize=None)
def _frames(lang: str) -> tuple[tuple[re.Pattern, frozenset[str], str], ...]:
    """(trigger word pattern, the words naming its addressee, what its clause needs) of
    lang/<lang>/relations/stance.txt."""
    if not resources.exists(lang, "relations/stance.txt"):
        return ()
    out = []
    for row in resources.load(lang, "relations/stance.txt").rows(2):
        pattern, preps, needs = row[0], row[1], row[2] if len(row) > 2 else "-"
        # "über+": the preposition and, marked, that its mention may stand deeper in its phrase
        words = {q for p in preps.lower().split("|") if p != "-" for q in (p.rstrip("+"), p)}
        out.append((re.compile(pattern), frozenset(words), needs))
    return tuple(out)


@lru_cache(maxsize=4096)
def _of_word(lang: str, word: str) -> tuple[frozenset[str], bool, frozenset[str]]:
    """The addressee words of the stance.txt rows matching ``word``, whether one needs a subject, and the words
    of which one must follow in its clause (cached per word form: the rules ask for every trigger)."""
    preps: set[str] = set()
    subject = False
    after: set[str] = set()
    for pattern, words, need in _frames(lang):
        if pattern.fullmatch(word):
            preps |= words
            subject = subject or need == "subject"
            after |= set(need.split("|")) - {"subject", "-"}
    return frozenset(preps), subject, frozenset(after)


def addressee_preps(lang: str, low: list[str], k: int, n: int) -> frozenset[str]:
    """The words (prepositions, envoy nouns) that name the addressee of the trigger at words ``k``..``k+n``."""
    if n == 1:
        return _of_word(lang, low[k])[0]
    return frozenset().union(*(_of_word(lang, w)[0] for w in low[k:k + n]))


def no_event(words: list[str], low: list[str], k: int, n: int, found: list[Mention], lang: str) -> bool:
    """Whether the trigger at ``k`` lacks what stance.txt says its clause needs: words of which one follows it in
    its clause ("called on X to ..."), or "subject", a mention before it in its clause (the one who worries or judges: "Die USA seien besorgt", not "er sei besorgt" nor "nannte
    Gunnlaugssons Verhalten absurd", where the name after the verb is the possessor of what is judged)."""
    after = frozenset().union(*(_of_word(lang, w)[2] for w in low[k:k + n]))
    if after and not after & set(low[k + n:_clause(words, k, n)[1]]):
        return True  # "called on Xi in Beijing": a call on someone asks nothing without "to"/"for" (a visit)
    if not any(_of_word(lang, w)[1] for w in low[k:k + n]):
        return _sympathy(low, k, n, found, lang)
    lo, hi = _clause(words, k, n)
    return not any(lo <= m.first and m.last <= k for m in found) or _sympathy(low, k, n, found, lang, hi)


def _sympathy(low: list[str], k: int, n: int, found: list[Mention], lang: str, hi: int | None = None) -> bool:
    """Whether the worry of the trigger at ``k`` is about a matter that is no one's deed: the phrase of its "+"
    preposition (stance.txt "über+", "about+") holds a noun of matters.txt before any mention ("besorgt über die
    Waldbrände in Griechenland", "concerned about the economy of Germany"): sympathy or a forecast, no
    disapproval of the place ("besorgt über die Lage in Belarus", "das Vorgehen Libyens" stay)."""
    wide = {p[:-1] for w in low[k:k + n] for p in _of_word(lang, w)[0] if p.endswith("+")}
    hi = min(len(low), k + n + WIDE) if hi is None else hi
    at = next((j for j in range(k, min(hi, k + n + 2)) if low[j] in wide), None)
    if at is None:
        return False
    end = min([hi, at + 1 + WIDE] + [m.first for m in found if m.first > at])
    return _no_deed(low[at + 1:end], lang)


def unnamed_perfect_subject(actor: Mention, words: list[str], low: list[str], k: int, lo: int, kind: str) -> bool:
    """Whether the German participle of a speech act at ``k`` ("hat ... kritisiert", "hatte ... aufgerufen") has
    a subject that names no actor before its auxiliary ("Der scheidende Sonderberichterstatter hat den Umgang
    Israels kritisiert"), while the chosen ``actor`` stands between auxiliary and participle: it is the object,
    the one addressed, and the sentence names no one who speaks (frames.unnamed_speaker, read at the
    auxiliary as at a finite verb)."""
    if kind not in SPEECH_ACTS or words[k][:1].isupper() or not lo <= actor.first < k:
        return False
    if k + 1 < len(words) and words[k + 1][:1].isalnum():
        return False  # the participle closes its clause; "und Polen fordert einen Schutz" is a finite verb
    aux = next((j for j in range(lo, actor.first) if low[j] in AUXILIARIES), None)
    if aux is None or JOINS & set(low[aux + 1:actor.first]):
        return False  # "Der Konflikt hat ... und Polen fordert": the mention opens a clause of its own
    return unnamed_speaker(actor, words, aux, lo, kind)


def promised(doc: Doc, relations: list[Relation], lex: RelationLexicon) -> list[Relation]:
    """A promise of help is one AGREE (gold/SCHEMA.md): the help an infinitive after a promise word names ("hat
    zugesagt, Bauarbeiter nach Russland zu schicken", "versprach, alles zu tun, um Minsk zu helfen",
    "pledged to send aid to Ukraine", "sei bereit, X zu unterstützen") is the promise itself, with the help's
    actor and recipient, status planned; coded once (an AGREE of the same sides in the sentence keeps its own).
    A negated help stays as it is: the promise not to help is no promise of help."""
    agreed = {(r.sentence, r.actor, r.recipient) for r in relations if r.type == "AGREE"}
    out = []
    for rel in relations:
        # a negated help ("pledged not to send", "zugesagt, X nicht mehr zu unterstützen") is no promise of help:
        # it keeps its type and negation, and an AGREE of the same sides does not absorb it
        helps = rel.type in PROMISED and rel.recipient and rel.status != "negated"
        promise = _promise_before(doc, rel, lex) if helps else None
        if promise is None:
            out.append(rel)
            continue
        if (rel.sentence, rel.actor, rel.recipient) in agreed:
            continue  # "hat Russland zugesagt, Soldaten zu schicken": the promise is there already
        agreed.add((rel.sentence, rel.actor, rel.recipient))
        rel.type, rel.mode, rel.status, rel.status_cue = "AGREE", None, "planned", promise
        rel.provenance += f" (AGREE: help promised by {promise!r}, stance.promised)"
        out.append(rel)
    return out


def _promise_before(doc: Doc, rel: Relation, lex: RelationLexicon) -> str | None:
    """The promise word (an AGREE trigger of triggers.txt) governing the infinitive whose verb is the trigger
    of ``rel`` ("zu schicken", "to send", "zusammenzuarbeiten"), earlier in its sentence; None when none."""
    toks = doc.sent_tokens(rel.sentence)
    k = trigger_word(toks, rel)
    if k is None or k == 0:
        return None
    low = [t.text.lower() for t in toks]
    n = sum(1 for t in toks[k:] if t.end <= rel.predicate_end)
    k = roles_de.infinitive_verb(low, k, n, lex)  # "zur Verfügung zu stellen": the "zu" inside
    if low[k - 1] not in lex.infinitive and not roles_de.zu_infix(low[k], lex.lang):  # "beizustehen"
        return None
    for j in range(k - 2, -1, -1):
        if low[j] in (".", ";", "?", "!"):
            return None
        trig = lex.triggers_at(low, j) if lex.starting(low[j]) else None
        if trig is not None and trig.type == "AGREE":
            return toks[j].text
    return None


def affiliated(recipient: Mention | None, actor: Mention, words: list[str], low: list[str], k: int, n: int,
               kind: str) -> bool:
    """Whether the German ``recipient`` of a speech act only describes its ``actor``: the body after the actor's
    "vom"/"von" ("kritisierte Carla Wendt vom Bauernbund": her union, not whom she criticises), a mention in the
    apposition between a speaker and the verb after it ("Carla Wendt, Chefin des Bauernbunds, kritisiert"), or
    one in the apposition or relative clause after a speaker who follows the verb ("..., kritisiert Paul Riedl, Leiter der
    Vogelwarte Moosdorf", "..., warnte Ostler, der den Stürmer Kainz ins Spiel schickt")."""
    if recipient is None or kind not in STANCE or actor.last <= 0 or recipient.first <= actor.last:
        return False
    between = low[actor.last:recipient.first]
    if recipient.last <= k and "," in between and "," in low[recipient.last:k]:
        return True  # "X, Chef des Verbands Y, warnt": his body, in the apposition before the verb (appositions.py)
    if between[0] in ("vom", "von") and len(between) <= 3 and "," not in between:
        # a verb that takes its addressee with "von" ("fordert die EU von der Türkei", "verlangt Österreich von
        # Ungarn": the subject after the verb) names the addressee there; only a person's "von" is his body
        # ("fordert Kurt Brunner von der Raiffeisen"), as in recipients/_after_verb
        return actor.label == "PER" or "von" not in addressee_preps("de", low, k, n)
    if between[0] != "," or not k + n <= actor.first <= k + n + 3 or len(between) < 2 or "," in between[1:]:
        return False  # "warf X, Obfrau von Terranova, Lindqvist vor": after the closed apposition the one accused
    after = words[actor.last + 1]
    return low[actor.last + 1] in RELATIVES or after[:1].isupper() and recipient.first > actor.last + 1


def recipients(words: list[str], low: list[str], k: int, n: int, found: list[Mention], roles: list[str | None],
               lex: RelationLexicon) -> list[str | None]:
    """``roles`` with the mentions after an addressee preposition of the trigger at ``k`` marked "recipient"."""
    preps = addressee_preps(lex.lang, low, k, n)
    if not preps:
        return roles
    lo, hi = _clause(words, k, n)
    if any(w in PASSIVE for w in low[lo:hi]) and preps & lex.agent_preps:
        preps = preps - lex.agent_preps  # "von der EU wird verlangt": the agent who demands
    out = list(roles)
    for at, m in enumerate(found):
        if not lo <= m.first < hi or k <= m.first < k + n or m.label == PLACE:
            continue  # a place keeps its role: "bei einem Treffen in Wien" names where, not whom
        if any(low[j] in preps and words[j][:1].isupper() for j in range(m.last - 1, min(m.last + 1, hi))):
            # a noun standing for the preposition, the envoy: "den polnischen Botschafter einbestellt" (his state)
            out[at] = "recipient"
            continue
        prep = _preposition(words, low, m.first, preps, lo)
        if prep is not None and _after_verb(words, low, prep, k, n, found):
            out[at] = "recipient"
    return out


@lru_cache(maxsize=None)
def _matters(lang: str) -> re.Pattern | None:
    """One pattern of the matters of worry that are no one's deed (lang/<lang>/relations/matters.txt)."""
    if not resources.exists(lang, "relations/matters.txt"):
        return None
    rows = [row[0] for row in resources.load(lang, "relations/matters.txt").rows(1)]
    return re.compile("|".join(f"(?:{p})" for p in rows)) if rows else None


def _preposition(words: list[str], low: list[str], first: int, preps: frozenset[str], lo: int) -> int | None:
    """Where one of ``preps`` stands over the up to SPAN lower-case words before word ``first``, None when a
    noun or a clause bound comes first. A preposition marked "+" in stance.txt opens a phrase about a matter: its
    mention may stand deeper in it, after nouns ("besorgt über die Lage in Ägypten", up to WIDE words)."""
    for j in range(first - 1, max(lo - 1, first - WIDE - 1), -1):
        if low[j] in preps and (first - j <= SPAN + 1 or low[j] + "+" in preps):
            return j
        if words[j] in CLAUSE_END:
            return None
        if words[j][:1].isupper() and j > lo and not any(p.endswith("+") for p in preps):
            return None
    return None


def _no_deed(phrase: list[str], lang: str) -> bool:
    """Whether a lower-case word of ``phrase`` is a matter of worry that is no one's deed (matters.txt)."""
    matters = _matters(lang)
    return matters is not None and any(matters.fullmatch(w) for w in phrase)


def _after_verb(words: list[str], low: list[str], prep: int, k: int, n: int, found: list[Mention]) -> bool:
    """Whether the preposition at ``prep`` belongs to the verb: right after the trigger or a mention (the
    subject after the verb, "verlangt die EU von Ankara"), or after lower-case words only; not after a noun
    ("die Freilassung von Yücel verlangt", "the release of ...")."""
    before = prep - 1
    if before < 0 or k <= before < k + n:
        return True
    if any(m.last == prep and m.label != "PER" for m in found):
        return True  # not after a person: "fordert auch Kurt Brunner von der Raiffeisen" names his firm
    word = words[before]
    return not word[:1].isupper() and word not in CLAUSE_END


def _clause(words: list[str], k: int, n: int) -> tuple[int, int]:
    lo, hi = k, k + n
    while lo > 0 and words[lo - 1] not in CLAUSE_END:
        lo -= 1
    while hi < len(words) and words[hi] not in CLAUSE_END:
        hi += 1
    return lo, hi


__all__ = ["addressee_preps", "affiliated", "no_event", "promised", "recipients", "unnamed_perfect_subject"]
