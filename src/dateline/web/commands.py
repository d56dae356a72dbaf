"""`dateline serve`: the web UI and JSON API over a store (needs the [web] extra)."""
from __future__ import annotations

import argparse
import sys

LOOPBACK = ["127.0.0.1", "localhost", "::1"]
EXAMPLE = "example: dateline serve --db dateline.db   (then open http://127.0.0.1:8000/)"


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from .app import create_app
    except ImportError as exc:
        print(f"error: `dateline serve` needs the web extra ({exc.name} is missing): "
              "pip install 'dateline[web]'", file=sys.stderr)
        return 2
    if not 0 < args.port < 65536:
        print(f"error: --port {args.port}: not a TCP port (1-65535)", file=sys.stderr)
        return 2
    loopback = args.host in LOOPBACK
    app = create_app(args.db, rate=args.rate, burst=max(10, int(args.rate * 10)),
                     allowed_hosts=LOOPBACK + ["[::1]"] if loopback else None)
    if not loopback:
        print(f"warning: serving on {args.host}: anyone who can reach this address can read the store",
              file=sys.stderr)
    print(f"Dateline UI on http://{args.host}:{args.port}/ (API docs at /docs); store {args.db} read-only. "
          "Ctrl-C stops.", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def add_commands(sub, cmd, examples: dict[str, str]) -> None:
    """Register `serve` (called by cli.build_parser through COMMAND_MODULES)."""
    examples["serve"] = EXAMPLE
    p = cmd("serve", "Serve a read-only web UI and JSON API over the store.")
    p.add_argument("--db", default="dateline.db", metavar="PATH", help="SQLite store (default ./dateline.db)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="TCP port (default 8000)")
    p.add_argument("--rate", type=float, default=20.0, metavar="N",
                   help="requests per second allowed per client, with bursts of 10×N (default 20)")
    p.set_defaults(func=cmd_serve)
