"""Two statements joined by one dash into a single "sentence": the parties of one are no party to the other.

News sites join the parts of a teaser line with a dash ("Zwei Wanderer verletzt – Bergrettung birgt Verletzte",
"Streit um Budget – Ministerin kündigt Prüfung an"). Read as one sentence, a trigger of one part took its actor or
recipient from the other ("Wanderer verletzt – Bergrettung birgt": the rescuers as the attackers of the hikers): on
1,028 unlabelled 10kGNAD articles 19 of the 25 relations whose actor, recipient and trigger were not all in one
dash-separated part were wrong, most of them across a single dash.

So a German sentence with exactly one dash standing alone (a token of its own) before a capitalised word is cut
there for a trigger whose part names a party of its own, one no preposition governs (its subject, mostly). Kept
whole: a part naming no such party, which continues the subject of the part before ("X hielt sich heraus –
Lieferungen an Y blieben aus": X's deliveries), two dashes, which mostly enclose an aside ("die EU – so der Bericht
– hat ..."), a dash before a lower-case word, which mostly continues the clause ("... gelobt – vor allem für die
Hilfe"), and a headline, one story whose second part often names the party of the first ("X liefert Waffen – Ys
Armee hadert mit Ausfällen").
"""

from __future__ import annotations

from .lexicon import FLAGS, RelationLexicon
from .mentions import Mention
from .prepositions import governing_mention

DASHES = frozenset({"–", "—", "-"})
# PLOVER types of a reaction: after the dash it answers the part before, whose party it may take as its recipient
REACTIONS = frozenset({"THREATEN", "PROTEST", "ACCUSE", "REJECT"})


def cut(words: list[str], lang: str) -> int | None:
    """The word index of the one dash that may cut the sentence in two (see the module docstring), else None."""
    if lang != "de":
        return None
    dashes = [j for j, word in enumerate(words) if word in DASHES]
    if len(dashes) != 1 or dashes[0] == 0 or dashes[0] + 1 >= len(words) or not words[dashes[0] + 1][:1].isupper():
        return None
    return dashes[0]


def in_part(found: list[Mention], words: list[str], low: list[str], k: int, headline: bool,
            lex: RelationLexicon) -> list[Mention]:
    """The mentions of ``found`` a trigger at word ``k`` may take its parties from: those of its own part of the
    sentence when the part names a party of its own, else all (a mention carried from elsewhere, with no words,
    stays)."""
    at = None if headline or len(found) < 2 else cut(words, lex.lang)
    if at is None:
        return found
    lo, hi = (0, at) if k < at else (at + 1, len(words))
    own = [m for m in found if lo <= m.first and m.last <= hi]
    if k > at and len(own) < 2 and _reaction(low, k, at, lex):
        return found
    if not any(governing_mention(words, low, m, lex) is None for m in own):
        return found
    return [m for m in found if m.first < 0 or lo <= m.first and m.last <= hi]


def _reaction(low: list[str], k: int, at: int, lex: RelationLexicon) -> bool:
    """Whether the trigger at word ``k``, after the dash at ``at``, is a reaction (``REACTIONS``: "Polen schickt
    Panzer – Russland protestiert") and not the same act by another party ("– Auch Lettland droht", conjunctions.txt
    "additive")."""
    trig = lex.triggers_at(low, k)
    kind = trig.type.split("/")[0].rstrip(FLAGS) if trig is not None else ""
    return kind in REACTIONS and not any(w in lex.additive for w in low[at + 1:k])
