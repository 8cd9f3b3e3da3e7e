"""Voice agent sessions (``client.audio.sessions.init``): events, errors and the transport seam.

The official SDK (3.7) creates the session over REST (``POST /v1/audio/sessions``: an ``id``,
a media ``server_url`` and a ``participant_token``), then joins a LiveKit room with them:
the agent's events arrive as JSON data packets on the topic :data:`EVENTS_TOPIC`, function
tools are RPCs :data:`FUNCTION_TOOL_RPC` (payload ``{"name", "arguments"}``, answer: the
result text) and live updates the RPC :data:`SESSION_UPDATE_RPC`. The event models are
written by hand (the spec names them but no operation returns them) with the official names
and wire shapes.

Everything here imports without the media dependencies; the media plane is a
:class:`VoiceTransport` (see ``VoiceAgentSession.connect``).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, Protocol, TypeAlias

import pydantic

from mistralai.api.audio._generated.models import (
    AudioAgentConfigurationResponseConfig,
    AudioSessionCreateResponse,
)
from mistralai.core.runtime import ConstFieldsModel
from mistralai.extra.exceptions import MistralClientException

__all__ = [
    "EVENTS_TOPIC",
    "FUNCTION_TOOL_RPC",
    "SESSION_UPDATE_RPC",
    "AgentState",
    "AudioInterface",
    "ConnectedEvent",
    "DisconnectReason",
    "DisconnectedEvent",
    "FunctionCallError",
    "TransportDisconnectReason",
    "TransportFactory",
    "UnhandledToolEvent",
    "UnknownVoiceAgentEvent",
    "VoiceAgentConfigurationError",
    "VoiceAgentConnectionError",
    "VoiceAgentDependencyError",
    "VoiceAgentError",
    "VoiceAgentErrorEvent",
    "VoiceAgentSessionUpdatedEvent",
    "VoiceAgentStateChangedEvent",
    "VoiceAgentToolCallEndedEvent",
    "VoiceAgentToolCallStartedEvent",
    "VoiceAgentTranscriptEvent",
    "VoiceEvent",
    "VoiceEventName",
    "VoiceTransport",
    "VoiceTransportHooks",
    "parse_voice_agent_event",
]

EVENTS_TOPIC = "voice_agent.events"
FUNCTION_TOOL_RPC = "mistral.function_tool"
SESSION_UPDATE_RPC = "mistral.session_update"

# -- errors ------------------------------------------------------------------------------------
# Official: mistralai.extra.voice_agents.errors (same names, same base class).


class VoiceAgentError(MistralClientException):
    """Any failure of a voice agent session."""


class VoiceAgentConnectionError(VoiceAgentError):
    """The session cannot connect or stream; ``error_event`` is the fatal event, if any."""

    def __init__(self, message: str, *, error_event: VoiceAgentErrorEvent | None = None) -> None:
        super().__init__(message)
        self.error_event = error_event


class VoiceAgentDependencyError(VoiceAgentError):
    """An optional voice dependency (the media transport, the audio devices) is missing."""


class VoiceAgentConfigurationError(VoiceAgentError):
    """Invalid tools or handlers, or an incomplete saved-agent reference."""


class FunctionCallError(VoiceAgentError):
    """A function tool call the session refuses or whose handler failed; ``code`` is the RPC
    error code the transport answers with (official values: 2400 malformed payload, 2404 no
    handler, 1 handler failed)."""

    MALFORMED: ClassVar[int] = 2400
    NO_HANDLER: ClassVar[int] = 2404
    HANDLER_FAILED: ClassVar[int] = 1

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


# -- events ------------------------------------------------------------------------------------
AgentState: TypeAlias = Literal["initializing", "idle", "listening", "thinking", "speaking"] | str
ErrorSource: TypeAlias = (
    Literal[
        "stt",
        "llm",
        "tts",
        "realtime_model",
        "interruption_detection",
        "agent",
        "worker",
        "transport",
        "audio_interface",
        "rest",
    ]
    | str
)
DisconnectReason: TypeAlias = Literal[
    "user_interrupt", "start_failed", "audio_input_error", "audio_output_error", "error"
]
"""Why the session stopped (on :class:`DisconnectedEvent`)."""
TransportDisconnectReason: TypeAlias = Literal[
    "client_closed",
    "server_closed",
    "session_ended",
    "agent_error",
    "timeout",
    "network_failure",
    "unknown",
]
"""Why the media plane dropped (``payload["reason"]`` of a ``session_disconnected`` error)."""


class VoiceAgentErrorEvent(ConstFieldsModel):
    """A failure of the agent (sent by the server) or of the SDK (raised locally)."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "error"}
    source: ErrorSource
    code: str
    message: str
    fatal: bool
    type: Literal["error"] = "error"
    payload: dict[str, Any] | None = None


