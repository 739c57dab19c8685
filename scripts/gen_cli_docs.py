"""Write the CLI reference into README.md from the commands' own --help (docs are generated, not pasted).

    python scripts/gen_cli_docs.py          # rewrite the README section
    python scripts/gen_cli_docs.py --check  # exit 1 when the README section is stale
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

from lagebild.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- cli:start -->", "<!-- cli:end -->"


def commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name in sorted(group.commands):
        cmd = group.commands[name]
        found.append((*prefix, name))
        if isinstance(cmd, click.Group):
            found += commands(cmd, (*prefix, name))
    return found


def reference() -> str:
    parts = []
    runner = CliRunner()
    for path in [(), *commands(main)]:
        result = runner.invoke(main, [*path, "--help"], terminal_width=100)
        title = " ".join(("lagebild", *path))
        parts.append(f"#### `{title}`\n\n```\n{result.output.rstrip()}\n```")
    return "\n\n".join(parts)


def render(text: str) -> str:
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{reference()}\n{END}{tail}"


if __name__ == "__main__":
    text = README.read_text(encoding="utf-8")
    new = render(text)
    if "--check" in sys.argv:
        sys.exit(0 if new == text else 1)
    README.write_text(new, encoding="utf-8")
