"""mistralai.core: transport, errors, retries, streams, plugins and the ``Mistral`` client.

Names are loaded on first access so that ``import mistralai.core`` stays cheap.
"""

from __future__ import annotations

import os as _os
import sys as _sys
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mistralai.core._model import BaseModel
    from mistralai.core._types import UNSET, OptionalNullable, Unset
    from mistralai.core.mistral import Mistral
    from mistralai.core.retries import BackoffStrategy, RetryConfig


def _refuse_monolith() -> None:
    """ImportError if the official ``mistralai`` monolith shares this environment.

    The cheap half of :func:`mistralai.core._coexistence.check_coexistence`, inline so that a
    clean ``import mistralai.core`` loads no other module: one ``stat`` per entry of the
    ``mistralai`` namespace, for the monolith's ``mistralai/client/sdk.py``.
    """
    namespace = _sys.modules.get("mistralai")
    for entry in getattr(namespace, "__path__", None) or ():
        if _os.path.isfile(_os.path.join(entry, "client", "sdk.py")):
            from mistralai.core._coexistence import check_coexistence

            check_coexistence()


_refuse_monolith()


__version__ = "0.2.0"

_EXPORTS = {
    "Mistral": "mistralai.core.mistral",
    "BaseModel": "mistralai.core._model",
    "UNSET": "mistralai.core._types",
    "Unset": "mistralai.core._types",
    "OptionalNullable": "mistralai.core._types",
    "RetryConfig": "mistralai.core.retries",
    "BackoffStrategy": "mistralai.core.retries",
}

__all__ = [
    "UNSET",
    "BackoffStrategy",
    "BaseModel",
    "Mistral",
    "OptionalNullable",
    "RetryConfig",
    "Unset",
    "__version__",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'mistralai.core' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
