"""The web JSON API and pages over a read-only store (FastAPI TestClient): filters, cursors, bounds,
4xx errors, read-only access, parameterised SQL, escaping and rate limits."""
from __future__ import annotations

import hashlib
import html
import json
import re
import sqlite3

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("jinja2")

from fastapi.testclient import TestClient  # noqa: E402

from dateline.web.app import create_app  # noqa: E402
from dateline.store import Store  # noqa: E402
from web_fixtures import XSS_IMG, XSS_SCRIPT, build_store  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db, rate=10_000, burst=10_000))


def walk(client, url: str, limit: int = 1) -> list[dict]:
    """Every item of a paged endpoint, following next_cursor."""
    items, cursor = [], None
    for _ in range(1000):
        sep = "&" if "?" in url else "?"
        page = client.get(f"{url}{sep}limit={limit}" + (f"&cursor={cursor}" if cursor else "")).json()
        items += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            return items
    raise AssertionError("pagination does not end")


def test_store_is_opened_read_only(db, client):
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for url in ("/api/articles", "/api/events", "/api/search?q=police", "/articles/web-a1", "/timeline"):
        assert client.get(url).status_code == 200
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        client.app.state.store.conn.execute("DELETE FROM articles")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_article_endpoint_returns_the_full_stored_record(db, client):
    with Store(db) as st:
        stored = st.get_record("web-a1")
    assert client.get("/api/articles/web-a1").json() == stored
    assert client.get("/api/articles/nope").status_code == 404
    listed = client.get("/api/articles").json()["items"]
    assert [a["id"] for a in listed] == ["web-xss", "web-a2", "web-a1"]  # newest first
    assert all(a["events"] >= 0 and a["quotes"] >= 0 for a in listed)


def test_cursor_pagination_visits_every_row_once(client):
    for url, key in (("/api/events", ("article_id", "id")), ("/api/quotes", ("article_id", "id")),
                     ("/api/articles", ("id",)), ("/api/actors", ("name",)), ("/api/timeline", ("article_id", "id"))):
        whole = client.get(f"{url}?limit=200").json()["items"]
        paged = walk(client, url)
        assert len(whole) >= 2, url
        assert [tuple(i[k] for k in key) for i in paged] == [tuple(i[k] for k in key) for i in whole], url


def test_event_filters_combine_and_each_one_holds(client):
    events = client.get("/api/events?limit=200").json()["items"]
    assert events
    ev = events[0]
    for item in client.get(f"/api/events?type={ev['type']}").json()["items"]:
        assert item["type"] == ev["type"]
    name = (ev["sources"] + ev["targets"])[0]["name"]
    got = client.get("/api/events", params={"actor": name.lower()}).json()["items"]
    assert got and all(any(name.lower() in a["name"].lower() for a in i["sources"] + i["targets"] + i["others"])
                       for i in got)
    neg = client.get("/api/events?modality=asserted").json()["items"]
    assert all(i["modality"] == "asserted" for i in neg)
    dated = [e for e in events if e["date_value"]]
    day = dated[0]["date_value"][:10]
    ranged = client.get(f"/api/events?date_from={day}&date_to={day}").json()["items"]
    assert ranged and all(i["date_value"][:10] == day for i in ranged)
    countries = {a["country"] for e in events for a in e["sources"] + e["targets"] if a["country"]}
    c = sorted(countries)[0]
    assert all(c in {a["country"] for a in i["sources"] + i["targets"] + i["others"]} | {i["location_country"]}
               for i in client.get(f"/api/events?country={c}").json()["items"])


def test_timeline_is_ordered_by_when_events_happened(client):
    items = client.get("/api/timeline?limit=200").json()["items"]
    assert items and all(i["date_value"] for i in items)
    assert [i["date_value"] for i in items] == sorted(i["date_value"] for i in items)


def test_quotes_actors_profile_network_conflicts(client):
    quotes = client.get("/api/quotes", params={"speaker": "macron"}).json()["items"]
    assert quotes and all("macron" in (q["speaker"] or q["speaker_text"] or "").lower() for q in quotes)
    actors = client.get("/api/actors?limit=200").json()["items"]
    counts = [a["articles"] for a in actors]
    assert counts == sorted(counts, reverse=True)
    macron = next(a for a in actors if a["name"] == "Emmanuel Macron")
    assert macron["quotes"] >= 1 and macron["articles"] == 1
    prof = client.get("/api/actors/Emmanuel Macron").json()
    assert prof["articles"] == 1 and prof["quotes"] and "FRA" in prof["countries"]
    assert client.get("/api/actors/Nobody At All").status_code == 404
    net = client.get("/api/network").json()
    names = {n["id"] for n in net["nodes"]}
    assert net["edges"] and all(e["source"] in names and e["target"] in names and e["weight"] >= 1
                                for e in net["edges"])
    assert client.get("/api/conflicts").status_code == 200


