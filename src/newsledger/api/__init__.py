"""api: `newsledger serve`, a local read-only web workbench and JSON API over the ledger.

    from newsledger.api import open_read_only, LedgerView, build_index, create_app
    index = build_index(LedgerView(open_read_only("kursk.db")))
    app = create_app(index)          # an ASGI app: uvicorn.run(app, host="127.0.0.1", port=8000)

`source` opens the ledger read-only and bundles its stories through the stories stage; `index`
keeps their rows in an in-memory SQLite database; `query` filters, counts facets and pages;
`data` is the JSON API (/api/, OpenAPI at /api/openapi.json) and the CSV/JSON downloads;
`pages` the HTML pages (Jinja2 templates, the story page rendered by `newsledger.report`);
`app` puts them together behind the security headers, the host check and the token.
"""
from __future__ import annotations

from .app import create_app
from .index import Index, build_index
from .source import LedgerView, open_read_only

__all__ = ["create_app", "build_index", "Index", "LedgerView", "open_read_only"]
