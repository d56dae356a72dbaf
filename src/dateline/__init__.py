"""Dateline: who did what to whom, when and where, and who said what, in dated news."""
from .record import SCHEMA_ID, ArticleRecord, to_dict

__version__ = "0.1.0"
__all__ = ["SCHEMA_ID", "ArticleRecord", "to_dict", "__version__"]