def test_full_text_search_and_its_syntax_is_not_passed_through(client):
    hits = client.get("/api/search", params={"q": "protesters arrested"}).json()["items"]
    assert {h["id"] for h in hits} >= {"web-a2"}
    assert all("\x02" in h["snippet"] for h in hits)
    for q in ('"unbalanced', "a* OR NEAR(", "title:x", "police)", "-(", "^"):
        assert client.get("/api/search", params={"q": q}).status_code in (200, 400), q
    assert client.get("/api/search", params={"q": "!!!"}).status_code == 400


@pytest.mark.parametrize("payload", ["x' OR '1'='1", "%", "_", "'; DROP TABLE articles; --", "\" OR 1=1 --"])
def test_sql_injection_is_inert(client, payload):
    assert client.get("/api/events", params={"actor": payload}).json()["items"] == []
    assert client.get("/api/quotes", params={"speaker": payload}).json()["items"] == []
    assert client.get("/api/actors", params={"name": payload}).json()["items"] == []
    r = client.get("/api/search", params={"q": payload})
    assert r.status_code in (200, 400)
    assert client.get("/api/stats").json()["rows"]["articles"] == 3


@pytest.mark.parametrize("url, parameter", [
    ("/api/events?limit=0", "limit"), ("/api/events?limit=201", "limit"), ("/api/events?date_from=2024-5-1", "date_from"),
    ("/api/events?type=assault", "type"), ("/api/events?country=France", "country"),
    ("/api/events?modality=maybe", "modality"), ("/api/actors?name=" + "x" * 101, "name"),
    ("/api/search?q=" + "x" * 201, "q"), ("/api/search", "q"), ("/api/events?cursor=" + "A" * 201, "cursor"),
])
def test_bad_parameters_get_a_4xx_naming_the_parameter(client, url, parameter):
    r = client.get(url)
    assert r.status_code == 422
    assert parameter in {e["parameter"] for e in r.json()["errors"]}


def test_bad_cursor_and_reversed_dates_get_400(client):
    for bad in ("zzz", "WzEsMl0", "eyJhIjoxfQ", "WyJ4Il0", "W3RydWVd"):  # not base64 JSON / wrong shape / wrong type
        r = client.get(f"/api/events?cursor={bad}")
        assert r.status_code == 400 and "cursor" in r.json()["detail"]
    r = client.get("/api/events?date_from=2024-05-09&date_to=2024-05-01")
    assert r.status_code == 400 and "date_from" in r.json()["detail"]


