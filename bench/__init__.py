"""Speed benchmarks: ratios against a baseline measured in the same process, never pass/fail tests.

Each module defines `run(corpus: Path) -> dict[str, float]`; `python -m bench [name]` prints them.
"""
