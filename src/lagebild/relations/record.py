"""One relation record: the status of its trigger, the figure counting its object, the object, time, source and
hedge (relations/extract.py finds the trigger and its actor and recipient)."""

from __future__ import annotations

from .. import morphology
from ..attribution import hedging
from ..attribution.words import Sent, tag_de
from ..model import AUTHOR, Doc, Quantity, Relation
from . import events, figures, modality, roles_de, status_en, status_frames
from .index import quantities_in, time_near, trigger_word
from .lexicon import RelationLexicon, Trigger
from .mentions import CLAUSE_END, Mention

STATUS_ORDER = status_en.STATUS_ORDER  # the strongest status first, one order for both languages
INFINITIVE_ENDINGS = ("en", "ern", "eln")  # German infinitives: "schicken", "liefern", "verhandeln"


def status(low: list[str], words: list[str], k: int, n: int, lex: RelationLexicon) -> tuple[str, str | None]:
    """Status of the trigger at words k..k+n and the cue that gives it: the first of negated, hypothetical,
    planned the cues of its clause mark (lexicon status cues, then events.py's exclusions and conditions),
    else factual."""
    lo = k
    while lo > 0 and words[lo - 1] not in CLAUSE_END:
        lo -= 1
    lo = status_frames.own_conjunct(words, low, lo, k, lex)  # "will X beenden und hat Y erhöht": Y's own
    own = lo  # the trigger's own clause; a "decision" cue counts only in the clause governing it
    lo = events.governing_clause(words, low, roles_de.infinitive_verb(low, k, n, lex), lo, lex)  # "zur Verfügung zu"
    # after the trigger only its next words count, up to a coordinated verb ("supplying ... and may receive")
    hi = k + n
    governed = modality.governed_noun(words, k, own, lex.lang)  # "nach seinem Besuch in X wollte": not its cue
    while hi < min(len(words), k + n + 3) and words[hi] not in CLAUSE_END and low[hi] not in ("und", "and") \
            and not (governed and tag_de(words[hi]).endswith("FIN")):
        hi += 1
    # a noun trigger takes the cues of the verb closing its clause, and of the clause governing that verb
    # when it is an infinitive ("kündigte an, eine Lieferung von Haubitzen zu prüfen")
    tail = modality.closing_verb(words, low, k, n, lo, lex)
    if modality.ends_event(low, tail, lex):  # "kündigte an, die Lieferung von Haubitzen zu stoppen": it goes on
        return "factual", None
    verb = modality.infinitive_start(low, tail, lex)
    if verb is None and not tail:  # "beschloss, Panzer zur Hilfe zu senden": the noun in a phrase
        verb = status_frames.closing_infinitive(words, low, k, n, lex)
    if verb is not None:
        lo = min(lo, events.governing_clause(words, low, verb, lo, lex))
    found: dict[str, str] = {}
    # "wird/werden" make a plan only with an infinitive ("wird schicken", "wird liefern", "wird verhandeln"),
    # not in the passive ("wird geliefert")
    at = tail[-1] if tail else k + n - 1
    trigger = low[at]
    # a capitalised word inside the sentence is a noun ("von Kämpfern unterstützt", "von Angriffen erschüttert"),
    # never the infinitive of a future, whatever its ending
    noun = at > 0 and words[at][:1].isupper()
    future = trigger.endswith(INFINITIVE_ENDINGS) and not trigger.startswith("ge") and not noun and lex.lang == "de"
    if future and any(w in ("wird", "werden", "werde") for w in low[lo:hi]):
        future = not _participle(words[at])
    # the part of the clause before an insertion ("werde Y – und nicht Z – auffordern") counts, the insertion not
    inserted = status_frames.interrupted_by_clause(words, low, own, k, lex)  # "will X, die ..., unterstützen"
    for m in [*modality.interrupted_clause(words, lo), *inserted, *range(lo, hi), *(m for m in tail if m >= hi)]:
        if low[m] in ("wird", "werden", "werde") and not future:  # "werde ... belohnt": reported passive
            continue
        cues = lex.status_cues(low[m])  # the rows whose first pattern matches the word (none for most words)
        if not cues:
            continue
        denies = not status_frames.litotes(low, m, lex)  # "nicht nur X, sondern auch Y" denies nothing
        for patterns, status in cues:
            if status == "negated" and not denies:
                continue
            status = modality.conditional_status(words, m) if status == "conditional" else status
            status = modality.threat_status(patterns, low, m, k, n) if status == "threat" else status
            status = modality.warning_status(patterns, words, low, m, k) if status == "warning" else status
            status = modality.absence_status(patterns, low, m) if status == "absence" else status
            status = modality.passive_plan_status(low, k, n, lex) if status == "passive-plan" else status
            status = "planned" if status == "decision" and m < own else status
            if status.startswith("attribute-"):  # "die mögliche Entsendung", "der geplante Besuch"
                status = status_frames.attribute_status(status, words, m, k)
            status = status_frames.particle_status(status, patterns, low, m) if status.startswith("particle-") \
                else status
            status = status_frames.ability_status(words, k, tail) if status == "ability" else status
            # a refusal governing the trigger's infinitive ("weigert sich, ... zu liefern"): no act
            status = "negated" if status == "refusal" and m < own else status
            if status not in found:
                found[status] = words[m]
    away = modality.stays_away(words, low, k, n, lex)  # "Lieferungen von X an Y blieben aus": the clause's verb
    if away is not None:
        found.setdefault("negated", away)
    awaited = modality.expected(words, low, k, n, own, lex)  # "wird zu einem Besuch in Kiew erwartet"
    if awaited is not None:
        found.setdefault("planned", awaited)
    judged = status_frames.that_clause_status(words, low, k, lex)  # "Nichts deutet darauf hin, dass X Y angriff"
    if judged is not None:
        found.setdefault(*judged)
    events.excluded(found, words, low, lo)
    events.conditional(found, words, low, k)
    events.claimed(found, low, k, n)
    for status in STATUS_ORDER:
        if status in found:
            return status, found[status]
    return "factual", None


