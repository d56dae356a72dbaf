"""Up-front validation of command-line options: a bad value is a usage error (exit 2) naming it."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

_PARTIAL_DATE = re.compile(r"\A(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")
SQLITE_HEADER = b"SQLite format 3\x00"


def check_partial_date(value: str, flag: str) -> str | None:
    m = _PARTIAL_DATE.match(value.strip())
    if not m:
        return f"{flag} {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD"
    try:
        date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError as exc:
        return f"{flag} {value!r}: {exc}"
    return None


def check_db(path: str, must_exist: bool) -> str | None:
    if path in ("", ":memory:") or path.startswith("file:"):
        return (f"--db {path!r}: not a database file; it would keep nothing "
                f"(use --no-db not to store records)")
    p = Path(path)
    if p.is_dir():
        return f"--db {path}: is a directory, not a database file"
    if p.exists():
        try:
            with open(p, "rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            return f"--db {path}: cannot read ({exc.strerror or exc})"
        if head and head != SQLITE_HEADER:
            return f"--db {path}: not a SQLite database (refusing to touch it)"
    elif must_exist:
        return None  # the command reports a missing store itself, with a hint
    elif not p.parent.is_dir():
        return f"--db {path}: directory {p.parent} does not exist"
    return None


def check_json_file(path: str, flag: str) -> str | None:
    p = Path(path)
    if not p.is_file():
        return f"{flag} {path}: no such file"
    try:
        json.loads(p.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        return f"{flag} {path}: not UTF-8 text ({exc.reason})"
    except ValueError as exc:
        return f"{flag} {path}: not valid JSON ({exc})"
    except OSError as exc:
        return f"{flag} {path}: cannot read ({exc.strerror or exc})"
    return None


def problems(args) -> list[str]:
    """Every problem with the parsed options of the commands this module knows (empty if none)."""
    out: list[str] = []
    command = getattr(args, "command", None)
    if getattr(args, "max_bytes", None) is not None and args.max_bytes <= 0:
        out.append(f"--max-bytes {args.max_bytes}: must be a positive number of bytes")
    if getattr(args, "timeout", None) is not None and not args.timeout >= 0:
        out.append(f"--timeout {args.timeout}: must be 0 (no limit) or a positive number of seconds")
    if getattr(args, "workers", None) is not None and args.workers < 1:
        out.append(f"--workers {args.workers}: must be 1 or more")
    if getattr(args, "commit_every", None) is not None and args.commit_every < 1:
        out.append(f"--commit-every {args.commit_every}: must be 1 or more")
    if getattr(args, "registry", None):
        out += [p for p in [check_json_file(args.registry, "--registry")] if p]
    if getattr(args, "knowledge", None) and not Path(args.knowledge).is_dir():
        out.append(f"--knowledge {args.knowledge}: no such directory")
    for flag, attr in (("--from", "date_from"), ("--to", "date_to")):
        value = getattr(args, attr, None)
        if value is not None:
            out += [p for p in [check_partial_date(value, flag)] if p]
    if hasattr(args, "db") and not getattr(args, "no_db", False) and command in (
            "extract", "show", "stats", "quotes", "timeline"):
        out += [p for p in [check_db(args.db, must_exist=command != "extract")] if p]
    return out
