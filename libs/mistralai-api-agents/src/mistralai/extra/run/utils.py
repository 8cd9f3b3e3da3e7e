"""2.x ``mistralai.extra.run.utils``: the check that the ``agents`` extra is installed."""

from __future__ import annotations

import functools
import importlib.util
import sys
from collections.abc import Callable
from typing import Any, TypeVar, cast

from mistralai.extra.exceptions import MistralClientException

__all__ = ["F", "is_module_installed", "run_requirements"]

F = TypeVar("F", bound=Callable[..., Any])

REQUIRED_PYTHON_VERSION = (3, 10)
REQUIRED_PACKAGES = ("mcp",)


def is_module_installed(module_name: str) -> bool:
    """Whether ``module_name`` can be imported (without importing it)."""
    return importlib.util.find_spec(module_name) is not None


def run_requirements(func: F) -> F:
    """Decorate ``func`` so that calling it raises
    :class:`~mistralai.extra.exceptions.MistralClientException` when the ``agents`` extra
    (the ``mcp`` package) is missing, as 2.x's run helpers do.

    This SDK's own run helpers do not use it: they work without the extra, which only adds MCP
    clients and griffe's docstring parsing."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if sys.version_info < REQUIRED_PYTHON_VERSION:  # pragma: no cover - we need 3.11
            raise MistralClientException(
                f"{func.__name__} requires Python {'.'.join(map(str, REQUIRED_PYTHON_VERSION))}"
                f" or higher, this is {sys.version_info.major}.{sys.version_info.minor}"
            )
        for package in REQUIRED_PACKAGES:
            if not is_module_installed(package):
                raise MistralClientException(
                    f"{func.__name__} requires the sdk to be installed with 'agents' extra "
                    'dependencies: pip install "mistralai[agents]"'
                )
        return func(*args, **kwargs)

    return cast(F, wrapper)
