"""Threats told by a verb of threatening (German): the threat that stands alone, and "drohen" that means "is about to".

A threat names what it threatens: "Litauen droht mit der Schließung der Grenze", "hatte damit gedroht, ... zu
streiken", "drohte, die Grenze zu schließen". Such a threat is a clear act of its subject even when the sentence
names no one threatened (gold/SCHEMA.md: an actor and a clear act; the gold codes "X drohte, ..." and "X warnte vor
einer härteren Reaktion" with no recipient), so it stands alone with its subject in the verb's clause; not in a subordinate clause ("sie hatte es abgelehnt,
weil X damit drohte, ..."): told as the cause of its main clause, it threatens the main clause's party, which the
clause leaves to the sentence before it. The words
are in lang/<code>/relations/threats.txt; a language without the file has no such rule.

- ``stated``: whether the THREATEN trigger is a verb of threatening that names its content in its clause ("mit",
  "damit") or in an infinitive clause right after it; None when an infinitive in its own clause (no comma between)
  makes "drohen" mean "is about to" ("die Waffenruhe droht zu scheitern", "die Frachter drohten
  abzutreiben"): no threat at all, whatever names stand around it;
- ``addressee``: the recipient of such a threat is not named in the infinitive clause after the verb's clause
  ("drohte damit, in diesem Fall Y aufzurüsten": Y is what the threat is about, not whom it is made to), unless
  the threatened act is against it ("drohte damit, die Raketen gegen Y einzusetzen").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..attribution.words import tag_de
from .lexicon import RelationLexicon
from .mentions import CLAUSE_END, Mention
from .roles_de import zu_infix

# words between a verb in second place and its "mit" or the comma before its infinitive at most ("drohte Y gestern
# erneut offen mit ...", "drohte auch Lettlands neuer Außenminister Juris Ozols, ... zu")
GAP = 5
# what may open a clause whose subject follows its verb ("Am Abend drohte auch X", "Unterdessen drohte X"): an
# adverb or a preposition; after an article the subject stood first ("Das Militär ... drohte Y mit ...": Y is the
# one threatened, in the dative)
INVERTING = frozenset({"ADV", "APPR", "APPRART", "PROAV"})
SENTENCE_ENDS = frozenset({".", "!", "?"})


@lru_cache(maxsize=None)
def _lexicon(lang: str) -> tuple[re.Pattern | None, frozenset[str], frozenset[str]]:
    """(verb pattern, content words, infinitive markers) of lang/<lang>/relations/threats.txt."""
    if not resources.exists(lang, "relations/threats.txt"):
        return None, frozenset(), frozenset()
    rows = resources.load(lang, "relations/threats.txt").rows(2)
    verbs = [pattern for kind, pattern in rows if kind == "verb"]
    content = frozenset(word for kind, word in rows if kind == "content" for word in word.split("|"))
    markers = frozenset(word for kind, word in rows if kind == "marker")
    return (re.compile("|".join(f"(?:{v})" for v in verbs)) if verbs else None), content, markers


def _infinitive_at(words: list[str], low: list[str], at: int, lo: int, markers: frozenset[str], lang: str) -> bool:
    """Whether word ``at`` (not before ``lo``) is an infinitive with "zu": a lower-case verb after the marker
    ("zu schließen"), or a separable verb with its "zu" inside ("abzutreiben")."""
    if at < lo or at >= len(words):
        return False
    if zu_infix(low[at], lang):
        return True
    return at > lo and low[at - 1] in markers and words[at][:1].islower() and low[at].endswith("n")


def _closing_infinitive(words: list[str], low: list[str], lo: int, hi: int, k: int, n: int, markers: frozenset[str],
                        lang: str) -> bool:
    """Whether an infinitive with "zu" closes the verb's clause lo..hi (German puts it last: "droht in der Krise zu
    zerbrechen", "weil sie zu zerbrechen droht"), not one inside a phrase ("mit zu hohen Zöllen", "bis zu zehn")."""
    while hi > lo and words[hi - 1] in SENTENCE_ENDS:
        hi -= 1  # the clause of the sentence's last verb ends with the sentence
    return _infinitive_at(words, low, hi - 1, lo, markers, lang) \
        or k + n == hi and _infinitive_at(words, low, k - 1, lo, markers, lang)


