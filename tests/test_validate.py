"""The compiled schema validator gives jsonschema's verdict: on real records and on broken ones.

`validate.schema_problems` runs the schema compiled by fastjsonschema and consults jsonschema only
for the messages of an invalid record. This checks the two agree: every record we produce on the
seed, dev and sample articles is valid for both, and thousands of single-site corruptions of
those records (a value replaced by one of another type or out of range, a required key dropped,
an unknown key or list item added) get the same verdict from both. The one deliberate difference
(a pattern's `$` does not match before a trailing newline) is asserted explicitly.
"""
from __future__ import annotations

import copy
import json
import fastjsonschema
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import ROOT, run_paths
from dateline.record import to_dict
from dateline.validate import _compiled, problems, schema, schema_problems

REFERENCE = jsonschema.Draft202012Validator(schema())
SAMPLES = ROOT / "samples" / "wikinews-politics-sample.jsonl"


def _trimmed(rec: dict, keep: int = 3) -> dict:
    """The record with each list cut to its first `keep` items: every shape is kept, checks run fast."""
    def cut(x):
        if isinstance(x, dict):
            return {k: cut(v) for k, v in x.items()}
        if isinstance(x, list):
            return [cut(v) for v in x[:keep]]
        return x
    return cut(rec)


@pytest.fixture(scope="module")
def records(request, tmp_path_factory) -> list[dict]:
    """Records of the seed and dev articles (when ../shared is there) and of four bundled samples."""
    recs = []
    for name in ("seed_record", "dev_records"):
        try:
            got = request.getfixturevalue(name)
        except pytest.skip.Exception:
            continue
        recs += [to_dict(r) for r in (got if isinstance(got, list) else [got])]
    sample = tmp_path_factory.mktemp("validate") / "samples4.jsonl"
    sample.write_text("".join(SAMPLES.read_text().splitlines(keepends=True)[:4]))
    recs += [to_dict(r) for r in run_paths(str(sample))]
    return recs


def compiled_valid(rec) -> bool:
    try:
        _compiled()(rec)
        return True
    except fastjsonschema.JsonSchemaException:
        return False


def test_every_produced_record_is_valid_for_both(records):
    assert len(records) >= 4
    for rec in records:
        assert REFERENCE.is_valid(rec) and compiled_valid(rec), rec["article"]["id"]
        assert problems(rec) == []


ODD_VALUES = [None, True, False, 0, -1, 1, 1.0, 0.5, 1.5, -0.5, float("nan"), float("inf"), 2 ** 70, "", "x",
              "2021-03-01", "2021-3-1", "USA", "usa", "GOV", "direct", "ASSAULT", "a" * 64, "0" * 64, [], [1], ["x"],
              [None], {}, {"x": 1}, {"start": 0, "end": 1, "text": "x"}]


def _paths(node, prefix=()):
    """Every path into a record (containers and leaves)."""
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, prefix + (i,))


def _corrupt(rec: dict, path: tuple, how: str, value) -> dict:
    out = copy.deepcopy(rec)
    parent = out
    for step in path[:-1]:
        parent = parent[step]
    key = path[-1]
    if how == "replace":
        parent[key] = value
    elif how == "drop" and isinstance(parent, dict):
        del parent[key]
    elif how == "add":
        target = parent[key]
        if isinstance(target, dict):
            target["unexpected_field"] = value
        elif isinstance(target, list):
            target.append(value)
        else:
            parent[key] = value
    return out


def _pattern_at(path: tuple) -> bool:
    """Whether the schema puts a `pattern` on the field at `path`."""
    node = schema()
    for step in path:
        node = node.get("items", {}) if isinstance(step, int) else node.get("properties", {}).get(step, {})
    return "pattern" in node


def _locations(records: list[dict]) -> list[tuple[dict, tuple]]:
    """(record, path) for every place in the schema our records reach, once each (list indices count as one)."""
    seen, out = set(), []
    for rec in records:
        rec = _trimmed(rec, keep=1)
        for path in _paths(rec):
            where = tuple(0 if isinstance(step, int) else step for step in path)
            if path and where not in seen:
                seen.add(where)
                out.append((rec, path))
    return out


def test_every_corruption_of_every_field_gets_the_same_verdict(records):
    """Exhaustive: each field our records have, replaced by each odd value, dropped, or given an extra key/item."""
    checked = rejected = 0
    for rec, path in _locations(records):
        cases = [("replace", v) for v in ODD_VALUES] + [("add", v) for v in ODD_VALUES[:4]] + [("drop", None)]
        for how, value in cases:
            broken = _corrupt(rec, path, how, value)
            verdict = REFERENCE.is_valid(broken)
            assert compiled_valid(broken) == verdict, (path, how, value)
            checked += 1
            rejected += not verdict
    assert checked > 2000 and rejected > checked // 3, (checked, rejected)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_records_corrupted_in_several_places_get_the_same_verdict(records, data):
    rec = _trimmed(data.draw(st.sampled_from(records), label="record"))
    for _ in range(data.draw(st.integers(2, 4), label="corruptions")):
        path = data.draw(st.sampled_from([p for p in _paths(rec) if p]), label="path")
        how = data.draw(st.sampled_from(["replace", "drop", "add"]), label="how")
        rec = _corrupt(rec, path, how, data.draw(st.sampled_from(ODD_VALUES), label="value"))
    assert compiled_valid(rec) == REFERENCE.is_valid(rec)
    assert (schema_problems(rec) == []) == REFERENCE.is_valid(rec)


def test_messages_name_the_field_and_problem(records):
    rec = _trimmed(records[0])
    rec["article"]["date"] = "5 June"
    rec["actors"] = [dict(rec["actors"][0], kind="alien")] if rec["actors"] else [{"id": "a1"}]
    found = schema_problems(rec)
    assert any(p.startswith("article/date:") and "does not match" in p for p in found), found
    assert any(p.startswith("actors/0") for p in found), found


def test_dollar_means_end_of_string_not_before_a_final_newline(records):
    """The deliberate difference: jsonschema (Python `re`) accepts "2021-03-01\\n" as a date; we do not."""
    rec = _trimmed(records[0])
    rec["article"]["date"] = "2021-03-01\n"
    assert REFERENCE.is_valid(rec)
    assert _pattern_at(("article", "date"))
    [message] = schema_problems(rec)
    assert "article.date must match pattern" in message
