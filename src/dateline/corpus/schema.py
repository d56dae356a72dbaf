"""The corpus tables: created idempotently beside the store's own schema (store/migrations.py is not touched).

They hold derived data only: `dateline corpus --relink` drops and rebuilds them from the article tables.
`corpus_meta.schema` records their version; a newer layout is created by dropping and relinking.
"""
from __future__ import annotations

import sqlite3

CORPUS_SCHEMA = 34  # 2: blocks keyed by modality class and actor, not type family; 3: rebuttals;
# 4: kind-free name keys, written-name and initials keys; 5: negation scope of claims; 6: written names
# only with the resolved surname; 7: calendar dates of event mentions; 8: claims' antonym predicates; 9: names in a negation's scope; 10: name-free words of statements by WordNet synonym class; 11: words of the clause holding each figure;
# 12: an event date not written in its evidence (the story's reference time) is no own date; 13: days statements with figures name;
# 14: a common word is one in more than claim_common_min_count statements too; 15: statements filed at the days they name too;
# 16: figures written as compound number words ('thirty-eight', 'twenty one', 'sixty'); 17: the dateline of a statement in its article's lead;
# 18: the days statements name (relative ones as their article reads them) with the verb each dates;
# 19: whether a counted figure follows a definite determiner ('the two states'); 20: denials of 'it' filed with the
# account in the sentence before them ('a:' statements); 21: the day of a quoted remark ('his comment Monday that "..."');
# 22: the object a denied predicate takes, the names of a counted figure's clause, counted nouns looked up by day
# 23: weekends and possessive days ('last weekend's derailment') among the days statements name; places in their clauses
# 24: which decision listed a conflict (`found_by`: rules | rebuttal | learned | encoded), not read from its matter
# 25: reread sentences (`corpus_rereads`, `corpus_article_keys`, `corpus_events.n_reread`; corpus/reread.py)
# 26: name keys of evidence and articles for the re-reader (`w:` keys, `names|` blocks; corpus/names.py)
# 27: place keys of events whose parties are unnamed and of articles' places for the re-reader (`pl:` keys, session 22)
# 28: reports whose doer the text does not give, attached as corroboration (`corpus_unattributed`, `n_unattributed`)
# 29: where such a report's act word is (`corpus_unattributed.trigger_start`): a negated one may deny a corpus event
# 30: actor keys of session 25 (a one-word name's surname key, a written name its resolved name continues, initials by
#     function words, groups named by an initialism) and the widest named list of each role in a corpus event's rep
# 31: an undated report's story day as a second reading (`told`), rereads naming both roles around the trigger
#     (session 26)
# 32: contests told by their outcome, who won where, and their reports (`corpus_contests`, `corpus_contest_reports`;
#     corpus/contest_reports.py, session 28)
# 33: the winner's vote share a contest report tells (`corpus_contest_reports.share`; figure conflicts of one contest)
# 34: the margin a contest report tells (`corpus_contest_reports.margin`, points; corpus/contest_figures.py) and how
#     it was found (`how`: read | reread, corpus/contest_rereads.py)

