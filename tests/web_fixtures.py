"""Stores for the web tests: invented articles (one carrying script-injection payloads) and, where
../shared is available, the seed article. Imported by tests/test_web_*.py."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from conftest import SEED, run_paths, run_text
from dateline.record import to_dict
from dateline.store import Store

XSS_SCRIPT = "<script>window.__xss = 1</script>"
XSS_IMG = "<img src=x onerror=\"window.__xss = 2\">"
XSS_TEXT = (
    f"Minister Anna Berg said on Monday that the council {XSS_SCRIPT} would meet again. "
    f"\"We will not accept {XSS_IMG} any more threats,\" Berg said. "
    "The police arrested forty protesters in Oslo on Tuesday, the ministry said."
)
ARTICLES = [
    ("web-a1", "2024-05-06", "Ministers meet over trade",
     "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday. "
     "\"We agreed on a common position,\" Macron said. Scholz criticised the United States over tariffs."),
    ("web-a2", "2024-05-08", "Protests and arrests",
     "Police in Paris arrested dozens of protesters on Wednesday. The government of France condemned the "
     "violence. \"The police acted lawfully,\" Interior Minister Gérald Darmanin said."),
    ("web-xss", "2024-05-09", f"Council {XSS_SCRIPT} meeting", XSS_TEXT),
]


def build_store(path: Path, with_seed: bool = False) -> Path:
    """A store at `path` with the invented articles (and the seed article when asked and available)."""
    records = []
    for aid, date, title, text in ARTICLES:
        rec = to_dict(run_text(text, date=date))
        rec["article"]["id"] = aid
        rec["article"]["title"] = title
        rec["article"]["url"] = "javascript:window.__xss=3" if aid == "web-xss" else f"https://example.org/{aid}"
        records.append(rec)
    if with_seed and SEED.exists():
        records += [to_dict(r) for r in run_paths(str(SEED))]
    with Store(path) as st:
        st.upsert_records(records)
        st.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """`dateline serve`'s app over the store `db` on a free local port: yields its base URL, stops it after."""
    import uvicorn
    from dateline.web.app import create_app
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db, rate=1000, burst=5000, allowed_hosts=["127.0.0.1"]),
                                        host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


def hover_article(db: Path, article_id: str, selector: str) -> tuple[list[str], str]:
    """In Debian's chromium through Playwright (the test is skipped where either is missing): open the article page,
    hover the mark `selector`; returns the texts of the marks lit as one event's reports and the card's text."""
    import os
    import shutil

    import pytest
    pytest.importorskip("uvicorn")
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(chromium):
        pytest.skip("Debian's chromium is not installed")
    with serving(db) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.goto(f"{url}/articles/{article_id}", wait_until="load")
        page.hover(selector)
        lit = page.eval_on_selector_all("#article-text .hl-linked", "els => els.map(e => e.textContent)")
        card = page.inner_text("#card")
        browser.close()
    return lit, card
