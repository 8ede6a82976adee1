"""The text path's output, byte for byte, before and after a change that should not alter it.

A speed-up of the text path must give the same articles. This reads every text dump of the
corpus (AEB, the tuning and held-out extraction sets, w3m and lynx, the seeds and, with w3m on
PATH, the w3m renders of the `dates` set, also read with their URL) through `extract`, and keeps
a digest of each field of each result: body, title, date, language, outlet, byline, credited
sources, removed lines and id, or the rejection's reason and detail; a rejected dump also gets
the date `extract_text` reads from it (the dumps evaluation scores it). Only digests are kept,
and only whether they match is printed: no held-out page is looked at.

    python -m bench._text_identity --against main        # this checkout's src against main's
    python -m bench._text_identity --write digests.json  # this checkout's digests alone

`--against REV` exports REV's `src` (git archive) into a temporary folder and runs the same
reading there in a separate process, at the same time as this checkout's; `--before FILE` takes
digests written before instead. It exits 1 on any difference and names the files and fields that
differ. (A full reading is about 5,000 dumps: a few minutes on an idle machine.)
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .__main__ import CORPUS

ROOT = Path(__file__).resolve().parent.parent
_FOLDERS = ("aeb/dumps", "seeds", *(f"extraction/{name}/dumps-{tool}"
                                   for name in ("cleaneval-dev", "readability", "cleaneval-final",
                                                "cleanportaleval", "dragnet")
                                   for tool in ("w3m", "lynx")))


def _dumps(corpus: Path) -> Iterator[tuple[str, bytes, str | None]]:
    """(name, bytes, url) of every dump, in a fixed order."""
    for folder in _FOLDERS:
        for path in sorted((corpus / folder).glob("*.txt")):
            yield f"{folder}/{path.name}", path.read_bytes(), None
    gold_file = corpus / "dates" / "gold.json"
    if not gold_file.exists() or not any((Path(d) / "w3m").exists() for d in os.get_exec_path()):
        print("dates set dumps skipped: no w3m on PATH or no dates set", file=sys.stderr)
        return
    import gzip

    sys.path.insert(0, str(ROOT))
    from evaluation.dumps import render

    for url, item in sorted(json.loads(gold_file.read_text(encoding="utf-8")).items()):
        dump = render(gzip.decompress((corpus / "dates" / "html" / f"{item['file']}.gz").read_bytes()))
        yield f"dates/{item['file']}.txt", dump, None
        yield f"dates/{item['file']}.txt (with its URL)", dump, url


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()[:20]


def _published_of_text(raw: object) -> object:
    """The date `extract_text` reads from a rejected dump (the dumps evaluation scores it)."""
    from newsledger.extract.detect import decode_text
    from newsledger.extract.text import extract_text
    from newsledger.options import ExtractOptions

    return extract_text(raw, decode_text(raw.uri, raw.content), ExtractOptions(), judge_length=False).published  # type: ignore[attr-defined]


def read_all(documents: Iterable[tuple[str, bytes, str | None]],
             published_of_rejected: Callable[[object], object]) -> dict[str, dict[str, str]]:
    """Digests of each field of `extract`'s result for each (name, bytes, url); a rejected
    document's reason and detail, and the date `published_of_rejected` reads from it."""
    from newsledger.extract import extract
    from newsledger.records import Article, RawDocument, to_json_dict

    found: dict[str, dict[str, str]] = {}
    for name, content, url in documents:
        uri = name.split(" ")[0]
        raw = RawDocument(uri=uri, content=content, url=url)
        result = extract(raw)
        if isinstance(result, Article):
            found[name] = {key: _digest(value) for key, value in to_json_dict(result).items()}
            continue
        fields = {"rejection": _digest([result.reason, result.detail, result.source_format])}
        try:
            fields["published_of_rejected"] = _digest(to_json_dict(published_of_rejected(raw)))
        except Exception as exc:  # noqa: BLE001 - what it raises is part of the result
            fields["published_of_rejected"] = _digest([type(exc).__name__, str(exc)])
        found[name] = fields
    return found


def digests(corpus: Path) -> dict[str, dict[str, str]]:
    return read_all(_dumps(corpus), _published_of_text)


def _baseline(module: str, revision: str, corpus: Path, scratch: Path) -> subprocess.Popen:
    """Start making the digests of `revision`'s src in a separate process (it writes
    scratch/before.json), so that both sides are read at once."""
    archive = scratch / "src.tar"
    subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(archive), revision, "src"], check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(scratch, filter="data")
    return subprocess.Popen([sys.executable, "-m", module, "--corpus", str(corpus), "--write",
                             str(scratch / "before.json"), "--src", str(scratch / "src")], cwd=ROOT)


def compare(before: dict[str, dict[str, str]], after: dict[str, dict[str, str]]) -> list[str]:
    """One line per dump whose result differs, naming the fields."""
    problems = []
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name), after.get(name)
        if old is None or new is None:
            problems.append(f"{name}: only {'after' if old is None else 'before'}")
        elif old != new:
            fields = sorted(key for key in set(old) | set(new) if old.get(key) != new.get(key))
            problems.append(f"{name}: {', '.join(fields)}")
    return problems


def main(module: str = "bench._text_identity", reader: Callable[[Path], dict[str, dict[str, str]]] = digests,
         doc: str = __doc__ or "", kind: str = "dumps") -> int:
    """The command line of an identity check: `module`'s `reader` run on this checkout and on a
    revision's src (or digests written before), compared; `kind` names what it reads."""
    parser = argparse.ArgumentParser(prog=f"python -m {module}", description=doc.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--write", type=Path, help="write this checkout's digests to this file and stop")
    parser.add_argument("--against", help="a git revision whose src must give the same results (default: main)",
                        default="main")
    parser.add_argument("--before", type=Path, help="compare with digests written before instead of --against")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(args.src))
    import newsledger

    if not Path(newsledger.__file__).resolve().is_relative_to(args.src.resolve()):
        sys.exit(f"newsledger imported from {newsledger.__file__}, not from {args.src}")
    if args.write:
        args.write.write_text(json.dumps(reader(args.corpus), indent=0, sort_keys=True), encoding="utf-8")
        return 0
    if args.before:
        before = json.loads(args.before.read_text(encoding="utf-8"))
        after = reader(args.corpus)
    else:
        with tempfile.TemporaryDirectory(prefix="identity-") as scratch:
            process = _baseline(module, args.against, args.corpus, Path(scratch))
            after = reader(args.corpus)
            if process.wait() != 0:
                sys.exit(f"reading the {kind} with {args.against}'s src failed")
            before = json.loads((Path(scratch) / "before.json").read_text(encoding="utf-8"))
    problems = compare(before, after)
    for line in problems[:50]:
        print(line)
    print(f"{len(after)} {kind} read; {len(problems)} differ from "
          f"{args.before or args.against}" + (" (first 50 listed)" if len(problems) > 50 else ""))
    return 1 if problems or not after else 0


if __name__ == "__main__":
    sys.exit(main())
