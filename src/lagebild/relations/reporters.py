"""Whether a mention that is the source of an attribution reports the event of a trigger or acts in it.

extract._relations keeps a source out of a trigger's actors while the trigger lies in what the source says or in
its cue (``acts_outside``), and keeps a mention from being the actor when its own report names another agent
(``reports``: "the US assesses the soldiers traveled"), unless the source speaks of itself in the first person.
A German infinitive clause it announces has no subject of its own: there the source acts (``announcers``).
"""

from __future__ import annotations

from ..model import Doc
from . import events
from .index import attributions_sourced_by
from .lexicon import RelationLexicon
from .mentions import Mention


def acts_outside(doc: Doc, m: Mention, at: int) -> bool:
    """Whether the offset ``at`` lies outside the content and cue of every attribution whose source is ``m``
    (and ``m`` has one with a known content span)."""
    spans = attributions_sourced_by(doc, m.start, m.end) if m.start is not None and m.end is not None else []
    if not spans or any(a.content_start is None or a.content_end is None for a in spans):
        return False
    return not any(a.content_start <= at < a.content_end  # type: ignore[operator]
                   or (a.cue_start is not None and a.cue_end is not None and a.cue_start <= at < a.cue_end)
                   for a in spans)


def reports(doc: Doc, m: Mention, at: int, lex: RelationLexicon) -> bool:
    """Whether ``m`` is the source of an attribution whose reported content holds the offset ``at`` and names
    its own agent before it ("the US assesses the soldiers traveled"; not "Russland räumte ein, Soldaten
    eingesetzt zu haben", where the source acts)."""
    if m.start is None or m.end is None:
        return False
    for a in attributions_sourced_by(doc, m.start, m.end):
        if a.content_start is None or a.content_end is None:
            continue
        if a.content_start <= at < a.content_end:
            if events.infinitive_at(doc.text, at, lex):
                return False  # "bestätigt, eigene Truppen entsendet zu haben": the infinitive's subject is the source
            if any(lex.is_agent(w) for w in plain_words(doc.text[a.content_start:at])):
                return True
            # a direct quote is the speaker's own words: the speaker acts in it only in the first person ("„Wir
            # liefern ...“"), read in the trigger's sentence (a quote of several sentences may say "unser" before)
            i = doc.sentence_at(at)
            own = doc.text[max(a.content_start, doc.sents[i].start if i >= 0 else 0):at]
            # ... in the trigger's own clause: after "Ich fürchte, dass"/"Wir wissen nicht, ob" the clause names
            # its own subject ("ich" fears, someone else acts)
            own = lex.complement.split(own)[-1]
            if a.mode == "direct" and not lex.first_person(plain_words(own)):
                return True
    return False


def plain_words(text: str) -> list[str]:
    """The lower-case words of ``text`` without the punctuation and quotation marks around them."""
    return [w.strip(".,;:!?\"'“”„") for w in text.lower().split()]


def announcers(doc: Doc, before: list[Mention], at: int, lex: RelationLexicon) -> list[Mention]:
    """The mentions of ``before`` that are the source of an attribution whose content holds the offset ``at`` and
    acts in it: an infinitive clause has no subject of its own, its speaker's is its subject ("X kündigte an, der
    Ukraine Panzer zu liefern", "Y und Z sagten zu, ... zu unterstützen"; reports: not where the content names its
    own agent). The infinitive must open the content: after a clause of its own ("sagte, es sei richtig, Polen zu
    unterstützen") the speaker judges an act of no one named and does not announce his own. In the order of the
    text."""
    out = []
    for m in before:
        if m.start is None or m.end is None or not m.source or reports(doc, m, at, lex):
            continue
        if any(a.content_start is not None and a.content_end is not None and a.content_start <= at < a.content_end
               and "," not in doc.text[a.content_start:at] for a in attributions_sourced_by(doc, m.start, m.end)):
            out.append(m)
    return out