DDL = """
CREATE TABLE IF NOT EXISTS corpus_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- articles whose events are linked, with the text hash they were linked at
CREATE TABLE IF NOT EXISTS corpus_articles (
    article_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, published TEXT, outlet TEXT);
-- one row per real-world event reported in one or more articles
CREATE TABLE IF NOT EXISTS corpus_events (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    modality TEXT NOT NULL,             -- asserted | negated | threat | hypothetical (modality class)
    first_date TEXT,                    -- earliest event date its reports give (YYYY-MM-DD)
    earliest_report TEXT,               -- earliest publication date among its articles
    earliest_article TEXT,
    url TEXT,                           -- URL of the earliest article
    n_mentions INTEGER NOT NULL,
    n_articles INTEGER NOT NULL,
    n_outlets INTEGER NOT NULL,         -- distinct outlets (an article without outlet counts as its own)
    n_reread INTEGER NOT NULL DEFAULT 0, -- articles among n_articles counted by a reread sentence, not an event
    n_unattributed INTEGER NOT NULL DEFAULT 0, -- articles among n_articles counted only by a report naming no doer
    outlets TEXT NOT NULL,              -- JSON list
    source_actors TEXT NOT NULL,        -- JSON list of {key, name, country, sector, code}
    target_actors TEXT NOT NULL,        -- JSON list
    place TEXT, country TEXT, lat REAL, lon REAL,
    rep TEXT NOT NULL                   -- JSON: the merged signature new mentions are scored against
);
-- one row per event mention (an article's event) in a corpus event, with why it was linked
CREATE TABLE IF NOT EXISTS corpus_mentions (
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    corpus_event_id INTEGER NOT NULL,
    published TEXT, outlet TEXT,
    evidence_start INTEGER, evidence_end INTEGER, evidence_text TEXT,
    score REAL,                         -- NULL for the mention that opened the corpus event
    features TEXT,                      -- JSON: the features the score was computed from
    sig TEXT NOT NULL,                  -- JSON: the mention's signature (type, date, actors, place, terms, figures)
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX IF NOT EXISTS corpus_mentions_event ON corpus_mentions(corpus_event_id);
-- weaker mentions: a sentence of another article re-read for a corpus event (corpus/reread.py); they count
-- towards n_articles and n_outlets but never open a corpus event nor change what later mentions are scored against
CREATE TABLE IF NOT EXISTS corpus_rereads (
    article_id TEXT NOT NULL,
    corpus_event_id INTEGER NOT NULL,
    published TEXT, outlet TEXT,
    evidence_start INTEGER, evidence_end INTEGER, evidence_text TEXT,
    trigger TEXT,                       -- the word whose PLOVER types the event dictionaries make compatible
    score REAL,                         -- act words shared with the corpus event (Jaccard, names left out)
    features TEXT,                      -- JSON: why (trigger, its types, shared participant keys, days)
    PRIMARY KEY (article_id, corpus_event_id));
CREATE INDEX IF NOT EXISTS corpus_rereads_event ON corpus_rereads(corpus_event_id);
-- reports whose doer the text does not give (records' `unattributed_events`; corpus/unattributed.py): each is
-- attached to at most one corpus event as corroboration (NULL: none matches); they never open a corpus event
CREATE TABLE IF NOT EXISTS corpus_unattributed (
    article_id TEXT NOT NULL, event_id TEXT NOT NULL,
    corpus_event_id INTEGER,
    published TEXT, outlet TEXT, day INTEGER,
    evidence_start INTEGER, evidence_end INTEGER, evidence_text TEXT,
    trigger_start INTEGER,              -- character offset of its act word (a negated report: where it is denied)
    confidence REAL,                    -- the extractor's
    score REAL,                         -- how well it matches the corpus event (unattributed.match)
    features TEXT,                      -- JSON: why (type or family, shared target keys, days, act words)
    sig TEXT NOT NULL,
    PRIMARY KEY (article_id, event_id));
CREATE INDEX IF NOT EXISTS corpus_unattributed_event ON corpus_unattributed(corpus_event_id);
CREATE TABLE IF NOT EXISTS corpus_unattributed_keys (
    key TEXT NOT NULL, day INTEGER NOT NULL, article_id TEXT NOT NULL, event_id TEXT NOT NULL,
    PRIMARY KEY (key, day, article_id, event_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS corpus_unattributed_keys_article ON corpus_unattributed_keys(article_id);
-- the participant keys of every actor a linked article names, at its publication day (where rereads look)
CREATE TABLE IF NOT EXISTS corpus_article_keys (
    key TEXT NOT NULL, day INTEGER NOT NULL, article_id TEXT NOT NULL,
    PRIMARY KEY (key, day, article_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS corpus_article_keys_article ON corpus_article_keys(article_id);
-- blocking index: (block key, day) -> corpus events, so a new mention meets only a few candidates
CREATE TABLE IF NOT EXISTS corpus_blocks (
    block TEXT NOT NULL, day INTEGER NOT NULL, corpus_event_id INTEGER NOT NULL,
    PRIMARY KEY (block, day, corpus_event_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS corpus_blocks_event ON corpus_blocks(corpus_event_id);
-- contests told by their outcome (corpus/contest_reports.py): one row per (winner, place) within a few days, the
-- record of a result no PLOVER event holds ('Kell won the Varna primary'), counted like a corpus event
CREATE TABLE IF NOT EXISTS corpus_contests (
    id INTEGER PRIMARY KEY,
    winner TEXT NOT NULL,               -- the winner's key (the stem of the name's last word)
    winner_name TEXT,
    place TEXT NOT NULL,                -- the place's key (its words as written, stemmed, lower case)
    place_name TEXT,
    first_day INTEGER,                  -- the earliest report's publication day (proleptic ordinal)
    earliest_report TEXT, earliest_article TEXT,
    n_articles INTEGER NOT NULL, n_outlets INTEGER NOT NULL,
    outlets TEXT NOT NULL);             -- JSON list
CREATE INDEX IF NOT EXISTS corpus_contests_key ON corpus_contests(winner, place, first_day);
CREATE TABLE IF NOT EXISTS corpus_contest_reports (
    article_id TEXT NOT NULL, contest_id INTEGER NOT NULL, published TEXT, outlet TEXT, day INTEGER,
    evidence_start INTEGER NOT NULL, evidence_end INTEGER, evidence_text TEXT,
    winner_text TEXT,                   -- the winner as written, or the name a pronoun was resolved to
    share REAL,                         -- the winner's vote share the sentence tells ('with 58 percent'), if any
    margin REAL,                        -- the winner's margin in points ('by 12 points', '58 percent to 40'), if any
    how TEXT NOT NULL DEFAULT 'read',   -- read (the contest reader's outcome) | reread (corpus/contest_rereads.py)
    PRIMARY KEY (article_id, contest_id, evidence_start));
CREATE INDEX IF NOT EXISTS corpus_contest_reports_contest ON corpus_contest_reports(contest_id);
-- claims indexed by matter term for cross-article comparison
CREATE TABLE IF NOT EXISTS corpus_claim_terms (
    term TEXT NOT NULL, day INTEGER NOT NULL, article_id TEXT NOT NULL, claim_id TEXT NOT NULL,
    PRIMARY KEY (term, day, article_id, claim_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS corpus_claims (
    article_id TEXT NOT NULL, claim_id TEXT NOT NULL, day INTEGER, polarity TEXT,
    holder_key TEXT, holder_name TEXT, text TEXT NOT NULL, terms TEXT NOT NULL,
    PRIMARY KEY (article_id, claim_id));
CREATE INDEX IF NOT EXISTS corpus_claims_holder ON corpus_claims(holder_key, day);
-- statements rejecting a named party (REJECT events, claims reported with a denial verb), by that party
CREATE TABLE IF NOT EXISTS corpus_rebuttals (
    article_id TEXT NOT NULL, ref TEXT NOT NULL, day INTEGER NOT NULL, holder_key TEXT, holder_name TEXT,
    target_key TEXT NOT NULL, self INTEGER NOT NULL,  -- 1: the party is the holder ('X denied doing it')
    text TEXT NOT NULL, terms TEXT NOT NULL,
    PRIMARY KEY (article_id, ref, target_key));
CREATE INDEX IF NOT EXISTS corpus_rebuttals_target ON corpus_rebuttals(target_key, day);
-- conflicting accounts: across articles (scope corpus) and inside one article (scope article)
CREATE TABLE IF NOT EXISTS corpus_conflicts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                 -- denial | figure | date | claim
    scope TEXT NOT NULL,                -- corpus | article
    corpus_event_id INTEGER,
    matter TEXT,
    a_article TEXT NOT NULL, a_ref TEXT NOT NULL, a_text TEXT, a_holder TEXT, a_value TEXT, a_outlet TEXT,
    b_article TEXT NOT NULL, b_ref TEXT NOT NULL, b_text TEXT, b_holder TEXT, b_value TEXT, b_outlet TEXT,
    score REAL,
    found_by TEXT NOT NULL DEFAULT 'rules',  -- rules | rebuttal | learned | encoded | reread | contest: who listed it (each revisits its own)
    UNIQUE (kind, a_article, a_ref, b_article, b_ref));
CREATE INDEX IF NOT EXISTS corpus_conflicts_a ON corpus_conflicts(a_article);
CREATE INDEX IF NOT EXISTS corpus_conflicts_b ON corpus_conflicts(b_article);
CREATE INDEX IF NOT EXISTS corpus_conflicts_event ON corpus_conflicts(corpus_event_id);
-- sentence vectors of filed statements (`story_conflicts`, with an encoder only): kept across relinks, keyed by text
CREATE TABLE IF NOT EXISTS corpus_claim_vectors (
    article_id TEXT NOT NULL, claim_id TEXT NOT NULL, text_hash TEXT NOT NULL, vec BLOB NOT NULL,
    PRIMARY KEY (article_id, claim_id));
"""

