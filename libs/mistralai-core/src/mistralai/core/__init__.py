"""mistralai.core: transport, errors, retries, streams, plugins and the ``Mistral`` client.

Names are loaded on first access so that ``import mistralai.core`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mistralai.core._model import BaseModel
    from mistralai.core._types import UNSET, OptionalNullable, Unset
    from mistralai.core.mistral import Mistral
    from mistralai.core.retries import BackoffStrategy, RetryConfig

__version__ = "0.1.0"

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
