"""The frame around a relation's trigger that changes its status (gold/SCHEMA.md, RELATION: planned,
hypothetical), beyond the status cues of its own clause that record.status reads:

- a German noun trigger is the object of the verb that closes its clause: that verb's cues count ("es werde
  die Lieferung von Panzern überdenken", "kündigte an, die Entsendung von Beratern zu prüfen");
- "sollte/sollten" opening a clause is a condition ("Sollte X angreifen, ...", "..., sollte X angreifen"):
  hypothetical; anywhere else it states a plan or schedule ("X sollte dort Y treffen", "die eingesetzt werden
  sollten"): planned;
- a direct question asserts nothing ("Wird X Y unterstützen?", "Will X send troops?"): hypothetical;
- in reported speech "würde/würden" stands for the future "werde/werden" (Konjunktiv II as the substitute form:
  "meldete, X würde Truppen entsenden"): planned, unless the sentence states a condition.
"""

from __future__ import annotations

from .lexicon import RelationLexicon

# Tags of the words before a noun in its phrase, and of a preposition governing the phrase (STTS).
NOUN_PHRASE_TAGS = frozenset({"ART", "ADJA", "PPOSAT", "PIAT", "PDAT", "CARD", "PIDAT"})
PREPOSITION_TAGS = frozenset({"APPR", "APPRART"})
SENTENCE_ENDS = frozenset({".", "!", "?"})
CLAUSE_SPLITS = frozenset({",", ";", ":", "–", "—", "(", ")", "„", "“", '"', "«", "»", "."})


def clause_first(words: list[str], m: int) -> bool:
    """Whether word ``m`` opens its clause: the sentence's first word or the first after a comma, dash,
    bracket or quotation mark ("Sollte X ...", "..., sollte X ...")."""
    return m == 0 or words[m - 1] in CLAUSE_SPLITS


def conditional_status(words: list[str], m: int) -> str:
    """The status a modal of status "conditional" in status.txt at word ``m`` gives: hypothetical opening a
    clause (a condition), else planned."""
    return "hypothetical" if clause_first(words, m) else "planned"


def closing_verb(words: list[str], low: list[str], k: int, n: int, lo: int, lex: RelationLexicon) -> range:
    """The words after a German noun trigger at ``k`` (its clause starting at word ``lo``) up to the end of its
    clause when they close it with the verb that governs the noun as its object: "es werde die Lieferung von
    Panzern überdenken", "die Entsendung von Beratern zu prüfen". Not a noun after a preposition ("nach der
    Entsendung ... schließt X nicht aus") nor one before the clause's finite verb, mostly its subject ("dass
    die Lieferung den Krieg beeinflussen würde"). Empty for verb triggers and English."""
    if lex.lang != "de" or not words[k][:1].isupper():
        return range(0)
    end = k + n
    while end < len(words) and words[end] not in CLAUSE_SPLITS and words[end] not in SENTENCE_ENDS:
        end += 1
    last = end - 1
    if last < k + n or not words[last].isalpha() or not words[last][:1].islower():
        return range(0)
    from ..attribution.words import tag_de

    start = k  # the first word of the noun phrase: its article, pronoun and adjectives
    while start > lo and tag_de(words[start - 1]) in NOUN_PHRASE_TAGS:
        start -= 1
    if start > lo and tag_de(words[start - 1]) in PREPOSITION_TAGS:
        return range(0)
    infinitive = end - 2 > k and low[end - 2] in lex.infinitive
    if not infinitive and not any(tag_de(w).endswith("FIN") for w in words[lo:start]):
        return range(0)
    return range(k + n, end)


def infinitive_start(low: list[str], tail: range, lex: RelationLexicon) -> int | None:
    """The word of the infinitive that closes ``tail`` ("zu prüfen"), None when the tail has none."""
    if len(tail) >= 2 and low[tail[-2]] in lex.infinitive:
        return tail[-1]
    return None


def question(words: list[str], k: int) -> bool:
    """Whether the trigger at ``k`` stands in a direct question: the first sentence end after it is "?"
    (also inside a quotation: "„Wird X Y unterstützen?“, fragen die Analysten"), no colon between them (a
    headline's statement before a question: "X hilft Y: Bald Kriegspartei?")."""
    return next((w for w in words[k:] if w in SENTENCE_ENDS or w == ":"), None) == "?"


def reported_future(low: list[str], cue: str | None, reporting: str | None, lex: RelationLexicon) -> bool:
    """Whether the hypothetical cue ``cue`` of a relation in the content of an attribution with the cue words
    ``reporting`` is a Konjunktiv II future of reported speech: "würde/würden", the sentence (words ``low``)
    without a condition, neither the reporting verb nor a word of the sentence one of belief (status
    "conjecture" in status.txt: "glaubt", "meinte", "geht ... aus"). The forms of the future and the words of a
    condition are status.txt's lines "reported-future" and "condition" of the language ``lex``."""
    if cue is None or not lex.reported_future.fullmatch(cue.lower()) or any(lex.condition.fullmatch(w) for w in low):
        return False
    said = [w for w in (reporting or "").lower().split() if w != "..."]
    if not said or any(lex.reported_future.fullmatch(w) for w in said):  # "würde" as the cue: no reporting verb
        return False
    for patterns, status in lex.status:
        if status != "conjecture":
            continue
        if len(patterns) == len(said) and all(p.fullmatch(w) for p, w in zip(patterns, said, strict=True)):
            return False
        if len(patterns) == 1 and any(patterns[0].fullmatch(w) for w in low):
            return False
    return True
