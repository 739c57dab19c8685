"""More of the frame around a German relation trigger that sets its status or hedge (gold/SCHEMA.md, RELATION:
planned, hypothetical, negated; hedge as for quantities), beside modality.py:

- a second main clause joined by "und"/"oder" with its own finite verb right after the conjunction ("X will den
  Streit beilegen und lehnt Hilfen ab") is a conjunct of its own: the cues of the first do not bear on it;
- "nicht" before a word it does not deny with ("nicht nur", "nicht zuletzt", "nicht ohne") negates nothing:
  status.txt "litotes";
- a clause between commas that interrupts the trigger's main clause ("X will Y, das zwei Häfen verloren
  hat, mit Geld unterstützen") does not cut the trigger off from the cues before it;
- an adjective of the trigger noun's own phrase makes it possible or planned ("die mögliche Entsendung", "der
  geplante Besuch", "der bevorstehende Abzug"): status.txt "attribute-hypothetical", "attribute-planned";
- a clause that says there is no sign or proof of what its "dass" clause states ("Es gibt keine Hinweise darauf,
  dass X Y angegriffen hat") denies it: status.txt "no-evidence";
- a clause that judges its "dass" clause possible or excludes it ("Es ist denkbar, dass ...", "Es ist nicht
  ausgeschlossen, dass ..."): status.txt "possible-that", "excluded-that";
- a verb with its separated particle closing the clause ("der Vertrag sieht Hilfe vor"): status.txt "particle-...";
- a noun trigger in a phrase of a zu-infinitive clause takes the cues of the clause governing it, as the
  infinitive does ("hat beschlossen, Berater zur Ausbildung zu entsenden": planned);
- "kann/können" governing the trigger ("X kann Y Panzer liefern") makes it possible: status.txt "ability";
- a verb of reporting whose subject is the actor and whose object is the event ("Kiew meldete die Rückeroberung einer
  Stadt", "die Armee meldete 50 getötete Soldaten") makes the actor the source: hedge reported (status.txt
  "own-report");
- a source that suggests or believes what it says (English "suggested that", "believes that") leaves the
  relation uncertain: status.txt "inference";
- "soll/sollen" with the trigger's active infinitive ("X soll Y Panzer liefern") is hearsay or a plan someone
  else made, never the article's own assertion: hedge uncertain (status.txt "hearsay-modal");
- a noun trigger heading the phrase of a preposition of occasion or time ("bei Kämpfen", "während des Besuchs",
  "bei Putins Besuch"; occasions.txt) is the background of another statement, presupposed: the hedge words of
  that statement ("müssen bei Kämpfen offenbar Verluste hinnehmen", "den X während des Besuchs wohl geltend
  gemacht haben könnte") do not make it uncertain.
"""

from __future__ import annotations

from ..attribution.words import tag_de
from ..model import Attribution, Relation
from .lexicon import RelationLexicon
from .modality import CLAUSE_SPLITS, NOUN_PHRASE_SPAN, NOUN_PHRASE_TAGS, SENTENCE_ENDS
from .sourcing import occasion_words

SUBORDINATE_STOPS = frozenset({";", ":", ".", "!", "?"})  # marks that end the reach of a governing clause
INFINITIVE_ENDINGS = ("en", "ern", "eln")  # German infinitives: "liefern", "verhandeln"
EVIDENCE_SPAN = 2  # words between the negation and its noun of evidence ("keine klaren Hinweise", "keine Anzeichen mehr")
SUBORDINATE_REACH = 30  # words between a "dass" and the trigger of its clause at most (relative clauses between)


def _cue(word: str, status: str, lex: RelationLexicon) -> bool:
    """Whether the lower-case ``word`` is a cue of ``status`` in status.txt (its first pattern; the lexicon
    remembers the rows per word form, so this costs a dictionary look-up)."""
    return any(kind == status for _patterns, kind in lex.status_cues(word))


