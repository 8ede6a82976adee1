"""The parser pipeline's annotations, before and after a change to how it is loaded.

A faster `enrich.nlp.load_nlp` must make the same pipeline. This parses the AEB text dumps (first
30,000 characters each) and the Google News stories' texts (first 20,000) with `load_nlp()` and
keeps, per text, a digest of every token's text, whitespace, tag, part of speech, dependency and
head, entity IOB and type, lemma (`enrich.nlp.lemma`), morphology, norm, stop/number/punctuation
flags, shape, lower form, affixes, sentence start and language, and of the entities. Only digests
are kept, and only whether they match is printed (both are tuning sets).

    PYTHONPATH=/path/to/other/checkout/src python -m bench._nlp_identity --write before.json
    PYTHONPATH=src python -m bench._nlp_identity --before before.json

It exits 1 on any difference and names the texts that differ. (About 540,000 tokens: a few
minutes on an idle machine.)
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from .__main__ import CORPUS


def _texts(corpus: Path) -> Iterator[tuple[str, str]]:
    for path in sorted((corpus / "aeb" / "dumps").glob("*.txt")):
        yield f"aeb/{path.name}", path.read_text(encoding="utf-8", errors="replace")[:30000]
    with open(corpus / "stories-googlenews" / "pages.jsonl", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row.get("text"):
                yield f"googlenews/{row['id']}", row["text"][:20000]


def digests(corpus: Path) -> dict[str, str]:
    from newsledger.enrich.nlp import lemma, load_nlp

    nlp = load_nlp()
    names, texts = zip(*_texts(corpus), strict=True)
    found = {}
    for name, doc in zip(names, nlp.pipe(texts, batch_size=8), strict=True):
        tokens = [(t.text, t.whitespace_, t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, lemma(t),
                   str(t.morph), t.norm_, t.is_stop, t.like_num, t.is_punct, t.shape_, t.lower_, t.prefix_,
                   t.suffix_, t.is_sent_start, t.lang_) for t in doc]
        entities = [(e.start, e.end, e.label_) for e in doc.ents]
        found[name] = hashlib.sha256(repr((tokens, entities)).encode("utf-8")).hexdigest()
    return found


def main(prog: str = "python -m bench._nlp_identity", doc: str | None = None,
         reader: Callable[[Path], dict[str, str]] | None = None, what: str = "texts parsed") -> int:
    """The command line of an identity check: `--write FILE` keeps this checkout's digests, `--before FILE`
    compares them with digests kept before (exit 1 on any difference). `bench._analysis_identity` reuses it
    with its own reader."""
    parser = argparse.ArgumentParser(prog=prog, description=(doc or __doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write this checkout's digests to this file")
    group.add_argument("--before", type=Path, help="compare this checkout's digests with those written before")
    args = parser.parse_args()
    after = (reader or digests)(args.corpus)
    if args.write:
        args.write.write_text(json.dumps(after, indent=0, sort_keys=True), encoding="utf-8")
        return 0
    before = json.loads(args.before.read_text(encoding="utf-8"))
    differ = sorted(name for name in set(before) | set(after) if before.get(name) != after.get(name))
    for name in differ[:50]:
        print(name)
    print(f"{len(after)} {what}; {len(differ)} differ from {args.before}")
    return 1 if differ or not after else 0


if __name__ == "__main__":
    sys.exit(main())
