"""How much a word shared by two statements tells of one matter: its share of the corpus's statements, as a weight
like an inverse document frequency (session 24), and the yes-or-no `common` of the tests that do not weigh."""
from __future__ import annotations

import math
import sqlite3

from .signature import settings

_OWN_WORDS = "claim_id NOT LIKE 'd:%' AND claim_id NOT LIKE 'a:%'"  # statements filed for their own words


class ClaimStats:
    """How many claims hold a word (document frequency), for telling matter words from common ones."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.n = conn.execute(f"SELECT COUNT(*) FROM corpus_claims WHERE {_OWN_WORDS}").fetchone()[0]
        self.df: dict[str, int] = {}

    def _count(self, word: str) -> int:
        if word not in self.df:
            self.df[word] = self.conn.execute(
                "SELECT COUNT(DISTINCT article_id || ' ' || claim_id) FROM corpus_claim_terms WHERE term = ? "
                f"AND {_OWN_WORDS}",  # sentences filed again (for a day, as a denial's account) count once
                (word,)).fetchone()[0]
        return self.df[word]

    def _share(self, word: str) -> float | None:
        """The share of the corpus's statements holding the word, over at least `claim_common_min_count` /
        `claim_common_share` statements (a small corpus: a word must be in more than the minimum count to be
        common); None below `claim_common_min_claims` statements, where no word is common."""
        cfg = settings()
        if self.n < cfg["claim_common_min_claims"]:
            return None
        return self._count(word) / max(self.n, cfg["claim_common_min_count"] / cfg["claim_common_share"])

    def common(self, word: str) -> bool:
        """A word in more than `claim_common_share` of the claims (once there are enough), and in more than
        `claim_common_min_count` of them, says no matter: in a corpus of a few hundred statements, 1% is a
        word that one story's reports and a distractor share. For a yes or no; matter tests weigh (`weight`)."""
        share = self._share(word)
        return share is not None and share > settings()["claim_common_share"]

    def weight(self, word: str) -> float:
        """How much a shared word tells of one matter, like an inverse document frequency: 1 up to `claim_common_share`
        / `claim_common_ramp` of the statements, 0 from `claim_common_share` * `claim_common_ramp`, linear in the log
        of its share between (0.5 at the `common` cut); matter tests count words by weight, rounded
        (`negation.at_least`). A yes-or-no cut flips every pair that one word decides when the corpus grows a little
        (on the linking set a word of 32 statements crossed 1 % as they grew 3,197 -> 3,202, and three pairs sharing
        it and a word of 29 statements became one matter each); a weight moves by ~0.003 then, and two partly common
        words (0.50 + 0.57) stay short of two words on either side of the cut."""
        share, ramp = self._share(word), settings()["claim_common_ramp"]
        lo = settings()["claim_common_share"] / ramp
        if share is None or share <= lo:
            return 1.0
        return max(0.0, 1.0 - math.log(share / lo) / math.log(ramp * ramp))
