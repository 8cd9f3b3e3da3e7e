"""2.x ``mistralai.extra.exceptions``: the errors of the 2.x helpers, in one module.

It lives in core (not in a domain package) because several domains raise its classes: the
conversation runs and MCP clients (mistralai-api-agents), the workflow payload codecs
(mistralai-api-workflows) and realtime transcription (mistralai-api-audio). Every class derives
from :class:`mistralai.core.errors.MistralError` (2.x: ``Exception``), so ``except
MistralError`` catches them along with the client's own errors.

The deferred tool call classes carry conversation entries (``FunctionCallEntry``...), which are
models of mistralai-api-agents: they are only referenced in annotations and imported when an
entry must be built (``from_dict``), so this module imports nothing from a domain package.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeAlias

from mistralai.core.errors import MissingDomainError, MistralError

if TYPE_CHECKING:
    from mistralai.api.agents.models import (
        AgentHandoffEntry,
        FunctionCallEntry,
        FunctionResultEntry,
        MessageOutputEntry,
        ToolExecutionEntry,
    )

    _RunOutputEntry: TypeAlias = (
        MessageOutputEntry
        | FunctionCallEntry
        | FunctionResultEntry
        | AgentHandoffEntry
        | ToolExecutionEntry
    )

__all__ = [
    "DeferralReason",
    "DeferredToolCallConfirmation",
    "DeferredToolCallEntry",
    "DeferredToolCallEntrySchema",
    "DeferredToolCallRejection",
    "DeferredToolCallResponse",
    "DeferredToolCallsException",
    "DeferredToolCallsExceptionSchema",
    "FunctionCallSchema",
    "MCPAuthException",
    "MCPException",
    "MistralClientException",
    "RealtimeTranscriptionException",
    "RealtimeTranscriptionWSError",
    "RunException",
    "WorkflowPayloadCompressionException",
    "WorkflowPayloadEncryptionException",
    "WorkflowPayloadOffloadingException",
]

FunctionCallArguments: TypeAlias = dict[str, Any] | str
"""What ``FunctionCallEntry.arguments`` holds: a JSON object, parsed or as text."""


def _agents_models() -> Any:
    # Entries are agents models: import them only when one must be built, so that this
    # module (and the workflow/realtime errors it holds) works without mistralai-api-agents.
    try:
        from mistralai.api.agents import models
    except ImportError as exc:
        raise MissingDomainError("conversation entries", "mistralai-api-agents") from exc
    return models


class MistralClientException(MistralError):
    """Base of the errors raised by the 2.x helpers (runs, MCP, workflows, realtime)."""


class WorkflowPayloadOffloadingException(MistralClientException):
    """A workflow payload could not be offloaded to (or read back from) blob storage."""


class WorkflowPayloadEncryptionException(MistralClientException):
    """A workflow payload could not be encrypted or decrypted."""


class WorkflowPayloadCompressionException(MistralClientException):
    """A workflow payload could not be compressed or decompressed."""


class RunException(MistralClientException):
    """A conversation run (``beta.conversations.run...``) could not go on."""


class MCPException(MistralClientException):
    """An MCP client operation failed."""


class MCPAuthException(MCPException):
    """An MCP server needs authentication that the client could not provide."""


class DeferralReason(str, Enum):  # noqa: UP042 - 2.x is a (str, Enum): same str() and format()
    """Why a run paused on a tool call instead of executing it."""

    CONFIRMATION_REQUIRED = "confirmation_required"
    """The function was registered with ``requires_confirmation``: the SDK waits for the
    caller before running it locally."""
    SERVER_SIDE_CONFIRMATION_REQUIRED = "server_side_confirmation_required"
    """The API sent the call with ``confirmation_status: "pending"``: the server runs it once
    the caller allows it (``tool_confirmations`` of the next append)."""


@dataclass
class DeferredToolCallConfirmation:
    """The caller's answer "run it" to a deferred tool call (``override_args`` replace some of
    the model's arguments)."""

    tool_call_id: str
    tool_name: str
    function_call: FunctionCallEntry
    override_args: dict[str, Any] | None = None
    deferral_reason: DeferralReason | None = None


