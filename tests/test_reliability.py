"""Issue 16: hostile input, faults and bad options — a one-line error or correct processing, never a traceback."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from dateline import nlp
from dateline.batch.budget import TimeBudgetExceeded, call_with_budget
from dateline.cli import main
from dateline.errors import InputError, MalformedRecord, TooLarge, Unreadable
from dateline.ingest import make_article, read_inputs
from dateline.ingest.jsonl import read_jsonl
from dateline.ingest.normalize import normalize_text
from dateline.options import Options
from dateline import pipeline
from dateline.pipeline import ArticleFailed, ExtractionFailed, process
from dateline.record import to_dict
from dateline.validate import problems

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOOD = "The foreign minister said on Monday that talks with Iran would resume in Geneva."


def jsonl_items(text: str, options=Options()):
    return list(read_jsonl(text.encode("utf-8", errors="surrogatepass"), "f.jsonl", options))


# 1. texts over the parser's max_length are parsed in sections

def test_sections_join_back_to_the_text_and_respect_the_size():
    text = ("Para one. " * 30 + "\n\n") * 20 + "x" * 700
    parts = nlp.sections(text, size=500)
    assert "".join(parts) == text and all(len(p) <= 500 for p in parts)


@given(st.text(alphabet=st.sampled_from(list("ab .\n")), max_size=3000), st.integers(20, 400))
@settings(max_examples=200, deadline=None, derandomize=True)
def test_sections_property(text, size):
    parts = nlp.sections(text, size)
    assert "".join(parts) == text and all(len(p) <= size for p in parts)


def test_text_over_max_length_is_processed_in_sections():
    model = nlp.load(Options().model)
    text = ("Officials in Berlin said on Tuesday that the talks had failed. " * 40 + "\n\n") * 5
    saved = model.max_length
    model.max_length = 3000
    try:
        [r] = list(process([make_article(text, source="long.txt", date="2020-01-01")]))
    finally:
        model.max_length = saved
    assert r.record is not None, r.error
    rec = to_dict(r.record)
    assert problems(rec) == [] and rec["article"]["text"] == normalize_text(text)
    assert any(t["text"] == "Tuesday" for t in rec["times"])


def test_one_failing_parse_does_not_take_down_the_batch(monkeypatch):
    model = nlp.load(Options().model)
    real_call = type(model).__call__

    def pipe(texts, **kw):
        raise ValueError("batch parse failed")

    def call(self, text, *a, **kw):
        if "poison" in text:
            raise ValueError("this text breaks the parser")
        return real_call(self, text, *a, **kw)

    monkeypatch.setattr(model, "pipe", pipe)
    monkeypatch.setattr(type(model), "__call__", call)
    arts = [make_article(GOOD, source="a"), make_article("poison " + GOOD, source="b"),
            make_article(GOOD + " Again.", source="c")]
    out = list(process(arts))
    assert [r.record is not None for r in out] == [True, False, True]
    assert isinstance(out[1].error, ExtractionFailed) and "b" in str(out[1].error)


# 7. runaway extraction: a time budget, and linear tokenization of long punctuation runs

def test_time_budget_stops_a_runaway_extractor(monkeypatch):
    real = pipeline.extract_record

    def slow(article, doc, knowledge):
        if "slow" in article.text:
            while True:
                pass
        return real(article, doc, knowledge)

    monkeypatch.setattr(pipeline, "extract_record", slow)
    arts = [make_article("slow " + GOOD, source="s.txt"), make_article(GOOD, source="ok.txt")]
    t0 = time.perf_counter()
    out = list(process(arts, Options(time_budget=0.5)))
    assert time.perf_counter() - t0 < 30
    assert isinstance(out[0].error, ArticleFailed) and "time budget" in str(out[0].error)
    assert "s.txt" in str(out[0].error)
    assert out[1].record is not None


def test_budget_is_not_raised_after_the_call_returns():
    assert call_with_budget(0.05, lambda: 7) == 7
    time.sleep(0.2)  # a late timer must not fire into later code
    with pytest.raises(TimeBudgetExceeded):
        call_with_budget(0.1, lambda: [None for _ in iter(int, 1)])


def test_budgets_in_several_threads_are_independent_and_start_no_thread_per_call():
    import threading

    call_with_budget(5, lambda: None)  # the watchdog thread exists from here on
    threads_before = threading.active_count()
    for _ in range(50):
        assert call_with_budget(5, lambda: 1) == 1
    assert threading.active_count() == threads_before
    results: dict[str, object] = {}

    def patient():  # a long budget armed first, finishing well within it
        results["patient"] = call_with_budget(30, lambda: (time.sleep(1.0), "done")[1])

    def runaway():  # a shorter deadline armed later must still fire on time
        try:
            call_with_budget(0.3, lambda: [None for _ in iter(int, 1)])
        except TimeBudgetExceeded:
            results["runaway"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    workers = [threading.Thread(target=patient), threading.Thread(target=runaway)]
    for w in workers:
        w.start()
        time.sleep(0.1)  # the long budget is armed first
    for w in workers:
        w.join(30)
    assert results["patient"] == "done"
    assert results["runaway"] < 10


def test_processed_docs_are_freed_at_once_not_by_a_later_garbage_collection():
    """Memory stays flat on long runs: no parsed doc outlives its article (a doc <-> span cycle would keep its
    arrays until a rare full collection; peak memory then grew with the number of articles)."""
    import gc

    from spacy.tokens import Doc

    texts = [f"Report {i}. The minister accused the rebels of attacking the town. Talks resumed in Geneva on "
             f"Monday, officials said." for i in range(4)]
    list(process([make_article(texts[0], source="warm")]))
    gc.collect()
    gc.disable()
    try:
        before = sum(type(o) is Doc for o in gc.get_objects())
        out = list(process([make_article(t, source=f"{i}.txt") for i, t in enumerate(texts)]))
        after = sum(type(o) is Doc for o in gc.get_objects())
    finally:
        gc.enable()
    assert all(r.record is not None and r.record.events for r in out)
    assert after == before


def test_long_whitespace_free_runs_keep_the_text_and_offsets():
    model = nlp.load(Options().model)
    text = 'He said "' + '"' * 3000 + '" and ' + "-" * 999 + " then left."
    doc = model(text)
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)


# 2, 3, 10. JSON Lines framing, surrogates, ids, NaN

def test_raw_line_separators_inside_json_strings_keep_the_record():
    recs = [{"id": f"r{i}", "text": f"Line {i}{sep}still the same record."}
            for i, sep in enumerate(["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"])]
    body = "\n".join(json.dumps(r, ensure_ascii=False) for r in recs)
    items = jsonl_items(body)
    assert [a.id for a in items] == [r["id"] for r in recs]
    assert [a.source for a in items] == [f"f.jsonl:{i}" for i in range(1, 9)]


def test_lone_surrogate_is_a_line_error_and_the_batch_goes_on():
    body = '{"id": "a", "text": "Bad \\ud800 text."}\n' + json.dumps({"id": "b", "text": GOOD})
    bad, good = jsonl_items(body)
    assert isinstance(bad, MalformedRecord) and "f.jsonl:1" in str(bad) and "surrogate" in str(bad)
    assert good.id == "b"
    out = list(process([bad, good]))
    assert out[0].error is bad and out[1].record is not None


@pytest.mark.parametrize("line, words", [
    ('{"id": {"x": 1}, "text": "Some text."}', "'id' must be a string"),
    ('{"id": "a", "text": "Some text.", "score": NaN}', "NaN"),
    ('{"id": "a", "text": "Some text.", "score": 1e999}', "too large"),
    ('{"id": "a", "text": "Some text.", "meta": {"k": "\\udfff"}}', "surrogate"),
    ('{"id": "a", "text": "Some text.", "date": ["2020"]}', "'date' must be"),
    ("[" * 100000, "nested"),
])
def test_values_that_would_be_coerced_are_rejected(line, words):
    [err] = jsonl_items(line)
    assert isinstance(err, MalformedRecord) and words in str(err) and "f.jsonl:1" in str(err)


def test_numeric_id_is_kept_as_text():
    [a] = jsonl_items('{"id": 17, "text": "Some text."}')
    assert a.id == "17"


def test_an_over_long_line_is_skipped_and_line_numbers_stay_right():
    body = json.dumps({"id": "big", "text": "x " * 500}) + "\n" + json.dumps({"id": "small", "text": "ok."})
    big, small = jsonl_items(body, Options(max_bytes=200))
    assert isinstance(big, TooLarge) and "f.jsonl:1" in str(big)
    assert small.id == "small" and small.source == "f.jsonl:2"


_json_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)
_line = st.one_of(
    st.builds(lambda t, i: ("ok", json.dumps({"id": f"k{i}", "text": "A" + t}, ensure_ascii=False)), _json_text,
              st.integers(0, 10**6)),
    st.builds(lambda t: ("ok", json.dumps({"text": "B" + t}, ensure_ascii=True)), _json_text),
    st.just(("bad", '{"id": "s", "text": "x\\ud83d y"}')),
    st.builds(lambda t: ("bad", '{"text": ' + json.dumps(t)), _json_text),
    st.sampled_from([("bad", "[1, 2]"), ("bad", '{"text": 3}'), ("bad", "nope"), ("bad", '{"text": "x", "n": NaN}')]),
)


@given(st.lists(_line, min_size=1, max_size=8))
@settings(max_examples=125, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
def test_fuzzed_jsonl_framing(lines):
    """~1,000 fuzzed lines (125 files of up to 8): each valid line is one article with its own line number."""
    items = jsonl_items("\n".join(text for _, text in lines))
    assert len(items) == len(lines)
    for n, ((kind, _), item) in enumerate(zip(lines, items), 1):
        assert item.source == f"f.jsonl:{n}"
        if kind == "ok":
            assert not isinstance(item, InputError), item
            item.text.encode("utf-8")
        else:
            assert isinstance(item, InputError) and item.problem


# 4. non-regular files never hang and never exhaust memory

def test_fifo_and_devices_are_rejected_without_hanging(tmp_path):
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    code = ("import sys; from dateline.ingest import read_inputs; "
            "print([str(x) for x in read_inputs(sys.argv[1:])])")
    r = subprocess.run([sys.executable, "-c", code, str(fifo), "/dev/urandom", str(tmp_path / "pipe2.txt")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("not a regular file") == 2 and "no such file" in r.stdout


def test_stdin_jsonl_is_streamed_past_max_bytes():
    data = "\n".join(json.dumps({"id": f"s{i}", "text": f"Text number {i}."}) for i in range(50)).encode()
    items = list(read_inputs(["-"], Options(max_bytes=100), stdin=io.BytesIO(data)))
    assert [a.id for a in items] == [f"s{i}" for i in range(50)]


# 12. normalisation keeps joiners

def test_joiners_are_kept():
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467"
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert family in normalize_text(f"A {family} family") and persian in normalize_text(persian)
    assert normalize_text("zero\u200bwidth\ufeff") == "zerowidth"


# 8. an extreme date never drops the batch

@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
def test_extreme_publication_dates_do_not_take_down_the_batch(date):
    arts = [make_article("They will meet tomorrow and met yesterday, next year and last century.",
                         source="x.txt", date=date), make_article(GOOD, source="ok.txt", date="2020-01-01")]
    out = list(process(arts))
    assert out[1].record is not None
    assert out[0].record is not None or "x.txt" in str(out[0].error)


# 9, 10, 11. options checked up front: exit 2 with one line

@pytest.mark.parametrize("argv, words", [
    (["extract", "x.txt", "--registry", "missing.json"], "no such file"),
    (["extract", "x.txt", "--max-bytes", "-1"], "--max-bytes"),
    (["extract", "x.txt", "--db", ""], "--db"),
    (["extract", "x.txt", "--db", ":memory:"], "--no-db"),
    (["extract", "x.txt", "--timeout", "-3"], "--timeout"),
    (["extract", "x.txt", "--workers", "0"], "--workers"),
    (["timeline", "--from", "x"], "--from"),
    (["timeline", "--to", "2020-13-01"], "--to"),
])
def test_bad_options_are_usage_errors(argv, words, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_invalid_registry_json_and_non_sqlite_db_are_usage_errors(tmp_path, capsys):
    bad = tmp_path / "reg.json"
    bad.write_text("{not json")
    assert main(["extract", "x.txt", "--registry", str(bad)]) == 2
    notdb = tmp_path / "notes.txt"
    notdb.write_text("my notes, not a database")
    for argv in (["extract", "x.txt", "--db", str(notdb)], ["stats", "--db", str(notdb)]):
        assert main(argv) == 2
    assert notdb.read_text() == "my notes, not a database"
    err = capsys.readouterr().err
    assert "not valid JSON" in err and "not a SQLite database" in err and "Traceback" not in err
