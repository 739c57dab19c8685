"""A German visit, meeting or call noun that frames another event of the same two sides is an event of its own
(issue 10, CONSULT).

events.same_event keeps one relation of a noun trigger beside a verb of the same two sides: mostly the noun names
the verb's event again ("die Entsendung ... bestätigt") or its frame ("bei der Gegenattacke"). A meeting is no
such restatement: "sicherte der Ukraine bei seinem Besuch in Kiew Hilfe zu", "hat in einem Telefonat mit Putin die
Zusammenarbeit gelobt" state a visit or a call and, during it, a promise or praise, and the gold codes both (a
call and the pressure put on in it; a visit and the course set during it). ``framed`` tells such a noun: a
CONSULT noun after a preposition of circumstance ("bei", "während", "in einem", "nach") whose own phrase names
the other side right after it ("in Kiew", "mit Putin"), so its recipient is its own, not borrowed from the verb.
A meeting noun that is the verb's object ("lehnte Gespräche mit Kiew ab", "forderte Verhandlungen mit Polen")
stands after no such preposition and stays one event with the verb.
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources

WORDS = "relations/visits.txt"  # kind "frame": the prepositions of circumstance; "host": those of the other side
FRAME_GAP = 3  # at most so many words between the preposition and the noun ("bei seinem ersten kurzen Besuch")
LEAD = 4  # at most so many words between the noun and the other side ("Besuch in der Hauptstadt Kiew")


@lru_cache(maxsize=None)
def _words(kind: str) -> frozenset[str]:
    return frozenset(w for w, k in resources.load("de", WORDS).rows(2) if k == kind)


def framed(rel, k: int, words: list[str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``rel``, whose trigger is at word ``k``, is a meeting noun framing its clause's event with the
    other side in its own phrase (see the module)."""
    if rel.type != "CONSULT" or not words[k][:1].isupper() or not rel.recipient_text or k == 0 \
            or len(rel.predicate.split()) != 1:
        return False
    before = [w.lower() for w in words[max(0, k - FRAME_GAP - 1):k]]
    if not any(w in _words("frame") for w in before) or not all(
            w[:1].islower() for w in words[k - len(before) + max(
                j for j, w in enumerate(before) if w in _words("frame")) + 1:k]):
        return False
    if k + 1 >= len(words) or words[k + 1].lower() not in _words("host"):
        return False
    first = rel.recipient_text.split()[0]
    return any(w == first for w in words[k + 2:k + 2 + LEAD])


__all__ = ["framed"]
