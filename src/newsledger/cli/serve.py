"""`newsledger serve`: the read-only web workbench and JSON API over a ledger."""
from __future__ import annotations

import secrets

import click

from ..errors import NewsledgerError
from ..store import DEFAULT_DB

__all__ = ["serve_command", "log_config"]


@click.command("serve")
@click.option("--db", "db", envvar="NEWSLEDGER_DB", default=DEFAULT_DB, show_default=True,
              help="Ledger to serve: a file or a postgresql:// URL. Default: $NEWSLEDGER_DB, else ./newsledger.db.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Any address but a loopback one needs --token.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--token", envvar="NEWSLEDGER_TOKEN",
              help="Secret every request must carry (Authorization: Bearer TOKEN, or ?token=TOKEN once in a "
                   "browser). Required unless --host is a loopback address. Default: $NEWSLEDGER_TOKEN.")
@click.option("--quiet", is_flag=True, help="No progress or access log on stderr.")
def serve_command(db: str, host: str, port: int, token: str | None, quiet: bool) -> None:
    """Open the workbench: stories, claims with facets, events in ACLED's columns, places and
    articles with their evidence sentences, CSV/JSON downloads, and a JSON API under /api/
    (OpenAPI document at /api/openapi.json). Read-only: the ledger is never changed.

    Example: newsledger serve --db kursk.db --port 8000   (then open http://127.0.0.1:8000/)
    """
    from ..api.app import is_loopback       # the host check the workbench itself makes

    loopback = is_loopback(host)
    if not loopback and not token:
        raise click.ClickException(
            f"refusing to listen on {host} without a token: anyone who can reach it could read the ledger. "
            f"Set --token or NEWSLEDGER_TOKEN (for example: --token {secrets.token_urlsafe(18)}), "
            "or listen on 127.0.0.1")
    app = _app(db, token, loopback, quiet)
    import uvicorn

    shown = f"[{host}]" if ":" in host else host
    if not quiet:
        click.echo(f"serve: http://{shown}:{port}/" + (" (every request needs the token)" if token else ""), err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning" if quiet else "info",
                access_log=not quiet, server_header=False, log_config=log_config())


def log_config() -> dict:
    """uvicorn's own logging set-up with the token masked in every line it writes (the access log
    prints each request's query, and a browser's first request carries ?token=)."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["hide_token"] = {"()": "newsledger.api.app.HideToken"}
    for handler in config["handlers"].values():
        handler.setdefault("filters", []).append("hide_token")
    return config


def _app(db: str, token: str | None, loopback: bool, quiet: bool):
    from ..api import LedgerView, build_index, create_app, open_read_only

    try:
        ledger = open_read_only(db)
        view = LedgerView(ledger)
        index = build_index(view, quiet=quiet)
    except NewsledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    if not quiet:
        counts = index.counts()
        click.echo(f"serve: {db}: {counts['stories']} stories, {counts['articles']} articles, "
                   f"{counts['claims']} claims, {counts['events']} events (read-only)", err=True)
    return create_app(index, token=token or None, loopback_only=loopback)
