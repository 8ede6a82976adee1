"""The `newsledger` command line: a thin click group, one command per library function.

Commands live in sibling modules and are imported only when used, so `newsledger --help` stays
fast and a command's heavy dependencies (spaCy, pyarrow) load only for that command.
"""
from __future__ import annotations

import importlib
import importlib.util

import click

__all__ = ["main"]

# command name -> module under newsledger.cli that defines a click command of that name
_COMMANDS = {
    "extract": "extract",
    "ingest": "ingest",
    "status": "ingest",
    "export": "ingest",
    "analyze": "analyze",
    "events": "events",
    "report": "report",
    "run": "run",
    "serve": "serve",
}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name, module in _COMMANDS.items()
                if importlib.util.find_spec(f"{__name__}.{module}") is not None]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        module = _COMMANDS.get(name)
        if module is None or importlib.util.find_spec(f"{__name__}.{module}") is None:
            return None
        return getattr(importlib.import_module(f"{__name__}.{module}"), name.replace("-", "_") + "_command")


@click.group(cls=_LazyGroup)
@click.version_option(package_name="newsledger")
def main() -> None:
    """Turn raw news pages into a sourced ledger of claims and conflict events.

    Example: newsledger extract examples/pages --format text
    """
