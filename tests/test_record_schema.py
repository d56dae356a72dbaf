"""The record contract: the packaged JSON Schema covers SCHEMA.md, and every record we produce is valid."""
from __future__ import annotations

import copy
import json
import re

import pytest

from conftest import SHARED, needs_shared, run_paths, run_text
from dateline.record import from_dict, to_dict
from dateline.validate import check, problems, schema
from dateline.errors import SchemaViolation


def _schema_md_example() -> dict:
    md = (SHARED / "SCHEMA.md").read_text()
    block = re.search(r"```jsonc\n(.*?)```", md, re.S)[1]
    block = re.sub(r"//[^\n]*", "", block).replace("…", "")
    return json.loads(block)


@needs_shared
def test_schema_requires_every_field_of_schema_md():
    example = _schema_md_example()
    props = schema()["properties"]
    assert set(example) <= set(schema()["required"])
    for section in ("article",):
        assert set(example[section]) <= set(props[section]["required"]), section
    for section in ("actors", "events", "quotes", "places", "times", "claims"):
        item = props[section]["items"]
        assert set(example[section][0]) <= set(item["required"]), section
    assert set(example["actors"][0]["mentions"][0]) <= set(props["actors"]["items"]["properties"]["mentions"]["items"]["required"])
    # enums of SCHEMA.md are enforced
    assert set(props["actors"]["items"]["properties"]["kind"]["enum"]) == {"person", "organization", "state", "group", "anonymous"}
    assert set(props["events"]["items"]["properties"]["modality"]["enum"]) == {"asserted", "intended", "threatened", "hypothetical", "negated"}
    assert len(props["events"]["items"]["properties"]["type"]["enum"]) == 16


def test_offsets_and_references_are_checked():
    rec = to_dict(run_text("President Joe Biden met Emmanuel Macron in Paris on Monday.", date="2023-06-05"))
    assert problems(rec) == []
    broken = copy.deepcopy(rec)
    broken["actors"][0]["mentions"][0]["start"] += 1
    assert any("mentions" in p for p in problems(broken))
    broken = copy.deepcopy(rec)
    broken["article"]["date"] = "June 5"
    with pytest.raises(SchemaViolation):
        check(broken)
    broken = copy.deepcopy(rec)
    broken["quotes"] = [{"id": "q1", "kind": "direct", "text": "x", "start": 0, "end": 1, "speaker": "nobody",
                         "speaker_text": None, "cue": None}]
    assert any("unknown actor" in p for p in problems(broken))


def test_round_trip_through_typed_records():
    rec = to_dict(run_text("The minister said talks would resume on Friday.", date="2023-06-05"))
    assert to_dict(from_dict(rec)) == rec


@needs_shared
def test_seed_record_is_valid_with_provenance(seed_record):
    rec = check(to_dict(seed_record))
    art = rec["article"]
    assert art["date"] == "2025-03-06" and art["text"].startswith("This marks the first time")
    assert art["authors"] == ["Shachar Kleiman"] and art["outlet"] == "JNS"
    assert art["original_publisher"] == "Israel Hayom" and "Reuters" in art["cited_sources"]


@needs_shared
@pytest.mark.slow
def test_whole_wikinews_corpus_gives_105_valid_records():
    recs = run_paths(str(SHARED / "corpus" / "wikinews-politics.jsonl"))
    assert len(recs) == 105
    for r in recs:
        assert problems(to_dict(r)) == [], r.article.id


def test_quote_speaker_phrase_is_a_mention_of_its_actor():
    rec = to_dict(run_text("Scott Pruitt, the attorney general of Oklahoma, said the rule was unlawful.", date="2016-09-20"))
    [q] = [q for q in rec["quotes"] if q["speaker"]]
    speaker = next(a for a in rec["actors"] if a["id"] == q["speaker"])
    spans = {(m["start"], m["end"]) for m in speaker["mentions"]}
    assert (q["speaker_start"], q["speaker_end"]) in spans
    assert rec["article"]["text"][q["speaker_start"]:q["speaker_end"]] == "Scott Pruitt, the attorney general of Oklahoma"
    assert problems(rec) == []
