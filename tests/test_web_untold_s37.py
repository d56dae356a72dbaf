"""Session 37, issue 9 (web): acts an article tells without a doer (the record's `unattributed_events`, "was
arrested") are marked in the article text like events — their own ref, a dashed mark, a link to their row in the
"Reported without a doer" table and a card on hover — and never share a ref with an attributed event.

Every article is invented."""
from __future__ import annotations

import re

import pytest

from corpus_fixtures import records
from dateline.store import Store
from dateline.web.highlight import highlight, legend

UNTOLD = ("u1", "2031-05-09", "Harbour Times",
          "A fisherman was arrested in Port Velna on Monday. Ostland condemned Westria in a statement on Thursday.")
MARK = re.compile(r'<a class="([^"]*)" href="([^"]*)" data-ref="([^"]*)" title="([^"]*)">([^<]*)</a>')


@pytest.fixture(scope="module")
def rec() -> dict:
    [r] = records([UNTOLD])
    return r


@pytest.fixture(scope="module")
def db(rec, tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("untold") / "u.db")
    with Store(path) as st:
        st.upsert_records([rec])
    return path


def _marks(rec: dict) -> dict[str, tuple[str, str, str, str]]:
    return {word: (cls, href, refs, title) for cls, href, refs, title, word in MARK.findall(str(highlight(rec)))}


def test_the_invented_article_has_one_act_without_a_doer_and_one_event(rec):
    assert [e["trigger"]["text"] for e in rec["unattributed_events"]] == ["arrested"]
    assert "condemned" in [e["trigger"]["text"] for e in rec["events"]]


def test_the_act_without_a_doer_is_marked_with_its_own_ref_and_links_to_its_row(rec):
    [ev] = rec["unattributed_events"]
    cls, href, refs, title = _marks(rec)["arrested"]
    assert "hl-untold" in cls.split() and "hl-event" not in cls.split()
    assert (href, refs) == (f"#rec-untold-{ev['id']}", f"untold-{ev['id']}")
    assert title.startswith(f"Reported without a doer — Event {ev['type']} (asserted): ? → fisherman")
    cls, _, refs, _ = _marks(rec)["condemned"]
    assert "hl-event" in cls.split() and refs.startswith("event-")
    assert "hl-untold" in [c for c, _, _ in legend()]


def test_a_record_without_the_field_still_highlights(rec):
    old = {k: v for k, v in rec.items() if k != "unattributed_events"}
    assert "arrested" not in _marks(old) and "condemned" in _marks(old)


def test_the_article_page_links_the_mark_to_the_row(db, rec):
    pytest.importorskip("fastapi")
    pytest.importorskip("jinja2")
    from fastapi.testclient import TestClient

    from dateline.web.app import create_app
    [ev] = rec["unattributed_events"]
    page = TestClient(create_app(db, rate=10_000, burst=10_000)).get("/articles/u1").text
    assert f'href="#rec-untold-{ev["id"]}"' in page and f'<tr id="rec-untold-{ev["id"]}">' in page
    assert "Act without a doer" in page


def test_in_a_browser_hovering_the_act_shows_its_card(db):
    """Debian's chromium through Playwright (skipped where either is missing), as tests/test_web_browser.py."""
    from web_fixtures import hover_article
    lit, card = hover_article(db, "u1", "#article-text a.hl-untold >> text=arrested")
    assert lit == ["arrested"]
    assert card.startswith("Reported without a doer: COERCE") and "source\n—" in card
