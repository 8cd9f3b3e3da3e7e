"""2.x ``mistralai.extra``: helpers, some owned by domain packages.

Subpackages (``mistralai.extra.run`` from mistralai-api-agents, ``mistralai.extra.realtime`` from
mistralai-api-audio...) may live in other distributions: the package path is extended so they are
found wherever they are installed.
"""

from __future__ import annotations

from importlib import import_module
from pkgutil import extend_path
from typing import Any

__path__ = extend_path(__path__, __name__)

_EXPORTS = {"response_format_from_pydantic_model": "mistralai.api.chat.structured"}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'mistralai.extra' has no attribute {name!r}")
    try:
        return getattr(import_module(module), name)
    except ImportError as exc:
        from mistralai.core.errors import MissingDomainError

        raise MissingDomainError(name, "mistralai-api-chat") from exc
