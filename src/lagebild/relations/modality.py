"""The frame around a relation's trigger that changes its status (gold/SCHEMA.md, RELATION: planned,
hypothetical), beyond the status cues of its own clause that record.status reads:

- a German noun trigger is the object of the verb that closes its clause: that verb's cues count ("es werde
  die Lieferung von Haubitzen überdenken", "kündigte an, die Entsendung von Ausbildern zu prüfen");
- "sollte/sollten" opening a clause is a condition ("Sollte X angreifen, ...", "..., sollte X angreifen"):
  hypothetical; anywhere else it states a plan or schedule ("X sollte dort Y treffen", "die eingesetzt werden
  sollten"): planned;
- a yes/no question asserts nothing ("Wird X Y unterstützen?", "Will X send troops?"): hypothetical; a question
  word's question presupposes its event ("Warum hat X Y angegriffen?"): as stated;
- "soll/sollen" with a passive infinitive ("sollen in Mali eingesetzt werden") plans: planned;
- what a warning is against ("warnte vor einem Angriff auf X") has not happened: hypothetical;
- in reported speech "würde/würden" stands for the future "werde/werden" (Konjunktiv II as the substitute form:
  "meldete, X würde Truppen entsenden"): planned, unless the sentence states a condition;
- "blieb ... aus", "ausgeblieben": what stays away has not happened (negated);
- "wird ... erwartet" closing the trigger's clause: someone or something awaited is planned;
- an insertion between dashes or brackets does not end the trigger's clause: the cues before it count ("X werde
  Y – und nicht Z – auffordern": planned), its own words do not.
"""

from __future__ import annotations

import re

from ..attribution.words import tag_de
from .lexicon import RelationLexicon

# Tags of the words before a noun in its phrase, and of a preposition governing the phrase (STTS).
NOUN_PHRASE_TAGS = frozenset({"ART", "ADJA", "PPOSAT", "PIAT", "PDAT", "CARD", "PIDAT"})
PREPOSITION_TAGS = frozenset({"APPR", "APPRART"})
SENTENCE_ENDS = frozenset({".", "!", "?"})
NOUN_PHRASE_SPAN = 3  # words between a preposition and its noun (articles, adjectives)
CLAUSE_SPLITS = frozenset({",", ";", ":", "–", "—", "(", ")", "„", "“", '"', "«", "»", "."})


def clause_first(words: list[str], m: int) -> bool:
    """Whether word ``m`` opens its clause: the sentence's first word or the first after a comma, dash,
    bracket or quotation mark ("Sollte X ...", "..., sollte X ..."), also after a conjunction that opens it
    ("Und sollte X ...", "..., aber sollte X ...")."""
    while m > 0 and words[m - 1] not in CLAUSE_SPLITS and tag_de(words[m - 1]) == "KON":
        m -= 1
    return m == 0 or words[m - 1] in CLAUSE_SPLITS


def conditional_status(words: list[str], m: int) -> str:
    """The status a modal of status "conditional" in status.txt at word ``m`` gives: hypothetical opening a
    clause (a condition), else planned."""
    return "hypothetical" if clause_first(words, m) else "planned"


def threat_status(patterns: tuple[re.Pattern, ...], low: list[str], m: int, k: int, n: int) -> str:
    """The status a verb of threatening (status "threat" in status.txt) at word ``m`` gives the trigger at
    words k..k+n: hypothetical when it is the trigger itself or its clause names what is threatened (the
    pattern's second word: "droht mit einem Angriff", "hatte damit gedroht, ... zu streiken"); else none, as
    "droht" then means "looms" ("dem Land droht nach dem Angriff ein harter Winter")."""
    if k <= m < k + n:
        return "hypothetical"
    lo, hi = m, m + 1  # the verb's clause: "drohte damit, ... zu", "hatte damit gedroht, ... zu"
    while lo > 0 and low[lo - 1] not in CLAUSE_SPLITS:
        lo -= 1
    while hi < len(low) and low[hi] not in CLAUSE_SPLITS and low[hi] not in SENTENCE_ENDS:
        hi += 1
    if len(patterns) > 1 and any(patterns[1].fullmatch(word) for word in low[lo:hi]):
        return "hypothetical"
    return "threat"


