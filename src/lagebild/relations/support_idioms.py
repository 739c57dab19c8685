"""Support said by an idiom that closes its clause keeps its recipient in that clause (German, issue 10).

lang/de/relations/triggers.txt (su1) names support by idioms whose last word closes the clause: "während sich X
hinter Y stellt", "hat X den Rücken gestärkt", "streute X Rosen", "zollte X Respekt" (a separable trigger: its
particle is the clause's last word). The one backed is named inside that clause, after "hinter" or as the
dative; a name of the next clause ("..., ringt Russland um Verbündete") is no recipient, though the word-order
rules fall back to the next free mention of the sentence. Without a recipient in its clause the idiom backs a
matter ("hinter die Reform", endorsed.txt) or no one named.

The tagger reads the gift noun right after a person's name as part of the name ("streute Heinz Fischer Rosen":
the person "Heinz Fischer Rosen"); the recipient is then the name without it, a name of two words or more, and
none when only a noun is left ("dem Bundespräsidenten Respekt").
"""

from __future__ import annotations

from dataclasses import replace

from .lexicon import Trigger
from .mentions import Mention

CLOSED = frozenset({"SUPPORT"})  # the types whose clause-closing idioms this rule reads
NAME_WORDS = 2  # words a person's name keeps at least once the gift noun is cut off


def inside(recipient: Mention | None, trig: Trigger, kind: str, words: list[str], low: list[str], lo: int,
           hi: int) -> Mention | None:
    """The recipient of the clause-closing trigger ``trig`` (of ``kind``): ``recipient`` when it stands in the
    trigger's clause, words ``lo``..``hi``, without the idiom's closing word it swallowed, else None. Any
    recipient of other triggers, and one carried from another sentence (first < 0), is kept as it is."""
    if recipient is None or trig.particle is None or kind not in CLOSED or recipient.first < 0:
        return recipient
    if not lo <= recipient.first < hi:
        return None
    if not any(trig.particle.fullmatch(w) for w in low[recipient.first:recipient.last]):
        return recipient
    gift = words[recipient.last - 1]
    if not trig.particle.fullmatch(low[recipient.last - 1]) or recipient.label != "PER" or recipient.text is None \
            or recipient.last - 1 - recipient.first < NAME_WORDS or not recipient.canonical.endswith(" " + gift) \
            or not recipient.text.endswith(" " + gift):
        return None  # the gift noun alone ("Rosen") or a noun before it ("dem Bundespräsidenten Respekt")
    text = recipient.text[:-len(gift) - 1]
    end = None if recipient.start is None else recipient.start + len(text)
    return replace(recipient, canonical=recipient.canonical[:-len(gift) - 1], text=text, end=end,
                   last=recipient.last - 1)


__all__ = ["inside"]
