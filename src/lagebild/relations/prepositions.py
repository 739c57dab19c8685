"""Which preposition governs a mention in a German or English sentence (relations.extract reads it to tell the
recipient "an Russland", the agent "von Kiew", the place "in Kursk" and the ally "an der Seite von Moskau" apart).

Moved out of extract.py, which had grown past the project's ~600-line limit; the logic is unchanged."""

from __future__ import annotations

from . import roles_de
from .lexicon import RelationLexicon
from .mentions import CLAUSE_END

# relative pronouns: "nach denen nordkoreanische Einsatzkräfte ...": the preposition governs the pronoun (German)
PRONOUNS = frozenset({"denen", "deren", "dessen", "welchen", "welcher", "welchem", "welche"})
# forms of "der" that are articles or relative pronouns: of two in a row ("in die die ukrainische Armee vorgestoßen
# ist") the first is the relative pronoun, which the preposition governs, and the second the subject's article
DER = frozenset({"der", "die", "das", "den", "dem", "des"})


def index_before(low: list[str], first: int, prep: str) -> int | None:
    """Where ``prep`` stands over the up to four words before word ``first``, None when not there."""
    return next((k for k in range(first - 1, max(-1, first - 5), -1) if low[k] == prep), None)


def governing(words: list[str], low: list[str], first: int, lex: RelationLexicon) -> str | None:
    """The preposition governing the mention starting at word ``first``: looked for over up to three
    lower-case words (articles, adjectives, numbers) before it."""
    of_noun = False
    for k in range(first - 1, max(-1, first - 5), -1):
        if low[k] in PRONOUNS or low[k] in DER and k > 0 and low[k - 1] in DER:
            return None  # "nach denen nordkoreanische Einsatzkräfte ...": the preposition governs the pronoun
        if of_noun and low[k] in lex.preps and not roles_de.placing(low, k):
            return None  # "für Provokationen Pjöngjangs": the noun's preposition, not the name's
        if low[k] in lex.preps:
            # "an der Seite von Warschaus Soldaten", "in den Reihen von Minsks Armee": the ally word governs
            return low[k - 1] if k > 0 and low[k - 1] in lex.allies else low[k]
        if k == first - 1 and roles_de.genitive_of_noun(words, first, lex.lang) and lex.triggers_at(low, k) is None:
            of_noun = True  # "im Krieg Russlands": the genitive is in the place the preposition names
            continue
        if words[k] in CLAUSE_END or (words[k][:1].isupper() and k > 0) or words[k] == ",":
            return None
    return None