PARENTHESES = {")": "(", "–": "–", "—": "—"}  # the mark closing an insertion -> the mark opening it
INSERTION_SPAN = 12  # words an insertion between dashes or brackets holds at most


def interrupted_clause(words: list[str], lo: int) -> range:
    """The words of a clause before an insertion that ends right before word ``lo``, the start of the trigger's
    clause: "Die Kommission werde die Regierung – und nicht die Bank – auffordern": "werde" is the trigger's
    cue, the insertion between the dashes (with its own "nicht") is not. Empty when no insertion closes there."""
    if lo < 3 or words[lo - 1] not in PARENTHESES:
        return range(0)
    opening = PARENTHESES[words[lo - 1]]
    j = lo - 2
    while j > 0 and lo - 1 - j <= INSERTION_SPAN and words[j] != opening and words[j] not in SENTENCE_ENDS \
            and words[j] not in PARENTHESES:
        j -= 1
    if words[j] != opening or j == 0 or lo - 1 - j > INSERTION_SPAN:
        return range(0)
    start = j
    while start > 0 and words[start - 1] not in CLAUSE_SPLITS:
        start -= 1
    return range(start, j)


def absence_status(patterns: tuple[re.Pattern, ...], low: list[str], m: int) -> str:
    """The status a verb of staying away (status "absence" in status.txt) at word ``m`` gives: negated when its
    particle (the pattern's second word, "aus") closes its clause ("Waffenlieferungen blieben bislang aus": they
    did not happen), or when the pattern is one fused word ("ausgeblieben"); else none ("blieb in Kiew")."""
    if len(patterns) < 2:
        return "negated"
    end = m + 1
    while end < len(low) and low[end] not in CLAUSE_SPLITS and low[end] not in SENTENCE_ENDS:
        end += 1
    return "negated" if patterns[1].fullmatch(low[end - 1]) else "absence"


def stays_away(words: list[str], low: list[str], k: int, n: int, lex: RelationLexicon) -> str | None:
    """The verb of staying away later in the clause of a German noun trigger at words k..k+n, its subject or
    object ("Lieferungen von X an Y blieben bislang aus", "die Lieferungen sind ausgeblieben"), when it negates
    (absence_status), else None."""
    if lex.lang != "de" or not words[k][:1].isupper():
        return None
    end = k + n
    while end < len(low) and low[end] not in CLAUSE_SPLITS and low[end] not in SENTENCE_ENDS:
        end += 1
    for m in range(k + n, end):
        for patterns, status in lex.status:
            if status == "absence" and patterns[0].fullmatch(low[m]) and absence_status(patterns, low, m) == "negated":
                return words[m]
    return None


def expected(words: list[str], low: list[str], k: int, n: int, lo: int, lex: RelationLexicon) -> str | None:
    """The verb of expecting that closes the German clause of the trigger at words k..k+n (its clause starting
    at word ``lo``) with a form of "werden" before it in the clause (status "expected" in status.txt: the row's
    first pattern the verb, its second the auxiliary): "Scholz wird zu einem Besuch in Kiew erwartet", "der
    Besuch ... wird am Montag erwartet". Someone awaited somewhere, an event awaited: a plan (planned). None
    otherwise: "wie erwartet", "mehr als erwartet geliefert" close no clause, "X erwartet, dass ..." is a belief
    (no "werden")."""
    if lex.lang != "de":
        return None
    end = k + n
    while end < len(low) and low[end] not in CLAUSE_SPLITS and low[end] not in SENTENCE_ENDS:
        end += 1
    if end <= k + n:
        return None
    for patterns, status in lex.status:
        if status == "expected" and len(patterns) > 1 and patterns[0].fullmatch(low[end - 1]) \
                and any(patterns[1].fullmatch(w) for w in low[lo:end - 1]):
            return words[end - 1]
    return None


