"""The SQLite store: one row set per article, replaced as a whole when its text changes."""
from .sqlite import SaveCounts, Store, TABLES

__all__ = ["SaveCounts", "Store", "TABLES"]
