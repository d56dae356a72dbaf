"""Across articles: corpus events (linked event mentions), conflicting accounts, actor profiles, exports.

`update(store.conn)` links what the store holds; see docs/corpus.md.
"""
from .link import UpdateSummary, update
from .schema import ensure_schema

__all__ = ["UpdateSummary", "ensure_schema", "update"]