def passive_plan_status(low: list[str], k: int, n: int, lex: RelationLexicon) -> str:
    """The status "soll/sollen" (status "passive-plan" in status.txt) gives the trigger at words k..k+n: planned
    when the trigger is a participle closing with the passive infinitive "werden" (the pattern words of
    "passive" in status.txt: "sollen in Mali eingesetzt werden"), a plan as "eingesetzt werden sollten" is
    (gold/SCHEMA.md). Else none: "soll ... geschickt haben" is hearsay of a past act, "sollen Drohnen steuern"
    hearsay of a present one."""
    passive = [patterns[0] for patterns, status in lex.status if status == "passive"]
    if k + n < len(low) and any(p.fullmatch(low[k + n]) for p in passive):
        return "planned"
    end = k + n  # a noun trigger of a clause that a participle and "werden" close: "Der Kredit soll ganz für
    while end < len(low) and low[end] not in CLAUSE_SPLITS and low[end] not in SENTENCE_ENDS:  # die Hilfe an X
        end += 1  # genutzt werden"
    if end - 2 >= k + n and any(p.fullmatch(low[end - 1]) for p in passive) and _participle_form(low[end - 2]):
        return "planned"
    return "passive-plan"


def _participle_form(word: str) -> bool:
    """Whether the lower-case German ``word`` is tagged a past participle ("ausgegeben", "eingesetzt")."""
    return word.isalpha() and tag_de(word) == "VVPP"


def warning_status(patterns: tuple[re.Pattern, ...], words: list[str], low: list[str], m: int, k: int) -> str:
    """The status a verb of warning (status "warning" in status.txt) at word ``m`` gives the noun trigger at
    word ``k``: hypothetical when the trigger heads the phrase the warning is against (the pattern's second word,
    "vor"/"against", stands before it with only its articles and adjectives between: "warnte vor einem Angriff
    auf X"): what one warns against has not happened. Else none ("warning" is no status): "warnte X, nachdem Y
    angegriffen hatte" leaves the attack, and the warning itself is settled with the threats (sourcing.py)."""
    if m >= k or len(patterns) < 2 or not words[k][:1].isalpha():
        return "warning"
    if any(w in CLAUSE_SPLITS or w in SENTENCE_ENDS for w in words[m:k]):
        return "warning"
    j = k - 1
    while j > m and j >= k - 1 - NOUN_PHRASE_SPAN and not patterns[1].fullmatch(low[j]):
        if not (low[j].isalpha() and (words[j][:1].islower() or tag_de(words[j]) in NOUN_PHRASE_TAGS)):
            return "warning"
        j -= 1
    return "hypothetical" if j > m and patterns[1].fullmatch(low[j]) else "warning"


def closing_verb(words: list[str], low: list[str], k: int, n: int, lo: int, lex: RelationLexicon) -> range:
    """The words after a German noun trigger at ``k`` (its clause starting at word ``lo``) up to the end of its
    clause when they close it with the verb that governs the noun as its object: "man werde die Lieferung von
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
    start = k  # the first word of the noun phrase: its article, pronoun and adjectives
    while start > lo and tag_de(words[start - 1]) in NOUN_PHRASE_TAGS:
        start -= 1
    if start > lo and tag_de(words[start - 1]) in PREPOSITION_TAGS:
        return range(0)
    infinitive = end - 2 > k and low[end - 2] in lex.infinitive
    if not infinitive and not any(tag_de(w).endswith("FIN") for w in words[lo:start]):
        return range(0)
    return range(k + n, end)


def governed_noun(words: list[str], k: int, lo: int, lang: str) -> bool:
    """Whether the German noun trigger at ``k`` heads the phrase of a preposition (its article, possessive and
    adjectives between, its clause starting at word ``lo``): "Nach dem Besuch in Kairo sollte Xi heimfliegen ...".
    The finite verb after the phrase is the clause's, its modal no cue of the noun (record.status)."""
    if lang != "de" or not words[k][:1].isupper():
        return False
    start = k
    while start > lo and tag_de(words[start - 1]) in NOUN_PHRASE_TAGS:
        start -= 1
    return start > lo and tag_de(words[start - 1]) in PREPOSITION_TAGS


