"""The status of an English trigger from spaCy's parse (roles_en.sentence_parse): "could send", "plans to send",
"refused to supply", "if it sends" (the words: lang/en/relations/status.txt).

Split from roles_en.py, which reads the roles from the same parse: a status is a property of the trigger's verb
chain, not of the phrases around it.
"""

from __future__ import annotations

from typing import Any

from .lexicon import RelationLexicon
from .roles_en import sentence_parse, trigger_token

STATUS_ORDER = ("negated", "hypothetical", "planned")  # the strongest first; record.py (German) reads it too
BE = frozenset({"is", "are", "was", "were", "be"})


def status(doc: Any, i: int, k: int, n: int, lex: RelationLexicon) -> tuple[str, str | None] | None:
    """The status of the trigger at words [k, k + n) of sentence ``i`` from the parse, None without one: the
    words of lang/en/relations/status.txt among the auxiliaries and negation of the trigger's verb (of the verb
    a noun trigger completes: "could intensify cooperation"), and the verbs that take it as their complement
    ("plans to send", "refused to supply"), and the conjunction opening the verb's clause ("if it sends"); "are to be
    transported" is planned. Words of other clauses
    ("said it would not comment, but sent troops") do not count."""
    sdoc = sentence_parse(doc, i, lex)
    if sdoc is None or k + n > len(sdoc):
        return None
    tok = trigger_token(sdoc, k, n)
    steps = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.dep_ in ("dobj", "pobj", "prep", "attr", "compound", "conj",
                                                            "appos", "amod", "nsubjpass") and steps < 5:
        tok, steps = tok.head, steps + 1
    words: list[Any] = []
    chain = [tok]
    while chain[-1].dep_ in ("xcomp", "acomp") and len(chain) < 4 and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    found: dict[str, str] = {}
    head = chain[0]  # a bare verb joined to a verb with a modal or negation shares them: "could be sent and engage"
    while head.dep_ == "conj" and head.tag_ in ("VB", "VBN") and head.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in head.children):
        head = head.head
        words += [c for c in head.children if c.dep_ in ("aux", "auxpass", "neg")]
    for m, verb in enumerate(chain):
        # "mark": the conjunction of the verb's own clause ("if North Korea sends troops": a condition)
        words += [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "mark")]
        if m:
            words.append(verb)
            if verb.lower_ in BE and any(c.dep_ == "aux" and c.lower_ == "to" for c in chain[m - 1].children):
                found.setdefault("planned", f"{verb.text} to")  # "the rifles are to be shipped"
    for w in words:
        for patterns, state in lex.status:
            # a verb of refusal taking the trigger as its complement ("refused to send"): the act did not happen
            state = "negated" if state == "refusal" and w in chain[1:] else state
            if len(patterns) == 1 and patterns[0].fullmatch(w.lower_) and state not in found:
                found[state] = w.text
    for state in STATUS_ORDER:
        if state in found:
            return state, found[state]
    return "factual", None