def own_conjunct(words: list[str], low: list[str], lo: int, k: int, lex: RelationLexicon) -> int:
    """The first word of the trigger's conjunct in the German clause starting at ``lo``: after the nearest
    "und"/"oder" before the trigger at ``k`` that a finite verb follows right away, when the conjunct before it
    has a finite verb too ("X will den Streit beilegen und lehnt Hilfen ab", "X hat nicht angegriffen und
    schickte Soldaten"): two main clauses sharing their subject. Else ``lo``: "will Panzer liefern und Soldaten
    schicken" shares its modal."""
    if lex.lang != "de":
        return lo
    for j in range(k - 1, lo, -1):
        if not opens_main_conjunct(words, low, j, lex):
            continue
        if any(tag_de(w).endswith("FIN") for w in words[lo:j]):
            return j + 1
    return lo


def opens_main_conjunct(words: list[str], low: list[str], j: int, lex: RelationLexicon) -> bool:
    """Whether word ``j`` is an "und"/"oder" that a finite verb follows right away: a next main clause sharing
    the subject starts after it when the part before has a finite verb ("X griff Y an und zog sich zurück")."""
    return low[j] in lex.coordinated and j + 1 < len(words) and _finite(words, j + 1)


INSERTED_CLAUSE_SPAN = 20  # words of a clause between commas inside another, at most


def interrupted_by_clause(words: list[str], low: list[str], lo: int, k: int, lex: RelationLexicon) -> range:
    """The words of a German main clause before a clause between commas that interrupts it, when the trigger at
    ``k`` stands in the main clause's rest starting at ``lo`` ("X will Y, das im Winter zwei Häfen
    verloren hat, mit Geld unterstützen": "will" counts for "unterstützen"). The rest has no finite verb
    before the trigger and opens with no conjunction; the clause between opens with a lower-case word (a relative
    pronoun, "wo") and ends with its finite verb, or is a comparison ("wie etwa ..."); the part before it has a finite verb of its own. Empty
    otherwise."""
    if lex.lang != "de" or lo < 4 or words[lo - 1] != "," or low[lo] in lex.coordinated | lex.adversative:
        return range(0)
    if any(tag_de(w).endswith("FIN") for w in words[lo:k]):
        return range(0)
    j = lo - 2
    while j > 0 and lo - j <= INSERTED_CLAUSE_SPAN and words[j] not in CLAUSE_SPLITS and words[j] not in SENTENCE_ENDS:
        j -= 1
    if words[j] != "," or not words[j + 1][:1].islower():
        return range(0)
    if not tag_de(words[lo - 2]).endswith("FIN") and tag_de(words[j + 1]) != "KOKOM":
        return range(0)  # a clause with its finite verb last, or a comparison ("Staaten, wie etwa X, ...")
    start = j
    while start > 0 and words[start - 1] not in CLAUSE_SPLITS and words[start - 1] not in SENTENCE_ENDS:
        start -= 1
    if not any(tag_de(w).endswith("FIN") for w in words[start:j]):
        return range(0)
    return range(start, j)


def litotes(low: list[str], m: int, lex: RelationLexicon) -> bool:
    """Whether the negation at word ``m`` denies nothing with the word after it (status "litotes" in status.txt,
    its second pattern: "nicht nur X, sondern auch Y", "nicht zuletzt wegen", "nicht ohne Grund")."""
    return m + 1 < len(low) and any(status == "litotes" and len(patterns) > 1 and patterns[1].fullmatch(low[m + 1])
                                    for patterns, status in lex.status_cues(low[m]))


def _finite(words: list[str], m: int) -> bool:
    """Whether word ``m`` right after a conjunction is a finite verb: tagged so, or a form the tagger reads as a
    participle ("verhandelt", "besucht") with more words of its clause after it ("und verhandelt mit X"); at the
    clause's end it is the participle of a shared auxiliary ("hat X gekauft und verhandelt")."""
    tag = tag_de(words[m])
    if tag.endswith("FIN"):
        return True
    return tag == "VVPP" and not words[m].startswith("ge") and m + 1 < len(words) \
        and words[m + 1] not in CLAUSE_SPLITS and words[m + 1] not in SENTENCE_ENDS


