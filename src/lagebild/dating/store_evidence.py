"""Evidence for dating from the store: dated documents that share an undated article's figures, quotes,
relations or subject.

A story repeats itself: a figure first reported on one day is repeated for weeks; a quote is printed by many
outlets within days. An undated article that carries such a figure or quote is no earlier than the first dated
report of it (a lower bound) and probably close to the dated reports (a guess). Each kind of evidence is a
provider registered in PROVIDERS, so that further layers plug in without touching the rest. Only documents
with a given date, or whose own text names the writing day (a byline: high confidence from the text alone), are
evidence: estimates from the corpus never date other documents (no chains, no loops).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import TYPE_CHECKING

from ..claims.meaning import meaning_knowledge
from ..errors import LagebildError
from ..model import Doc
from .subjects import subject_name

if TYPE_CHECKING:  # the pipeline imports this module; the store is only needed by CorpusIndex.build
    from ..store.sqlite import Store

# Quotes: content words (four letters or more) shared with a dated quote, as a share of both (Jaccard).
QUOTE_OVERLAP = 0.4
QUOTE_MIN_WORDS = 5
# Subject neighbours: how many of the most similar dated documents count, and the least cosine similarity.
NEIGHBOURS = 3
NEIGHBOUR_MIN = 0.15
NEIGHBOUR_FLOOR = 0.05
# Figures smaller than this are too common ("2 soldiers", "50 percent") to tie two reports together.
FIGURE_MIN = 100


@dataclass
class CorpusEvidence:
    """One dated document that says something about when an undated one was written."""

    kind: str  # figure | quote | neighbour (providers may add more: relation ...)
    doc_id: str
    published: str  # the dated document's date, YYYY-MM or YYYY-MM-DD
    what: str  # the shared figure, quote or subject, as shown to the user
    weight: float
    bound: bool = False  # True: the undated document is no earlier than this one (it repeats its report)

    @property
    def day(self) -> date:
        return published_day(self.published)

    def to_dict(self) -> dict:
        return {"kind": self.kind, "doc_id": self.doc_id, "published": self.published, "what": self.what,
                "weight": round(self.weight, 3), "bound": self.bound}

    def describe(self) -> str:
        role = "no earlier than" if self.bound else "near"
        return f"{self.kind} {self.what}: {role} {self.doc_id}, published {self.published} (weight {self.weight:.2f})"


def published_day(value: str) -> date:
    """A document date as a day: the middle of the month when only the month is known."""
    parts = value.split("-")
    if len(parts) >= 3:
        return date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
    if len(parts) == 2:
        return date(int(parts[0]), int(parts[1]), 15)
    return date(int(parts[0]), 7, 1)


def self_dated(dating: str | None) -> str | None:
    """The day an undated document's own text names as its writing day (a dateline, a byline, "gesendet am
    15.12.2024": high confidence, from the text alone): as good as a given date for the others. Estimates
    from the corpus never count (no chains, no loops)."""
    if not dating:
        return None
    found = json.loads(dating)  # only the text gives high confidence (Lagebild.redate's combine never does)
    return found.get("estimate_day") if found.get("confidence") == "high" else None


def _words(text: str | None) -> set[str]:
    return {w.lower() for w in re.findall(r"\w{4,}", text or "") if not w.isdigit()}


@dataclass
class CorpusIndex:
    """What the dated documents of a store carry, read once for a whole re-estimation pass."""

    published: dict[str, str] = field(default_factory=dict)  # dated doc_id -> date
    figures: dict[tuple, list[tuple[str, str]]] = field(default_factory=dict)  # key -> [(doc_id, shown)]
    quotes: list[tuple[str, str, set[str]]] = field(default_factory=list)  # (doc_id, source, words)
    relations: dict[tuple, list[tuple[str, str]]] = field(default_factory=dict)  # key -> [(doc_id, shown)]
    # (type, actor, recipient) of a relation_key -> the dated documents reporting it with any object or figure
    pairs: dict[tuple, set[str]] = field(default_factory=dict)
    features: dict[str, set[str]] = field(default_factory=dict)  # doc_id -> subject features (every doc)
    df: Counter = field(default_factory=Counter)
    shown: dict[str, str] = field(default_factory=dict)  # a subject feature -> a name it was read from, as written
    vectors: dict[str, tuple[dict[str, float], float]] = field(default_factory=dict)  # cache: weights, norm
    # Inverted indexes, built on first use: a word -> the dated quotes holding it, a feature -> the dated documents
    # carrying it. Only those can match, so an undated document is compared with them, not with every dated one.
    _quote_words: dict[str, list[int]] | None = None
    _df_quotes: Counter = field(default_factory=Counter)  # word -> dated quotes holding it
    _feature_docs: dict[str, list[str]] | None = None
    # What the providers read of each undated document (published NULL), read with the rest: the re-dating
    # gathers an undated document's evidence from here, and loads the document only when its evidence changed.
    undated: dict[str, StoredLayers] = field(default_factory=dict)

    def quotes_sharing(self, words: set[str]) -> list[int]:
        """Indexes into ``quotes`` of the dated quotes that may overlap ``words`` by QUOTE_OVERLAP or more (a
        superset of them), in order.

        Prefix filtering: with the words of every quote ordered alike (rarest among the dated quotes first), two
        quotes overlapping that much share a word among the first ``len - floor(QUOTE_OVERLAP * len) + 1``
        words of each (their first common word comes before the other common ones), so each dated quote is
        indexed by that prefix alone and only quotes sharing a word of ``words``' prefix are candidates. The
        words every quote holds ("dass", "sagte") sit at the end, out of the prefixes: an undated quote is then
        compared with a few dated ones, not with all of them as when any shared word made a candidate."""
        if self._quote_words is None:
            self._df_quotes = Counter(word for _, _, other in self.quotes for word in other)
            self._quote_words = defaultdict(list)
            for i, (_, _, other) in enumerate(self.quotes):
                for word in self._prefix(other):
                    self._quote_words[word].append(i)
        return sorted({i for word in self._prefix(words) for i in self._quote_words.get(word, ())})

    def _prefix(self, words: set[str]) -> list[str]:
        # floor instead of ceil (a longer prefix: more candidates, never fewer) so that no rounding of the
        # product loses a quote at the threshold; words in no dated quote go last (they match none)
        df = self._df_quotes
        ordered = sorted(words, key=lambda word: (df.get(word) or len(self.quotes) + 1, word))
        return ordered[:len(ordered) - math.floor(QUOTE_OVERLAP * len(ordered)) + 1]

    def dated_sharing(self, feats: dict[str, float]) -> set[str]:
        """The dated documents sharing a subject feature with ``feats``."""
        by_feature = self._dated_features()
        return {doc_id for feat in feats for doc_id in by_feature.get(feat, ())}

    def _dated_features(self) -> dict[str, list[str]]:
        """A subject feature -> the dated documents carrying it (only the features some dated document carries)."""
        if self._feature_docs is None:
            self._feature_docs = defaultdict(list)
            for doc_id in self.published:
                for feat in self.features.get(doc_id, ()):
                    self._feature_docs[feat].append(doc_id)
        return self._feature_docs

    def vector(self, doc_id: str, feats: set[str] | None = None) -> tuple[dict[str, float], float]:
        """The document's features weighted by rarity, and its norm. A feature of one document alone ties nothing,
        and nor does one that no dated document carries: a name two undated reports share (their outlet's, say)
        would only swell the norm and push every dated neighbour under NEIGHBOUR_FLOOR."""
        if doc_id not in self.vectors or feats is not None:
            n = max(len(self.features), 1)
            own = self.features.get(doc_id, set()) if feats is None else feats
            dated = self._dated_features()
            weights = {f: math.log(n / self.df[f]) for f in own if self.df[f] > 1 and f in dated}
            result = weights, math.sqrt(sum(x * x for x in weights.values()))
            if feats is not None:
                return result
            self.vectors[doc_id] = result
        return self.vectors[doc_id]

    @classmethod
    def build(cls, store: Store) -> CorpusIndex:
        index = cls()
        # the dating of an undated document only when its text dated it closely (read and parsed for those alone)
        rows = store.query("SELECT id, doc_id, published, lang, CASE WHEN published IS NULL AND dating LIKE ?"
                           " THEN dating END AS dating FROM documents", ('%"confidence": "high"%',))
        keys = {r["id"]: r["doc_id"] for r in rows}
        index.published = {r["doc_id"]: r["published"] or self_dated(r["dating"]) for r in rows
                           if r["published"] or self_dated(r["dating"])}
        if not index.published:
            return index  # nothing dated: no evidence for anything (a store of undated archives stays fast)
        undated = {r["id"]: StoredLayers(r["doc_id"], r["lang"]) for r in rows if r["published"] is None}
        index.undated = {layers.doc_id: layers for layers in undated.values()}
        features: dict[str, set[str]] = defaultdict(set)
        for r in store.query("SELECT doc, i, value, unit_class, actor, source FROM claims WHERE value IS NOT NULL"):
            doc_id = keys[r["doc"]]
            if r["doc"] in undated:
                undated[r["doc"]].add("claims", r["i"], value=r["value"], unit_class=r["unit_class"],
                                      actor=r["actor"])
            if r["value"] >= FIGURE_MIN:
                features[doc_id].add(f"n:{r['value']:g}")
            if doc_id in index.published and r["value"] >= FIGURE_MIN:
                shown = f"{r['value']:g} {r['unit_class'] or ''} ({r['actor'] or '-'}; {r['source'] or 'AUTHOR'})"
                index.figures.setdefault(_figure_key(r["value"], r["unit_class"], r["actor"]), []).append(
                    (doc_id, shown))
        langs = {r["id"]: r["lang"] for r in rows}
        for r in store.query("SELECT doc, canonical, text FROM entities"):
            written = r["canonical"] or r["text"] or ""
            name = subject_name(written, langs[r["doc"]])
            if name is not None:
                features[keys[r["doc"]]].add("e:" + name)
                index.shown.setdefault("e:" + name, written)
        for r in store.query("SELECT doc, i, source, content FROM attributions"):
            doc_id = keys[r["doc"]]
            words = _words(r["content"])
            if r["doc"] in undated:  # with its content words, which quotes() reads (found once, here)
                undated[r["doc"]].add("attributions", r["i"], source=r["source"], content=r["content"], words=words)
            if doc_id in index.published and len(words) >= QUOTE_MIN_WORDS:
                index.quotes.append((doc_id, r["source"] or "", words))
        reads = getattr(store, "dating_relations", None)
        by_id = index.undated
        for r in reads() if reads else []:
            if r["doc_id"] in by_id:  # in the order of the document's relations (dating_relations sorts them)
                by_id[r["doc_id"]].add_relation(r)
            key = relation_key(r["type"], r["actor"], r["recipient"], r["object"], r["value"], r["lang"], r.get("mode"))
            if r["doc_id"] in index.published and r["status"] == "factual" and key:
                index.relations.setdefault(key, []).append((r["doc_id"], _show_relation(key)))
                index.pairs.setdefault(key[:3], set()).add(r["doc_id"])
        index.features = dict(features)
        index.df = Counter(f for feats in features.values() for f in feats)
        for layers in index.undated.values():
            layers.sort()
        return index


@dataclass
class StoredLayers:
    """The parts of a stored document's layers that the providers read (a stand-in for the loaded ``Doc`` in
    ``gather``): its claims (value, unit_class, actor), attributions (source, content and its content words) and
    relations (their fields and the value of their figure), each in the document's order. Read by
    ``CorpusIndex.build`` with the dated documents' layers, so that the re-dating needs no further read to learn
    whether evidence changed."""

    doc_id: str
    lang: str | None
    claims: list = field(default_factory=list)
    attributions: list = field(default_factory=list)
    relations: list = field(default_factory=list)
    quantities: list = field(default_factory=list)  # the relations' figures, by quantity_index
    ents: tuple = ()  # subject() of a document outside index.features: it has no entity (and no large figure)
    _order: dict[str, list[int]] = field(default_factory=dict)

    def add(self, layer: str, i: int, **values: object) -> None:
        getattr(self, layer).append(SimpleNamespace(**values))
        self._order.setdefault(layer, []).append(i)

    def add_relation(self, row: dict) -> None:
        # the figure's value as the join found it (None: no figure, or an index outside the quantities)
        self.quantities.append(SimpleNamespace(value=row["value"]))
        self.relations.append(SimpleNamespace(status=row["status"], type=row["type"], mode=row.get("mode"),
                                              actor=row["actor"],
                                              recipient=row["recipient"], object=row["object"],
                                              quantity_index=len(self.quantities) - 1))

    def sort(self) -> None:
        """Claims and attributions in the document's order (their rows come in the store's order)."""
        for layer, order in self._order.items():
            items = getattr(self, layer)
            items[:] = [item for _, item in sorted(zip(order, items, strict=True), key=lambda pair: pair[0])]
        self._order = {}


def subject(doc: Doc) -> set[str]:
    """The subject features of an analyzed document: the actors and places it names (as subject_name reads them)
    and its larger figures."""
    names = (subject_name(ent.canonical or ent.text, doc.lang) for ent in doc.ents)
    feats = {"e:" + name for name in names if name is not None}
    return feats | {f"n:{c.value:g}" for c in doc.claims if c.value is not None and c.value >= FIGURE_MIN}


def _figure_key(value: float, unit_class: str | None, actor: str | None) -> tuple:
    # The value and whose it is; not the unit, which differs across languages and wording (Soldat, soldier,
    # troops) while a figure of a hundred or more with the same party is rarely a coincidence in one story.
    return (round(value, 6), actor)


def figures(doc: Doc, index: CorpusIndex) -> list[CorpusEvidence]:
    """Dated reports of the same figure (value and whose): the first one bounds the date."""
    found = []
    for claim in doc.claims:
        if claim.value is None or claim.value < FIGURE_MIN:
            continue
        reports = [(index.published[d], d, shown) for d, shown in
                   index.figures.get(_figure_key(claim.value, claim.unit_class, claim.actor), []) if d != doc.doc_id]
        for i, (published, doc_id, shown) in enumerate(sorted(reports)):
            found.append(CorpusEvidence("figure", doc_id, published, shown, 1.0, bound=i == 0))
    return found


def quotes(doc: Doc, index: CorpusIndex) -> list[CorpusEvidence]:
    """Dated documents printing the same quote (most content words shared): the first one bounds the date."""
    found = []
    for attribution in doc.attributions:
        words = getattr(attribution, "words", None)  # StoredLayers: found by CorpusIndex.build
        if words is None:
            words = _words(attribution.content)
        if len(words) < QUOTE_MIN_WORDS:
            continue
        reports = []
        for i in index.quotes_sharing(words):  # a quote sharing no word has no overlap
            doc_id, source, other = index.quotes[i]
            overlap = len(words & other) / len(words | other)
            if doc_id != doc.doc_id and overlap >= QUOTE_OVERLAP:
                reports.append((index.published[doc_id], doc_id, overlap, source))
        for i, (published, doc_id, overlap, source) in enumerate(sorted(reports)):
            what = f"«{(attribution.content or '')[:60]}» ({source or attribution.source})"
            found.append(CorpusEvidence("quote", doc_id, published, what, overlap, bound=i == 0))
    return found


def neighbours(doc: Doc, index: CorpusIndex) -> list[CorpusEvidence]:
    """The dated documents most alike in subject (the actors and figures they name, weighted by rarity)."""
    # a document outside the store (lagebild date FILE) brings its own features
    mine, norm = index.vector(doc.doc_id, None if doc.doc_id in index.features else subject(doc))
    if not norm:
        return []
    scored = []
    sharing = index.dated_sharing(mine)  # a document sharing no feature has similarity 0, under the floor
    for doc_id in sharing:  # the order does not matter: the scores are sorted with their doc_id
        if doc_id == doc.doc_id:
            continue
        published = index.published[doc_id]
        other, other_norm = index.vector(doc_id)
        if not other_norm:
            continue
        # in a fixed order (a set's order changes from process to process, and the sum's last digits with it)
        common = sorted(mine.keys() & other.keys())
        sim = sum(mine[f] * other[f] for f in common) / (norm * other_norm)
        if sim >= NEIGHBOUR_FLOOR:
            shared = sorted(common, key=lambda f: -mine[f])[:3]
            scored.append((sim, doc_id, published, shared))
    scored.sort(reverse=True)
    # Below NEIGHBOUR_MIN only the single most similar document counts, and only when nothing better is there.
    scored = [item for item in scored if item[0] >= NEIGHBOUR_MIN] or scored[:1]
    return [CorpusEvidence("neighbour", doc_id, published,
                           "shares " + ", ".join(index.shown.get(f, f[2:]) for f in shared), sim)
            for sim, doc_id, published, shared in scored[:NEIGHBOURS]]


# A capture of people is one act the gold codes by language (gold/SCHEMA.md quirk): ASSAULT mode abduct in English,
# COERCE mode arrest in German; its reports in the two languages meet under the German type.
CAPTURE_AS = {("ASSAULT", "abduct"): "COERCE"}


def relation_key(kind: str | None, actor: str | None, recipient: str | None, obj: str | None,
                 value: float | None, lang: str | None, mode: str | None = None) -> tuple | None:
    """Who does what to whom with what figure, the object as its concept (Soldaten = troops) so that reports
    in two languages meet (a capture too, ``CAPTURE_AS``); None for a relation too vague to tie two reports (no
    type or actor)."""
    if not kind or not actor:
        return None
    kind = CAPTURE_AS.get((kind, mode or ""), kind)
    concept = None
    if obj:
        try:
            concept = meaning_knowledge(lang or "de").concept_of(obj)[0]
        except LagebildError:  # a language without a concept table: the word itself
            concept = None
        concept = concept or obj.lower()
    return (kind, actor, recipient or "", concept or "", round(value, 6) if value is not None else None)


def _show_relation(key: tuple) -> str:
    kind, actor, recipient, concept, value = key
    figure = f"{value:g} " if value is not None else ""
    return f"{actor} -{kind}-> {recipient or '?'}" + (f": {figure}{concept}" if figure or concept else "")


# The weight of a dated report of a relation without a figure, against 1.0 for one with its figure.
BACKGROUND_WEIGHT = 0.5


def relations(doc: Doc, index: CorpusIndex) -> list[CorpusEvidence]:
    """Dated reports of the same factual relation (actor, type, recipient, object and figure): the first one
    bounds the date when the relation carries a figure (without one it may be the story's background, "North
    Korea supplies Russia", first reported months later than told); the weight falls with the number of
    documents reporting it.

    A relation without a figure weighs its share of every dated document telling the same actor, type and
    recipient with any object: "supplies weapons" that one dated report words so, beside a dozen reports of
    "supplies troops" over a year and a half, is the same background, no sign of that one report's month (by
    its exact wording alone it weighed as much as the dozen together, and the wording of a single report
    decided the year)."""
    found = []
    for rel in doc.relations:
        if rel.status != "factual" or rel.recipient is None:
            continue  # an event without its other side ("Nordkorea -ASSAULT-> ?") is too vague to date by
        qty = rel.quantity_index
        value = doc.quantities[qty].value if qty is not None and 0 <= qty < len(doc.quantities) else None
        key = relation_key(rel.type, rel.actor, rel.recipient, rel.object, value, doc.lang, rel.mode)
        reports = sorted({(index.published[d], d, shown) for d, shown in index.relations.get(key, [])
                          if d != doc.doc_id}) if key else []
        if not reports:
            continue
        if value is not None:
            weight = 1.0 / len(reports)
        else:  # without a figure a relation is the story's background, weaker evidence than a repeated figure
            telling = len(index.pairs.get(key[:3], set()) - {doc.doc_id})
            weight = BACKGROUND_WEIGHT / max(len(reports), telling)
        for i, (published, doc_id, shown) in enumerate(reports):
            found.append(CorpusEvidence("relation", doc_id, published, shown, weight,
                                        bound=i == 0 and value is not None))
    return found


Provider = Callable[[Doc, CorpusIndex], list[CorpusEvidence]]
# Kinds of corpus evidence; further layers add their provider here (register(kind, provider)).
PROVIDERS: dict[str, Provider] = {"figure": figures, "quote": quotes, "relation": relations, "neighbour": neighbours}


_BUILT_IN = dict(PROVIDERS)


def register(kind: str, provider: Provider) -> None:
    PROVIDERS[kind] = provider


def gather(doc: Doc, index: CorpusIndex) -> list[CorpusEvidence]:
    """Every provider's evidence for ``doc`` (stored with its layers), one entry per dated document and kind."""
    found = []
    for provider in PROVIDERS.values():
        seen = set()
        for item in provider(doc, index):
            if (item.doc_id, item.what) not in seen:
                seen.add((item.doc_id, item.what))
                found.append(item)
    return found


def stored_evidence(doc_id: str, index: CorpusIndex) -> list[CorpusEvidence] | None:
    """``gather`` of the stored undated document ``doc_id`` from what ``index`` read of its layers, without
    loading it; None when the index holds none of it or a provider was registered beyond the built-in ones
    (it may read more of the document: then the caller loads it and gathers)."""
    layers = index.undated.get(doc_id)
    if layers is None or PROVIDERS != _BUILT_IN:
        return None
    return gather(layers, index)  # type: ignore[arg-type]  # the providers read only what StoredLayers holds


def fingerprint(evidence: list[CorpusEvidence]) -> str:
    """What the evidence rests on; an unchanged fingerprint means nothing to re-estimate."""
    return json.dumps(sorted({(e.kind, e.doc_id, e.published) for e in evidence}))
