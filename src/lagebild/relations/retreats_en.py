"""English withdrawals named by a noun whose "of"-object is forces, or by a passive verb whose subject is forces:
the forces withdraw.

"North Korea welcomed the return of the troops", "Kyiv confirmed the withdrawal of its units": a noun of retreat
that completes another verb takes that verb's subject for its actor elsewhere (roles_en.frame: "Russia launched
an attack"), but who welcomes, confirms or reports a withdrawal is not who withdraws. With forces (agents.txt) for
its "of"-object the forces are the actor (their country, or the forces the text last named: forces_en.py), and
the verb's subject takes no part.
"""

from __future__ import annotations

import re
from typing import Any

from .lexicon import RelationLexicon

# types whose noun names who withdraws by its "of"-object (as roles_en.WITHDRAWN)
WITHDRAWN = frozenset({"RETREAT"})


def forces_withdrawn(tok: Any, kind: str, lex: RelationLexicon) -> bool:
    """Whether the noun ``tok`` of a retreat has forces for its "of"-object ("welcomed the return of the troops",
    "confirmed the withdrawal of Ukrainian units")."""
    return kind in WITHDRAWN and any(c.dep_ == "prep" and c.lower_ == "of" and p.dep_ == "pobj" and lex.is_agent(p.lower_)
                                     for c in tok.children for p in c.children)


# verbs whose passive subject, when it is forces, withdraws ("were withdrawn"); word forms, for the parse gives no
# lemmas. "pulled" only with "back": soldiers "pulled from the rubble" or "pulled out of the water" are rescued
PULLED = re.compile(r"(?:withdrawn|withdrew)")
PULLED_BACK = "pulled"


def forces_pulled(verb: Any, theme: Any, kind: str, lex: RelationLexicon) -> bool:
    """Whether the passive ``verb`` of a retreat has forces (agents.txt) for its subject ``theme``: they withdraw."""
    moved = PULLED.fullmatch(verb.lower_) is not None or (
        verb.lower_ == PULLED_BACK and any(c.lower_ == "back" for c in verb.children))
    return kind in WITHDRAWN and moved and lex.is_agent(theme.lower_)
