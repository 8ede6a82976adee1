"""Run the benchmarks and print their figures (throughputs and ratios to a same-run baseline)."""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _target(target: tuple[str, float] | None, value: float) -> str:
    """"  target <= 2.50: met" for a figure an issue sets a target for (TARGETS of its module)."""
    if target is None:
        return ""
    sign, bound = target
    met = value <= bound if sign == "<=" else value >= bound if sign == ">=" else value < bound
    return f"   target {sign} {bound:g}: {'met' if met else 'NOT met'}"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    package = Path(__file__).resolve().parent
    found = sorted(m.name for m in pkgutil.iter_modules([str(package)]) if not m.name.startswith("_"))
    for name in args.names or found:
        if name not in found:
            sys.exit(f"unknown benchmark {name}; known: {', '.join(found)}")
        module = importlib.import_module(f"bench.{name}")
        results = module.run(args.corpus)
        targets = getattr(module, "TARGETS", {})
        print(f"== {name}")
        for metric, value in results.items():
            print(f"  {metric:<44} {value:10.2f}{_target(targets.get(metric), value)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