def _participle(word: str) -> bool:
    """Whether the German ``word`` is a participle without "ge-" that is no infinitive too ("beschossen",
    "vertrieben" of "beschießen", "vertreiben"; not "erhalten"): "wird ... beschossen" is a passive, no future."""
    lemma, tag = morphology.analyze(word)
    return tag == "VV(PP)" and lemma != word.lower()


def relation(doc: Doc, i: int, words: list[str], low: list[str], k: int, n: int,
             trig: Trigger, kind: str, actor: Mention, recipient: Mention | None,
             lex: RelationLexicon) -> Relation:
    """The record of one relation: the trigger at words k..k+n of sentence ``i`` between its actor and
    recipient, with status, figure, object, time, source and hedge."""
    toks = doc.sent_tokens(i)
    p_start, p_end = toks[k].start, toks[k + n - 1].end
    status_, cue = status(low, words, k, n, lex)
    if lex.lang == "en":  # English: from the parse where the sentence has one (status_en.py)
        status_, cue = status_en.status(doc, i, k, n, lex) or (status_, cue)
    if status_ in ("factual", "planned") and modality.question(words, low, k, lex):
        status_, cue = "hypothetical", "?"
    status_ = events.promised(kind, status_)
    qty_index = figure(doc, i, p_start, p_end, lex)
    # a share ("die Hälfte der Granaten") is the relation's figure but no count of its object: the joins that
    # read a relation's count by its index (a claim's party, the dating's figure key) leave it out
    share = qty_index is not None and doc.quantities[qty_index].kind == "percent"
    obj = None
    source, hedge = AUTHOR, "asserted"
    if qty_index is not None:
        qty = doc.quantities[qty_index]
        tail = qty.text.split()[-1] if qty.text.split() else ""
        obj = tail if tail[:1].isalpha() and not tail[:1].isdigit() else qty.unit
        source, hedge = qty.source or AUTHOR, qty.hedge
    else:
        objects = [m for m, w in enumerate(low) if lex.is_object(w) and words[m][:1].isalpha()
                   and (lex.lang != "de" or words[m][:1].isupper())]
        if objects:
            m = min(objects, key=lambda m: abs(m - k))
            while m + 1 < len(words) and lex.is_object(low[m + 1]):  # the head of "artillery shells"
                m += 1
            obj = words[m]
    if status_ == "factual" and status_frames.hearsay_modal(words, low, k, n, lex):  # "X soll Y Panzer liefern"
        hedge = "uncertain"
    elif hedge == "asserted" and status_frames.own_report(words, low, k, actor.first, actor.last, lex):
        source, hedge = actor.canonical, "reported"  # "Moskau meldete die Einnahme eines Dorfes"
    time = time_near(doc, i, p_start, p_end)  # the nearest date of the sentence (noted for replay.py)
    return Relation(
        type=kind, mode=trig.mode if kind == trig.type.partition("/")[0] or "/" not in trig.type else None,
        context=list(trig.context), actor=actor.canonical, actor_text=actor.text,
        recipient=recipient.canonical if recipient else None, recipient_text=recipient.text if recipient else None,
        predicate=doc.text[p_start:p_end], object=obj,
        quantity=doc.quantities[qty_index].number_text if qty_index is not None else None,
        quantity_index=qty_index if not share else None, time=time, source=source, hedge=hedge, status=status_, status_cue=cue,
        sentence=i, actor_start=actor.start, actor_end=actor.end,
        recipient_start=recipient.start if recipient else None, recipient_end=recipient.end if recipient else None,
        predicate_start=p_start, predicate_end=p_end, provenance=trig.rule)


def counted(qty: Quantity) -> str | None:
    """The noun a figure counts ("12.000 Soldaten" -> "Soldaten"), None when it has none."""
    tail = qty.text.split()[-1] if qty.text.split() else ""
    return tail if tail[:1].isalpha() else qty.unit


