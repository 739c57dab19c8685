"""German model organizations as the subject of a noun trigger's clause.

A noun trigger ("Klage", "Kritik", "Gespräche") admits a model organization (frames.admitted) only right
next to it ("Gespräche mit der GPA"), since a name anywhere in the clause is too often a mere attribute
of it. A name that opens the clause, at most an article before it, and stands before the noun is the clause's
subject, though, and so its actor, as a gazetteer organization would be ("Die Tierschutzpartei hat gestern
Beschwerde gegen den Bescheid eingelegt", "Die Linke übte scharfe Kritik an dem Plan")."""

from __future__ import annotations

ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})  # definite: a party, a body by its name

# a finite verb between the subject and the noun: a bare "Die Partei Klage" is a headline, not a clause
SUBJECT_GAP = 6  # words between the name and the noun at most ("Die Partei hat am Montag Klage eingereicht")


def opens_clause(words: list[str], low: list[str], first: int, last: int, k: int, lo: int) -> bool:
    """Whether the mention ``first:last`` opens the clause starting at ``lo`` (at most one article before it)
    and precedes the noun trigger at word ``k`` by a few lower-case or function words, a verb among them."""
    if last > k or k - last > SUBJECT_GAP or not 0 <= first - lo <= 1:
        return False
    if first > lo and low[lo] not in ARTICLES or lo > 0 and words[lo - 1] == ",":
        return False  # after a comma the article is a relative pronoun ("..., der Hasan E. Hilfe anbot")
    between = words[last:k]
    # a verb holds the subject and the noun together; a capitalised word between may be another noun phrase
    # (a genitive, an apposition) whose head the noun describes
    return bool(between) and all(w[:1].islower() or w[:1].isdigit() for w in between if w not in ARTICLES)


def adjective_name(words: list[str], m) -> bool:
    """Whether the model organization ``m`` is one word, a nominalised adjective after a definite article,
    which the model reads as an organization: a party named by its colour or creed ("die Grünen", "den
    Linken"). The morphology tags such a word an adjectival noun, not a name. The model's span may hold the
    article itself ("Die Linke" as one entity)."""
    from ..attribution.words import tag_de

    first = m.first + 1 if m.last - m.first == 2 and words[m.first].lower() in ARTICLES else m.first
    return m.last - first == 1 and first > 0 and words[first - 1].lower() in ARTICLES and tag_de(words[first]) == "NNA"
