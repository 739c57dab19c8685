-- lagebild store schema (SQLite; the same tables serve PostgreSQL).
-- Every span row keeps its offsets into documents.text and its provenance (rule id or model name).
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL UNIQUE,
    path TEXT,
    title TEXT,
    url TEXT,
    outlet TEXT,
    lang TEXT,
    published TEXT,
    published_estimate TEXT,
    dating TEXT,            -- JSON: estimate, interval, evidence (undated documents)
    body_start INTEGER NOT NULL DEFAULT 0,
    content_hash TEXT NOT NULL,
    text TEXT NOT NULL,
    meta TEXT,              -- JSON: other fields of the input record
    warnings TEXT,          -- JSON list
    pipeline TEXT,          -- components that ran, in order
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sentences (
    doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    i INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (doc, i)
);
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    i INTEGER NOT NULL,
    text TEXT, start INTEGER, "end" INTEGER, label TEXT, canonical TEXT, wikidata TEXT, provenance TEXT
);
CREATE TABLE IF NOT EXISTS timexes (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    i INTEGER NOT NULL,
    text TEXT, start INTEGER, "end" INTEGER, type TEXT, value TEXT, mod TEXT, anchored INTEGER, provenance TEXT
);
CREATE TABLE IF NOT EXISTS quantities (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    i INTEGER NOT NULL,
    text TEXT, number_text TEXT, start INTEGER, "end" INTEGER, kind TEXT,
    value REAL, low REAL, high REAL, qualifier TEXT, unit TEXT, about TEXT,
    number_start INTEGER, number_end INTEGER, sentence INTEGER,
    source TEXT, hedge TEXT, hedge_cue TEXT, attribution INTEGER, time TEXT, provenance TEXT, trend TEXT
);
CREATE TABLE IF NOT EXISTS attributions (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    i INTEGER NOT NULL,
    source TEXT, source_text TEXT, cue TEXT, mode TEXT, content TEXT,
    source_start INTEGER, source_end INTEGER, cue_start INTEGER, cue_end INTEGER,
    content_start INTEGER, content_end INTEGER, sentence INTEGER,
    chain TEXT,             -- JSON list of upstream sources
    provenance TEXT
);
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    i INTEGER NOT NULL,
    quantity INTEGER, value REAL, low REAL, high REAL, qualifier TEXT, unit TEXT, about TEXT,
    about_entities TEXT,    -- JSON list of canonical names
    source TEXT,
    source_chain TEXT,      -- JSON list
    hedge TEXT, time TEXT, claim_type TEXT, sentence INTEGER, start INTEGER, "end" INTEGER, provenance TEXT,
    actor TEXT, location TEXT, unit_class TEXT,
    concept TEXT, measure TEXT  -- what is counted (shared across languages) and what happened to it
);
-- Overrides of the automatic grouping of claims into variables, made by users (rename, merge, split).
CREATE TABLE IF NOT EXISTS variable_overrides (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL,   -- rename | merge | split
    variable TEXT NOT NULL, -- the variable acted on
    target TEXT,            -- new name (rename), variable merged into (merge), new variable (split)
    claim TEXT,             -- claim key doc_id:start (split)
    at TEXT NOT NULL
);
-- Who does what to whom (gold/SCHEMA.md RELATION): PLOVER type and mode, actor -predicate-> recipient, the
-- object and the figure counting it, time, source, hedge and status, with offsets and the trigger rule.
CREATE TABLE IF NOT EXISTS relations (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    i INTEGER NOT NULL,
    type TEXT, mode TEXT,
    context TEXT,           -- JSON list of PLOVER contexts
    actor TEXT, actor_text TEXT, recipient TEXT, recipient_text TEXT, predicate TEXT, object TEXT,
    quantity TEXT,          -- number_text of the figure counting the object
    quantity_index INTEGER, -- its row i in quantities
    time TEXT, source TEXT, hedge TEXT, status TEXT, status_cue TEXT, sentence INTEGER,
    actor_start INTEGER, actor_end INTEGER, recipient_start INTEGER, recipient_end INTEGER,
    predicate_start INTEGER, predicate_end INTEGER, provenance TEXT
);
CREATE TABLE IF NOT EXISTS failures (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    line INTEGER,
    doc_id TEXT,
    error TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS failures_path ON failures(path);
CREATE INDEX IF NOT EXISTS quantities_doc ON quantities(doc);
CREATE INDEX IF NOT EXISTS quantities_unit ON quantities(unit);
CREATE INDEX IF NOT EXISTS claims_doc ON claims(doc);
CREATE INDEX IF NOT EXISTS claims_unit ON claims(unit);
-- The claims table of `lagebild serve` filters and counts by these (facets).
CREATE INDEX IF NOT EXISTS claims_source ON claims(source);
CREATE INDEX IF NOT EXISTS claims_hedge ON claims(hedge);
CREATE INDEX IF NOT EXISTS claims_actor ON claims(actor);
CREATE INDEX IF NOT EXISTS documents_ingested ON documents(ingested_at);  -- when the store last changed
CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc);
CREATE INDEX IF NOT EXISTS timexes_doc ON timexes(doc);
CREATE INDEX IF NOT EXISTS attributions_doc ON attributions(doc);
CREATE INDEX IF NOT EXISTS relations_doc ON relations(doc);  -- a document's rows, replaced when it is written again