@dataclass
class DeferredToolCallRejection:
    """The caller's answer "do not run it": the model gets ``message`` as the call's result
    (or, for a server-side deferral, the server is told ``deny``)."""

    tool_call_id: str
    message: str = "Rejected by user"
    deferral_reason: DeferralReason | None = None


DeferredToolCallResponse: TypeAlias = DeferredToolCallConfirmation | DeferredToolCallRejection
"""What a caller passes back to ``run`` to resume a paused run."""


class FunctionCallSchema(typing.TypedDict):
    """JSON form of a deferred ``FunctionCallEntry``."""

    id: str | None
    tool_call_id: str
    name: str
    arguments: FunctionCallArguments


class DeferredToolCallEntrySchema(typing.TypedDict):
    """JSON form of a :class:`DeferredToolCallEntry` (:meth:`DeferredToolCallEntry.to_dict`)."""

    tool_call_id: str
    tool_name: str
    arguments: FunctionCallArguments
    reason: str
    metadata: dict[str, Any]
    function_call: FunctionCallSchema


class DeferredToolCallEntry:
    """A tool call the run did not execute: answer it with :meth:`confirm` or :meth:`reject`."""

    def __init__(
        self,
        function_call: FunctionCallEntry,
        reason: DeferralReason = DeferralReason.CONFIRMATION_REQUIRED,
        metadata: dict[str, Any] | None = None,
    ) -> None:
        self.function_call = function_call
        self.tool_call_id: str = function_call.tool_call_id
        self.tool_name: str = function_call.name
        self.arguments: FunctionCallArguments = function_call.arguments
        self.reason = reason
        self.metadata: dict[str, Any] = metadata or {}

    def __repr__(self) -> str:
        return (
            f"DeferredToolCallEntry(tool_name={self.tool_name!r}, "
            f"tool_call_id={self.tool_call_id!r}, reason={self.reason.value!r})"
        )

    def to_function_result(self, result: str) -> dict[str, str]:
        """A ``function.result`` input (as a dict) answering this call with ``result``."""
        return {"tool_call_id": self.tool_call_id, "result": result}

    def confirm(self, override_args: dict[str, Any] | None = None) -> DeferredToolCallConfirmation:
        """Allow the call; ``override_args`` replace the model's arguments of the same name."""
        return DeferredToolCallConfirmation(
            tool_call_id=self.tool_call_id,
            tool_name=self.tool_name,
            function_call=self.function_call,
            override_args=override_args,
            deferral_reason=self.reason,
        )

    def reject(self, message: str = "Rejected by user") -> DeferredToolCallRejection:
        """Refuse the call; the model is told ``message``."""
        return DeferredToolCallRejection(
            tool_call_id=self.tool_call_id, message=message, deferral_reason=self.reason
        )

    def to_dict(self) -> DeferredToolCallEntrySchema:
        """JSON-serializable form, to resume the run in another process (:meth:`from_dict`)."""
        return {
            "tool_call_id": self.tool_call_id,
            "tool_name": self.tool_name,
            "arguments": self.arguments,
            "reason": self.reason.value,
            "metadata": self.metadata,
            "function_call": {
                "id": self.function_call.id,
                "tool_call_id": self.function_call.tool_call_id,
                "name": self.function_call.name,
                "arguments": self.function_call.arguments,
            },
        }

    @classmethod
    def from_dict(cls, data: DeferredToolCallEntrySchema) -> DeferredToolCallEntry:
        """Rebuild an entry saved with :meth:`to_dict`."""
        call = data["function_call"]
        function_call = _agents_models().FunctionCallEntry(
            id=call.get("id"),
            tool_call_id=call["tool_call_id"],
            name=call["name"],
            arguments=call["arguments"],
        )
        reason = data.get("reason", DeferralReason.CONFIRMATION_REQUIRED.value)
        return cls(
            function_call=function_call,
            reason=DeferralReason(reason),
            metadata=dict(data.get("metadata", {})),
        )