TABLES = ("corpus_articles", "corpus_events", "corpus_mentions", "corpus_blocks", "corpus_claim_terms",
          "corpus_claims", "corpus_rebuttals", "corpus_conflicts", "corpus_rereads", "corpus_article_keys",
          "corpus_unattributed", "corpus_unattributed_keys", "corpus_contests", "corpus_contest_reports",
          "corpus_meta")


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create the corpus tables if missing; an older corpus layout is dropped (it is rebuilt by linking)."""
    have = conn.execute("SELECT name FROM sqlite_master WHERE name = 'corpus_meta'").fetchone()
    if have:
        row = conn.execute("SELECT value FROM corpus_meta WHERE key = 'schema'").fetchone()
        if row is None or int(row[0]) != CORPUS_SCHEMA:
            drop(conn)
    conn.executescript(DDL)
    conn.execute("INSERT OR REPLACE INTO corpus_meta VALUES ('schema', ?)", (str(CORPUS_SCHEMA),))
    conn.commit()


def drop(conn: sqlite3.Connection, vectors: bool = False) -> None:
    """Remove every corpus table (derived data); the sentence vectors too only when asked: they are keyed by their
    statement's text and stay valid across layouts (re-embedding a corpus costs minutes)."""
    for t in (*TABLES, *(("corpus_claim_vectors",) if vectors else ())):
        conn.execute(f"DROP TABLE IF EXISTS {t}")
    conn.commit()
