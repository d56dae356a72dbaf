"""The article highlighter: well-formed nesting whatever the spans, text preserved and escaped."""
from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings, strategies as st

from dateline.web.highlight import highlight

VOID = {"br", "img"}


class Tree(HTMLParser):
    """Collects text and checks that every tag closes in order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.tags = [], [], []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(markup: str) -> Tree:
    t = Tree()
    t.feed(markup)
    t.close()
    assert not t.stack
    return t


def record(text, quotes=(), mentions=(), triggers=(), times=(), places=()):
    return {
        "article": {"text": text},
        "actors": [{"id": f"a{i}", "name": f"Actor {i}", "kind": "person", "mentions": [{"start": s, "end": e, "text": text[s:e]}]}
                   for i, (s, e) in enumerate(mentions)],
        "events": [{"id": f"e{i}", "type": "CONSULT", "source": ["a0"] if mentions else [], "target": [],
                    "trigger": {"start": s, "end": e, "text": text[s:e]}, "evidence": {"start": 0, "end": len(text), "text": text}}
                   for i, (s, e) in enumerate(triggers)],
        "quotes": [{"id": f"q{i}", "kind": "direct", "text": text[s:e], "start": s, "end": e, "speaker": "a0" if mentions else None,
                    "speaker_text": None} for i, (s, e) in enumerate(quotes)],
        "times": [{"start": s, "end": e, "text": text[s:e], "type": "DATE", "value": "2024-01-01"} for s, e in times],
        "places": [{"start": s, "end": e, "text": text[s:e], "name": "Oslo", "country": "NOR"} for s, e in places],
        "claims": [],
    }


def test_crossing_mark_is_split_at_the_quote_boundary_and_text_is_kept():
    text = 'Berg said "we <b>will</b> meet" in Oslo & Bergen.'
    rec = record(text, quotes=[(11, 31)], mentions=[(0, 4), (27, 35)], places=[(35, 39)], triggers=[(0, 4)])
    out = str(highlight(rec))
    tree = parse(out)
    assert "".join(tree.text) == text
    assert "<b>" not in out and "&lt;b&gt;" in out and "&amp;" in out
    quote = [a for t, a in tree.tags if t == "span"]
    assert len(quote) == 1 and quote[0]["data-speaker"] == "Actor 0"
    merged = [a for t, a in tree.tags if t == "a" and "hl-event" in a["class"]]
    assert len(merged) == 1 and "hl-actor" in merged[0]["class"]  # same range: one mark, both records
    assert merged[0]["data-ref"] == "actor-a0 event-e0"
    crossing = [a for t, a in tree.tags if t == "a" and a["data-ref"] == "actor-a1"]
    assert len(crossing) == 2  # closed at the quote's end and reopened after it


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=8)


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet="ab <>&\"'\n", min_size=1, max_size=60), q=spans, m=spans, t=spans, p=spans)
def test_any_spans_give_well_formed_html_with_the_exact_text(text, q, m, t, p):
    cut = lambda xs: [(s, min(s + n, len(text) + 3)) for s, n in xs]  # noqa: E731  (some out of range)
    tree = parse(str(highlight(record(text, cut(q), cut(m), cut(t), cut(p)))))
    assert "".join(tree.text) == text


def test_overlapping_quotes_show_the_direct_one_whole():
    text = 'He said that he would help "to end it; nobody is safe," he wrote.'
    mixed = (8, 35)   # 'that he would help "to end it'
    direct = (28, 53)  # 'to end it; nobody is safe,'
    rec = record(text, quotes=[mixed, direct])
    rec["quotes"][0]["kind"] = "mixed"
    tree = parse(str(highlight(rec)))
    spans = [a for t, a in tree.tags if t == "span"]
    assert [s["data-ref"] for s in spans] == ["quote-q0", "quote-q1"]
    shown = str(highlight(rec)).split('data-ref="quote-q1"', 1)[1].split("</span>", 1)[0]
    assert text[direct[0]:direct[1]] in shown
