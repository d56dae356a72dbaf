"""Schema migrations, applied in order; `PRAGMA user_version` records the last one applied.

Add a migration by appending to MIGRATIONS; never edit one that has shipped.
"""
from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        date TEXT,
        title TEXT,
        url TEXT,
        outlet TEXT,
        original_publisher TEXT,
        authors TEXT NOT NULL,          -- JSON list
        cited_sources TEXT NOT NULL,    -- JSON list
        sha256 TEXT NOT NULL,
        text TEXT NOT NULL,
        record TEXT NOT NULL,           -- the full dateline/article@1 record as JSON
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE actors (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        country TEXT,
        sector TEXT,
        kb_id TEXT,
        PRIMARY KEY (article_id, id)
    );
    CREATE TABLE mentions (
        article_id TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        FOREIGN KEY (article_id, actor_id) REFERENCES actors(article_id, id) ON DELETE CASCADE
    );
    CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        mode TEXT,
        modality TEXT NOT NULL,
        date_value TEXT,
        date_text TEXT,
        date_precision TEXT,
        location_name TEXT,
        location_country TEXT,
        lat REAL,
        lon REAL,
        confidence REAL NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        evidence_text TEXT NOT NULL,
        rule TEXT NOT NULL,
        PRIMARY KEY (article_id, id)
    );
    CREATE TABLE event_actors (
        article_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('source', 'target', 'other')),
        FOREIGN KEY (article_id, event_id) REFERENCES events(article_id, id) ON DELETE CASCADE,
        FOREIGN KEY (article_id, actor_id) REFERENCES actors(article_id, id) ON DELETE CASCADE
    );
    CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        speaker TEXT,
        speaker_text TEXT,
        cue TEXT,
        PRIMARY KEY (article_id, id)
    );
    CREATE TABLE times (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL,
        value TEXT
    );
    CREATE TABLE places (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        name TEXT NOT NULL,
        country TEXT,
        lat REAL,
        lon REAL,
        geonameid INTEGER
    );
    CREATE TABLE claims (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        text TEXT NOT NULL,
        holder TEXT,
        quote TEXT,
        conflicts_with TEXT NOT NULL,   -- JSON list of claim ids in the same article
        PRIMARY KEY (article_id, id)
    );
    CREATE INDEX mentions_article ON mentions(article_id, actor_id);
    CREATE INDEX event_actors_event ON event_actors(article_id, event_id);
    CREATE INDEX events_date ON events(date_value);
    CREATE INDEX actors_name ON actors(name);
    CREATE INDEX quotes_speaker ON quotes(article_id, speaker);
    CREATE INDEX times_article ON times(article_id);
    CREATE INDEX places_article ON places(article_id);
    """,
    # 2: which Dateline version extracted each article (re-process with `dateline extract --replace`)
    """
    ALTER TABLE articles ADD COLUMN dateline_version TEXT;
    """,
    # 3: a fingerprint of the whole input article (text and metadata): "unchanged" means all of it is
    """
    ALTER TABLE articles ADD COLUMN input_hash TEXT;
    """,
]
