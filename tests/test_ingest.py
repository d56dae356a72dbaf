"""Ingest: every input format, ids, dates, normalisation and bad input."""
from __future__ import annotations

import io
import json

import pytest

from dateline.errors import BadDate, BinaryInput, EmptyInput, InputError, MalformedRecord, TooLarge, Unreadable
from dateline.ingest import content_id, read_inputs
from dateline.ingest.normalize import normalize_text
from dateline.ingest.plaintext import parse_plaintext
from dateline.options import Options


def articles(paths, options=Options(), stdin=None):
    return list(read_inputs([str(p) for p in paths], options, stdin=stdin))


def test_date_header_with_body_on_the_same_line(tmp_path):
    f = tmp_path / "seedlike.txt"
    f.write_text(" date 2025-03-06 Ministers met again today.\n\nBy Jane Doe, JNS\n")
    [a] = articles([f])
    assert a.date == "2025-03-06"
    assert a.text.startswith("Ministers met again today")
    assert a.id == "seedlike"


def test_title_and_date_lines_in_any_order():
    h = parse_plaintext("title Talks resume\ndate 2024-01-02\nBody text.")
    assert (h.title, h.date, h.body.strip()) == ("Talks resume", "2024-01-02", "Body text.")


def test_no_date_is_null_and_never_the_clock(tmp_path):
    f = tmp_path / "nodate.txt"
    f.write_text("Officials met on Tuesday.")
    [a] = articles([f])
    assert a.date is None
    [b] = articles([f], Options(default_date="2020-05-01"))
    assert b.date == "2020-05-01"


def test_invalid_date_header_is_a_named_error(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_text("date 2025-02-30 Something happened.")
    [e] = articles([f])
    assert isinstance(e, BadDate) and "bad.txt" in str(e) and "2025-02-30" in str(e)


def test_jsonl_fields_metadata_and_line_numbers(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "a1", "date": "2020-01-02", "title": "T", "text": "Alpha  text.", "url": "https://en.wikinews.org/x", "topic": "p"}),
        '{"id": "broken"',
        json.dumps({"id": "a3", "text": ""}),
        json.dumps({"id": "a4", "date": "yesterday", "text": "Beta."}),
        json.dumps({"id": "a5"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "No id here."}),
    ]))
    out = articles([f])
    good = [a for a in out if not isinstance(a, InputError)]
    bad = [e for e in out if isinstance(e, InputError)]
    assert [a.id for a in good] == ["a1", content_id("No id here.")]
    assert good[0].text == "Alpha text." and good[0].metadata == {"topic": "p"} and good[0].url
    assert [type(e) for e in bad] == [MalformedRecord, EmptyInput, BadDate, MalformedRecord, MalformedRecord]
    assert [e.source for e in bad] == [f"{f}:{n}" for n in (2, 3, 4, 5, 6)]


def test_html_through_trafilatura(tmp_path):
    f = tmp_path / "page.html"
    body = " ".join(["The foreign minister met his counterpart in Cairo on Monday to discuss the ceasefire."] * 6)
    f.write_text(f"""<html><head><title>Ministers meet</title>
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="Example News">
<meta name="date" content="2024-05-06"></head>
<body><nav>Home | World</nav><article><h1>Ministers meet</h1><p>{body}</p><p>{body}</p></article>
<footer>Copyright</footer></body></html>""")
    [a] = articles([f])
    assert not isinstance(a, InputError), a
    assert "foreign minister met" in a.text and "Copyright" not in a.text
    assert a.date == "2024-05-06" and a.title == "Ministers meet"
    assert a.authors == ["Jane Roe"] and a.outlet == "Example News"


def test_directories_are_recursive_and_skip_json(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("date 2021-01-01 B.")
    (tmp_path / "a.txt").write_text("A.")
    (tmp_path / "a.gold.json").write_text("{}")
    (tmp_path / "README.md").write_text("About these files.")
    assert sorted(a.id for a in articles([tmp_path])) == ["a", "b"]


def test_stdin(tmp_path):
    [a] = articles(["-"], stdin=io.BytesIO(b"date 2022-02-02 From a pipe."))
    assert a.date == "2022-02-02" and a.text == "From a pipe." and a.id == content_id("From a pipe.")


def test_bad_files_each_get_one_named_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    binary = tmp_path / "random.bin"
    binary.write_bytes(bytes(range(90)))
    big = tmp_path / "big.txt"
    big.write_text("x" * 200)
    missing = tmp_path / "missing.txt"
    out = articles([empty, binary, big, missing], Options(max_bytes=100))
    assert [type(e) for e in out] == [EmptyInput, BinaryInput, TooLarge, Unreadable]
    for e, f in zip(out, [empty, binary, big, missing]):
        assert str(f) in str(e)


def test_legacy_encodings_are_decoded(tmp_path):
    f = tmp_path / "cp1252.txt"
    f.write_bytes("date 2020-01-01 \u201cWe will win,\u201d she said.".encode("cp1252"))
    [a] = articles([f])
    assert a.text == "\u201cWe will win,\u201d she said."
    g = tmp_path / "utf16.txt"
    g.write_bytes("date 2020-01-01 Caf\u00e9 talks.".encode("utf-16"))
    [b] = articles([g])
    assert b.text == "Caf\u00e9 talks."


def test_normalisation_is_nfc_and_whitespace():
    assert normalize_text("Cafe\u0301\u00a0 talks\r\n\r\n\r\n\tresume  ") == "Caf\u00e9 talks\n\nresume"
