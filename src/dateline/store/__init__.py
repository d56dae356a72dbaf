"""The SQLite store: one row set per article, replaced as a whole when its text changes."""
from .sqlite import SaveCounts, Store, TABLES, input_hash

__all__ = ["SaveCounts", "Store", "TABLES", "input_hash"]