def infinitive_start(low: list[str], tail: range, lex: RelationLexicon) -> int | None:
    """The word of the infinitive that closes ``tail`` ("zu prüfen"), None when the tail has none."""
    if len(tail) >= 2 and low[tail[-2]] in lex.infinitive:
        return tail[-1]
    return None


def demanded(cue: str | None, reporting: str | None, lex: RelationLexicon) -> bool:
    """Whether the planned cue ``cue`` of a relation is "sollte/sollten" (status "conditional") in the content
    of an attribution whose cue words ``reporting`` demand, advise or judge (status "demand" in status.txt:
    "X sollte mehr Soldaten schicken, fordert der Experte"): the modal then means "should", what someone wants
    done, not what is scheduled."""
    if cue is None or not any(status == "conditional" and patterns[0].fullmatch(cue.lower())
                              for patterns, status in lex.status):
        return False
    said = (reporting or "").lower().split()
    return any(status == "demand" and patterns[0].fullmatch(w) for patterns, status in lex.status for w in said)


def ends_event(low: list[str], tail: range, lex: RelationLexicon) -> bool:
    """Whether the verb closing the clause of a noun trigger (``tail``, see closing_verb) ends or suspends the
    event the noun names (status "ending" in status.txt: "die Lieferung von Panzern zu stoppen", "will die
    Angriffe einstellen"): the event is under way, and the cues of the verb's frame bear on its end, not on it."""
    return bool(tail) and any(status == "ending" and patterns[0].fullmatch(low[tail[-1]])
                              for patterns, status in lex.status)


def question(words: list[str], low: list[str], k: int, lex: RelationLexicon) -> bool:
    """Whether the trigger at ``k`` stands in a yes/no question, which asserts nothing: "?" closes the trigger's
    own clause (also inside a quotation: "„Wird X Y unterstützen?“, fragen die Analysten"), and no question word
    (status "interrogative" in status.txt) opens that clause, also after its conjunctions and prepositions
    (question_word_at). A question word asks about an event it presupposes
    ("Warum hat X Y angegriffen?"), and a question in a later clause ("X hat Y angegriffen – wer stoppt X?", "X
    hilft Y: Bald Kriegspartei?") leaves the statement before it as it is."""
    end = next((m for m in range(k, len(words)) if words[m] in SENTENCE_ENDS or words[m] in CLAUSE_SPLITS
                and not continuing_comma(words, m, lex)), None)
    if end is None or words[end] != "?":
        return False
    lo = k
    while lo > 0 and words[lo - 1] not in CLAUSE_SPLITS and words[lo - 1] not in SENTENCE_ENDS:
        lo -= 1
    at = question_word_at(words, lo, lex) if lex.lang == "de" else lo
    return not any(status == "interrogative" and patterns[0].fullmatch(low[at]) for patterns, status in lex.status)


def question_word_at(words: list[str], lo: int, lex: RelationLexicon) -> int:
    """The word of the German clause starting at ``lo`` where a question word stands if it has one: after the
    conjunctions that open the clause ("Und warum ...?", "Aber wieso ...?") and the prepositions that open its
    first phrase ("Seit wann ...?", "Mit welchen Waffen ...?", "In welchem Umfang ...?")."""
    at = lo
    conjunctions = lex.coordinated | lex.adversative  # conjunctions.txt: "aber" is tagged as an adverb
    while at + 1 < len(words) and (tag_de(words[at].lower()) == "KON" or words[at].lower() in conjunctions):
        at += 1
    while at + 1 < len(words) and tag_de(words[at]) in PREPOSITION_TAGS:
        at += 1
    return at