def test_a_loopback_server_refuses_foreign_host_headers(db):
    c = TestClient(create_app(db, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://127.0.0.1:8000")
    assert c.get("/api/stats").status_code == 200
    assert c.get("/api/stats", headers={"Host": "attacker.example"}).status_code == 400


def test_rate_limit_answers_429(db):
    c = TestClient(create_app(db, rate=0.001, burst=3))
    codes = [c.get("/api/stats").status_code for _ in range(5)]
    assert codes[:3] == [200] * 3 and codes[3:] == [429, 429]


def test_article_text_is_escaped_everywhere(client):
    for url in ("/articles/web-xss", "/", "/events", "/quotes", "/search?q=council", "/timeline", "/network",
                "/actors", "/conflicts"):
        page = re.sub(r'<script type="application/json"[^>]*>[^<]*</script>', "", client.get(url).text)
        for payload in (XSS_SCRIPT, XSS_IMG):
            assert payload not in page, url
        assert "<script>window" not in page and "<img src=x" not in page and 'onerror="' not in page, url
    page = client.get("/articles/web-xss").text
    assert html.escape(XSS_SCRIPT, quote=False) in page  # shown as text
    assert 'href="javascript:' not in page  # the javascript: URL is not made a link
    data = page.split('id="record-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and json.loads(data)["article"]["id"] == "web-xss"  # embedded JSON cannot close the tag
    r = client.get("/articles/web-xss")
    assert "script-src 'self'" in r.headers["content-security-policy"]


def test_pages_render_and_bad_page_parameters_get_an_html_4xx(client):
    for url in ("/", "/articles/web-a1", "/events", "/events?type=&actor=Macron", "/timeline", "/network",
                "/search?q=police", "/search", "/quotes?speaker=Macron", "/actors", "/actors/Emmanuel Macron",
                "/conflicts", "/docs"):
        r = client.get(url)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html"), url
    r = client.get("/events?date_from=yesterday")
    assert r.status_code == 422 and "date_from" in r.text and r.headers["content-type"].startswith("text/html")
    assert client.get("/articles/none-such").status_code == 404
    partial = client.get("/events?type=&actor=Macron", headers={"HX-Request": "true"}).text
    assert partial.lstrip().startswith('<div id="events-table">')


def test_article_page_marks_quotes_with_speakers_and_links_marks_to_records(client):
    rec = client.get("/api/articles/web-a1").json()
    page = client.get("/articles/web-a1").text
    for q in rec["quotes"]:
        assert f'data-ref="quote-{q["id"]}"' in page and f'id="rec-quote-{q["id"]}"' in page
    assert 'data-speaker="Emmanuel Macron"' in page
    for ev in rec["events"]:
        assert f'id="rec-event-{ev["id"]}"' in page


def test_openapi_and_docs_are_served_without_a_cdn(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/articles", "/api/articles/{article_id}", "/api/events", "/api/timeline", "/api/quotes",
            "/api/actors", "/api/network", "/api/conflicts", "/api/search", "/api/corpus/events",
            "/api/corpus/conflicts"} <= set(paths)
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui-dist/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/static/vendor/swagger-ui-dist/swagger-ui-bundle.js").status_code == 200


def test_corpus_endpoints_answer_404_until_the_corpus_is_built(client):
    r = client.get("/api/corpus/events")
    assert r.status_code == 404 and "dateline corpus" in r.json()["detail"]
    assert client.get("/corpus").status_code == 404 and "dateline corpus" in client.get("/corpus").text
    assert client.get("/api/corpus/conflicts").status_code == 404


def test_corpus_events_once_linked(db, tmp_path):
    pytest.importorskip("dateline.corpus.commands")
    from dateline.cli import main

    linked = tmp_path / "corpus.db"
    linked.write_bytes(db.read_bytes())
    assert main(["corpus", "--db", str(linked), "--quiet"]) == 0
    c = TestClient(create_app(linked, rate=10_000, burst=10_000))
    events = c.get("/api/corpus/events?limit=200").json()["items"]
    assert events and all(e["n_outlets"] >= 1 for e in events)
    assert walk(c, "/api/corpus/events") == events
    many = max(e["n_outlets"] for e in events)
    assert all(e["n_outlets"] >= many for e in c.get(f"/api/corpus/events?min_sources={many}").json()["items"])
    one = c.get(f"/api/corpus/events/{events[0]['id']}").json()
    assert one["reports"] and {r["article_id"] for r in one["reports"]} <= {"web-a1", "web-a2", "web-xss"}
    assert c.get("/api/corpus/events/999999").status_code == 404
    assert c.get(f"/corpus/events/{events[0]['id']}").status_code == 200
    listing = c.get(f"/corpus?min_sources={many}&type=")
    assert listing.status_code == 200 and f'href="/corpus/events/{events[0]["id"]}"' in c.get("/corpus").text
    assert c.get("/corpus?min_sources=0").status_code == 422
    conflicts = walk(c, "/api/corpus/conflicts")
    assert conflicts == c.get("/api/corpus/conflicts?limit=200").json()["items"]
    assert all(x["scope"] == "article" for x in c.get("/api/corpus/conflicts?scope=article").json()["items"])
    assert c.get("/api/corpus/conflicts?kind=rumour").status_code == 422
    assert c.get("/conflicts").status_code == 200


def test_serve_command_defaults_to_localhost_and_reports_a_missing_store(tmp_path, capsys):
    from dateline.cli import build_parser, main

    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.db) == ("127.0.0.1", 8000, "dateline.db")
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 1
    assert "no such database" in capsys.readouterr().err
    assert main(["serve", "--db", str(tmp_path / "none.db"), "--port", "70000"]) == 2
