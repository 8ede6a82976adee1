"""Every command is documented: its help ends with an example, and the README names it."""
from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from newsledger.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
COMMANDS = main.list_commands(click.Context(main))


def test_the_cli_has_the_extract_command():
    assert "extract" in COMMANDS


@pytest.mark.parametrize("name", COMMANDS)
def test_help_ends_with_an_example(name):
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0, result.output
    description = main.get_command(click.Context(main), name).help or ""
    assert "Example:" in description.strip().splitlines()[-1], f"`newsledger {name} --help` must end with an example"


@pytest.mark.parametrize("name", COMMANDS)
def test_readme_documents_the_command(name):
    assert f"newsledger {name}" in README, f"README.md does not mention `newsledger {name}`"


@pytest.mark.parametrize("name", COMMANDS)
def test_readme_documents_every_option(name):
    command = main.get_command(click.Context(main), name)
    for param in command.params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("--") and opt != "--help":
                assert opt in README, f"README.md does not mention option {opt} of `newsledger {name}`"
