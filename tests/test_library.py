"""The Python API, used as a user would: `import newsledger`, then one function per command.

The pages are the bundled synthetic examples (examples/pages, written for this project) and
short synthetic reports written here.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsledger

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "pages" / "01_steppe_observer_vovchansk.html"
FILLER = ("The account could not be independently verified. Residents described a night of explosions and fires, "
          "and emergency crews worked until morning to clear the streets and reach the wounded in nearby villages.")


def report(sentence: str) -> str:
    """A short synthetic news report around one sentence (long enough to be an article)."""
    return f"Attack report\n\n{sentence}\n\n{FILLER}"


@pytest.fixture(scope="module")
def example_analyses() -> list[newsledger.Analysis]:
    pages = sorted((ROOT / "examples" / "pages").iterdir())
    return [newsledger.analyze(newsledger.extract(page)) for page in pages]


def test_public_names_are_exported():
    for name in ("extract", "analyze", "code_events", "build_stories", "render", "Ledger", "run"):
        assert name in newsledger.__all__ and callable(getattr(newsledger, name))
    assert all(hasattr(newsledger, name) for name in newsledger.__all__)


def test_extract_takes_bytes_text_paths_and_raw_documents():
    data = EXAMPLE.read_bytes()
    from_bytes = newsledger.extract(data, url="https://steppe-observer.example/vovchansk")
    from_path = newsledger.extract(EXAMPLE)
    from_text = newsledger.extract(data.decode("utf-8"))
    from_raw = newsledger.extract(newsledger.RawDocument(str(EXAMPLE), data))
    assert isinstance(from_bytes, newsledger.Article)
    assert from_bytes.title == "Russia claims gains in Vovchansk as Kyiv denies encirclement"
    assert from_bytes.url == "https://steppe-observer.example/vovchansk"
    assert from_bytes.body == from_path.body == from_text.body == from_raw.body
    assert from_path.source["uri"] == str(EXAMPLE)


def test_a_page_without_an_article_comes_back_as_a_rejection():
    rejected = newsledger.extract(b"<html><body><p>Subscribe now.</p></body></html>")
    assert isinstance(rejected, newsledger.Rejection)
    assert rejected.reason.startswith("not_article")
    with pytest.raises(newsledger.InputError, match="rejected this page"):
        newsledger.analyze(rejected)


@pytest.mark.parametrize("call", [
    lambda: newsledger.extract(42),
    lambda: newsledger.extract(["<html></html>"]),
    lambda: newsledger.extract(b"<p>x</p>", options={"max_bytes": 10}),
    lambda: newsledger.analyze("an article as a string"),
    lambda: newsledger.code_events({"article": None}),
    lambda: newsledger.build_stories(None),
    lambda: newsledger.build_stories(["not an analysis"]),
    lambda: newsledger.render("story", "html"),
    lambda: newsledger.Ledger(3.5),
    lambda: newsledger.run(7, "report.html"),
])
def test_a_wrong_input_type_raises_input_error(call):
    with pytest.raises(newsledger.InputError, match=r"takes"):
        call()


def test_analyze_code_events_and_quotes_with_stance(example_analyses):
    first = example_analyses[0]
    assert first.article.title == "Russia claims gains in Vovchansk as Kyiv denies encirclement"
    assert first.quotes and first.quotes[0].speaker == "Russian defense ministry"
    assert first.sentences and first.places
    events = newsledger.code_events(first)
    assert events and all(isinstance(e, newsledger.Event) for e in events)
    assert any(e.location == "Vovchansk" for e in events)


def test_build_stories_and_render_both_formats(example_analyses):
    stories = newsledger.build_stories(example_analyses)
    largest = stories[0]
    assert len(largest.analyses) >= 4            # five outlets tell the Vovchansk story; one page is unrelated
    html = newsledger.render(largest, "html")
    markdown = newsledger.render(largest, "markdown")
    assert html.lstrip().lower().startswith("<!doctype html") and "Vovchansk" in html
    assert markdown.startswith("# ") and "## Claims" in markdown
    with pytest.raises(newsledger.ConfigError, match="unknown report format"):
        newsledger.render(largest, "pdf")


def test_ledger_and_run(tmp_path):
    out = tmp_path / "report.md"
    db = tmp_path / "kept.db"
    stories = newsledger.run([str(ROOT / "examples" / "pages")], out, db=db)
    assert out.read_text(encoding="utf-8").startswith("# ")
    assert stories and stories[0].claim_groups
    with newsledger.Ledger(db) as ledger:
        assert len(list(ledger.articles())) >= 5
        stored = {row["id"]: set(row["article_ids"]) for row in ledger.stories()}     # as `newsledger run` stores them
    assert stored == {s.story.id: set(s.story.article_ids) for s in stories}


def test_run_is_the_commands_run_rejections_named_and_the_rest_reported(tmp_path, capfd):
    from click.testing import CliRunner

    from newsledger.cli import main

    pages = tmp_path / "pages"
    pages.mkdir()
    for page in (ROOT / "examples" / "pages").iterdir():
        (pages / page.name).write_bytes(page.read_bytes())
    (pages / "zz_empty.html").write_bytes(b"")           # synthetic: a page with nothing in it
    stories = newsledger.run([pages], tmp_path / "library.md")
    rejected = [line for line in capfd.readouterr().err.splitlines() if line.startswith("error:")]
    assert len(rejected) == 1 and "zz_empty.html" in rejected[0]
    command = CliRunner().invoke(main, ["run", str(pages), "-o", str(tmp_path / "command.md"), "--quiet"])
    assert command.exit_code == 1                     # the command says an error was printed
    library, cli = ((tmp_path / name).read_text(encoding="utf-8") for name in ("library.md", "command.md"))
    generated = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC")         # the minute each was written
    assert generated.sub("", library) == generated.sub("", cli) and stories[0].story.title in library


def test_run_with_no_article_in_its_sources_raises_and_writes_nothing(tmp_path):
    (tmp_path / "empty.html").write_bytes(b"")
    with pytest.raises(newsledger.ExtractionError, match="no article found in the sources"):
        newsledger.run([tmp_path / "empty.html"], tmp_path / "report.html")
    assert not (tmp_path / "report.html").exists()


def test_the_readme_command_works_as_written():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"^python -c \"(import newsledger.*)\"$", readme, re.M)
    assert command, "the README shows the one-line Python API example"
    done = subprocess.run([sys.executable, "-c", command.group(1)], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Quote(speaker='Russian defense ministry'")
    assert "stance='asserts'" in done.stdout


def test_the_readme_script_runs_as_written(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    api = readme[readme.index("## Python API"):]
    script = re.search(r"^```python\n(.*?)^```", api, re.M | re.S)
    assert script, "the README's Python API section shows a script"
    (tmp_path / "examples").symlink_to(ROOT / "examples")     # the script runs from the repository
    done = subprocess.run([sys.executable, "-c", script.group(1)], cwd=tmp_path, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"
    assert "<html" in (tmp_path / "report.html").read_text(encoding="utf-8")


# One number reader: the same phrase has the same value in figures (enrich) and in events.
@pytest.mark.parametrize("sentence, words, value", [
    ("Twenty-two policemen died in a suicide bombing in Kirkuk on Monday, officials said.", "Twenty-two policemen", 22),
    ("Dozens of civilians were killed when artillery shells hit a market in Donetsk on Tuesday, local officials said.",
     "Dozens of civilians", 12),
    ("Hundreds of soldiers were killed in fighting near Bakhmut on Wednesday, the regional governor said.",
     "Hundreds of soldiers", 100),
])
def test_a_number_reads_the_same_in_figures_and_events(sentence, words, value):
    analysis = newsledger.analyze(newsledger.extract(report(sentence), url="https://example.org/report"))
    figure = next(f for f in analysis.figures if f.text == words)
    assert figure.value == value
    claims = [c for e in newsledger.code_events(analysis) for c in e.fatality_claims]
    assert claims and {c.value for c in claims} == {value}
    assert max(e.fatalities for e in analysis.events) == value