def attribute_status(status: str, words: list[str], m: int, k: int) -> str:
    """The status an adjective of status "attribute-hypothetical"/"attribute-planned" at word ``m`` gives the
    German noun trigger at word ``k``: the status after the prefix when the adjective stands in the noun's own
    phrase, before it with only adjectives or articles between ("die möglichen neuen Lieferungen"); else none
    ("attribute"): "mögliche Folgen des Angriffs" leaves the attack as it is."""
    if m >= k or k - m > NOUN_PHRASE_SPAN + 1 or not words[k][:1].isupper():
        return "attribute"
    for w in words[m + 1:k]:
        if not (w.isalpha() and (w[:1].islower() or tag_de(w) in NOUN_PHRASE_TAGS)):
            return "attribute"
    return status.removeprefix("attribute-")


def closing_infinitive(words: list[str], low: list[str], k: int, n: int, lex: RelationLexicon) -> int | None:
    """The word of the zu-infinitive that closes the clause of the German noun trigger at words k..k+n ("...,
    Berater zur Ausbildung zu entsenden"), None when no such infinitive closes it or the trigger is no noun."""
    if lex.lang != "de" or not words[k][:1].isupper():
        return None
    end = k + n
    while end < len(words) and words[end] not in CLAUSE_SPLITS and words[end] not in SENTENCE_ENDS:
        end += 1
    if end - 2 >= k + n and low[end - 2] in lex.infinitive and words[end - 1][:1].islower():
        return end - 1
    return None


def ability_status(words: list[str], k: int, tail: range) -> str:
    """The status "kann/können" (status "ability" in status.txt) gives the German trigger at word ``k``:
    hypothetical for a verb, which the modal governs ("kann Panzer liefern"), and for a noun that is the object of
    the verb closing its clause (``tail``, modality.closing_verb: "kann die Lieferung von Panzern aufnehmen");
    else none ("ability"): "kann sich auf Lieferungen verlassen" does not make the deliveries possible only."""
    return "hypothetical" if tail or not words[k][:1].isupper() else "ability"


def particle_status(status: str, patterns: tuple, low: list[str], m: int) -> str:
    """The status a separable verb of status "particle-..." at word ``m`` gives: the status after the prefix when
    its particle (the pattern's second word) closes the verb's clause ("der Pakt sieht gegenseitige Hilfe vor":
    planned); else none ("particle"), as "sieht" alone means "sees"."""
    end = m + 1
    while end < len(low) and low[end] not in CLAUSE_SPLITS and low[end] not in SENTENCE_ENDS:
        end += 1
    if len(patterns) > 1 and end - 1 > m and patterns[1].fullmatch(low[end - 1]):
        return status.removeprefix("particle-")
    return "particle"


def governing_that_clause(words: list[str], low: list[str], k: int, lex: RelationLexicon) -> range:
    """The words of the German clause that governs the "dass" clause of the trigger at ``k`` ("Es gibt keine
    Hinweise darauf, dass ...": "Es gibt keine Hinweise darauf"): the nearest "dass" before the trigger counts,
    across relative clauses between, not across a clause joined by "aber"/"doch"; not "ob", which asks. Empty
    without one."""
    if lex.lang != "de":
        return range(0)
    d = k - 1
    while d >= 0 and k - d <= SUBORDINATE_REACH and not _complement(low[d], lex):
        if low[d] in SUBORDINATE_STOPS or (low[d] == "," and d + 1 < k and low[d + 1] in lex.adversative):
            return range(0)
        d -= 1
    if d < 1 or not _complement(low[d], lex) or lex.condition.fullmatch(low[d]):  # "ob" asks, states nothing
        return range(0)
    start = d - 1 if words[d - 1] == "," else d
    while start > 0 and words[start - 1] not in CLAUSE_SPLITS and words[start - 1] not in SENTENCE_ENDS:
        start -= 1
    return range(start, d)