class DeferredToolCallsExceptionSchema(typing.TypedDict):
    """JSON form of a :class:`DeferredToolCallsException`."""

    conversation_id: str | None
    deferred_calls: list[DeferredToolCallEntrySchema]
    outputs: list[dict[str, Any]]
    executed_results: list[dict[str, Any]]


_OUTPUT_TYPES = {
    "message.output": "MessageOutputEntry",
    "function.call": "FunctionCallEntry",
    "function.result": "FunctionResultEntry",
    "agent.handoff": "AgentHandoffEntry",
    "tool.execution": "ToolExecutionEntry",
}


class DeferredToolCallsException(RunException):
    """A run paused: some tool calls need the caller's confirmation.

    ``deferred_calls`` are the calls waiting for an answer; ``outputs`` the run's entries so
    far; ``executed_results`` the results of the calls of the same response that did run (not
    sent yet: pass them back with the answers, ``run(ctx, [*exc.executed_results, *answers])``).
    """

    def __init__(
        self,
        conversation_id: str | None,
        deferred_calls: list[DeferredToolCallEntry],
        outputs: list[_RunOutputEntry] | None = None,
        executed_results: list[FunctionResultEntry] | None = None,
    ) -> None:
        self.conversation_id = conversation_id
        self.deferred_calls = deferred_calls
        self.outputs: list[_RunOutputEntry] = list(outputs or [])
        self.executed_results: list[FunctionResultEntry] = list(executed_results or [])
        super().__init__(
            "Deferred tool calls requiring confirmation: "
            f"{[call.tool_name for call in deferred_calls]}"
        )

    def to_dict(self) -> DeferredToolCallsExceptionSchema:
        """JSON-serializable form, to resume the run in another process (:meth:`from_dict`)."""
        return {
            "conversation_id": self.conversation_id,
            "deferred_calls": [call.to_dict() for call in self.deferred_calls],
            "outputs": [entry.model_dump(mode="json") for entry in self.outputs],
            "executed_results": [entry.model_dump(mode="json") for entry in self.executed_results],
        }

    @classmethod
    def from_dict(cls, data: DeferredToolCallsExceptionSchema) -> DeferredToolCallsException:
        """Rebuild an exception saved with :meth:`to_dict` (unknown output types are dropped)."""
        models = _agents_models()
        outputs: list[_RunOutputEntry] = []
        for entry in data.get("outputs", []):
            name = _OUTPUT_TYPES.get(str(entry.get("type")))
            if name is not None:
                outputs.append(getattr(models, name).model_validate(entry))
        return cls(
            conversation_id=data["conversation_id"],
            deferred_calls=[DeferredToolCallEntry.from_dict(d) for d in data["deferred_calls"]],
            outputs=outputs,
            executed_results=[
                models.FunctionResultEntry.model_validate(r)
                for r in data.get("executed_results", [])
            ],
        )


class RealtimeTranscriptionException(MistralClientException):
    """A realtime transcription failed; ``code`` and ``payload`` as the server sent them."""

    def __init__(
        self, message: str, *, code: int | None = None, payload: object | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.payload = payload


class RealtimeTranscriptionWSError(RealtimeTranscriptionException):
    """An error message received on the realtime WebSocket.

    ``payload_typed`` is the parsed error message (its ``error.code`` becomes ``code``),
    ``payload_raw`` what was received when it could not be parsed.
    """

    def __init__(
        self, message: str, *, payload: object | None = None, raw: object | None = None
    ) -> None:
        code: int | None = None
        if payload is not None:
            maybe = getattr(getattr(payload, "error", None), "code", None)
            if isinstance(maybe, int):
                code = maybe
        super().__init__(message, code=code, payload=payload if payload is not None else raw)
        self.payload_typed = payload
        self.payload_raw = raw
