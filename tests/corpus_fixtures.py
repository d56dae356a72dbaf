"""Invented articles run through the pipeline into a corpus store, for the corpus tests: each spec row is
(article id, date, outlet, text). Imported by tests/test_corpus_*_s3N.py."""
from __future__ import annotations

from dateline.corpus import update
from dateline.ingest import make_article
from dateline.options import Options
from dateline.pipeline import process
from dateline.record import to_dict
from dateline.store import Store


def records(spec):
    """The records of the spec's articles, each with its outlet."""
    opts = Options()
    arts = []
    for aid, date, outlet, text in spec:
        art = make_article(text, source=aid, id=aid, date=date, options=opts)
        art.outlet = outlet
        arts.append(art)
    return [to_dict(r.record) for r in process(arts, opts, strict=True)]


def linked_store(spec):
    """An in-memory store holding the spec's records, linked."""
    st = Store(":memory:")
    st.upsert_records(records(spec))
    update(st.conn)
    return st


def corpus_conflicts(spec):
    """The conflicts across the spec's articles, one dict per row."""
    return [dict(r) for r in linked_store(spec).conn.execute(
        "SELECT kind, a_article, b_article, a_value, b_value FROM corpus_conflicts WHERE scope = 'corpus'")]
