"""Speed changes of session 28 that must not change output: each shortcut gives exactly what the plain path gave."""
from __future__ import annotations

from dataclasses import fields, is_dataclass

from dateline import nlp
from dateline.extract.quotes.common import TokenIndex, entity_at
from dateline.extract.quotes.indirect import _ACCORDING_FIRST, _CUE_POS, _reading
from dateline.extract.quotes.marks import find_segments
from dateline.knowledge import load_knowledge
from dateline.options import Options
from dateline.record import to_dict

from conftest import run_text

TEXT = ("Officials in Ruritown said on Monday that the bridge had not been closed. According to the mayor, Ana Kell, "
        "traffic is moving again, and in a Lantern poll, Kell led Marek by six points. Asked whether repairs were "
        "planned, her deputy denied it. That said, the Ruritan Times reported that an inquiry is hopeful as ever. "
        "\"Nobody is running an inquiry,\" said Tom Reese, a spokesman for the city of Ruritown.")


def _plain_before(value):
    """The serialiser's walk as it was written before session 28 (fields looked up on every object)."""
    if is_dataclass(value):
        return {f.name: _plain_before(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain_before(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain_before(v) for k, v in value.items()}
    return value


def test_record_dict_is_the_plain_walk():
    rec = run_text(TEXT)
    got = to_dict(rec)
    art = _plain_before(rec.article)
    art.pop("source", None)
    assert got["article"] == art
    for name in ("actors", "events", "quotes", "places", "times", "claims"):
        assert got[name] == _plain_before(getattr(rec, name))
        assert got[name] or name in ("events", "claims")  # the text gives records to compare


def _doc_and_lex(options: Options):
    model = nlp.load(options.model)
    knowledge = load_knowledge(options)
    return model(TEXT), knowledge


def test_words_the_quote_finder_skips_are_no_cues(broad):
    """`indirect_quotes` skips, before reading them, the words of another part of speech than a cue's (but
    according/in/as): `_reading` finds no content for any of them, with the learned cue on or off."""
    for options in (Options(), broad):
        doc, knowledge = _doc_and_lex(options)
        lex = knowledge.reporting
        segs = sorted((s.start, s.end) for s in find_segments(doc.text) if not s.single)
        skipped = [t for t in doc if t.pos_ not in _CUE_POS and t.lower_ not in _ACCORDING_FIRST]
        assert len(skipped) > 40
        assert all(_reading(t, lex, segs)[0] is None for t in skipped)
        kept = [t for t in doc if t.pos_ in _CUE_POS or t.lower_ in _ACCORDING_FIRST]
        assert any(_reading(t, lex, segs)[0] is not None for t in kept)


def test_token_starts_and_entities_from_the_arrays():
    doc, _ = _doc_and_lex(Options())
    assert TokenIndex(doc).starts == [t.idx for t in doc]
    plain = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    got = entity_at(doc)
    assert got == plain and len(got) > 5
    assert entity_at(doc) is got  # built once per parse


def test_lone_surrogate_found_where_the_character_walk_found_it():
    from dateline.errors import Unreadable
    from dateline.ingest import make_article
    from dateline.ingest.normalize import normalize_text

    for text in ("Kell spoke.\ud800 Then", "\udfff", "A \ud7ff\ue000 \U0001F600 b \udc00 c \ud801"):
        first = next(i for i, ch in enumerate(normalize_text(text)) if "\ud800" <= ch <= "\udfff")
        try:
            make_article(text, source="<t>")
        except Unreadable as exc:
            assert f"at character {first}:" in str(exc)
        else:
            raise AssertionError("a lone surrogate must be refused")
    assert make_article("A \ud7ff\ue000 \U0001F600 text", source="<t>").text


def test_time_rules_with_their_first_character_guard_find_what_they_found_without_it():
    import json
    import re

    from conftest import ROOT
    from dateline.extract.times import recognize

    texts = [json.loads(line)["text"].lower() for line in
             (ROOT / "samples" / "wikinews-politics-sample.jsonl").read_text(encoding="utf-8").splitlines()]
    texts.append("on monday, 3 march 2021 at 10:30 p.m. est, two years ago, every other week since the 1990s; "
                 "q3 2020, fy2019, the year-ago period, 12,000 barrels a day, a daylong vigil, christmas eve 2020.")
    rules = recognize._patterns(recognize.lexicon())
    guarded = recognize.patterns()
    found = 0
    for (name, pattern, _), (_, rule) in zip(guarded, rules):
        assert "(?=[" in pattern.pattern, name  # every rule is read
        plain = re.compile(recognize._BEG + "(?:" + rule + ")" + recognize._END)
        for text in texts:
            got = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)], name
            found += len(got)
    assert found > 100


def test_first_character_guard_is_left_out_where_the_rule_is_not_read():
    from dateline.extract.times.recognize import _first_char_guard

    assert _first_char_guard(r"(?:x|\d+|[a-c_])y") == r"(?=[x\d" + "a-c" + r"\U0000005f])"
    assert _first_char_guard(r"(?:the\s+)?(?=\d)\d+|week") == r"(?=[t\dw])"
    for rule in (r"[^a]b", r"a?", r"(?i)abc", r"(?i:a)b", r"(a)?\1x", r".b", r"(?:x|)"):
        assert _first_char_guard(rule) == "", rule
