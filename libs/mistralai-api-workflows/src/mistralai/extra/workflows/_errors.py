"""The workflow payload exceptions (2.x ``mistralai.extra.exceptions``) and the ImportError
raised when an extra is missing.

The exceptions are the classes of ``mistralai.extra.exceptions`` (shipped by mistralai-core from
0.2.0, this package's floor), so ``except mistralai.extra.exceptions.WorkflowPayloadEncryptionException``
catches what the encoder raises.
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

from mistralai.extra.exceptions import (
    MistralClientException,
    WorkflowPayloadCompressionException,
    WorkflowPayloadEncryptionException,
    WorkflowPayloadOffloadingException,
)


class MissingExtraError(ImportError):
    """An optional dependency of a workflow feature is not installed; names the extra."""

    def __init__(self, feature: str, packages: str, extra: str) -> None:
        self.extra = extra
        # ``message`` too: a subclass may also be a MistralError, whose users read it.
        # The umbrella's 2.x extra name, and the same extra of this package for installs
        # without the umbrella (workflow_payload_x -> mistralai-api-workflows[payload-x]).
        own = extra.removeprefix("workflow_").replace("_", "-")
        self.message = (
            f"{feature} needs {packages} (not installed). "
            f'Install it with: pip install "mistralai[{extra}]" '
            f'(or "mistralai-api-workflows[{own}]")'
        )
        super().__init__(self.message)


def missing_extra(feature: str, packages: str, extra: str) -> MissingExtraError:
    """The ImportError to raise when ``extra``'s packages cannot be imported."""
    return MissingExtraError(feature, packages, extra)
