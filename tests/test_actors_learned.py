"""The learned actor / non-actor decision (extract/actors/learned.py; invented texts, invented weights).

The shipped model has no weights (on the spent actor sets no threshold dropped non-actors often enough on
held-out articles: docs/actors.md, session 13), so these tests lay a small model over it from a knowledge
directory, as a retrained one would be.
"""
from __future__ import annotations

import json

from conftest import run_text

TEXT = "Tom Reed said the plan had failed. The Brisk Accord collapsed in Lyon. Reed said he was sorry."


def _options(tmp_path, model):
    from dateline.options import Options
    (tmp_path / "actors").mkdir(exist_ok=True)
    (tmp_path / "actors" / "nonactor_model.json").write_text(json.dumps(model), encoding="utf-8")
    return Options(knowledge_dir=str(tmp_path))


def test_the_shipped_model_keeps_every_actor():
    from dateline.knowledge import load_knowledge
    assert load_knowledge().actor_words.nonactor_model.get("weights") == {}
    rec = run_text(TEXT)
    assert any(a.name == "Tom Reed" for a in rec.actors)


def test_an_actor_the_model_scores_a_non_actor_is_dropped_and_ids_stay_dense(tmp_path):
    # a model that calls every person a non-actor (bias -4, kind=person +8) and nothing else
    opts = _options(tmp_path, {"threshold": 0.5, "weights": {"bias": -4.0, "kind=person": 8.0}})
    rec = run_text(TEXT, options=opts)
    assert not any(a.kind == "person" for a in rec.actors)
    assert [a.id for a in rec.actors] == [f"a{i}" for i in range(1, len(rec.actors) + 1)]


def test_features_read_the_parse_and_the_word_classes():
    from dateline.extract.actors.learned import _word_class_features
    from dateline.knowledge import load_knowledge
    words = load_knowledge().actor_words
    f = _word_class_features("Kellbrook Treaty", words)
    assert f.get("last_wn=communication") == 1.0 and f.get("words=2") == 1.0  # WordNet: a treaty is a communication
    assert _word_class_features("Anna Kell", words).get("first_given_name") == 1.0
