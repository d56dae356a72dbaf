"""PLOVER events with roles, modality, dates, places and evidence."""
from __future__ import annotations

from ..record import Event


def extract_events(doc, ctx) -> list[Event]:
    """Every political event the article reports."""
    return []
