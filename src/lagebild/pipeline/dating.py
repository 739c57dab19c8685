"""The dating component: estimate the publication date of an undated document, then resolve its relative
time expressions against the estimate (flagged in their provenance as resolved against an estimate)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..claims.build import clause
from ..dating.combine import combine
from ..dating.estimate import estimate
from ..dating.offices import gazetteer as offices_gazetteer
from ..dating.offices import offices
from ..dating.probe import KEPT_ANSWERS, KEPT_OFFICES, PROBE, Probe
from ..dating.store_evidence import fingerprint
from ..dating.subjects import subject_name
from ..engine import Component, component_class
from ..errors import E024, W003
from ..model import Doc, Timex
from ..resources import exists, load
from ..timex.grammar import grammar

# Key of Doc.user_data under which the store's re-estimation passes the corpus evidence (CorpusEvidence list).
CORPUS_EVIDENCE = "dating.corpus"


# The cue patterns below are compiled once per language and kept (lru_cache): the component asks for them for
# every document, and joining and compiling them each time cost a tenth of its time.
@lru_cache(maxsize=None)
def dating_cues(lang: str) -> tuple[re.Pattern, ...]:
    """The anniversary cues of lang/<code>/time/dating.txt (none for a language without the file)."""
    if not exists(lang, "time/dating.txt"):
        return ()
    return tuple(re.compile(row[1]) for row in load(lang, "time/dating.txt").rows(2) if row[0] == "anniversary")


@lru_cache(maxsize=None)
def holiday_cues(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    """The named days of lang/<code>/time/dating.txt ("Heiligabend" -> 12-24), as year-less dates."""
    if not exists(lang, "time/dating.txt"):
        return ()
    return tuple((re.compile(row[1]), row[2]) for row in load(lang, "time/dating.txt").rows(2)
                 if row[0] == "holiday" and len(row) > 2)


@lru_cache(maxsize=None)
def weekday_after(lang: str) -> re.Pattern | None:
    """The words between a date and a weekday in apposition ("am 25. Februar, einem Donnerstag"), from the
    rows of kind weekday-after of lang/<code>/time/dating.txt; the weekday is the group after them."""
    if not exists(lang, "time/dating.txt"):
        return None
    cues = [row[1] for row in load(lang, "time/dating.txt").rows(2) if row[0] == "weekday-after"]
    return re.compile(r"(?:" + "|".join(cues) + r")(\w+)") if cues else None


@lru_cache(maxsize=None)
def cue_before(lang: str, kind: str) -> re.Pattern | None:
    """Words right before a date of the ``kind`` given in lang/<code>/time/dating.txt ("gegenüber April 2014"
    is a comparison, "für 2016" a plan)."""
    if not exists(lang, "time/dating.txt"):
        return None
    cues = load(lang, "time/dating.txt").of_kind(kind)
    return re.compile(r"(?:" + "|".join(cues) + r")\s*(?:de[mn]\s+)?$", re.IGNORECASE) if cues else None


@lru_cache(maxsize=None)
def onset_words(lang: str) -> frozenset[str]:
    """The words of kind onset of lang/<code>/time/dating.txt ("ab"), lower-case."""
    if not exists(lang, "time/dating.txt"):
        return frozenset()
    return frozenset(row[1].lower() for row in load(lang, "time/dating.txt").rows(2) if row[0] == "onset")


def onset_before(text: str, timex: Timex, onsets: frozenset[str]) -> bool:
    """Whether the date opens with an onset word ("Ab 1. Jänner 2016", in the span or right before it)."""
    first = re.match(r"\w+", timex.text)
    before = re.findall(r"\w+", text[max(0, timex.start - 20):timex.start])[-1:]
    return any(word.lower() in onsets for word in before + ([first.group(0)] if first else []))


def _compound_weekday(gram, word: str) -> str | None:
    """The weekday opening a compound ("Donnerstagnacht", "Montagabend"): a part of the day keeps the day."""
    for cut in range(len(word) - 3, 4, -1):
        found = gram.lookup("weekday", word[:cut])
        if found:
            return found
    return None


class Dating(Component):
    name = "dating"
    requires = ("sents", "timexes")
    assigns = ("dating",)
    resources = ("time/dating.txt", "time/offices.txt", "time/subjects.txt")

    def __init__(self, lang: str, **config) -> None:
        super().__init__(lang, **config)
        # The lexicons compiled now, with the pipeline: the warm-up document is dated, so dating returns at once
        # there, and the first undated document's budget paid for compiling every office holder's patterns
        # (a third of a second); they are kept per language (lru_cache) as before.
        offices_gazetteer(lang)
        dating_cues(lang)
        holiday_cues(lang)
        weekday_after(lang)
        cue_before(lang, "comparison")
        cue_before(lang, "plan")

    @classmethod
    def run_example(cls, lang: str, resource: str, given: str, expected: str) -> str | None:
        # given: an undated text; expected: the estimate (YYYY, YYYY-MM) or "-" for none
        from ..engine import Pipeline

        if resource == "time/subjects.txt":  # given: a name; expected: the name compared, "-" for none
            got = subject_name(given, lang) or "-"
            return None if got == expected else f"got {got!r}"

        nlp = Pipeline.from_config(lang, ("segmenter", "timexes", "dating"))
        got = (nlp(Doc(doc_id="example", text=given, lang=lang)).dating or {}).get("estimate") or "-"
        return None if got == expected else f"got {got!r}"

    def __call__(self, doc: Doc) -> Doc:
        if doc.published:
            return doc
        terms = doc.user_data.pop(KEPT_OFFICES, None)  # a re-dating restoring its probe has them
        if terms is None:
            terms = offices(doc, self.lang)
        # The answers of tense and weekday per span: an estimate collects the evidence twice, and the corpus's
        # retry once more, asking about the same expressions (each answer reads the text and sentences around
        # the span alone); a re-dating restoring its probe has those of the first analysis
        tenses: dict[tuple[int, int], str | None]
        weekdays: dict[tuple[int, int], int | None]
        tenses, weekdays = doc.user_data.pop(KEPT_ANSWERS, None) or ({}, {})
        if CORPUS_EVIDENCE not in doc.user_data:  # a first analysis: the store's re-dating may continue from here
            doc.user_data[PROBE] = Probe.given(doc, terms, (tenses, weekdays))
        gram = grammar(self.lang)

        def tense(timex: Timex) -> str | None:
            key = (timex.start, timex.end)
            if key not in tenses:
                tenses[key] = tense_of(timex)
            return tenses[key]

        def tense_of(timex: Timex) -> str | None:
            """The tense cue nearest the expression in its clause, else in its sentence."""
            i = doc.sentence_at(timex.start)
            if i < 0:
                return None
            sent = (doc.sents[i].start, doc.sents[i].end)
            for span in (clause(doc.text, timex.start, timex.end, *sent), sent):
                cues = [(abs(m.start() - timex.start), gram.tense[m.group(0).lower()])
                        for m in gram.tense_re.finditer(doc.text, *span)]
                if cues:
                    return min(cues)[1]
            return None

        apposition = weekday_after(self.lang)

        def weekday(timex: Timex) -> int | None:
            key = (timex.start, timex.end)
            if key not in weekdays:
                weekdays[key] = weekday_of(timex)
            return weekdays[key]

        def weekday_of(timex: Timex) -> int | None:
            """A weekday named in the expression, right before it ("am Donnerstag, 25. Februar") or in an
            apposition after it ("am 25. Februar, einem Donnerstag")."""
            after = apposition.match(doc.text[timex.end:timex.end + 30]) if apposition else None
            words = re.findall(r"\w+", doc.text[max(0, timex.start - 25):timex.end])
            for word in words + ([after.group(1)] if after else []):
                found = gram.lookup("weekday", word) or _compound_weekday(gram, word)
                if found:
                    return int(found)
            return None

        compare = cue_before(self.lang, "comparison")

        def before(cue: re.Pattern | None, timex: Timex) -> bool:
            """Whether ``cue`` ends right before the date's first word of substance (the span may hold a
            preposition: "für 2016")."""
            core = re.search(r"\d|[A-ZÄÖÜ][a-zäöü]+\s+\d", timex.text)
            end = timex.start + (core.start() if core else 0)
            return bool(cue and cue.search(doc.text, max(0, end - 30), end))

        def comparison(timex: Timex) -> bool:
            return before(compare, timex)

        plan = cue_before(self.lang, "plan")
        onsets = onset_words(self.lang)

        def planned(timex: Timex) -> bool:
            # "ab 1. Jänner 2017 gilt": a state from a day on, told with no past cue, is still to come
            return before(plan, timex) or (bool(onsets) and onset_before(doc.text, timex, onsets)
                                           and tense(timex) != "past")

        holidays = holiday_cues(self.lang)

        def from_text(default_year: int | None = None):
            return estimate(doc, tense, weekday, dating_cues(self.lang), comparison, planned, terms=terms,
                            holidays=holidays, default_year=default_year)

        dating = from_text()
        corpus = doc.user_data.get(CORPUS_EVIDENCE)
        if corpus is not None:  # set by the store's re-estimation (Lagebild.redate)
            dating = combine(dating, corpus, from_text)
        doc.dating = dating.to_dict()
        if corpus is not None:
            doc.dating["corpus_fingerprint"] = fingerprint(corpus)
        if dating.value is None:
            doc.warnings.append(W003.format(path=doc.path or doc.doc_id))
            return doc
        doc.published_estimate = dating.value
        unanchored = {(t.start, t.end) for t in doc.timexes if not t.anchored}
        doc = component_class("timexes")(self.lang)(doc)
        for timex in doc.timexes:
            if (timex.start, timex.end) in unanchored:
                timex.provenance += f"; resolved against the estimated publication date {dating.value}"
        doc.warnings = [w for w in doc.warnings if not w.startswith(E024.split(":")[0])]
        return doc
