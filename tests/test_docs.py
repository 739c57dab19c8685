"""Documentation is tested: the README's CLI reference is generated from --help and must be current."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import click

from lagebild.cli import main

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "scripts" / "gen_cli_docs.py")
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)


def test_readme_cli_reference_is_current():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert gen.render(text) == text, "README CLI reference is stale: run `python scripts/gen_cli_docs.py`"


def test_every_command_and_option_is_documented_with_an_example():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    usage = text.split(gen.START)[0]  # the hand-written part must show each command in use
    for path in gen.commands(main):
        cmd = main
        for name in path:
            cmd = cmd.commands[name]
        if isinstance(cmd, click.Group):
            continue
        assert f"lagebild {' '.join(path)}" in usage, f"README shows no example of `lagebild {' '.join(path)}`"
        for param in cmd.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--"):
                    assert opt in text, f"option {opt} of {' '.join(path)} is undocumented"


def test_readme_keeps_exactly_the_two_setup_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in text and "make test" in text
