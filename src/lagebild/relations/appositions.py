"""A speaker named with an apposition between commas right before the verb of a speech act (German).

News names who speaks with a role between commas: "Der Vorsitzende des Verbands, Ida Berger, fordert ..." (the
role, then the name) or "Ida Berger, die neue Vorsitzende des Verbands, fordert ..." (the name, then the role).
The comma before the verb ends the verb's clause for extract._clause, so the subject stood outside it: a demand
without an addressee found no actor in its clause (REQUEST, ACCUSE need one there: kinds.ALONE_IN_CLAUSE), and
"Der Chef der Kammer, Anton Gruber, kritisierte die Regierung" took the object after the verb as the actor.
``subject_start`` moves the clause's start back to the name when the verb (or a finite auxiliary before it, the
words of lang/de/relations/appositions.txt) opens its clause with no subject of its own: the name is then the
clause's first mention, the actor; the mention after the verb its addressee. A list of subjects that opens the
sentence is read the same way ("Die Regierung, der Präsident und die Kirchen verurteilten ..."); a body named in
the apposition is the speaker's own, no addressee (stance.affiliated).
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from .frames import PARENTHETICAL, SPEECH_ACTS
from .mentions import CLAUSE_END, PLACE, Mention

# the speech acts and verbs of stance whose speaker the apposition names (SUPPORT: "lobte", "begrüßte")
SPOKEN = SPEECH_ACTS | {"SUPPORT", "CONCEDE"}
LIST_ITEM = 4  # at most so many words of one item of a list of subjects ("das Rote Kreuz", "Bundespräsident")
LIST_JOINS = frozenset({"und", "sowie", "oder"})  # the conjunction before a list's last item
APPOSITION = 14  # at most so many words between the two commas (a role with its body: "Chef der ... (GPA-djp)")


@lru_cache(maxsize=None)
def _words(kind: str) -> frozenset[str]:
    """The words of one kind of lang/de/relations/appositions.txt ("opener", "finite")."""
    if not resources.exists("de", "relations/appositions.txt"):
        return frozenset()
    return frozenset(resources.load("de", "relations/appositions.txt").of_kind(kind))


def openers() -> frozenset[str]:
    """The words that may open an apposition after a name ("der", "zugleich"); role_holders.py reads them too."""
    return _words("opener")


def subject_start(words: list[str], low: list[str], found: list[Mention], lo: int, k: int, kind: str) -> int:
    """Where the clause ``lo``.. of the speech act at word ``k`` starts, moved back to the speaker named with an
    apposition right before it; ``lo`` when there is none. The verb (or a finite auxiliary, appositions.txt)
    must open its clause after a comma: "..., Anton Gruber, fordert", not "..., kritisierte die Opposition" (a
    subject after the verb) nor "..., dass X fordert"."""
    if kind not in SPOKEN or lo < 2 or words[lo - 1] != "," or not words[k][:1].islower():
        return lo
    if k > lo and _listed(words, low, lo, k):
        return _list_start(words, low, lo)  # "Die Regierung, der Präsident und die Kirchen verurteilten ..."
    if k != lo and low[lo] not in _words("finite"):
        return lo  # "..., hat die Pläne kritisiert": the auxiliary opens the clause
    comma = lo - 1
    opening = next((j for j in range(comma - 1, max(-1, comma - 1 - APPOSITION), -1) if words[j] in CLAUSE_END
                    and not _bracketed(words, j)), None)
    if opening is None or words[opening] != ",":
        return lo
    segment = (opening + 1, comma)
    named = _filling(found, words, *segment)
    if named is not None:  # "Der Vorsitzende des Verbands, Ida Berger, fordert": the name between the commas
        return named.first if _role_before(words, opening) else lo
    before = next((m for m in found if m.last == opening and m.label not in (PLACE, "LOC")), None)
    if before is not None and _apposition(words, low, *segment) and _clause_start(words, before.first):
        return before.first  # "Ida Berger, die neue Vorsitzende des Verbands, fordert": the name before them
    return lo


def _listed(words: list[str], low: list[str], lo: int, k: int) -> bool:
    """Whether the clause ``lo``..``k`` before the verb closes a list of subjects begun before its comma: it
    opens with a noun (an article before it) and holds a conjunction ("..., Bundespräsident und Parteichefs
    verurteilten"), and the list reaches back to the start of the sentence (``_list_start``)."""
    first = lo + 1 if low[lo] in _words("opener") else lo
    return words[first][:1].isupper() and bool(LIST_JOINS & set(low[lo:k])) and _list_start(words, low, lo) < lo


def _list_start(words: list[str], low: list[str], lo: int) -> int:
    """Where a list of short noun phrases separated by commas that ends at the comma before word ``lo`` starts,
    when it opens the sentence or a clause after a dash or colon ("Wien – Die Regierung, der Präsident, ...");
    ``lo`` when there is none."""
    j = lo
    while j >= 2 and words[j - 1] == ",":
        start = j - 1
        while start > 0 and j - 1 - start < LIST_ITEM and words[start - 1] not in CLAUSE_END \
                and (words[start - 1][:1].isupper() or low[start - 1] in _words("opener")):
            start -= 1
        if start == j - 1 or not words[j - 2][:1].isupper():
            return lo  # an empty or lower-case item: no list of names
        j = start
        if j == 0 or words[j - 1] in ("–", "—", ":"):
            return j
    return lo


def _filling(found: list[Mention], words: list[str], a: int, b: int) -> Mention | None:
    """The person or body whose mention fills the words ``a``..``b`` (a party in brackets may follow it:
    "Hans Berger (SPÖ)")."""
    for m in found:
        if m.first == a and m.label in ("PER", "ORG") and (m.last == b or words[m.last:m.last + 1] == ["("]
                                                             and words[b - 1] == ")"):
            return m
    return None


def _role_before(words: list[str], comma: int) -> bool:
    """Whether the words before the comma at ``comma`` are a role opening the sentence or a clause after a dash
    or colon ("Wien – Der Vorsitzende des Verbands"), short and without a comma of their own."""
    j = comma - 1
    while j >= 0 and words[j] not in CLAUSE_END - {"(", ")"}:
        j -= 1
    return 0 < comma - (j + 1) <= APPOSITION and (j < 0 or words[j] in ("–", "—", ":")) \
        and words[j + 1][:1].isupper()


def _apposition(words: list[str], low: list[str], a: int, b: int) -> bool:
    """Whether the words ``a``..``b`` between two commas are an apposition: an article or a capitalized role
    noun first ("die neue Vorsitzende des Verbands", "Chef der Kammer"; then a lower-case word in it, not a list
    of names), a noun or a bracket last (a relative clause ends with its verb; frames.clause joins those)."""
    if b - a < 2 or words[b - 1][:1].islower():
        return False  # "der von der Partei nominiert worden war": a relative clause ends with its verb
    first = words[a]
    if low[a] in _words("opener"):
        return True
    return first[:1].isupper() and any(w[:1].islower() for w in words[a + 1:b])


def _clause_start(words: list[str], first: int) -> bool:
    """Whether the mention at word ``first`` opens its sentence or a clause after a dash or colon, up to two
    capitalized words or an article before it ("Landeshauptmann Hans Berger", "Die Ministerin Ida Berger")."""
    j = first - 1
    steps = 0
    while j >= 0 and words[j] not in CLAUSE_END and steps < 3:
        j -= 1
        steps += 1
    return j < 0 or words[j] in ("–", "—", ":")


def _bracketed(words: list[str], j: int) -> bool:
    """Whether the bracket at word ``j`` belongs to a short parenthetical ("(Uniko)"), not a clause bound."""
    if words[j] == ")":
        return any(words[x] == "(" for x in range(max(0, j - PARENTHETICAL), j))
    if words[j] == "(":
        return any(words[x] == ")" for x in range(j + 1, min(len(words), j + PARENTHETICAL + 1)))
    return False


__all__ = ["subject_start"]
