"""What the workbench tests share: the example pages' ledger (built once per test session with
`newsledger run`), a hostile ledger written through the store, and a real server in a thread.

Not a test module (no test_ prefix); imported by tests/test_serve*.py.
"""
from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from click.testing import CliRunner

from newsledger.api import build_index, create_app, LedgerView, open_read_only
from newsledger.cli import main
from newsledger.records import RawDocument
from newsledger.store import Ledger

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"

# synthetic: a page written to attack the workbench (markup and script in title, outlet and body)
HOSTILE_HTML = b"""<!DOCTYPE html><html><head><title>&lt;script&gt;alert('title')&lt;/script&gt; Siege</title>
<meta property="og:site_name" content="&lt;img src=x onerror=alert(1)&gt; Gazette"></head><body><article>
<h1>&lt;script&gt;alert('title')&lt;/script&gt; Siege of the &lt;b&gt;town&lt;/b&gt;</h1>
<p>Officials said on Monday that &lt;script&gt;alert('body')&lt;/script&gt; fighting continued near the
river for a third day, and residents were told to stay indoors while the shelling went on.</p>
<p>The regional governor said about 40 people had been evacuated from the northern districts overnight,
and that schools would stay closed until the end of the week because of the danger.</p>
<p>Aid groups said the road to the town was open again by the afternoon, though queues at the checkpoint
stretched for several kilometres and fuel was scarce in the markets.</p></article></body></html>"""


@lru_cache(maxsize=1)
def example_ledger(folder: str) -> Path:
    """The example pages run through `newsledger run` into a ledger under `folder` (once per session)."""
    db = Path(folder) / "examples.db"
    result = CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(Path(folder) / "report.html"),
                                       "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def example_copy(folder: str, target: Path) -> Path:
    """A private copy of the example ledger (for tests that look at the file's bytes)."""
    source = example_ledger(folder)
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{source}{suffix}").exists():
            shutil.copy(f"{source}{suffix}", f"{target}{suffix}")
    return target


def hostile_ledger(path: Path) -> Path:
    """A ledger holding one hostile page, stored through the store with no analysis and no story."""
    from newsledger.extract import extract

    article = extract(RawDocument("synthetic://hostile.html", HOSTILE_HTML))
    with Ledger.open(path) as ledger:
        ledger.put_article(article)
    return path


def app_for(db: Path, **options):
    return create_app(build_index(LedgerView(open_read_only(db))), **options)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running(app, port: int | None = None) -> Iterator[str]:
    """A uvicorn server for `app` on 127.0.0.1 in a thread; yields its base URL; stopped on exit."""
    import uvicorn

    port = port or free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
