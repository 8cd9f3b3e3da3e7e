"""The workflow payload exceptions of 2.x ``mistralai.extra.exceptions``.

2.x defines them in ``mistralai.extra.exceptions``. When a module of that name is installed and
already defines them, the same classes are used here, so ``except
mistralai.extra.exceptions.WorkflowPayloadEncryptionException`` catches what the encoder
raises. Otherwise (that module missing, or it is being imported and re-exports these) they are
defined here, on a ``MistralClientException`` base like 2.x's.
"""

from __future__ import annotations

__all__ = [
    "MistralClientException",
    "MissingExtraError",
    "WorkflowPayloadCompressionException",
    "WorkflowPayloadEncryptionException",
    "WorkflowPayloadOffloadingException",
    "missing_extra",
]

try:  # a module of the same 2.x path may ship the classes: use those, never a second copy
    from mistralai.extra.exceptions import (  # type: ignore[import-not-found]  # pyright: ignore[reportMissingImports]
        MistralClientException,  # pyright: ignore[reportUnknownVariableType]
        WorkflowPayloadCompressionException,  # pyright: ignore[reportUnknownVariableType]
        WorkflowPayloadEncryptionException,  # pyright: ignore[reportUnknownVariableType]
        WorkflowPayloadOffloadingException,  # pyright: ignore[reportUnknownVariableType]
    )
except ImportError:  # missing, or partially initialised because it imports this module

    class MistralClientException(Exception):  # type: ignore[no-redef]
        """Base exception for client errors (2.x ``mistralai.extra.exceptions``)."""

    class WorkflowPayloadOffloadingException(MistralClientException):  # type: ignore[no-redef]
        """Workflow payload offloading exception."""

    class WorkflowPayloadEncryptionException(MistralClientException):  # type: ignore[no-redef]
        """Workflow payload encryption exception."""

    class WorkflowPayloadCompressionException(MistralClientException):  # type: ignore[no-redef]
        """Workflow payload compression exception."""


class MissingExtraError(ImportError):
    """An optional dependency of a workflow feature is not installed; names the extra."""

    def __init__(self, feature: str, packages: str, extra: str) -> None:
        self.extra = extra
        super().__init__(
            f"{feature} requires {packages}, which is not installed. "
            f'Install it with: pip install "mistralai[{extra}]"'
        )


def missing_extra(feature: str, packages: str, extra: str) -> MissingExtraError:
    """The ImportError to raise when ``extra``'s packages cannot be imported."""
    return MissingExtraError(feature, packages, extra)
