"""``client.audio.sessions``: the generated ``create``/``get``/``close`` plus ``init``, which
creates a voice agent session and returns it ready to connect (the official SDK's
hand-written method)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from mistralai.api.audio._generated import models
from mistralai.api.audio._generated.resources import AudioSessions as GeneratedAudioSessions
from mistralai.api.audio._voice_session import VoiceAgentSession
from mistralai.api.audio.voice_agents import (
    AudioInterface,
    VoiceAgentConfigurationError,
    VoiceAgentConnectionError,
    VoiceAgentError,
)
from mistralai.api.audio.voice_tools import FunctionHandler, tool_declaration
from mistralai.core.runtime import UNSET, OptionalNullable, RetryConfig, Unset

__all__ = ["AudioSessions"]


class AudioSessions(GeneratedAudioSessions):
    """Operations of ``audio.sessions`` (``create``, ``get``, ``close``) and ``init``."""

    __slots__ = ()

    async def init(
        self,
        *,
        llm: models.AudioLLMConfig | models.AudioLLMConfigTypedDict | None = None,
        tts: models.AudioTTSConfig | models.AudioTTSConfigTypedDict | None = None,
        stt: models.AudioSTTConfig | models.AudioSTTConfigTypedDict | None = None,
        turn: models.AudioTurnConfig | models.AudioTurnConfigTypedDict | None = None,
        instructions: OptionalNullable[str] = UNSET,
        tools: OptionalNullable[Iterable[object]] = UNSET,
        function_handlers: OptionalNullable[Iterable[FunctionHandler | Callable[..., Any]]] = UNSET,
        welcome_message: OptionalNullable[str] = UNSET,
        agent_id: OptionalNullable[str] = UNSET,
        agent_version: OptionalNullable[int] = UNSET,
        audio_interface: AudioInterface | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> VoiceAgentSession:
        """Create the remote session and return it ready to ``connect()``.

        The remote session exists from here on: subscribe with ``session.on(...)``, then
        ``await session.connect()`` (or ``async with session``) within its join window, or
        ``await session.close()`` to give it up.

        ``tools`` is the whole remote declaration list: ``UNSET`` keeps the agent's, ``None``
        or ``[]`` clears it, anything else replaces it (tool models, dicts, or
        :func:`~mistralai.api.audio.voice_tools.function_tool` handlers, which are also
        registered locally). ``function_handlers`` registers local handlers only (callables
        or handlers) and never changes the remote declarations.
        """
        declarations: list[dict[str, Any]] | Unset = UNSET
        declared: list[FunctionHandler] = []
        if not isinstance(tools, Unset):
            given = list(tools or ())  # read once: `tools` may be a generator
            declarations = [tool_declaration(tool) for tool in given]
            declared = [tool for tool in given if isinstance(tool, FunctionHandler)]
        extra = () if isinstance(function_handlers, Unset) else function_handlers or ()
        handlers = _merge_handlers(declared, extra)
        _check_agent_reference(agent_id, agent_version)
        # A missing microphone must fail before a remote session is allocated.
        if audio_interface is not None:
            try:
                await audio_interface.preflight()
            except VoiceAgentError:
                raise
            except Exception as exc:
                raise VoiceAgentConnectionError(f"Audio interface is unavailable: {exc}") from exc
        headers = dict(http_headers) if http_headers is not None else None
        response = await self.create_async(
            llm=llm,
            tts=tts,
            stt=stt,
            turn=turn,
            instructions=instructions,
            tools=declarations,  # pyright: ignore[reportArgumentType]  # dicts, sent as given
            welcome_message=welcome_message,
            agent_id=agent_id,
            agent_version=agent_version,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=headers,
        )

        async def delete_remote_session(session_id: str) -> None:
            await self.close_async(
                session_id=session_id,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=headers,
            )

        return VoiceAgentSession(
            response,
            delete_remote_session=delete_remote_session,
            audio_interface=audio_interface,
            function_handlers=handlers,
        )


def _merge_handlers(
    declared: Iterable[FunctionHandler], extra: Iterable[FunctionHandler | Callable[..., Any]]
) -> list[FunctionHandler]:
    """One handler per function name: the same function twice is fine, two different ones
    for one name are a configuration error."""
    by_name: dict[str, FunctionHandler] = {}
    for item in [*declared, *extra]:
        if isinstance(item, FunctionHandler):
            handler = item
        elif callable(item):
            handler = FunctionHandler(item)
        else:
            raise VoiceAgentConfigurationError(
                "function_handlers must contain callables or @function_tool handlers"
            )
        if by_name.setdefault(handler.name, handler).fn is not handler.fn:
            raise VoiceAgentConfigurationError(
                f"Different handlers registered for function `{handler.name}`"
            )
    return list(by_name.values())


def _check_agent_reference(
    agent_id: OptionalNullable[str], agent_version: OptionalNullable[int]
) -> None:
    if isinstance(agent_version, Unset) or agent_version is None:
        return
    if isinstance(agent_id, Unset) or agent_id is None:
        raise VoiceAgentConfigurationError("agent_version requires agent_id")
    if agent_version < 1:
        raise VoiceAgentConfigurationError("agent_version must be positive")
