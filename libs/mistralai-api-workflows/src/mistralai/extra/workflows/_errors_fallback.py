"""The workflow payload exceptions for a mistralai-core released before
``mistralai.extra.exceptions`` (same names and bases as there)."""

from __future__ import annotations

from mistralai.core.errors import MistralError

__all__ = [
    "MistralClientException",
    "WorkflowPayloadCompressionException",
    "WorkflowPayloadEncryptionException",
    "WorkflowPayloadOffloadingException",
]


class MistralClientException(MistralError):
    """Base exception for client errors (2.x ``mistralai.extra.exceptions``)."""


class WorkflowPayloadOffloadingException(MistralClientException):
    """Workflow payload offloading exception."""


class WorkflowPayloadEncryptionException(MistralClientException):
    """Workflow payload encryption exception."""


class WorkflowPayloadCompressionException(MistralClientException):
    """Workflow payload compression exception."""
