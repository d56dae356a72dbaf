"""Evaluation: scoring `dateline/article@1` records against gold (../shared/eval/GOLD.md).

- `match`: the published matching rules (names, spans, dates, claims, one-to-one pairing);
- `scorer`: `score(system, gold)`, every figure of GOLD.md plus event P/R/F1 per PLOVER type,
  what sat on each missed gold event's evidence and the wrong-type confusions;
- `report`: `format_report(result)`, the text `dateline eval` prints;
- `runner`: gold sets (`dev_set`, `blind_set`) run through the pipeline (`evaluate_sets`) and the
  quality gate of pinned floors (`gate`, `below_floors`).

>>> from dateline.evaluate import score
>>> gold = {"a": {"id": "a", "events": [{"type": "ASSAULT", "evidence": "troops shelled a town"}]}}
>>> system = {"a": {"article": {"id": "a", "text": "Reports say troops shelled a town."}, "actors": [],
...                 "events": [{"type": "COERCE", "evidence": {"text": "troops shelled a town"}}]}}
>>> result = score(system, gold)
>>> result["events_prf"], result["events_wrong_type"]
((0.0, 0.0, 0.0), {'ASSAULT -> COERCE': 1})
"""
from .match import (actor_names, any_name_matches, canon, claim_matches, date_range, event_date_correct, find_span,
                    overlap, pair_one_to_one, record_span, time_words_match, words)
from .report import HEADLINE, format_report
from .runner import (EvalRun, EvalSet, article_files, below_floors, blind_articles, blind_set, dev_set,
                     evaluate_sets, gate, load_floors, load_gold)
from .scorer import CONFIDENCE_BANDS, Tally, score

__all__ = [
    "score", "format_report", "load_gold", "blind_articles", "article_files", "EvalSet", "EvalRun", "dev_set",
    "blind_set", "evaluate_sets", "below_floors", "gate", "load_floors", "pair_one_to_one", "actor_names", "any_name_matches",
    "canon", "words", "claim_matches", "date_range", "event_date_correct", "find_span", "overlap", "record_span",
    "time_words_match", "HEADLINE", "CONFIDENCE_BANDS", "Tally",
]