def figure(doc: Doc, i: int, p_start: int, p_end: int, lex: RelationLexicon) -> int | None:
    """The index of the figure counting the relation's object: a count or amount of sentence ``i`` whose noun
    flows or acts (objects.txt, agents.txt; not "110 Verletzte", "300 Kilometer"), the nearest to the trigger;
    of figures joined by "und"/"sowie" ("440 Drohnen und 32 Raketen"; "joined" in conjunctions.txt) the first."""
    best, index = None, None
    for q_i, qty in quantities_in(doc, i):
        if figures.besides(doc, qty, lex.lang) or figures.size(qty, lex.lang) or figures.in_source(doc, qty):
            continue  # "Neben Tausenden Soldaten ...", "120-Millimeter-Mörser", "laut zwei Diplomaten" (figures.py)
        if qty.kind not in ("count", "amount") and not figures.share_of_object(doc, qty, lex):
            continue
        noun = counted(qty) if qty.kind != "percent" else None  # a share: its noun is checked (figures.py)
        after = doc.text[qty.end:qty.end + 40].split()[:2]  # "4 Millionen Stück Artilleriemunition"
        if noun is not None and not any(lex.is_object(w.lower().strip(".,;:")) or lex.is_agent(w.lower())
                                        for w in (noun, *after)):
            continue
        distance = min(abs(qty.start - p_end), abs(p_start - qty.end))
        if best is None or distance < best:
            best, index = distance, q_i
    while index is not None:
        qty = doc.quantities[index]
        before = next((q_i for q_i, q in quantities_in(doc, i) if q.end <= qty.start
                       and q.kind in ("count", "amount") and len(doc.text[q.end:qty.start]) <= 40
                       and lex.joined.search(doc.text[q.end:qty.start])), None)
        if before is None:
            break
        index = before
    return index


def hedge(rel: Relation, sent: Sent, k: int, lex: RelationLexicon) -> None:
    """A relation without a figure is uncertain when a hedge marks its trigger, as a figure would be; not an event
    presupposed as the background of the clause (status_frames.background_event), nor by a marker after the
    trigger in the next conjunct ("liefert Waffen und soll Geld erhalten", "has been
    supplying weapons and may receive aid": the supply is not hedged)."""
    marker = hedging.hedge_marker(sent, k)
    if not marker or status_frames.background_event(sent.words, sent.low, k, lex):  # "bei Kämpfen offenbar ..."
        return
    first = marker.split()[0]
    at = [m for m, word in enumerate(sent.words) if word == first]
    if at and all(m > k and _next_conjunct(sent.low, k, m, lex) for m in at):
        return
    if at and all(_hedges_other_noun(sent.words, m, k, lex) for m in at):
        return  # "haben Soldaten 23 mutmaßliche Rebellen getötet": the rebels are alleged, not the killing
    rel.hedge = "uncertain"


ATTRIBUTE_SPAN = 3  # words from an attributive adjective to its noun ("mutmaßliche radikale Rebellen")


def _hedges_other_noun(words: list[str], m: int, k: int, lex: RelationLexicon) -> bool:
    """Whether the hedge word at ``m`` is a German attributive adjective ("mutmaßliche", "angeblichen") whose noun,
    the first capitalised word after it, is not the trigger at ``k``: it hedges what that noun names, not the
    event."""
    if lex.lang != "de" or tag_de(words[m]) != "ADJA":
        return False
    noun = next((j for j in range(m + 1, min(len(words), m + 1 + ATTRIBUTE_SPAN)) if words[j][:1].isupper()), None)
    return noun is not None and noun != k


def _next_conjunct(low: list[str], k: int, m: int, lex: RelationLexicon) -> bool:
    """Whether the hedge marker at ``m`` stands in a conjunct after the trigger at ``k``: right after "und"/"and"
    ("coordinated" in conjunctions.txt), or after ", aber"/", but" between them ("adversative": also after a clause
    between, "..., but sending troops could ...")."""
    if low[m - 1] in lex.coordinated:
        return True
    return any(low[j] == "," and low[j + 1] in lex.adversative for j in range(k + 1, m - 1))


def sources(doc: Doc, relations: list[Relation], lex: RelationLexicon) -> None:
    """Source of each relation without a figure: the attribution whose content holds its trigger, found for
    all of them in one sweep (``hedging.governing_all``); a governed relation is reported unless uncertain,
    planned when its "würde" is a reported future (modality.reported_future), hypothetical when its "sollte" is
    demanded (modality.demanded)."""
    governed = hedging.governing_all([rel.predicate_start or 0 for rel in relations], doc.attributions)
    for rel, n in zip(relations, governed, strict=True):
        if n is not None:
            rel.source = doc.attributions[n].source or AUTHOR
            rel.hedge = "reported" if rel.hedge != "uncertain" else rel.hedge
            if status_frames.inferred(doc.attributions[n], rel, lex):  # "he suggested that X had sent troops"
                rel.hedge = "uncertain"
            if rel.status == "planned" and modality.demanded(rel.status_cue, doc.attributions[n].cue, lex):
                rel.status = "hypothetical"  # "X sollte Soldaten schicken, fordert Y": "should"
            if rel.status != "hypothetical":
                continue
            toks = doc.sent_tokens(rel.sentence)
            k = trigger_word(toks, rel) or 0
            if modality.reported_future([t.text for t in toks], k, rel.status_cue, doc.attributions[n].cue, lex):
                rel.status = "planned"
