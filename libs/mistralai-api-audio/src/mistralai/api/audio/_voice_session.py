"""A created voice agent session (``client.audio.sessions.init()`` returns it): join with
:meth:`VoiceAgentSession.connect`, subscribe with :meth:`~VoiceAgentSession.on`, leave with
:meth:`~VoiceAgentSession.close` (which also deletes the remote session)."""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import Any, Literal, NoReturn, overload

import pydantic

from mistralai.api.audio._generated.models import (
    AudioSessionCreateResponse,
    AudioTurnConfig,
    AudioTurnConfigTypedDict,
    VoiceAgentFunctionTool,
)
from mistralai.api.audio.voice_agents import (
    AudioInterface,
    ConnectedEvent,
    DisconnectedEvent,
    DisconnectReason,
    FunctionCallError,
    TransportDisconnectReason,
    TransportFactory,
    UnhandledToolEvent,
    UnknownVoiceAgentEvent,
    VoiceAgentConnectionError,
    VoiceAgentError,
    VoiceAgentErrorEvent,
    VoiceAgentSessionUpdatedEvent,
    VoiceAgentStateChangedEvent,
    VoiceAgentToolCallEndedEvent,
    VoiceAgentToolCallStartedEvent,
    VoiceAgentTranscriptEvent,
    VoiceEvent,
    VoiceEventName,
    VoiceTransport,
    VoiceTransportHooks,
    parse_voice_agent_event,
)
from mistralai.api.audio.voice_tools import (
    FunctionHandler,
    check_function_handlers,
    tool_declaration,
)

__all__ = ["VoiceAgentSession", "default_transport_factory"]

logger = logging.getLogger("mistralai.audio.voice_agents")
EventHandler = Callable[[Any], Any]
RemoteSessionDeleter = Callable[[str], Awaitable[None]]
ErrorSource = Literal["audio_interface", "transport", "rest"]


def default_transport_factory(
    session: AudioSessionCreateResponse, hooks: VoiceTransportHooks
) -> VoiceTransport:
    """The media plane the official SDK uses is a LiveKit room (``server_url`` +
    ``participant_token``). This SDK does not ship a LiveKit transport yet: pass one to
    :meth:`VoiceAgentSession.connect` (``transport_factory=``)."""
    raise VoiceAgentError(
        "This SDK has no LiveKit media transport yet: "
        "call session.connect(transport_factory=...) with a VoiceTransport"
    )


