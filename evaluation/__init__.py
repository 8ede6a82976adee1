"""Evaluation gate: each judging stage scored on ../shared/corpus, with floors enforced in CI.

Each module here defines `NAME`, `FLOORS` ({metric: lowest allowed value}) and
`run(corpus: Path) -> dict[str, float]`. Floors only go up: lowering one needs a reason in the
commit. Run all: `python -m evaluation --check`; one: `python -m evaluation extraction`.
"""
