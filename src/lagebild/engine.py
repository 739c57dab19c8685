"""The pipeline engine: components registered by name, assembled from a config.

A component is a class with a ``name``, the layers it ``requires`` and
``assigns``, the language resources it owns, and ``__call__(doc) -> doc``.
Registrations live in one place, ``registry.py``; the engine never imports a
particular component or language.
"""

from __future__ import annotations

import importlib
import time
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .errors import E010, E011, LagebildError
from .model import Doc
from .resources import check_lang

# Layers present before any component runs (set by the readers).
BASE_LAYERS = frozenset({"text", "published", "lang"})


class Component(ABC):
    """Base class of pipeline components."""

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()
    # Resource files under lang/<code>/ this component reads; their EXAMPLE lines go to run_example.
    resources: ClassVar[tuple[str, ...]] = ()

    def __init__(self, lang: str, **config: Any) -> None:
        self.lang = lang
        self.config = config

    @abstractmethod
    def __call__(self, doc: Doc) -> Doc:
        """Add the component's layers to ``doc`` and return it."""

    @classmethod
    def run_example(cls, lang: str, resource: str, given: str, expected: str) -> str | None:
        """Execute one EXAMPLE line of one of this component's resources.

        Returns None when the example holds, else a sentence saying what came out instead.
        """
        return f"{cls.__name__} does not run examples of {resource}"


def component_class(name: str) -> type[Component]:
    """The class registered under ``name`` (imported on first use); E010 when unknown."""
    from .registry import COMPONENTS

    if name not in COMPONENTS:
        raise LagebildError(E010, name=name, names=", ".join(sorted(COMPONENTS)))
    module_name, _, class_name = COMPONENTS[name].partition(":")
    module = importlib.import_module(module_name, package=__package__)
    return getattr(module, class_name)


@dataclass
class Pipeline:
    """An ordered list of components for one language."""

    lang: str
    components: list[Component] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds spent per component

    @classmethod
    def from_config(cls, lang: str, names: Iterable[str], config: dict[str, dict] | None = None) -> Pipeline:
        """Build the pipeline; raise E011 when a component's requirement is not assigned before it."""
        config = config or {}
        check_lang(lang)
        available = set(BASE_LAYERS)
        components = []
        for name in names:
            klass = component_class(name)
            missing = [layer for layer in klass.requires if layer not in available]
            if missing:
                raise LagebildError(E011, name=name, missing=", ".join(missing))
            components.append(klass(lang, **config.get(name, {})))
            available.update(klass.assigns)
        return cls(lang=lang, components=components)

    @property
    def names(self) -> list[str]:
        return [comp.name for comp in self.components]

    def __call__(self, doc: Doc) -> Doc:
        doc.layers.update(BASE_LAYERS)
        for comp in self.components:
            started = time.perf_counter()
            doc = comp(doc)
            self.timings[comp.name] = self.timings.get(comp.name, 0.0) + time.perf_counter() - started
            doc.layers.update(comp.assigns)
        return doc