def stated(kind: str, words: list[str], low: list[str], k: int, n: int, lo: int, hi: int, lang: str) -> bool | None:
    """Whether the trigger at words k..k+n (clause lo..hi) is a verb of threatening that names what it threatens;
    None when the verb means "is about to" (no threat); False for every other trigger (see the module)."""
    verb, content, markers = _lexicon(lang)
    if kind != "THREATEN" or verb is None or not any(verb.fullmatch(w) for w in low[k:k + n]):
        return False
    if _closing_infinitive(words, low, lo, hi, k, n, markers, lang):
        return None  # "droht zu scheitern", "weil die Koalition zu zerbrechen droht", "das Treffen mit X droht zu ..."
    if lang == "de" and tag_de(words[lo]) == "KOUS":
        return False  # "..., weil X damit drohte": told as the cause of the main clause, whose party it threatens
    # the content right after the verb, or before it when the verb closes its clause ("hatte damit gedroht"): not
    # a "mit" before a verb in second place ("wegen des Streits mit X droht dem Land eine Buße": it looms), nor one
    # far after it, of another phrase ("X drohen hohe Strafen wegen Betrugs mit Aktien")
    if any(w in content for w in low[k + n:min(hi, k + n + GAP + 1)]) \
            or k + n == hi and any(w in content for w in low[lo:k]):
        return True  # "droht mit Streiks", "drohte am Montag mit ...", "hatte damit gedroht"
    if hi < len(words) and words[hi] == "," and hi - (k + n) <= GAP:  # not "... mit dem Ziel, X zu unterstützen"
        end = hi + 1
        while end < len(words) and words[end] not in CLAUSE_END and words[end] not in SENTENCE_ENDS:
            end += 1
        return _infinitive_at(words, low, end - 1, hi + 1, markers, lang)  # "drohte, die Grenze zu schließen"
    return False


def lone_actor(actor: Mention, words: list[str], lo: int, hi: int, k: int) -> bool:
    """Whether ``actor`` may make a stated threat at word ``k`` alone: in the verb's clause (words lo..hi), before
    the verb, or right after it when an adverb or a preposition opens the clause (see INVERTING)."""
    if not lo <= actor.first < hi:
        return False
    return actor.first < k or tag_de(words[lo]) in INVERTING


def addressee(recipient: Mention | None, threat: bool, hi: int, opposed: bool) -> Mention | None:
    """The recipient of a stated threat: none when named only after the verb's clause (clause end ``hi``), in
    what is threatened ("drohte damit, Y aufzurüsten"), unless the threatened act is against it (``opposed``, after
    an opponent's preposition: "drohte damit, die Raketen gegen Y einzusetzen")."""
    if threat and recipient is not None and recipient.first >= hi and not opposed:
        return None
    return recipient


def settled(recipient: Mention | None, alone: bool, threat: bool, actor: Mention, words: list[str], lo: int, hi: int,
            k: int, preps: dict[int, str | None], lex: RelationLexicon) -> tuple[Mention | None, bool]:
    """The recipient of the trigger at ``k`` and whether its actor acts alone, after the two rules of a stated
    ``threat``: no addressee in what is threatened (``addressee``; ``preps``: the preposition governing each
    mention, by id), and a lone actor (``lone_actor``) makes it alone when no one is threatened."""
    opposed = recipient is not None and preps.get(id(recipient)) in lex.opponent  # "drohte, ... gegen Y einzusetzen"
    recipient = addressee(recipient, threat, hi, opposed)
    return recipient, alone or threat and recipient is None and lone_actor(actor, words, lo, hi, k)
