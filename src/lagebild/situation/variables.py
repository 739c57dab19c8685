"""Variables: claims from different documents that measure the same thing, grouped with reasons.

A claim joins the variable of its party (whose things: North Korean soldiers -> Nordkorea), its concept
(what is counted, the same across synonyms and languages: Soldaten, Truppen, troops -> troops) and its
measure (what happened to them: sent or present, killed, wounded, captured ...): "troops · Nordkorea",
"troops · Nordkorea · killed". Claims stored before concepts existed fall back to their unit class.
Within such a group, figures more than MAGNITUDE apart
measure different things (an army of 1.3 million, a contingent of 10,000): the group is split at the
widest gap. Users can rename, merge and split variables; their overrides are kept in the store and
applied after the automatic grouping.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ..claims.meaning import DEFAULT_MEASURE
from ..store.sqlite import Store
from .timevalue import midpoint

MAGNITUDE = 8.0  # neighbouring values further apart than this factor split a group


@dataclass
class ClaimRow:
    key: str  # doc_id:start, stable while the document text is unchanged
    doc_id: str
    published: str | None  # publication date, else the estimate
    text: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    kind: str
    unit: str | None
    unit_class: str | None
    actor: str | None
    location: str | None
    source: str
    source_chain: list[str]
    hedge: str
    time: str | None
    claim_type: str
    sentence: str
    provenance: str
    start: int = 0
    end: int = 0
    concept: str | None = None
    measure: str | None = None

    @property
    def what(self) -> str | None:
        """What is counted: the concept, else (claims stored before concepts) the unit class or unit."""
        return self.concept or self.unit_class or self.unit

    @property
    def when(self) -> str | None:
        """The time the figure refers to: its own, else the publication date."""
        return self.time or self.published

    @property
    def magnitude(self) -> float | None:
        for value in (self.value, self.high, self.low):
            if value:
                return abs(float(value))
        return None

    def shown(self) -> str:
        """The figure as a person reads it: value with its bounds and qualifier."""
        def num(x: float | None) -> str:
            return "" if x is None else f"{x:,.10g}".replace(",", ".") if abs(x) >= 1000 else f"{x:g}"
        if self.value is None:
            return f"{num(self.low)}–{num(self.high)} (vague)"
        marks = {"at_most": "≤ ", "at_least": "≥ ", "over": "> ", "under": "< ", "approx": "≈ "}
        if self.qualifier == "range":
            return f"{num(self.low)}–{num(self.high)}"
        return f"{marks.get(self.qualifier, '')}{num(self.value)}"


@dataclass
class Variable:
    id: str
    name: str
    unit_class: str | None
    actor: str | None
    claims: list[ClaimRow] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)  # claim key -> why it is in this variable
    measure: str | None = None

    @property
    def concept(self) -> str | None:
        return self.unit_class

    @property
    def party(self) -> str | None:
        return self.actor

    @property
    def locations(self) -> list[str]:
        return sorted({c.location for c in self.claims if c.location})

    @property
    def documents(self) -> int:
        return len({c.doc_id for c in self.claims})

    def timeline(self) -> list[ClaimRow]:
        """Claims ordered by the time they refer to, then by publication."""
        return sorted(self.claims, key=lambda c: (midpoint(c.when) or datetime.max.date(), c.published or "",
                                                   c.doc_id, c.key))


CLAIMS_SQL = """
SELECT d.doc_id, COALESCE(d.published, d.published_estimate) AS published, d.text AS doc_text,
       c.start, c."end", c.value, c.low, c.high, c.qualifier, c.unit, c.unit_class, c.actor, c.location,
       c.source, c.source_chain, c.hedge, c.time, c.claim_type, c.provenance, q.kind, c.concept, c.measure,
       s.start AS s_start, s."end" AS s_end