def that_clause_status(words: list[str], low: list[str], k: int, lex: RelationLexicon) -> tuple[str, str] | None:
    """The status and cue the clause governing the German trigger's "dass" clause (governing_that_clause) gives
    it: negated when it finds no sign or proof of it, a negation of status "no-evidence" with its noun of evidence
    just after it (the pattern's second word: "es gibt keine Hinweise darauf, dass ...", "keine Anzeichen mehr
    dafür, dass ..."); hypothetical when it judges it possible (status "possible-that": "Es ist denkbar, dass
    ..."), unless a verb of status "possible-made" makes that possibility a fact ("X machte es möglich, dass ...",
    "war es möglich, dass ...": None); negated when it excludes it (status "excluded-that": "Es ist
    ausgeschlossen, dass ..."), hypothetical with a negation beside that ("nicht ausgeschlossen"). None else."""
    governing = governing_that_clause(words, low, k, lex) or fronted_that_judged(words, low, k, lex)
    for m in governing:
        for patterns, status in lex.status_cues(low[m]):
            if status == "no-evidence" and len(patterns) > 1 and any(
                    patterns[1].fullmatch(w) for w in low[m + 1:min(governing.stop, m + 2 + EVIDENCE_SPAN)]):
                return "negated", words[m]
            if status == "possible-that":
                if any(len(made) > 1 and kind == "possible-made" and made[1].fullmatch(low[m])
                       for j in governing if j != m for made, kind in lex.status_cues(low[j])):
                    return None  # "machte es möglich, dass ...", "war es möglich, dass ...": it happened
                return "hypothetical", words[m]
            if status == "excluded-that":
                denied = any(_cue(low[j], "negated", lex) for j in governing if j != m)
                return ("hypothetical" if denied else "negated"), words[m]
    return None


def fronted_that_judged(words: list[str], low: list[str], k: int, lex: RelationLexicon) -> range:
    """The words of the German main clause that judges a "dass" clause opening the sentence and holding the trigger
    at ``k`` ("Dass X Truppen schickt, ist auszuschließen", "Dass X Y angreift, gilt als unwahrscheinlich"): the
    clause after the first comma that a finite verb follows (the main clause's verb-second), up to its end. Empty
    when the sentence opens otherwise, or the trigger stands after that comma."""
    if lex.lang != "de" or not low or not _complement(low[0], lex) or lex.condition.fullmatch(low[0]):
        return range(0)  # "Ob X Y angreift, ist unklar" asks
    for j in range(1, len(words) - 1):
        if low[j] in SUBORDINATE_STOPS:
            return range(0)
        if words[j] == "," and tag_de(words[j + 1]).endswith("FIN") and words[j + 1][:1].islower():
            if j < k:
                return range(0)
            end = j + 1
            while end < len(words) and words[end] not in CLAUSE_SPLITS and words[end] not in SENTENCE_ENDS:
                end += 1
            return range(j + 1, end)
    return range(0)


_COMPLEMENTS: dict[tuple[str, str], bool] = {}


def _complement(word: str, lex: RelationLexicon) -> bool:
    """Whether ``word`` opens a complement clause ("dass", "ob"; conjunctions.txt "complement", kept as the
    pattern of its start after a comma), remembered per pattern and word form. The key is the pattern's text,
    not the id() of an object a collection may free and reuse; one lookup and the local value returned, so
    that another thread's clear in between raises no KeyError."""
    key = (lex.complement.pattern, word)
    found = _COMPLEMENTS.get(key)
    if found is None:
        if len(_COMPLEMENTS) > 50_000:
            _COMPLEMENTS.clear()
        found = _COMPLEMENTS[key] = bool(lex.complement.match(f", {word} "))
    return found


