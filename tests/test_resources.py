"""Every language resource file has a FORMAT header and EXAMPLE lines, and every EXAMPLE holds."""

from __future__ import annotations

import pytest

from lagebild import resources
from lagebild.engine import component_class
from lagebild.registry import COMPONENTS

ALL = resources.all_resources()


def owners() -> dict[tuple[str, str], type]:
    """(lang, resource name) -> the registered component class that owns it."""
    owned = {}
    for name in COMPONENTS:
        klass = component_class(name)
        for res in klass.resources:
            for lang in resources.LANGUAGES:
                owned[(lang, res)] = klass
    return owned


OWNERS = owners()
EXAMPLES = [
    pytest.param(res, line, given, expected, id=f"{res.lang}/{res.name}:{line}")
    for res in ALL
    for line, given, expected in res.examples
]


def test_resources_exist():
    assert len(ALL) >= 4


@pytest.mark.parametrize("res", ALL, ids=[f"{r.lang}/{r.name}" for r in ALL])
def test_resource_has_format_examples_and_owner(res):
    assert res.format, f"{res.path} has an empty FORMAT header"
    assert res.examples, f"{res.path} has no EXAMPLE lines"
    assert (res.lang, res.name) in OWNERS, f"{res.path} is not listed in any registered component's resources"


@pytest.mark.parametrize("res, line, given, expected", EXAMPLES)
def test_example(res, line, given, expected):
    klass = OWNERS[(res.lang, res.name)]
    failure = klass.run_example(res.lang, res.name, given, expected)
    assert failure is None, f"{res.path}:{line}: EXAMPLE {given!r} => {expected!r}: {failure}"


def test_missing_format_header_is_an_error(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("Jänner\t01\n", encoding="utf-8")
    with pytest.raises(resources.LagebildError, match="E012"):
        resources.parse_resource(path, "de", "bad.txt")


def test_unknown_resource_names_language_and_folder():
    with pytest.raises(resources.LagebildError, match="E014.*nope.txt.*'de'"):
        resources.load("de", "nope.txt")


def test_of_kind_reads_the_entries_of_one_kind_in_either_column_order():
    from pathlib import Path

    from lagebild.resources import Resource

    res = Resource(Path("kinds.txt"), "de", "kinds.txt", "", [(1, "verb\tliefern"), (2, "noun\tLieferung"),
                                                                (3, "verb\tschicken")])
    assert res.of_kind("verb") == ["liefern", "schicken"]
    assert res.of_kind("schicken", kind_first=False) == ["verb"]
    assert res.of_kind("adjective") == []