FROM claims c
JOIN documents d ON d.id = c.doc
LEFT JOIN quantities q ON q.doc = c.doc AND q.i = c.quantity
LEFT JOIN sentences s ON s.doc = c.doc AND s.i = c.sentence
ORDER BY d.doc_id, c.i
"""


def load_claims(store: Store) -> list[ClaimRow]:
    rows = []
    for r in store.query(CLAIMS_SQL):
        text = r["doc_text"]
        sentence = text[r["s_start"]:r["s_end"]] if r["s_start"] is not None else ""
        rows.append(ClaimRow(
            key=f"{r['doc_id']}:{r['start']}", doc_id=r["doc_id"], published=r["published"],
            text=text[r["start"]:r["end"]], value=r["value"], low=r["low"], high=r["high"],
            qualifier=r["qualifier"], kind=r["kind"] or "count", unit=r["unit"], unit_class=r["unit_class"],
            actor=r["actor"], location=r["location"], source=r["source"] or "AUTHOR",
            source_chain=json.loads(r["source_chain"] or "[]"), hedge=r["hedge"], time=r["time"],
            claim_type=r["claim_type"], sentence=sentence, provenance=r["provenance"] or "",
            start=r["start"], end=r["end"], concept=r["concept"], measure=r["measure"]))
    return rows


def slug(text: str) -> str:
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "variable"


def _split_by_magnitude(claims: list[ClaimRow]) -> list[list[ClaimRow]]:
    ordered = sorted(claims, key=lambda c: c.magnitude or 0.0)
    groups: list[list[ClaimRow]] = [[]]
    for claim in ordered:
        prev = groups[-1][-1].magnitude if groups[-1] else None
        if prev and claim.magnitude and claim.magnitude / prev > MAGNITUDE:
            groups.append([])
        groups[-1].append(claim)
    return groups


def _scale(claims: list[ClaimRow]) -> str:
    top = max((c.magnitude or 0.0) for c in claims)
    for limit, word in ((1e9, "Mrd."), (1e6, "Mio."), (1e3, "Tsd.")):
        if top >= limit:
            return f"{top / limit:.3g} {word}"
    return f"{top:g}"


def variable_name(concept: str | None, party: str | None, measure: str | None) -> str:
    """"troops · Nordkorea", with the measure when it is not the plain count ("troops · Nordkorea · killed")."""
    name = f"{concept or '?'} · {party or '?'}"
    return name + (f" · {measure}" if measure and measure != DEFAULT_MEASURE else "")


def group_claims(claims: list[ClaimRow]) -> list[Variable]:
    """The automatic grouping: party, concept and measure, split where figures differ by orders of magnitude."""
    groups: dict[tuple[str | None, str | None, str | None], list[ClaimRow]] = {}
    for claim in claims:
        if claim.magnitude is None and claim.value is None and claim.low is None:
            continue
        measure = (claim.measure or DEFAULT_MEASURE) if claim.concept else None
        groups.setdefault((claim.what, claim.actor, measure), []).append(claim)
    variables = []
    for (concept, actor, measure), members in groups.items():
        parts = _split_by_magnitude(members)
        main = max(parts, key=len)  # the largest part keeps the plain name
        for part in parts:
            name = variable_name(concept, actor, measure)
            if part is not main:
                name += f" (bis {_scale(part)})"
            var = Variable(id=slug(name), name=name, unit_class=concept, actor=actor, claims=part, measure=measure)
            for claim in part:
                var.reasons[claim.key] = _reason(claim, actor, len(parts) > 1 and _scale(part))
            variables.append(var)
    return variables


def _reason(claim: ClaimRow, actor: str | None, magnitude: str | bool) -> str:
    """Why a claim is in its variable: the evidence for concept, measure and party from its provenance."""
    notes = claim.provenance.split("; ")
    what = next((p for p in notes if p.startswith("concept ")), None) \
        or f"unit {claim.unit}" + (f" (class {claim.unit_class})" if claim.unit_class != claim.unit else "")
    why = what
    measure = next((p for p in notes if p.startswith("measure ")), None)
    if claim.concept:
        why += f", {measure}" if measure else f", measure {claim.measure or DEFAULT_MEASURE} (no event word)"
    why += f", party {actor}" if actor else ", no party found"
    party = next((p.split(": ", 1)[-1] for p in notes
                  if p.startswith(("demonym", "genitive", "origin", "bracketed", "actor", "topic", "party of"))),
                 None)
    if party:
        why += f" ({party})"
    if magnitude:
        why += f"; magnitude group up to {magnitude}"
    return why


VARIABLE_COLUMNS = ("doc_id", "start", "end", "variable", "name", "party", "concept", "measure")


def variable_rows(found: list[Variable]) -> list[tuple]:
    """One row per claim (VARIABLE_COLUMNS): the figure's offsets, as in analyze, and its variable."""
    rows = [(c.doc_id, c.start, c.end, var.id, var.name, var.actor, var.concept, var.measure)
            for var in found for c in var.claims]
    return sorted(rows, key=lambda r: (r[0], r[1]))