def hearsay_modal(words: list[str], low: list[str], k: int, n: int, lex: RelationLexicon) -> str | None:
    """The "soll/sollen" (status "hearsay-modal") that makes the German trigger at words k..k+n hearsay: the
    modal in its clause, which an active infinitive closes ("Nordkoreaner sollen Drohnen steuern", "Neben
    Waffenlieferungen soll X Y mit Soldaten helfen"), or the perfect infinitive ("soll Websites attackiert haben",
    whose participle the tagger may read as finite, so that attribution/hedging.py misses it). None when the
    passive "werden" closes the clause (a plan: modality.passive_plan_status), or a participle, or "können"
    ("sollen X und Y entscheiden können": what a plan allows). record.relation asks only for a factual
    event: with a plan ("Demnach soll X sich verpflichten, ...": AGREE) "sollen" is part of it, no hedge."""
    if lex.lang != "de":
        return None
    end = k + n
    while end < len(words) and words[end] not in CLAUSE_SPLITS and words[end] not in SENTENCE_ENDS:
        end += 1
    closing = words[end - 1]
    if not _cue(low[end - 1], "perfect", lex) and (
            not closing.isalpha() or not closing[:1].islower() or not closing.endswith(INFINITIVE_ENDINGS)
            or closing.startswith("ge") or _cue(low[end - 1], "no-hearsay", lex)):
        return None  # an infinitive, whatever the tagger says ("kontrollieren": VVFIN)
    lo = k
    while lo > 0 and words[lo - 1] not in CLAUSE_SPLITS and words[lo - 1] not in SENTENCE_ENDS:
        lo -= 1
    for m in range(lo, end - 1):
        if _cue(low[m], "hearsay-modal", lex):
            return words[m]
    return None


def own_report(words: list[str], low: list[str], k: int, first: int, last: int, lex: RelationLexicon) -> str | None:
    """The verb of reporting (status "own-report" in status.txt) of the German trigger's clause before the trigger
    at ``k`` whose subject is the relation's actor at words first..last, right before it or right after it ("Kiew
    meldete die Rückeroberung ...", "Am Abend meldete Kiew die Rückeroberung ..."): the actor reports its own act, the
    article does not assert it. None else ("Die Zeitung meldete den Angriff Russlands": the paper's report is an
    attribution of its own)."""
    if lex.lang != "de" or first >= k:
        return None
    for m in range(k - 1, -1, -1):
        if words[m] in CLAUSE_SPLITS or words[m] in SENTENCE_ENDS:
            return None
        if (last == m or first == m + 1) and _cue(low[m], "own-report", lex):
            return words[m]
    return None


THAT = frozenset({"that"})  # the conjunction of a finite complement clause (English)


def inferred(att: Attribution, rel: Relation, lex: RelationLexicon) -> bool:
    """Whether the cue words of the attribution ``att`` governing ``rel`` infer or believe rather than report
    (status "inference" in status.txt: "he suggested that X had sent troops", "the administration believes
    that ..."): the source does not claim to know, so the relation is uncertain, not merely reported. Only for
    a finite "that" clause about another party: "Japan suggested sending weapons" is a proposal, "Japan believes
    in sending weapons" a stance, "Japan believes that it sent enough" its own knowledge."""
    said = (att.cue or "").lower().split()
    if not any(_cue(w, "inference", lex) for w in said):
        return False
    content = (att.content or "").lower().split()
    if not content or content[0] not in THAT:
        return False
    own = rel.actor == att.source or rel.actor_start is not None and rel.actor_start == att.source_start
    return not own


def background_event(words: list[str], low: list[str], k: int, lex: RelationLexicon) -> bool:
    """Whether the German noun trigger at ``k`` heads the phrase of a preposition of occasion or time (occasions.txt),
    with only its articles, adjectives, possessives or a genitive name between ("bei Kämpfen", "während des
    jüngsten Besuchs", "bei Putins Besuch"): an event presupposed as the background of the clause's statement."""
    if lex.lang != "de" or not words[k][:1].isupper() or k == 0:
        return False
    start = k
    while start > 0 and k - start <= NOUN_PHRASE_SPAN and (
            tag_de(words[start - 1]) in NOUN_PHRASE_TAGS or words[start - 1][:1].isupper()
            and words[start - 1].endswith("s") and tag_de(words[start - 1]) == "NE"):
        start -= 1
    return start > 0 and low[start - 1] in occasion_words(lex.lang)
