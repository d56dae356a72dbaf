"""Claims: attributed statements of fact, linked where they contradict each other."""
from __future__ import annotations

from ..record import Claim


def extract_claims(doc, ctx) -> list[Claim]:
    """Statements of fact with their holders, and conflicts between them."""
    return []