class VoiceAgentTranscriptEvent(ConstFieldsModel):
    """Cumulative text of one segment: an update with the same ``id`` replaces the earlier."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "transcription.segment"}
    id: str
    role: Literal["user", "assistant"] | str
    content: str
    final: bool
    ts: float
    type: Literal["transcription.segment"] = "transcription.segment"
    start_time: float | None = None
    end_time: float | None = None
    language: str | None = None


class VoiceAgentStateChangedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "agent.state.changed"}
    old_state: AgentState
    state: AgentState
    ts: float
    type: Literal["agent.state.changed"] = "agent.state.changed"


class VoiceAgentToolCallStartedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "type": "tool_call.started",
        "phase": "started",
    }
    id: str
    name: str
    ts: float
    type: Literal["tool_call.started"] = "tool_call.started"
    phase: Literal["started"] = "started"


class VoiceAgentToolCallEndedEvent(ConstFieldsModel):
    """``result`` is what the model received: the output, the error text (``status`` error),
    or ``None`` (cancelled)."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "type": "tool_call.ended",
        "phase": "ended",
    }
    id: str
    name: str
    ts: float
    arguments: str
    status: Literal["done", "error", "cancelled"] | str
    type: Literal["tool_call.ended"] = "tool_call.ended"
    phase: Literal["ended"] = "ended"
    result: str | None = None


