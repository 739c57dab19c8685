"""The relation types that behave alike in the extraction (extract.py) and in the passes over a whole document
(settle.py): which need a recipient, which two sides share, which carry their recipient across sentences."""

from __future__ import annotations

# Types coded only with a recipient (or a second actor): with one actor alone they are no relation.
ALONE = frozenset({"RETREAT", "MOBILIZE", "PROTEST", "ASSAULT"})
# Demands, accusations and refusals often aim at an issue, not an actor: alone when the actor is in the clause.
ALONE_IN_CLAUSE = frozenset({"REQUEST", "ACCUSE", "REJECT", "AID"})  # AID: until its recipient is filled in
# Modes of acts aimed at no one (hiding one's own losses: COERCE misinformation): alone when the actor is in the
# clause, and never with a recipient ("concealed shipments to Russia": the shipments go there, not the act).
ALONE_MODES = frozenset({"misinformation"})
# Demands and criticism whose actor a pronoun after the quotation names ("..., forderte er."): alone too.
SAID_ALONE = frozenset({"REQUEST", "ACCUSE"})
# Types whose two sides act together: "Russland und Nordkorea schließen einen Pakt" is one relation between them.
MUTUAL = frozenset({"COOPERATE", "SUPPORT", "CONSULT"})
# Types that keep the recipient across sentences when a later one names none ("Kim schickt nun auch Soldaten").
CARRY = frozenset({"AID"})
# Types whose flow can have an origin ("Soldaten aus Nordkorea") that is its actor.
ORIGIN_TYPES = frozenset({"AID", "MOBILIZE", "ASSAULT"})
