"""A German trigger used as an attributive participle: what it is done to is the noun it describes.

"Die vom Iran unterstützten Rebellen griffen Saudi-Arabien an": the participle "unterstützten" with its agent
("vom Iran") describes "Rebellen", who receive the support; a name after that noun belongs to the sentence's own
verb (Saudi-Arabien is attacked), not to the participle. Left free, it became the participle's recipient (AID Iran
-> Saudi-Arabien). In the 1,028 10kGNAD test articles such a phrase ("die von Russland unterstützte Regierung",
"die von Katar finanzierten Milizen", "die von Frankreich geführte Mission") stands a dozen times. The name
right after the noun, as its genitive or apposition ("die von Russland unterstützte Regierung Syriens"), is that
noun's and stays. A noun of goods or forces (objects.txt: "von Nordkorea gelieferte Munition") flows on to whoever
the sentence names: those participles keep their recipients.
"""

from __future__ import annotations

from .events import ATTRIBUTIVE, in_attribute
from .lexicon import RelationLexicon
from .mentions import Mention

AGENT_WORDS = ("von", "vom")  # the agent of the participle stands after one of these before it
ARTICLES = ("der", "den", "dem")  # between "von" and the agent: "von den USA"
ADJECTIVES = 2  # lower-case words between the participle and its noun: "finanzierten radikalen Gruppen"
OUTSIDE = "place"  # the role of a mention outside the participle's phrase: no actor, no recipient
AGENT = "genitive"  # the role of the participle's own agent: its actor (as extract reads a noun's genitive)
CONTRACTED_AGENT = "vom"  # "von dem", which the preposition rules do not read (lexicon preps: "von")


def described_noun(words: list[str], low: list[str], k: int, n: int, found: list[Mention]) -> int | None:
    """The index of the noun the German trigger at ``k`` (``n`` words) describes as an attributive participle
    with a named "von" agent right before it ("die vom Iran unterstützten Rebellen" -> "Rebellen", "die von den
    USA unterstützten"; not "von acht getöteten Touristen", where "von" opens the noun phrase), None otherwise."""
    last = k + n - 1
    if not ATTRIBUTIVE.fullmatch(words[last]) or not any(m.last == k and _after_agent_word(low, m.first) for m in found):
        return None
    head = last + 1
    while head < min(len(words), last + 1 + ADJECTIVES) and words[head][:1].islower() and words[head].isalpha():
        head += 1
    return head if head < len(words) and words[head][:1].isupper() and words[head].replace("-", "").isalpha() else None


def _after_agent_word(low: list[str], first: int) -> bool:
    """Whether the name at word ``first`` follows "vom"/"von", an article between ("von den USA")."""
    return first >= 1 and low[first - 1] in AGENT_WORDS or first >= 2 and low[first - 2] == "von" \
        and low[first - 1] in ARTICLES


def outside_phrase(words: list[str], low: list[str], k: int, n: int, found: list[Mention], roles: list[str | None],
                   lex: RelationLexicon) -> list[str | None]:
    """``roles`` (of the mentions ``found``) with the mentions after the noun an attributive participle trigger
    describes taken out of its roles (``OUTSIDE``), unless the noun names goods or forces that flow on; and the
    agent after "vom" of another attributive participle."""
    if lex.lang != "de":
        return roles
    # the agent after "vom"/"von" of a participle other than the trigger describes that participle's noun: "Die
    # vom Iran unterstützten Rebellen griffen ... an" (events.in_attribute does so after the prepositions it
    # reads, which "vom" is not); the participle's own agent after "vom" is its actor
    out = list(roles)
    for j, m in enumerate(found):
        if not _after_agent_word(low, m.first) or m.last >= len(words):
            continue
        free = out[j] in (None, "pair")  # after "von" the preposition rules may have decided already
        if m.last == k and free and low[m.first - 1] == CONTRACTED_AGENT:
            out[j] = AGENT  # "die vom Iran unterstützten Rebellen": Iran supports
        elif m.last < k and in_attribute(words, m.last, "de"):  # after the trigger, what it acts on
            # ("kritisierte die vom Iran finanzierten Angriffe": the one whose attacks are criticised) stays
            out[j] = OUTSIDE if free else out[j]
            if described_noun(words, low, m.last, 1, found) == k - 1 and not any(o.first <= k - 1 < o.last for o in found):
                # the described noun, no name, is the subject right before the verb ("Die vom Iran unterstützten
                # Rebellen griffen Saudi-Arabien an"): the names after the verb are its objects, none acts
                out = [OUTSIDE if o.first > k and r in (None, "pair") else r for o, r in zip(found, out, strict=True)]
    head = described_noun(words, low, k, n, found)
    if head is None or lex.is_object(low[head]):
        return out
    return [OUTSIDE if m.first > head + 1 and r in (None, "pair", "recipient") else r
            for m, r in zip(found, out, strict=True)]
