"""Compatibility facade: what code written for the official 2.x SDK imports.

``from mistralai.client import Mistral``, ``mistralai.client.models`` (every model of the
installed domains, resolved lazily), ``errors``, ``utils``, ``types``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from mistralai.core._coexistence import check_coexistence
from mistralai.core.mistral import Mistral

check_coexistence()  # ImportError if the official monolith shares this environment

if TYPE_CHECKING:
    from mistralai.client import errors, models, types, utils

__all__ = ["Mistral", "errors", "models", "types", "utils"]


def __getattr__(name: str) -> Any:
    if name in {"errors", "models", "types", "utils", "httpclient"}:
        return import_module(f"mistralai.client.{name}")
    raise AttributeError(f"module 'mistralai.client' has no attribute {name!r}")