def variable_dict(var: Variable) -> dict:
    """A variable as data: id, name, party, concept, measure, and its claims in time order."""
    return {"id": var.id, "name": var.name, "party": var.actor, "concept": var.concept, "measure": var.measure,
            "documents": var.documents, "locations": var.locations,
            "claims": [{"doc_id": c.doc_id, "start": c.start, "end": c.end, "text": c.text, "value": c.value,
                        "low": c.low, "high": c.high, "qualifier": c.qualifier, "shown": c.shown(),
                        "unit": c.unit, "source": c.source, "source_chain": c.source_chain, "hedge": c.hedge,
                        "when": c.when, "time": c.time, "published": c.published, "claim_type": c.claim_type,
                        "why": var.reasons.get(c.key, "")}
                       for c in var.timeline()]}


def apply_overrides(variables: list[Variable], overrides: list[dict]) -> list[Variable]:
    """Apply the users' renames, merges and splits, in the order they were made."""
    by_id = {v.id: v for v in variables}
    for ov in overrides:
        var = by_id.get(ov["variable"])
        if var is None:
            continue
        if ov["action"] == "rename":
            var.name = ov["target"]
        elif ov["action"] == "merge" and ov["target"] in by_id and ov["target"] != var.id:
            into = by_id[ov["target"]]
            for claim in var.claims:
                into.claims.append(claim)
                into.reasons[claim.key] = f"merged by the user from «{var.name}»; " + var.reasons.get(claim.key, "")
            del by_id[var.id]
        elif ov["action"] == "split":
            moving = [c for c in var.claims if c.key == ov["claim"]]
            if not moving:
                continue
            target = by_id.get(slug(ov["target"]))
            if target is None:
                target = Variable(id=slug(ov["target"]), name=ov["target"], unit_class=var.unit_class, actor=None,
                                  measure=var.measure)
                by_id[target.id] = target
            for claim in moving:
                var.claims.remove(claim)
                target.claims.append(claim)
                target.reasons[claim.key] = f"split by the user from «{var.name}»"
            if not var.claims:
                del by_id[var.id]
    return list(by_id.values())


def load_overrides(store: Store) -> list[dict]:
    return [dict(r) for r in store.query("SELECT action, variable, target, claim FROM variable_overrides ORDER BY id")]


def add_override(store: Store, action: str, variable: str, target: str | None, claim: str | None = None) -> None:
    with store.conn:
        store.conn.execute("INSERT INTO variable_overrides(action, variable, target, claim, at) VALUES (?,?,?,?,?)",
                           (action, variable, target, claim, datetime.now(UTC).isoformat(timespec="seconds")))


def variables(store: Store) -> list[Variable]:
    """Every variable of the store, largest first (documents, then claims)."""
    found = apply_overrides(group_claims(load_claims(store)), load_overrides(store))
    return sorted(found, key=lambda v: (-v.documents, -len(v.claims), v.name))


def find_variable(found: list[Variable], query: str) -> Variable | None:
    """The best variable for ``query``: its id, or words as people type them ("nordkoreanische Soldaten",
    "North Korean troops"; see situation/query.py)."""
    from .query import find_variables  # query reads the language resources; imported when asked

    matching = find_variables(found, query)
    return matching[0] if matching else None