class VoiceAgentSession:
    """A created remote session (the official ``VoiceAgentSession``)."""

    def __init__(
        self,
        session: AudioSessionCreateResponse,
        *,
        delete_remote_session: RemoteSessionDeleter,
        audio_interface: AudioInterface | None,
        function_handlers: Iterable[FunctionHandler] | None = None,
    ) -> None:
        self._response = session
        self._delete_remote = delete_remote_session
        self._audio_interface = audio_interface
        self._tools: dict[str, FunctionHandler] = {h.name: h for h in function_handlers or ()}
        self._transport: VoiceTransport | None = None
        self._handlers: defaultdict[VoiceEventName, list[EventHandler]] = defaultdict(list)
        self._transcript: dict[str, VoiceAgentTranscriptEvent] = {}
        self._fatal: VoiceAgentConnectionError | None = None
        self._start_lock = asyncio.Lock()
        self._started = False
        self._closing = False
        self._closed = asyncio.Event()
        self._input_enabled = True
        self._input_task: asyncio.Task[None] | None = None
        self._terminate_task: asyncio.Task[None] | None = None

    # -- state -------------------------------------------------------------------------------
    @property
    def id(self) -> str:
        return self._response.id

    @property
    def session(self) -> AudioSessionCreateResponse:
        """The created remote session, as ``init()`` received it."""
        return self._response

    @property
    def transcript(self) -> list[VoiceAgentTranscriptEvent]:
        """The latest text of every segment, oldest first (kept after the session closes)."""
        return list(self._transcript.values())

    # -- subscriptions -----------------------------------------------------------------------
    # Overloads: each event name types its handler's argument.
    @overload
    def on(
        self, event: Literal["connected"], handler: Callable[[ConnectedEvent], Any]
    ) -> Callable[[], None]: ...
    @overload
    def on(
        self, event: Literal["disconnected"], handler: Callable[[DisconnectedEvent], Any]
    ) -> Callable[[], None]: ...
    @overload
    def on(
        self, event: Literal["transcript"], handler: Callable[[VoiceAgentTranscriptEvent], Any]
    ) -> Callable[[], None]: ...
    @overload
    def on(
        self, event: Literal["audio"], handler: Callable[[bytes], Any]
    ) -> Callable[[], None]: ...
    @overload
    def on(
        self,
        event: Literal["tool_call_started"],
        handler: Callable[[VoiceAgentToolCallStartedEvent], Any],
    ) -> Callable[[], None]: ...
    @overload
    def on(
        self,
        event: Literal["tool_call_ended"],
        handler: Callable[[VoiceAgentToolCallEndedEvent], Any],
    ) -> Callable[[], None]: ...
    @overload
    def on(
        self, event: Literal["unhandled_tool"], handler: Callable[[UnhandledToolEvent], Any]
    ) -> Callable[[], None]: ...
    @overload
    def on(
        self,
        event: Literal["agent_state_changed"],
        handler: Callable[[VoiceAgentStateChangedEvent], Any],
    ) -> Callable[[], None]: ...
    @overload
    def on(
        self, event: Literal["error"], handler: Callable[[VoiceAgentErrorEvent], Any]
    ) -> Callable[[], None]: ...
    @overload
    def on(
        self,
        event: Literal["session_updated"],
        handler: Callable[[VoiceAgentSessionUpdatedEvent], Any],
    ) -> Callable[[], None]: ...
    @overload
    def on(
        self, event: Literal["unknown"], handler: Callable[[UnknownVoiceAgentEvent], Any]
    ) -> Callable[[], None]: ...
    def on(self, event: VoiceEventName, handler: EventHandler) -> Callable[[], None]:
        """Call ``handler(event)`` (sync or async) for every ``event``; returns the function
        that unsubscribes it."""
        self._handlers[event].append(handler)
        return lambda: self.off(event, handler)

    @overload
    def off(
        self, event: Literal["connected"], handler: Callable[[ConnectedEvent], Any]
    ) -> None: ...
    @overload
    def off(
        self, event: Literal["disconnected"], handler: Callable[[DisconnectedEvent], Any]
    ) -> None: ...
    @overload
    def off(
        self, event: Literal["transcript"], handler: Callable[[VoiceAgentTranscriptEvent], Any]
    ) -> None: ...
    @overload
    def off(self, event: Literal["audio"], handler: Callable[[bytes], Any]) -> None: ...
    @overload
    def off(
        self,
        event: Literal["tool_call_started"],
        handler: Callable[[VoiceAgentToolCallStartedEvent], Any],
    ) -> None: ...
    @overload
    def off(
        self,
        event: Literal["tool_call_ended"],
        handler: Callable[[VoiceAgentToolCallEndedEvent], Any],
    ) -> None: ...
    @overload
    def off(
        self, event: Literal["unhandled_tool"], handler: Callable[[UnhandledToolEvent], Any]
    ) -> None: ...
    @overload
    def off(
        self,
        event: Literal["agent_state_changed"],
        handler: Callable[[VoiceAgentStateChangedEvent], Any],
    ) -> None: ...
    @overload
    def off(
        self, event: Literal["error"], handler: Callable[[VoiceAgentErrorEvent], Any]
    ) -> None: ...
    @overload
    def off(
        self,
        event: Literal["session_updated"],
        handler: Callable[[VoiceAgentSessionUpdatedEvent], Any],
    ) -> None: ...
    @overload
    def off(
        self, event: Literal["unknown"], handler: Callable[[UnknownVoiceAgentEvent], Any]
    ) -> None: ...
    def off(self, event: VoiceEventName, handler: EventHandler) -> None:
        handlers = self._handlers[event]
        if handler in handlers:
            handlers.remove(handler)

    # -- lifecycle ---------------------------------------------------------------------------
    async def connect(self, *, transport_factory: TransportFactory | None = None) -> None:
        """Join the session's media plane and start the local audio. Connects once: a closed
        session cannot connect again. A failing or cancelled connect closes the session.

        ``transport_factory`` (not in the official API) builds the media plane; the default
        is :func:`default_transport_factory`."""
        if self._closing or self._closed.is_set():
            raise VoiceAgentConnectionError(
                "Cannot connect a closed voice session, create a new one"
            )
        async with self._start_lock:
            if self._started:
                return
            factory = transport_factory or default_transport_factory
            try:
                warning = check_function_handlers(
                    self._response.function_tools or [], self._tools.values()
                )
                if warning is not None:
                    await self._emit("error", warning)
                hooks = VoiceTransportHooks(
                    on_data=self._on_data,
                    on_audio=self._on_audio,
                    on_function_call=self._on_function_call,
                    on_disconnected=self._on_disconnected,
                )
                self._transport = factory(self._response, hooks)
                await self._transport.start()
            except asyncio.CancelledError:
                await self.close()
                raise
            except Exception as exc:
                await self._fail_start(exc, "transport")
            if self._audio_interface is not None:
                try:
                    await self._audio_interface.start()
                except asyncio.CancelledError:
                    await self.close()
                    raise
                except Exception as exc:
                    await self._fail_start(exc, "audio_interface")
                self._input_task = asyncio.create_task(self._pump_input())
            self._started = True
        await self._emit("connected", ConnectedEvent(session_id=self.id))

    async def wait(self) -> None:
        """Wait until the session ends; raise the fatal error that ended it, if one did.
        Cancelling the wait does not close the session."""
        await self._closed.wait()
        if self._fatal is not None:
            raise self._fatal

    async def close(self, *, reason: DisconnectReason | None = None) -> None:
        """Leave the media plane, stop the local audio and delete the remote session (also for
        a session that never connected). Idempotent; cleanup failures are reported as
        non-fatal ``error`` events, not raised."""
        if self._closing or self._closed.is_set():
            return
        self._closing = True
        try:
            task = self._input_task
            if task is not None and task is not asyncio.current_task():
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
            if self._transport is not None:
                await self._cleanup(self._transport.close(), "transport_close_failed", "transport")
            if self._audio_interface is not None:
                await self._cleanup(
                    self._audio_interface.stop(), "audio_stop_failed", "audio_interface"
                )
            await self._cleanup(self._delete_remote(self.id), "session_delete_failed", "rest")
            if self._transport is not None:
                await self._emit(
                    "disconnected", DisconnectedEvent(session_id=self.id, reason=reason)
                )
        finally:
            self._closed.set()

    async def __aenter__(self) -> VoiceAgentSession:
        await self.connect()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- sending -----------------------------------------------------------------------------
    async def send_audio(self, audio: bytes) -> None:
        """Send user audio (16-bit PCM, 48 kHz, mono) when not using an audio interface."""
        transport = self._running_transport()
        try:
            await transport.send_audio(audio)
        except Exception as exc:
            await self._report(f"Failed to send audio: {exc}", "audio_send_failed")
            raise

    async def set_input_enabled(self, enabled: bool) -> None:
        """Mute (``False``) or unmute the user's audio."""
        transport = self._running_transport()
        try:
            await transport.set_input_enabled(enabled)
        except Exception as exc:
            await self._report(f"Failed to update audio input: {exc}", "audio_input_update_failed")
            raise
        self._input_enabled = enabled

    async def update(
        self,
        *,
        instructions: str | None = None,
        tools: Iterable[object] | None = None,
        turn: AudioTurnConfig | AudioTurnConfigTypedDict | None = None,
    ) -> VoiceAgentSessionUpdatedEvent:
        """Change the live configuration (a patch: what is not given stays). ``instructions``
        and ``tools`` apply at the next turn boundary, ``turn.allow_interruptions`` at once.
        Returns the committed configuration as the agent confirms it."""
        transport = self._running_transport()
        payload: dict[str, Any] = {}
        if instructions is not None:
            payload["instructions"] = instructions
        handlers: dict[str, FunctionHandler] = {}
        if tools is not None:
            tools = list(tools)
            payload["tools"] = [tool_declaration(tool) for tool in tools]
            handlers = {t.name: t for t in tools if isinstance(t, FunctionHandler)}
        if turn is not None:
            payload["turn"] = AudioTurnConfig.model_validate(turn).model_dump(
                mode="json", exclude_unset=True
            )
        answer = await transport.send_session_update(json.dumps(payload))
        try:
            result = VoiceAgentSessionUpdatedEvent.model_validate_json(answer)
        except pydantic.ValidationError as exc:
            raise VoiceAgentConnectionError(f"Invalid session update response: {exc}") from exc
        # The agent may drop tools it cannot run: serve only those it confirmed. Handlers are
        # never removed, since a call already in flight may target a tool just replaced.
        confirmed = {
            tool.function.name
            for tool in result.session.tools or []
            if isinstance(tool, VoiceAgentFunctionTool)
        }
        self._tools.update({n: h for n, h in handlers.items() if n in confirmed})
        return result

    # -- from the transport ------------------------------------------------------------------
    async def _on_data(self, payload: str) -> None:
        name, event = parse_voice_agent_event(payload)
        if isinstance(event, VoiceAgentTranscriptEvent):
            self._transcript[event.id] = event
        await self._dispatch(name, event)

    async def _on_audio(self, audio: bytes) -> None:
        if self._audio_interface is not None:
            try:
                await self._audio_interface.output_audio(audio)
            except Exception as exc:
                await self._fatal_error(
                    f"Failed to play agent audio: {exc}",
                    "audio_output_error",
                    "audio_interface",
                    "audio_output_error",
                )
                return
        await self._emit("audio", audio)

    async def _on_function_call(self, payload: str) -> str:
        try:
            call = _FunctionCall.model_validate_json(payload)
        except pydantic.ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(map(str, e['loc'])) or 'payload'}: {e['msg']}" for e in exc.errors()
            )
            message = f"Malformed function call payload: {problems}"
            raise FunctionCallError(FunctionCallError.MALFORMED, message) from exc
        handler = self._tools.get(call.name)
        if handler is None:
            event = UnhandledToolEvent(name=call.name, arguments=call.arguments)
            await self._emit("unhandled_tool", event)
            message = f"No handler for function `{call.name}`"
            raise FunctionCallError(FunctionCallError.NO_HANDLER, message)
        arguments = call.arguments
        raw = json.dumps(arguments) if isinstance(arguments, dict) else arguments
        try:
            return await handler.invoke(raw)
        except Exception as exc:
            message = f"function `{call.name}` failed: {exc}"
            raise FunctionCallError(FunctionCallError.HANDLER_FAILED, message) from exc

    async def _on_disconnected(self, reason: TransportDisconnectReason) -> None:
        if self._closing or self._closed.is_set():
            return
        event = VoiceAgentErrorEvent(
            message=f"Voice session disconnected unexpectedly: {reason}",
            fatal=True,
            code="session_disconnected",
            source="transport",
            payload={"reason": reason},
        )
        await self._dispatch("error", event)

    # -- internals ---------------------------------------------------------------------------
    def _running_transport(self) -> VoiceTransport:
        if self._closing or self._closed.is_set():
            raise VoiceAgentConnectionError("Voice session is not running")
        if not self._started or self._transport is None:
            raise VoiceAgentConnectionError("Voice session is not connected: call connect() first")
        return self._transport

    async def _dispatch(self, name: VoiceEventName, event: VoiceEvent) -> None:
        """Hand an event to the subscribers; a fatal error also ends the session (in a task:
        this may run inside the transport's reader, which close() waits for)."""
        fatal = isinstance(event, VoiceAgentErrorEvent) and event.fatal
        try:
            await self._emit(name, event)
        finally:
            if fatal:
                self._terminate("error")

    def _terminate(self, reason: DisconnectReason) -> None:
        if self._closing or self._closed.is_set() or self._terminate_task is not None:
            return
        self._terminate_task = asyncio.create_task(self.close(reason=reason))

    async def _fatal_error(
        self, message: str, code: str, source: ErrorSource, reason: DisconnectReason
    ) -> None:
        event = VoiceAgentErrorEvent(message=message, fatal=True, code=code, source=source)
        try:
            await self._emit("error", event)
        finally:
            self._terminate(reason)

    async def _fail_start(self, exc: Exception, source: ErrorSource) -> NoReturn:
        event = VoiceAgentErrorEvent(
            message=f"Failed to start voice session: {exc}",
            fatal=True,
            code="session_start_failed",
            source=source,
        )
        try:
            await self._emit("error", event, log_unhandled=False)
        finally:
            await self.close(reason="start_failed")
        if isinstance(exc, VoiceAgentError):
            raise exc
        raise VoiceAgentConnectionError(event.message, error_event=event) from exc

    async def _pump_input(self) -> None:
        interface, transport = self._audio_interface, self._transport
        assert interface is not None and transport is not None
        try:
            await transport.wait_for_agent()
            async for chunk in interface.input_audio():
                if self._closing:
                    return
                if self._input_enabled:
                    await transport.send_audio(chunk)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            await self._fatal_error(
                str(exc), "audio_input_error", "audio_interface", "audio_input_error"
            )

    async def _report(self, message: str, code: str) -> None:
        event = VoiceAgentErrorEvent(message=message, fatal=False, code=code, source="transport")
        await self._emit("error", event, log_unhandled=False)

    async def _cleanup(self, step: Awaitable[None], code: str, source: ErrorSource) -> None:
        try:
            await step
        except Exception as exc:
            event = VoiceAgentErrorEvent(
                message=f"{_CLEANUP_MESSAGES[code]}: {exc}", fatal=False, code=code, source=source
            )
            await self._emit("error", event)

    async def _emit(
        self, name: VoiceEventName, event: VoiceEvent, *, log_unhandled: bool = True
    ) -> None:
        if isinstance(event, VoiceAgentErrorEvent) and event.fatal and self._fatal is None:
            self._fatal = VoiceAgentConnectionError(event.message, error_event=event)
        handlers = list(self._handlers.get(name, ()))
        if not handlers and name == "error" and log_unhandled:
            fatal = isinstance(event, VoiceAgentErrorEvent) and event.fatal
            (logger.error if fatal else logger.warning)(
                "voice agent error: %s", getattr(event, "message", event)
            )
        for handler in handlers:
            try:
                result = handler(event)
                if inspect.isawaitable(result):
                    await result
            except Exception:  # a subscriber's bug must not break the session
                logger.exception("voice agent %s handler failed", name)


class _FunctionCall(pydantic.BaseModel):
    """The payload of the function tool RPC; ``arguments`` is JSON text or an object."""

    name: str
    arguments: dict[str, Any] | str | None = None


_CLEANUP_MESSAGES: Mapping[str, str] = {
    "transport_close_failed": "Failed to close the voice connection",
    "audio_stop_failed": "Failed to stop audio interface",
    "session_delete_failed": "Failed to delete remote voice session",
}
