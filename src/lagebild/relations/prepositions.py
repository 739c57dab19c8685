"""Which preposition governs a mention in a German or English sentence (relations.extract reads it to tell the
recipient "an Russland", the agent "von Kiew", the place "in Kursk" and the ally "an der Seite von Moskau" apart).

Moved out of extract.py, which had grown past the project's ~600-line limit; the logic is unchanged."""

from __future__ import annotations

from . import frames, org_subjects, roles_de
from .lexicon import RelationLexicon
from .mentions import CLAUSE_END, Mention

# relative pronouns: "nach denen nordkoreanische Einsatzkräfte ...": the preposition governs the pronoun (German)
PRONOUNS = frozenset({"denen", "deren", "dessen", "welchen", "welcher", "welchem", "welche"})
# forms of "der" that are articles or relative pronouns: of two in a row ("in die die ukrainische Armee vorgestoßen
# ist") the first is the relative pronoun, which the preposition governs, and the second the subject's article
DER = org_subjects.ARTICLES  # the forms of "der" (kept in that leaf module, which frames reads too)


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
        if low[k] in lex.preps and lex.compares(low, k):
            return None  # "kontrollieren über 20 Prozent der Ukraine": "more than", no preposition of the mention
        if low[k] in lex.preps:
            # "an der Seite von Warschaus Soldaten", "in den Reihen von Minsks Armee": the ally word governs
            return low[k - 1] if k > 0 and low[k - 1] in lex.allies else low[k]
        if k == first - 1 and roles_de.genitive_of_noun(words, first, lex.lang) and lex.triggers_at(low, k) is None:
            of_noun = True  # "im Krieg Russlands": the genitive is in the place the preposition names
            continue
        if words[k] in CLAUSE_END or (words[k][:1].isupper() and k > 0) or words[k] == ",":
            return None
    return None


def governing_mention(words: list[str], low: list[str], m: Mention, lex: RelationLexicon) -> str | None:
    """``governing(words, low, frames.title_start(words, m, lex.lang), lex)``: the preposition governing the
    mention ``m`` before its title ("mit dem polnischen Präsidenten Duda"). Where every start its title can
    have gives the same preposition, title_start's test of each title word (the morphology: HanTa, ~0.5 ms for
    a word form it has not seen) is not needed."""
    starts = [m.first]  # where title_start may stop, the morphology not asked (its loop's other tests)
    if lex.lang == "de" and m.label == "PER":
        j = m.first
        while j > 1 and m.first - j < frames.TITLE_WORDS and words[j - 1][:1].isupper() \
                and words[j - 1].replace("-", "").isalpha():
            j -= 1
            starts.append(j)
    if len(starts) > 1:
        found = {governing(words, low, j, lex) for j in starts}
        if len(found) == 1:
            return found.pop()
    return governing(words, low, frames.title_start(words, m, lex.lang), lex)
