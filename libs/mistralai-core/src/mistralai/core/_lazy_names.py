"""Module attributes imported on first access (PEP 562), for the generated models modules.

A package's models live in several small modules, each holding the models some operations
use (``_generated/_models/``); its ``models`` module names where each one is and imports it
when it is first read. A first call then builds only the models of the operation it makes,
not the whole package's, and a process exits faster with fewer classes to tear down.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from types import ModuleType

__all__ = ["forward", "lazy_names"]


def lazy_names(
    module: str, homes: Mapping[str, str]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """``(__getattr__, __dir__)`` for ``module``, whose names live in other modules.

    ``homes`` maps a module (absolute, or relative to ``module``'s package when it starts with
    a dot) to the space-separated names it defines. A name read once is stored in ``module``'s
    namespace, so later reads are plain attribute lookups.
    """
    package = module.rpartition(".")[0]
    where: dict[str, str] = {}
    for home, names in homes.items():
        for name in names.split():
            where[name] = home

    def __getattr__(name: str) -> object:
        home = where.get(name)
        if home is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(home, package), name)
        setattr(sys.modules[module], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted(set(where) | set(vars(sys.modules[module])))

    return __getattr__, __dir__


def forward(
    module: str, source: ModuleType
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """``(__getattr__, __dir__)`` for ``module``, re-exporting the lazy names of ``source``
    (a public ``models`` module over a generated one) without importing them all up front, as
    ``from source import *`` would."""

    def __getattr__(name: str) -> object:
        value = getattr(source, name)
        setattr(sys.modules[module], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted(set(dir(source)) | set(vars(sys.modules[module])))

    return __getattr__, __dir__
