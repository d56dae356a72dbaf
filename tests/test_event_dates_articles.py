"""`scripts/date_eval.py --articles`: article-level gold judged as score.py judges dates, with the rule that dated
each event; invented articles only."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))


def _gold_folder(folder: Path) -> Path:
    folder.mkdir(parents=True)
    text = ("date 2030-05-09\nOstland shells Velland posts.\n\n"
            "Ostland's army shelled border posts in Velland on Tuesday, the ministry in Brask said.\n\n"
            "Velland's foreign minister, Ana Ruml, condemned the shelling.\n")
    (folder / "a1.txt").write_text(text, encoding="utf-8")
    gold = {"id": "a1", "date": "2030-05-09", "actors": [], "quotes": [], "times": [], "claims": [], "conflicts": [],
            "events": [{"type": "ACCUSE", "source": ["Ana Ruml"], "target": ["Ostland"],
                        "evidence": "condemned the shelling", "date": "2030-05-07", "date_slack_days": 0},
                       {"type": "ASSAULT", "source": ["Nobody Here"], "target": [],
                        "evidence": "shelled border posts in Velland", "date": "2030-05-08", "date_slack_days": 0},
                       {"type": "ASSAULT", "source": ["Ostland"], "target": [], "evidence": "Ostland shells",
                        "date": None}]}
    (folder / "a1.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_article_rows_judge_matched_events_and_the_gold_evidence_with_the_rule_that_dated_them(tmp_path):
    import date_eval

    shared = Path(__file__).resolve().parents[2] / "shared"
    rows = date_eval.article_rows([str(_gold_folder(tmp_path / "gold"))], shared, None)
    # the null-dated gold event is left out, as score.py leaves it out
    assert [r["gold"] for r in rows] == ["2030-05-07", "2030-05-08"]
    condemned, shelled = rows
    # the accusation is told after Tuesday's shelling with no time of its own: the story's reference time
    assert condemned["matched"] and condemned["event_ok"] and condemned["event_path"] == "reference"
    assert condemned["any"] == "2030-05-07" and condemned["path"] == "reference" and condemned["any_ok"]
    # no system event names the gold source: unmatched, but dated where the annotator read it (wrong here)
    assert not shelled["matched"] and shelled["event_ok"] is None
    assert shelled["any"] == "2030-05-07" and shelled["path"] == "attached" and shelled["any_ok"] is False


def test_article_rows_say_what_was_read_where_an_event_paired_elsewhere_was_told(tmp_path):
    import date_eval

    folder = tmp_path / "gold2"
    folder.mkdir()
    text = ("date 2030-05-09\nSenator Mark Dolan accuses Governor Ann Kell of lying.\n\n"
            "Dolan accused Kell of lying to voters on Tuesday, his office said.\n\n"
            "Kell condemned the accusation.\n\nKell spoke to reporters in Brask later.\n")
    (folder / "a2.txt").write_text(text, encoding="utf-8")
    events = [{"type": "ACCUSE", "source": ["Mark Dolan"], "target": ["Ann Kell"],
               "evidence": "accused Kell of lying to voters on Tuesday", "date": "2030-05-07", "date_slack_days": 0},
              {"type": "ACCUSE", "source": ["Ann Kell"], "target": [],
               "evidence": "spoke to reporters in Brask later", "date": "2030-05-01", "date_slack_days": 0}]
    gold = {"id": "a2", "date": "2030-05-09", "actors": [], "quotes": [], "times": [], "claims": [], "conflicts": [],
            "events": events}
    (folder / "a2.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    shared = Path(__file__).resolve().parents[2] / "shared"
    restated, nothing = date_eval.article_rows([str(folder)], shared, None)
    # the accusation's second report was merged into the headline's: paired there, its own date judged too
    assert restated["matched"] and not restated["same_place"]
    assert restated["elsewhere"] == "merged" and restated["mention_ok"] and restated["event_ok"]
    # nothing is read where the second gold event is told: paired with Kell's condemnation in another sentence
    assert nothing["matched"] and nothing["elsewhere"] == "none" and nothing["event_ok"] is False


def test_date_eval_refuses_blind_article_sets():
    import date_eval

    with pytest.raises(SystemExit, match="lead only"):
        date_eval.main(["--articles", "eval/blind"])