def continuing_comma(words: list[str], m: int, lex: RelationLexicon) -> bool:
    """Whether the comma at ``m`` joins items of a list ("aus Österreich, Ungarn und Kroatien?", "Soldaten nach
    Polen, Panzer nach Litauen und Geld nach Estland?") rather than opening another clause. A capital alone does
    not tell (every German noun has one: "..., Spanien zögert noch?"): the items after the comma run to the end
    of the clause without a finite verb, their own commas each again before a capital, and a conjunction joins
    the last item ("und", "oder"). A non-finite verb may end the list's own clause ("Hat X Soldaten nach Polen,
    Ungarn und Litauen geschickt?"), but the tagger gives the plural present of a new clause the same tag
    ("..., Marokko und Tunesien warten ab?"): it counts as finite unless it is the clause's last word. A
    zu-infinitive closing the stretch makes it a clause that depends on the question's ("Wagt X es, Soldaten
    nach Polen zu schicken?"), so the comma does not end the question's clause either. In English, where a capital marks a name, the capital decides."""
    if words[m] != "," or m + 1 >= len(words) or not words[m + 1][:1].isupper():
        return False
    if lex.lang != "de":
        return True
    joined = False
    for at in range(m + 1, len(words)):
        word = words[at]
        if word in SENTENCE_ENDS or (word in CLAUSE_SPLITS and word != ","):
            break
        if word == "," and (at + 1 >= len(words) or not words[at + 1][:1].isupper()):
            return False
        tag = tag_de(word)
        if tag.startswith("V") and closes(words, at + 1) and (tag == "VVIZU" or tag_de(words[at - 1]) == "PTKZU"):
            return True  # an infinitive clause, in the question's scope: "Wagt X es, Truppen zu schicken?"
        if tag.endswith("FIN") or (tag.startswith("V") and not closes(words, at + 1)):
            return False  # "zögert", or "warten" (tagged as an infinitive) before more words of its clause
        joined = joined or tag == "KON"
    return joined


def closes(words: list[str], at: int) -> bool:
    """Whether word ``at`` is past the end of its clause: a punctuation mark ending it, or no word."""
    return at >= len(words) or words[at] in SENTENCE_ENDS or words[at] in CLAUSE_SPLITS


def reported_future(words: list[str], k: int, cue: str | None, reporting: str | None,
                    lex: RelationLexicon) -> bool:
    """Whether the hypothetical cue ``cue`` of the relation triggered at word ``k`` of a sentence (``words``) in
    the content of an attribution with the cue words ``reporting`` is a Konjunktiv II future of reported speech:
    "würde/würden" that governs the trigger, the sentence without a condition, neither the reporting verb nor a
    word of the sentence one of belief (status "conjecture" in status.txt: "glaubt", "meinte", "geht ... aus")
    or of a wish (status "wish": "würde gerne schicken"). The forms of the future and the words of a condition are
    status.txt's lines "reported-future" and "condition" of the language ``lex``."""
    low = [w.lower() for w in words]
    if cue is None or not lex.reported_future.fullmatch(cue.lower()) or any(lex.condition.fullmatch(w) for w in low):
        return False
    if not governs_noun(words, k, lex):
        return False
    said = [w for w in (reporting or "").lower().split() if w != "..."]
    if not said or any(lex.reported_future.fullmatch(w) for w in said):  # "würde" as the cue: no reporting verb
        return False
    for patterns, status in lex.status:
        if status not in ("conjecture", "wish"):
            continue
        if len(patterns) == len(said) and all(p.fullmatch(w) for p, w in zip(patterns, said, strict=True)):
            return False
        if len(patterns) == 1 and any(patterns[0].fullmatch(w) for w in low):
            return False
    return True


def governs_noun(words: list[str], k: int, lex: RelationLexicon) -> bool:
    """Whether a "würde" of the sentence can govern the trigger at ``k``: always a verb trigger, a German noun
    only from before it, as its object ("X würde die Lieferung von Panzern aufnehmen"). A noun before its
    "würde" is mostly the subject of an irrealis consequence ("ein Angriff auf X würde eine Antwort auslösen"),
    which stays hypothetical."""
    if not words[k][:1].isupper() or k == 0 or words[k - 1] in CLAUSE_SPLITS:
        return True  # a verb, or a capital that may be the first word of a clause
    return any(lex.reported_future.fullmatch(w.lower()) for w in words[:k])
