"""Session 24: how much a shared word tells of one matter is weighed by its share of the corpus's statements
(`ClaimStats.weight`), not cut yes/no at 1 %: a corpus that grows by a few statements must not turn two claims into
one matter because one word crossed the cut. Invented words; statements filed straight into the corpus tables."""
from __future__ import annotations

import sqlite3

from dateline.corpus import conflicts
from dateline.corpus.schema import ensure_schema


def _stats(n: int, holding: dict[str, int]) -> conflicts.ClaimStats:
    """A corpus of `n` statements, `holding[word]` of them holding the word."""
    conn = sqlite3.connect(":memory:")
    ensure_schema(conn)
    conn.executemany("INSERT INTO corpus_claims VALUES (?,?,?,?,?,?,?,?)",
                     [("a", f"c{i}", 1, "positive", None, None, "-", "{}") for i in range(n)])
    conn.executemany("INSERT INTO corpus_claim_terms VALUES (?,?,?,?)",
                     [(w, 1, "a", f"c{i}") for w, k in holding.items() for i in range(k)])
    return conflicts.ClaimStats(conn)


TOLLS = {"t": ["dock", "levi", "toll"], "p": ["dock", "levi", "toll"]}
FERRY = {"t": ["dock", "levi", "ferri"], "p": ["dock", "levi", "ferri"]}


def test_two_statements_stay_apart_when_the_corpus_grows_by_a_few_statements():
    # 'levi' is in 32 statements, 'dock' in 29: at 1 % of 3,197 'levi' was common, of 3,202 not, and the two
    # statements sharing only these two words became one matter; two partly common words are not one matter
    before, after = (conflicts._same_matter(TOLLS, FERRY, _stats(n, {"levi": 32, "dock": 29})) for n in (3197, 3202))
    assert before is None and after is None
    # two rare words still are
    assert conflicts._same_matter(TOLLS, FERRY, _stats(3202, {"levi": 3, "dock": 2})) is not None


def test_rare_words_weigh_fully_and_words_of_many_statements_not_at_all():
    stats = _stats(3200, {"harbour": 3, "levi": 32, "minist": 200})
    assert stats.weight("harbour") == 1.0 and stats.weight("minist") == 0.0
    assert 0.45 < stats.weight("levi") < 0.55 and stats.common("minist") and not stats.common("harbour")
    assert _stats(3200, {"levi": 32}).weight("levi") - _stats(3206, {"levi": 32}).weight("levi") < 0.01