class VoiceAgentSessionUpdatedEvent(ConstFieldsModel):
    """The whole configuration once an update is committed (sent to every participant)."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "session.updated"}
    session: AudioAgentConfigurationResponseConfig
    ts: float
    type: Literal["session.updated"] = "session.updated"


class ConnectedEvent(pydantic.BaseModel):
    session_id: str


class DisconnectedEvent(pydantic.BaseModel):
    session_id: str
    reason: DisconnectReason | None = None


class UnhandledToolEvent(pydantic.BaseModel):
    """The agent called a function no local handler serves."""

    name: str
    arguments: str | dict[str, Any] | None = None


class UnknownVoiceAgentEvent(pydantic.BaseModel):
    """A message this SDK cannot type (kept, not raised); ``error`` says why."""

    type: str | None
    content: Any
    error: str


VoiceEventName: TypeAlias = Literal[
    "connected",
    "disconnected",
    "transcript",
    "audio",
    "tool_call_started",
    "tool_call_ended",
    "unhandled_tool",
    "agent_state_changed",
    "error",
    "session_updated",
    "unknown",
]
VoiceEvent: TypeAlias = (
    bytes
    | ConnectedEvent
    | DisconnectedEvent
    | UnhandledToolEvent
    | UnknownVoiceAgentEvent
    | VoiceAgentToolCallStartedEvent
    | VoiceAgentToolCallEndedEvent
    | VoiceAgentErrorEvent
    | VoiceAgentTranscriptEvent
    | VoiceAgentStateChangedEvent
    | VoiceAgentSessionUpdatedEvent
)

_EVENTS: dict[str, tuple[VoiceEventName, type[pydantic.BaseModel]]] = {
    "tool_call.started": ("tool_call_started", VoiceAgentToolCallStartedEvent),
    "tool_call.ended": ("tool_call_ended", VoiceAgentToolCallEndedEvent),
    "error": ("error", VoiceAgentErrorEvent),
    "transcription.segment": ("transcript", VoiceAgentTranscriptEvent),
    "agent.state.changed": ("agent_state_changed", VoiceAgentStateChangedEvent),
    "session.updated": ("session_updated", VoiceAgentSessionUpdatedEvent),
}


def parse_voice_agent_event(payload: Any) -> tuple[VoiceEventName, VoiceEvent]:
    """A data packet (JSON text, bytes, or already decoded) as ``(name, event)``: the name is
    what ``session.on(name, ...)`` subscribes to; unknown or invalid messages are
    ``("unknown", UnknownVoiceAgentEvent)``."""
    if isinstance(payload, bytes | bytearray):
        payload = bytes(payload).decode("utf-8", errors="replace")
    if isinstance(payload, str):
        try:
            payload = json.loads(payload)
        except ValueError as exc:
            return "unknown", UnknownVoiceAgentEvent(
                type=None, content=payload, error=f"invalid JSON: {exc}"
            )
    if not isinstance(payload, dict):
        return "unknown", UnknownVoiceAgentEvent(
            type=None, content=payload, error="expected JSON object"
        )
    data: dict[str, Any] = payload  # pyright: ignore[reportUnknownVariableType]
    kind = data.get("type")
    known = _EVENTS.get(kind) if isinstance(kind, str) else None
    if known is None:
        return "unknown", UnknownVoiceAgentEvent(
            type=kind if isinstance(kind, str) else None, content=data, error="unknown event type"
        )
    name, model = known
    try:
        event: VoiceEvent = model.model_validate(data)  # pyright: ignore[reportAssignmentType]
    except pydantic.ValidationError as exc:
        return "unknown", UnknownVoiceAgentEvent(type=kind, content=data, error=str(exc))
    return name, event


# -- the seams: media transport and local audio ----------------------------------------------


@dataclass(frozen=True, slots=True)
class VoiceTransportHooks:
    """What a transport reports to its session."""

    on_data: Callable[[str], Awaitable[None]]
    """A data packet on :data:`EVENTS_TOPIC` from the agent (its JSON text)."""
    on_audio: Callable[[bytes], Awaitable[None]]
    """Agent audio: 16-bit PCM, 48 kHz, mono."""
    on_function_call: Callable[[str], Awaitable[str]]
    """The RPC :data:`FUNCTION_TOOL_RPC` (its payload); returns the result text or raises
    :class:`FunctionCallError`, whose ``code`` the transport answers with."""
    on_disconnected: Callable[[TransportDisconnectReason], Awaitable[None]]
    """The media plane dropped without the session closing it."""


class VoiceTransport(Protocol):
    """The media plane of a session (the official SDK: a LiveKit room)."""

    async def start(self) -> None:
        """Join, with the session's ``server_url`` and ``participant_token``."""
        ...

    async def wait_for_agent(self) -> None:
        """Return once the agent is in the room (it hears audio from then on)."""
        ...

    async def send_audio(self, audio: bytes) -> None:
        """User audio: 16-bit PCM, 48 kHz, mono."""
        ...

    async def set_input_enabled(self, enabled: bool) -> None: ...

    async def send_session_update(self, payload: str) -> str:
        """The RPC :data:`SESSION_UPDATE_RPC` to the agent; returns its answer (a
        ``session.updated`` event as JSON)."""
        ...

    async def close(self) -> None: ...


TransportFactory: TypeAlias = Callable[
    [AudioSessionCreateResponse, VoiceTransportHooks], VoiceTransport
]


class AudioInterface:
    """Local audio devices for a session (the official ``AudioInterface``): subclass and give
    it to ``init(audio_interface=...)``. Audio is 16-bit PCM, 48 kHz, mono."""

    async def preflight(self) -> None:
        """Fail early (before the session is created) if the devices cannot open."""

    async def start(self) -> None:
        """Open the devices (called by ``connect()``)."""

    def input_audio(self) -> AsyncIterator[bytes]:
        """The microphone, chunk by chunk."""
        raise NotImplementedError

    async def output_audio(self, audio: bytes) -> None:
        """Play agent audio."""
        raise NotImplementedError

    async def stop(self) -> None:
        """Close the devices (called by ``close()``)."""
