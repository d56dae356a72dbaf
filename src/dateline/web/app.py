"""The FastAPI application: read-only store, JSON API, server-rendered pages, vendored static files.

Security: the store is opened read-only; responses carry a strict Content-Security-Policy (scripts only from
this server, no inline script); each client gets a token bucket of requests; bad parameters get a 4xx that
says which parameter and why.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from .db import BadParameter, ReadStore

HERE = Path(__file__).parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


class RateLimiter:
    """Token bucket per client address: `rate` requests a second, bursts up to `burst`."""

    def __init__(self, rate: float, burst: int):
        self.rate, self.burst = rate, burst
        self.buckets: dict[str, tuple[float, float]] = {}
        self.lock = threading.Lock()

    def allow(self, client: str) -> bool:
        now = time.monotonic()
        with self.lock:
            tokens, last = self.buckets.get(client, (float(self.burst), now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if len(self.buckets) > 10_000:
                self.buckets.clear()
            if tokens < 1:
                self.buckets[client] = (tokens, now)
                return False
            self.buckets[client] = (tokens - 1, now)
            return True


def snippet(text: str | None) -> Markup:
    """An FTS5 snippet (matches between \\x02 and \\x03) as escaped HTML with the matches in <mark>."""
    return Markup(str(escape(text or "")).replace("\x02", "<mark>").replace("\x03", "</mark>"))


def _drop_empty_params(scope: dict) -> None:
    """HTML forms send empty fields (`?type=&actor=x`): on pages an empty field means "no filter"."""
    qs = scope.get("query_string", b"")
    if qs and not scope["path"].startswith("/api"):
        pairs = [(k, v) for k, v in parse_qsl(qs.decode("latin-1"), keep_blank_values=True) if v != ""]
        scope["query_string"] = urlencode(pairs).encode("latin-1")


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and request.url.path not in ("/openapi.json",)


def _error(request: Request, status: int, message: str, errors: list | None = None) -> Response:
    if _wants_html(request):
        templates: Jinja2Templates = request.app.state.templates
        return templates.TemplateResponse(request, "error.html", {"status": status, "message": message,
                                                                  "errors": errors or []}, status_code=status)
    body = {"detail": message}
    if errors:
        body["errors"] = errors
    return JSONResponse(body, status_code=status)


def _validation_errors(exc: RequestValidationError) -> list[dict]:
    return [{"parameter": ".".join(str(p) for p in e.get("loc", ())[1:]) or str(e.get("loc")),
             "problem": e.get("msg", "invalid")} for e in exc.errors()]


def create_app(db_path: str | Path, rate: float = 20.0, burst: int = 200,
               allowed_hosts: list[str] | None = None) -> FastAPI:
    """The web application over the store at `db_path` (opened read-only). `allowed_hosts` (Host header
    values) guards a loopback server against DNS rebinding; None accepts any."""
    from . import api, pages

    app = FastAPI(title="Dateline", version=__version__, docs_url=None, redoc_url=None,
                  description="Read-only API over a Dateline store: articles (dateline/article@1 records), events, "
                              "quotes, actors, timeline, conflicts, full-text search.")
    app.state.store = ReadStore(db_path)
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.state.templates.env.globals["version"] = __version__
    app.state.templates.env.filters["snippet"] = snippet
    limiter = RateLimiter(rate, burst)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        client = request.client.host if request.client else "?"
        if not limiter.allow(client):
            return JSONResponse({"detail": "too many requests: slow down"}, status_code=429,
                                headers={"Retry-After": "1"})
        if len(str(request.url)) > 2000:
            return JSONResponse({"detail": "request URL too long (max 2000 characters)"}, status_code=414)
        _drop_empty_params(request.scope)
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        errors = _validation_errors(exc)
        msg = "bad parameter: " + "; ".join(f"{e['parameter']}: {e['problem']}" for e in errors)
        return _error(request, 422, msg, errors)

    @app.exception_handler(BadParameter)
    async def bad_parameter(request: Request, exc: BadParameter):
        return _error(request, 400, f"bad parameter: {exc}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return _error(request, exc.status_code, str(exc.detail))

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    if allowed_hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    return app
