"""Run the evaluations, print their figures beside their floors, and fail under a floor."""
from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _modules(names: list[str]) -> list:
    package = Path(__file__).resolve().parent
    found = [m.name for m in pkgutil.iter_modules([str(package)]) if not m.name.startswith("_") and m.name != "common"]
    chosen = names or sorted(found)
    unknown = set(chosen) - set(found)
    if unknown:
        sys.exit(f"unknown evaluation(s): {', '.join(sorted(unknown))}; known: {', '.join(sorted(found))}")
    return [importlib.import_module(f"evaluation.{name}") for name in chosen]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation", description=__doc__)
    parser.add_argument("names", nargs="*", help="evaluations to run (default: all)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure is under its floor")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"shared corpus not found at {args.corpus}; nothing evaluated", file=sys.stderr)
        return 0 if not args.check else 1
    below, figures = [], {}
    for module in _modules(args.names):
        started = time.monotonic()
        results = module.run(args.corpus)
        print(f"== {module.NAME} ({time.monotonic() - started:.0f} s)")
        for metric, value in results.items():
            floor = module.FLOORS.get(metric)
            mark = "" if floor is None else (f"  floor {floor:.3f}" + ("  BELOW" if value < floor else ""))
            print(f"  {metric:<44} {value:8.3f}{mark}")
            figures[f"{module.NAME}.{metric}"] = value
            if floor is not None and value < floor:
                below.append(f"{module.NAME}.{metric}")
        missing = set(module.FLOORS) - set(results)
        below.extend(f"{module.NAME}.{m} (not reported)" for m in sorted(missing))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    if below:
        print("under the floor: " + ", ".join(below), file=sys.stderr)
    return 1 if (below and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
