"""The story decision's training rows hold no evaluation article (issue 12, session 31).

`scripts/train_corpus_conflicts.py` takes every story pair of two real PolNeAR train windows as a negative; until
session 31 one of them held every article of the hand-listed window_s26 and 11 of window_s27's. Training data is
never evaluation data: these tests fail if an article of the linking set, of a real window (window_*/articles.tsv)
or of any blind or validation manifest names a row of `eval/corpus_linking/training/story_pairs.jsonl`, or if the
real windows' selection would take one in again."""
from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "eval" / "corpus_linking"
ROWS = SET / "training" / "story_pairs.jsonl"


def _corpus_eval():
    spec = importlib.util.spec_from_file_location("corpus_eval_s31", ROOT / "scripts" / "corpus_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("corpus_eval_s31", module)
    spec.loader.exec_module(module)
    return module


def _window_articles() -> set[str]:
    out: set[str] = set()
    for tsv in sorted(SET.glob("window_*/articles.tsv")):
        with open(tsv, encoding="utf-8") as fh:
            out |= {r["article"] for r in csv.DictReader(fh, delimiter="\t")}
    return out


def _row_articles() -> set[str]:
    out: set[str] = set()
    for line in ROWS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out |= {row["a"], row["b"]}
    return out


def _manifest_ids() -> set[str]:
    ids: set[str] = set()
    for path in sorted((ROOT / "eval").glob("*/manifest.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        ids |= {a["id"] for a in data.get("articles", []) if isinstance(a, dict) and "id" in a}
    return ids


def test_the_windows_are_found():
    windows = _window_articles()
    assert len(windows) >= 60  # window_s26 (33) and window_s27 (more than 30)


def test_no_window_article_is_in_the_training_rows():
    overlap = _window_articles() & _row_articles()
    assert not overlap, f"{len(overlap)} window articles in story_pairs.jsonl"


def test_no_linking_set_or_manifest_article_is_in_the_training_rows():
    with open(SET / "articles.tsv", encoding="utf-8") as fh:
        linking = {r["article"] for r in csv.DictReader(fh, delimiter="\t")}
    assert not (linking | _manifest_ids()) & _row_articles()


def test_the_real_selection_leaves_every_evaluation_article_out():
    ce = _corpus_eval()
    if not (ce.SHARED.parents[1] / "metadata.tsv").is_file():
        pytest.skip("PolNeAR metadata not beside the repo")
    held = ce.evaluation_articles()
    assert _window_articles() <= held
    for window in (ce.CALIBRATION, ce.CALIBRATION_2):
        chosen = {r["article"] for r in ce._calibration_selection(window)}
        assert chosen, window
        assert not chosen & held
        assert not chosen & _manifest_ids()


def test_the_shipped_model_names_its_rows():
    model = json.loads((ROOT / "src" / "dateline" / "corpus" / "data" / "story_model.json").read_text("utf-8"))
    assert model["trained_on"]["rows"] == len(ROWS.read_text(encoding="utf-8").splitlines())
    assert model["trained_on"].get("evaluation_articles_left_out") is True
