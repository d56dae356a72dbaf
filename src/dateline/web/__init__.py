"""Dateline's web UI and read-only JSON API (`dateline serve`; FastAPI, uvicorn and Jinja2 from the [web] extra).

`create_app(db_path)` (in `dateline.web.app`) builds the application; importing this package needs nothing
beyond the core, so the CLI works without the extra.
"""
