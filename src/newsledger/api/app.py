"""The workbench application: FastAPI routes over the index, with the security every response gets.

- Content-Security-Policy on every response: nothing from anywhere but this server, no script at
  all (the pages need none: filters are links and plain GET forms), inline style attributes only
  (the report's SVG legend uses them); plus nosniff, no referrer, no framing.
- Host check: bound to a loopback address, requests must name a loopback host (a web page on
  another site cannot reach the ledger through DNS rebinding).
- Token: when one is set (required when bound to another address), every request carries it as
  `Authorization: Bearer TOKEN`, a `newsledger_token` cookie, or once as `?token=TOKEN`, which
  sets the cookie.
"""
from __future__ import annotations

import hmac
import ipaddress
import logging
import re
from collections import OrderedDict
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint

from .index import Index

__all__ = ["create_app", "CSP", "HideToken", "is_loopback"]

CSP = ("default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
_TOKEN_COOKIE = "newsledger_token"
_TOKEN_IN_QUERY = re.compile(r"([?&]token=)[^&#\s\"]*", re.I)


class HideToken(logging.Filter):
    """Masks `?token=...` in log records: the server's access log prints every request's path
    and query, and a browser's first request carries the token there.

    >>> record = logging.LogRecord("uvicorn.access", 20, "", 0, '%s "%s %s"', ("127.0.0.1", "GET", "/?q=x&token=s3cret"), None)
    >>> HideToken().filter(record), record.getMessage()
    (True, '127.0.0.1 "GET /?q=x&token=***"')
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = _TOKEN_IN_QUERY.sub(r"\1***", record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_TOKEN_IN_QUERY.sub(r"\1***", a) if isinstance(a, str) else a for a in record.args)
        return True


class _Guard(BaseHTTPMiddleware):
    """Host check, token check and the security headers, for every request."""

    def __init__(self, app, *, token: str | None, loopback_only: bool):
        super().__init__(app)
        self.token = token
        self.loopback_only = loopback_only

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        if self.loopback_only and not is_loopback(_host_name(request.headers.get("host", ""))):
            return _secure(PlainTextResponse("refused: this workbench answers only to a loopback host name "
                                             "(127.0.0.1 or localhost)", status_code=400))
        if self.token is not None:
            given = _token_of(request)
            if given is None or not hmac.compare_digest(given.encode(), self.token.encode()):
                return _secure(PlainTextResponse("unauthorised: this workbench needs its token "
                                                 "(Authorization: Bearer TOKEN, or open it once with ?token=TOKEN)",
                                                 status_code=401))
        response = await call_next(request)
        if self.token is not None and request.query_params.get("token"):
            response.set_cookie(_TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
        return _secure(response)


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 (bracketed or not) and "localhost": what `serve` may listen on
    without a token, and the host names a loopback-bound workbench answers to."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _host_name(header: str) -> str:
    """The host of a Host header without its port: "127.0.0.1:8000" -> "127.0.0.1", "[::1]:80" -> "[::1]"."""
    if header.startswith("["):
        return header.split("]", 1)[0] + "]"
    return header.split(":", 1)[0].lower()


def _token_of(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.query_params.get("token") or request.cookies.get(_TOKEN_COOKIE)


def _secure(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Cache-Control"] = "no-store"
    return response


def create_app(index: Index, *, token: str | None = None, loopback_only: bool = True) -> FastAPI:
    """The workbench over a built index. `loopback_only` refuses requests naming another host;
    `token`, when given, is required on every request."""
    from . import data, pages

    app = FastAPI(title="newsledger workbench", version=_version(),
                  description="Read-only JSON API over a newsledger ledger: stories, claims with their "
                              "verdicts, events in ACLED's columns, places and articles. Every row carries "
                              "its article id, URL and the evidence sentence's character offsets.",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.index = index
    app.state.story_cache = OrderedDict()        # story id -> its rendered report, a few kept
    app.add_middleware(_Guard, token=token, loopback_only=loopback_only)
    app.include_router(data.router)
    app.include_router(pages.router)      # before the mount: /static/report.css is the report's own
    app.mount("/static", StaticFiles(directory=str(Path(str(resources.files(__package__))) / "static")),
              name="static")
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(("/api/", "/download/"))


async def _invalid(request: Request, exc: Exception) -> Response:
    """422 naming each bad parameter and what it must be: JSON under /api/, a page elsewhere."""
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    problems = [f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg', 'invalid')}"
                for e in errors]
    if _wants_json(request):
        return JSONResponse({"detail": problems}, status_code=422)
    from .pages import error_page

    return error_page(request, 422, "Bad filter", problems)


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, StarletteHTTPException) else 500
    detail = exc.detail if isinstance(exc, StarletteHTTPException) else "error"
    if _wants_json(request):
        return JSONResponse({"detail": detail}, status_code=status)
    from .pages import error_page

    return error_page(request, status, "Not found" if status == 404 else "Error", [str(detail)])


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsledger")
    except PackageNotFoundError:
        return "0"
