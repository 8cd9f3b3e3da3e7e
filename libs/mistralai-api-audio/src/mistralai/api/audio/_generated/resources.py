# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Resources (API methods) of the mistralai-api-audio distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, overload

from mistralai.api.audio._generated import models
from mistralai.core.runtime import (
    UNSET,
    CursorPaging,
    EventStream,
    EventStreamAsync,
    FileInput,
    OffsetPaging,
    Operation,
    OptionalNullable,
    RawResource,
    Resource,
    RetryConfig,
    StreamOperation,
    paginate,
    paginate_async,
    raw_method,
    whole_or_fields,
)

__all__ = [
    "Audio",
    "AudioAgents",
    "AudioAgentsWithRawResponse",
    "AudioSessions",
    "AudioSessionsWithRawResponse",
    "Realtime",
    "RealtimeSessions",
    "RealtimeSessionsWithRawResponse",
    "Speech",
    "SpeechWithRawResponse",
    "Transcriptions",
    "TranscriptionsWithRawResponse",
    "Voices",
    "VoicesWithRawResponse",
]

_AUDIO_AGENTS_LIST: Operation[models.AudioAgentListPage] = Operation(
    operation_id="list_agents_v1_audio_agents_get",
    method="GET",
    path="/v1/audio/agents",
    namespace="audio",
    retry_safe=True,
    response=lambda: models.AudioAgentListPage,
)
_AUDIO_AGENTS_LIST_PAGING = CursorPaging(items="data", cursor="next_page_token", param="page_token")
_AUDIO_AGENTS_CREATE: Operation[models.AudioAgentResponse] = Operation(
    operation_id="create_agent_v1_audio_agents_post",
    method="POST",
    path="/v1/audio/agents",
    namespace="audio",
    retry_safe=False,
    response=lambda: models.AudioAgentResponse,
    body=lambda: models.AudioAgentCreateRequest,
    body_kind="json",
    wire="mistralai.api.audio._generated.wire",
)
_AUDIO_AGENTS_GET: Operation[models.AudioAgentResponse] = Operation(
    operation_id="get_agent_v1_audio_agents__agent_id__get",
    method="GET",
    path="/v1/audio/agents/{agent_id}",
    namespace="audio",
    retry_safe=True,
    response=lambda: models.AudioAgentResponse,
)
_AUDIO_AGENTS_UPDATE: Operation[models.AudioAgentResponse] = Operation(
    operation_id="update_agent_v1_audio_agents__agent_id__put",
    method="PUT",
    path="/v1/audio/agents/{agent_id}",
    namespace="audio",
    retry_safe=True,
    response=lambda: models.AudioAgentResponse,
    body=lambda: models.AudioAgentUpdateRequest,
    body_kind="json",
    wire="mistralai.api.audio._generated.wire",
)
_AUDIO_AGENTS_DELETE: Operation[None] = Operation(
    operation_id="delete_agent_v1_audio_agents__agent_id__delete",
    method="DELETE",
    path="/v1/audio/agents/{agent_id}",
    namespace="audio",
    retry_safe=True,
    response=None,
)
_AUDIO_AGENTS_LIST_VERSIONS: Operation[models.AudioAgentListPage] = Operation(
    operation_id="list_agent_versions_v1_audio_agents__agent_id__versions_get",
    method="GET",
    path="/v1/audio/agents/{agent_id}/versions",
    namespace="audio",
    retry_safe=True,
    response=lambda: models.AudioAgentListPage,
)
_AUDIO_AGENTS_LIST_VERSIONS_PAGING = CursorPaging(
    items="data", cursor="next_page_token", param="page_token"
)
_AUDIO_AGENTS_LIST_SESSIONS: Operation[models.AudioAgentSessionListPage] = Operation(
    operation_id="list_agent_sessions_v1_audio_agents__agent_id__sessions_get",
    method="GET",
    path="/v1/audio/agents/{agent_id}/sessions",
    namespace="audio",
    retry_safe=True,
    response=lambda: models.AudioAgentSessionListPage,
)
_AUDIO_AGENTS_LIST_SESSIONS_PAGING = CursorPaging(
    items="data", cursor="next_page_token", param="page_token"
)
_AUDIO_SESSIONS_CREATE: Operation[models.AudioSessionCreateResponse] = Operation(
    operation_id="create_session_v1_audio_sessions_post",
    method="POST",
    path="/v1/audio/sessions",
    namespace="audio",
    retry_safe=False,
    response=lambda: models.AudioSessionCreateResponse,
    body=lambda: models.AudioSessionCreateRequest,
    body_kind="json",
    wire="mistralai.api.audio._generated.wire",
    omit_none=frozenset({"llm", "tts", "stt", "turn"}),
)
_AUDIO_SESSIONS_GET: Operation[models.AudioSessionResponse] = Operation(
    operation_id="get_session_v1_audio_sessions__session_id__get",
    method="GET",
    path="/v1/audio/sessions/{session_id}",
    namespace="audio",
    retry_safe=True,
    response=lambda: models.AudioSessionResponse,
)
_AUDIO_SESSIONS_CLOSE: Operation[None] = Operation(
    operation_id="delete_session_v1_audio_sessions__session_id__delete",
    method="DELETE",
    path="/v1/audio/sessions/{session_id}",
    namespace="audio",
    retry_safe=True,
    response=None,
)
_SPEECH_COMPLETE: Operation[models.SpeechV1AudioSpeechPostResponse] = Operation(
    operation_id="speech_v1_audio_speech_post",
    method="POST",
    path="/v1/audio/speech",
    namespace="audio",
    retry_safe=True,
    response=lambda: models.SpeechV1AudioSpeechPostResponse,
    body=lambda: models.SpeechRequest,
    body_kind="json",
    wire="mistralai.api.audio._generated.wire",
    omit_none=frozenset({"stream", "response_format"}),
)
_SPEECH_STREAM: StreamOperation[models.SpeechV1AudioSpeechPostEvent] = StreamOperation(
    event=lambda: models.SpeechV1AudioSpeechPostEvent,
    event_fields=frozenset({"event", "data"}),
    operation_id="speech_v1_audio_speech_post",
    method="POST",
    path="/v1/audio/speech",
    namespace="audio",
    retry_safe=True,
    body=lambda: models.SpeechRequest,
    body_kind="json",
    wire="mistralai.api.audio._generated.wire",
    omit_none=frozenset({"stream", "response_format"}),
)
_TRANSCRIPTIONS_COMPLETE: Operation[models.TranscriptionResponse] = Operation(
    operation_id="audio_api_v1_transcriptions_post",
    method="POST",
    path="/v1/audio/transcriptions",
    namespace="audio",
    retry_safe=True,
    response=lambda: models.TranscriptionResponse,
    body=lambda: models.AudioTranscriptionRequest,
    body_kind="multipart",
    omit_none=frozenset({"file", "diarize", "context_bias", "timestamp_granularities", "stream"}),
)
_TRANSCRIPTIONS_STREAM: StreamOperation[models.TranscriptionStreamEvents] = StreamOperation(
    event=lambda: models.TranscriptionStreamEvents,
    event_fields=frozenset({"event", "data"}),
    operation_id="audio_api_v1_transcriptions_post_stream",
    method="POST",
    path="/v1/audio/transcriptions",
    namespace="audio",
    retry_safe=True,
    body=lambda: models.AudioTranscriptionRequestStream,
    body_kind="multipart",
    omit_none=frozenset({"file", "diarize", "context_bias", "timestamp_granularities", "stream"}),
)
_VOICES_LIST: Operation[models.VoiceListResponse] = Operation(
    operation_id="list_voices_v1_audio_voices_get",
    method="GET",
    path="/v1/audio/voices",
    namespace="audio",
    retry_safe=True,
    response=lambda: models.VoiceListResponse,
    omit_none=frozenset({"limit", "offset", "type"}),
)
_VOICES_LIST_PAGING = OffsetPaging(items="items", param="offset", total="total")
_VOICES_CREATE: Operation[models.VoiceResponse] = Operation(
    operation_id="create_voice_v1_audio_voices_post",
    method="POST",
    path="/v1/audio/voices",
    namespace="audio",
    retry_safe=False,
    response=lambda: models.VoiceResponse,
    body=lambda: models.VoiceCreateRequest,
    body_kind="json",
    wire="mistralai.api.audio._generated.wire",
    omit_none=frozenset({"languages", "retention_notice"}),
)
_VOICES_DELETE: Operation[models.VoiceResponse] = Operation(
    operation_id="delete_voice_v1_audio_voices__voice_id__delete",
    method="DELETE",
    path="/v1/audio/voices/{voice_id}",
    namespace="audio",
    retry_safe=True,
    response=lambda: models.VoiceResponse,
)
_VOICES_UPDATE: Operation[models.VoiceResponse] = Operation(
    operation_id="update_voice_v1_audio_voices__voice_id__patch",
    method="PATCH",
    path="/v1/audio/voices/{voice_id}",
    namespace="audio",
    retry_safe=False,
    response=lambda: models.VoiceResponse,
    body=lambda: models.VoiceUpdateRequest,
    body_kind="json",
    wire="mistralai.api.audio._generated.wire",
)
_VOICES_GET: Operation[models.VoiceResponse] = Operation(
    operation_id="get_voice_v1_audio_voices__voice_id__get",
    method="GET",
    path="/v1/audio/voices/{voice_id}",
    namespace="audio",
    retry_safe=True,
    response=lambda: models.VoiceResponse,
)
_VOICES_GET_SAMPLE_AUDIO: Operation[bytes] = Operation(
    operation_id="get_voice_sample_audio_v1_audio_voices__voice_id__sample_get",
    method="GET",
    path="/v1/audio/voices/{voice_id}/sample",
    namespace="audio",
    retry_safe=True,
    response=bytes,
    accept="audio/wav",
)
_VOICES_SEARCH: Operation[models.VoiceListPage] = Operation(
    operation_id="audio_v2_voices_list",
    method="GET",
    path="/v2/audio/voices",
    namespace="audio",
    retry_safe=True,
    response=lambda: models.VoiceListPage,
)
_VOICES_SEARCH_PAGING = CursorPaging(items="data", cursor="next_page_token", param="page_token")
_REALTIME_SESSIONS_CREATE: Operation[models.CreateRealtimeSessionResponse] = Operation(
    operation_id="create_client_session_v1_client_sessions_post",
    method="POST",
    path="/v1/client/sessions",
    namespace="realtime",
    retry_safe=False,
    response=lambda: models.CreateRealtimeSessionResponse,
    body=lambda: models.CreateRealtimeSessionRequest,
    body_kind="json",
    wire="mistralai.api.audio._generated.wire",
    omit_none=frozenset({"purpose"}),
)


class Audio(Resource):
    """Operations of ``audio``."""

    __slots__ = (
        "_ns_agents",
        "_ns_sessions",
        "_ns_speech",
        "_ns_transcriptions",
        "_ns_voices",
    )
    _ns_agents: AudioAgents
    _ns_sessions: AudioSessions
    _ns_speech: Speech
    _ns_transcriptions: Transcriptions
    _ns_voices: Voices

    @property
    def agents(self) -> AudioAgents:
        """Operations of ``audio.agents``."""
        try:
            return self._ns_agents
        except AttributeError:
            self._ns_agents = AudioAgents(self._client)
            return self._ns_agents

    @property
    def sessions(self) -> AudioSessions:
        """Operations of ``audio.sessions``."""
        try:
            return self._ns_sessions
        except AttributeError:
            self._ns_sessions = AudioSessions(self._client)
            return self._ns_sessions

    @property
    def speech(self) -> Speech:
        """Operations of ``audio.speech``."""
        try:
            return self._ns_speech
        except AttributeError:
            self._ns_speech = Speech(self._client)
            return self._ns_speech

    @property
    def transcriptions(self) -> Transcriptions:
        """Operations of ``audio.transcriptions``."""
        try:
            return self._ns_transcriptions
        except AttributeError:
            self._ns_transcriptions = Transcriptions(self._client)
            return self._ns_transcriptions

    @property
    def voices(self) -> Voices:
        """Operations of ``audio.voices``."""
        try:
            return self._ns_voices
        except AttributeError:
            self._ns_voices = Voices(self._client)
            return self._ns_voices


class AudioAgents(Resource):
    """Operations of ``audio.agents``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AudioAgentsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return AudioAgentsWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | None = 10,
        page_token: OptionalNullable[str] = UNSET,
        search: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AudioAgentListPage:
        """List audio agents.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param page_size:
        :param page_token:
        :param search:
        """
        return paginate(
            self._client,
            _AUDIO_AGENTS_LIST,
            _AUDIO_AGENTS_LIST_PAGING,
            {"page_size": page_size, "page_token": page_token, "search": search},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        page_size: int | None = 10,
        page_token: OptionalNullable[str] = UNSET,
        search: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AudioAgentListPage:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _AUDIO_AGENTS_LIST,
            _AUDIO_AGENTS_LIST_PAGING,
            {"page_size": page_size, "page_token": page_token, "search": search},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create(
        self,
        *,
        name: str,
        configuration: models.AudioAgentConfigurationRequest
        | models.AudioAgentConfigurationRequestTypedDict,
        description: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AudioAgentResponse:
        """Create an audio agent.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        :param configuration:
        :param description:
        """
        return self._client.request(
            _AUDIO_AGENTS_CREATE,
            body={"name": name, "configuration": configuration, "description": description},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        name: str,
        configuration: models.AudioAgentConfigurationRequest
        | models.AudioAgentConfigurationRequestTypedDict,
        description: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AudioAgentResponse:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _AUDIO_AGENTS_CREATE,
            body={"name": name, "configuration": configuration, "description": description},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        agent_id: str,
        version: OptionalNullable[int] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AudioAgentResponse:
        """Get an audio agent.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param agent_id:
        :param version:
        """
        return self._client.request(
            _AUDIO_AGENTS_GET,
            path={"agent_id": agent_id},
            query={"version": version},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        agent_id: str,
        version: OptionalNullable[int] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AudioAgentResponse:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _AUDIO_AGENTS_GET,
            path={"agent_id": agent_id},
            query={"version": version},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update(
        self,
        *,
        agent_id: str,
        name: str,
        configuration: models.AudioAgentConfigurationRequest
        | models.AudioAgentConfigurationRequestTypedDict,
        description: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AudioAgentResponse:
        """Update an audio agent.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param agent_id:
        :param name:
        :param configuration:
        :param description:
        """
        return self._client.request(
            _AUDIO_AGENTS_UPDATE,
            path={"agent_id": agent_id},
            body={"name": name, "configuration": configuration, "description": description},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_async(
        self,
        *,
        agent_id: str,
        name: str,
        configuration: models.AudioAgentConfigurationRequest
        | models.AudioAgentConfigurationRequestTypedDict,
        description: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AudioAgentResponse:
        """Async twin of :meth:`update`."""
        return await self._client.request_async(
            _AUDIO_AGENTS_UPDATE,
            path={"agent_id": agent_id},
            body={"name": name, "configuration": configuration, "description": description},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        agent_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete an audio agent.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param agent_id:
        """
        return self._client.request(
            _AUDIO_AGENTS_DELETE,
            path={"agent_id": agent_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        agent_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _AUDIO_AGENTS_DELETE,
            path={"agent_id": agent_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_versions(
        self,
        *,
        agent_id: str,
        page_size: int | None = 10,
        page_token: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AudioAgentListPage:
        """List audio agent versions.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param agent_id:
        :param page_size:
        :param page_token:
        """
        return paginate(
            self._client,
            _AUDIO_AGENTS_LIST_VERSIONS,
            _AUDIO_AGENTS_LIST_VERSIONS_PAGING,
            {"page_size": page_size, "page_token": page_token},
            path={"agent_id": agent_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_versions_async(
        self,
        *,
        agent_id: str,
        page_size: int | None = 10,
        page_token: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AudioAgentListPage:
        """Async twin of :meth:`list_versions`."""
        return await paginate_async(
            self._client,
            _AUDIO_AGENTS_LIST_VERSIONS,
            _AUDIO_AGENTS_LIST_VERSIONS_PAGING,
            {"page_size": page_size, "page_token": page_token},
            path={"agent_id": agent_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_sessions(
        self,
        *,
        agent_id: str,
        page_size: int | None = 10,
        page_token: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AudioAgentSessionListPage:
        """List audio agent sessions.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param agent_id:
        :param page_size:
        :param page_token:
        """
        return paginate(
            self._client,
            _AUDIO_AGENTS_LIST_SESSIONS,
            _AUDIO_AGENTS_LIST_SESSIONS_PAGING,
            {"page_size": page_size, "page_token": page_token},
            path={"agent_id": agent_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_sessions_async(
        self,
        *,
        agent_id: str,
        page_size: int | None = 10,
        page_token: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AudioAgentSessionListPage:
        """Async twin of :meth:`list_sessions`."""
        return await paginate_async(
            self._client,
            _AUDIO_AGENTS_LIST_SESSIONS,
            _AUDIO_AGENTS_LIST_SESSIONS_PAGING,
            {"page_size": page_size, "page_token": page_token},
            path={"agent_id": agent_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class AudioSessions(Resource):
    """Operations of ``audio.sessions``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AudioSessionsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return AudioSessionsWithRawResponse(self)

    def create(
        self,
        *,
        llm: models.AudioLLMConfig | models.AudioLLMConfigTypedDict | None = None,
        tts: models.AudioTTSConfig | models.AudioTTSConfigTypedDict | None = None,
        stt: models.AudioSTTConfig | models.AudioSTTConfigTypedDict | None = None,
        turn: models.AudioTurnConfig | models.AudioTurnConfigTypedDict | None = None,
        instructions: OptionalNullable[str] = UNSET,
        tools: OptionalNullable[
            Sequence[
                models.AudioSessionCreateRequestTool | models.AudioSessionCreateRequestToolTypedDict
            ]
        ] = UNSET,
        welcome_message: OptionalNullable[str] = UNSET,
        agent_id: OptionalNullable[str] = UNSET,
        agent_version: OptionalNullable[int] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AudioSessionCreateResponse:
        """Create an agent session.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param llm:
        :param tts:
        :param stt:
        :param turn:
        :param instructions:
        :param tools:
        :param welcome_message:
        :param agent_id:
        :param agent_version:
        """
        return self._client.request(
            _AUDIO_SESSIONS_CREATE,
            body={
                "llm": llm,
                "tts": tts,
                "stt": stt,
                "turn": turn,
                "instructions": instructions,
                "tools": tools,
                "welcome_message": welcome_message,
                "agent_id": agent_id,
                "agent_version": agent_version,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        llm: models.AudioLLMConfig | models.AudioLLMConfigTypedDict | None = None,
        tts: models.AudioTTSConfig | models.AudioTTSConfigTypedDict | None = None,
        stt: models.AudioSTTConfig | models.AudioSTTConfigTypedDict | None = None,
        turn: models.AudioTurnConfig | models.AudioTurnConfigTypedDict | None = None,
        instructions: OptionalNullable[str] = UNSET,
        tools: OptionalNullable[
            Sequence[
                models.AudioSessionCreateRequestTool | models.AudioSessionCreateRequestToolTypedDict
            ]
        ] = UNSET,
        welcome_message: OptionalNullable[str] = UNSET,
        agent_id: OptionalNullable[str] = UNSET,
        agent_version: OptionalNullable[int] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AudioSessionCreateResponse:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _AUDIO_SESSIONS_CREATE,
            body={
                "llm": llm,
                "tts": tts,
                "stt": stt,
                "turn": turn,
                "instructions": instructions,
                "tools": tools,
                "welcome_message": welcome_message,
                "agent_id": agent_id,
                "agent_version": agent_version,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        session_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AudioSessionResponse:
        """Get session status.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param session_id:
        """
        return self._client.request(
            _AUDIO_SESSIONS_GET,
            path={"session_id": session_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        session_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AudioSessionResponse:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _AUDIO_SESSIONS_GET,
            path={"session_id": session_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def close(
        self,
        *,
        session_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Stop an agent session.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param session_id:
        """
        return self._client.request(
            _AUDIO_SESSIONS_CLOSE,
            path={"session_id": session_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def close_async(
        self,
        *,
        session_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`close`."""
        return await self._client.request_async(
            _AUDIO_SESSIONS_CLOSE,
            path={"session_id": session_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Speech(Resource):
    """Operations of ``audio.speech``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> SpeechWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return SpeechWithRawResponse(self)

    @overload
    def complete(
        self,
        *,
        input: str,
        model: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        stream: Literal[False] = False,
        voice_id: OptionalNullable[str] = UNSET,
        ref_audio: OptionalNullable[str] = UNSET,
        response_format: models.SpeechOutputFormat | None = None,
        additional_properties: Mapping[str, Any] | None = None,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        expressiveness: OptionalNullable[float] = UNSET,
        phoneme_hints: OptionalNullable[
            Mapping[str, Sequence[models.SpeechRequestPhonemeHint]]
        ] = UNSET,
        conversation_history: OptionalNullable[
            Sequence[
                models.SpeechRequestConversationHistory
                | models.SpeechRequestConversationHistoryTypedDict
            ]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.SpeechV1AudioSpeechPostResponse: ...
    @overload
    def complete(
        self,
        *,
        input: str,
        model: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        stream: Literal[True],
        voice_id: OptionalNullable[str] = UNSET,
        ref_audio: OptionalNullable[str] = UNSET,
        response_format: models.SpeechOutputFormat | None = None,
        additional_properties: Mapping[str, Any] | None = None,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        expressiveness: OptionalNullable[float] = UNSET,
        phoneme_hints: OptionalNullable[
            Mapping[str, Sequence[models.SpeechRequestPhonemeHint]]
        ] = UNSET,
        conversation_history: OptionalNullable[
            Sequence[
                models.SpeechRequestConversationHistory
                | models.SpeechRequestConversationHistoryTypedDict
            ]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStream[models.SpeechV1AudioSpeechPostEvent]: ...
    def complete(
        self,
        *,
        input: str,
        model: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        stream: bool = False,
        voice_id: OptionalNullable[str] = UNSET,
        ref_audio: OptionalNullable[str] = UNSET,
        response_format: models.SpeechOutputFormat | None = None,
        additional_properties: Mapping[str, Any] | None = None,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        expressiveness: OptionalNullable[float] = UNSET,
        phoneme_hints: OptionalNullable[
            Mapping[str, Sequence[models.SpeechRequestPhonemeHint]]
        ] = UNSET,
        conversation_history: OptionalNullable[
            Sequence[
                models.SpeechRequestConversationHistory
                | models.SpeechRequestConversationHistoryTypedDict
            ]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.SpeechV1AudioSpeechPostResponse | EventStream[models.SpeechV1AudioSpeechPostEvent]:
        """Speech.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param input: Text to generate a speech from
        :param model:
        :param metadata:
        :param stream:
        :param voice_id: The preset or custom voice to use for generating the speech.
        :param ref_audio: The audio reference for generating the speech.
        :param response_format: Output audio format. Defaults to mp3.
        :param additional_properties: Extra body fields, sent as given.
        :param prompt_cache_key:
        :param expressiveness:
        :param phoneme_hints:
        :param conversation_history:
        """
        if stream:
            return self.stream(
                input=input,
                model=model,
                metadata=metadata,
                voice_id=voice_id,
                ref_audio=ref_audio,
                response_format=response_format,
                additional_properties=additional_properties,
                prompt_cache_key=prompt_cache_key,
                expressiveness=expressiveness,
                phoneme_hints=phoneme_hints,
                conversation_history=conversation_history,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )
        return self._client.request(
            _SPEECH_COMPLETE,
            body={
                **(additional_properties or {}),
                "input": input,
                "model": model,
                "metadata": metadata,
                "stream": stream,
                "voice_id": voice_id,
                "ref_audio": ref_audio,
                "response_format": response_format,
                "prompt_cache_key": prompt_cache_key,
                "expressiveness": expressiveness,
                "phoneme_hints": phoneme_hints,
                "conversation_history": conversation_history,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    @overload
    async def complete_async(
        self,
        *,
        input: str,
        model: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        stream: Literal[False] = False,
        voice_id: OptionalNullable[str] = UNSET,
        ref_audio: OptionalNullable[str] = UNSET,
        response_format: models.SpeechOutputFormat | None = None,
        additional_properties: Mapping[str, Any] | None = None,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        expressiveness: OptionalNullable[float] = UNSET,
        phoneme_hints: OptionalNullable[
            Mapping[str, Sequence[models.SpeechRequestPhonemeHint]]
        ] = UNSET,
        conversation_history: OptionalNullable[
            Sequence[
                models.SpeechRequestConversationHistory
                | models.SpeechRequestConversationHistoryTypedDict
            ]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.SpeechV1AudioSpeechPostResponse: ...
    @overload
    async def complete_async(
        self,
        *,
        input: str,
        model: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        stream: Literal[True],
        voice_id: OptionalNullable[str] = UNSET,
        ref_audio: OptionalNullable[str] = UNSET,
        response_format: models.SpeechOutputFormat | None = None,
        additional_properties: Mapping[str, Any] | None = None,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        expressiveness: OptionalNullable[float] = UNSET,
        phoneme_hints: OptionalNullable[
            Mapping[str, Sequence[models.SpeechRequestPhonemeHint]]
        ] = UNSET,
        conversation_history: OptionalNullable[
            Sequence[
                models.SpeechRequestConversationHistory
                | models.SpeechRequestConversationHistoryTypedDict
            ]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStreamAsync[models.SpeechV1AudioSpeechPostEvent]: ...
    async def complete_async(
        self,
        *,
        input: str,
        model: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        stream: bool = False,
        voice_id: OptionalNullable[str] = UNSET,
        ref_audio: OptionalNullable[str] = UNSET,
        response_format: models.SpeechOutputFormat | None = None,
        additional_properties: Mapping[str, Any] | None = None,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        expressiveness: OptionalNullable[float] = UNSET,
        phoneme_hints: OptionalNullable[
            Mapping[str, Sequence[models.SpeechRequestPhonemeHint]]
        ] = UNSET,
        conversation_history: OptionalNullable[
            Sequence[
                models.SpeechRequestConversationHistory
                | models.SpeechRequestConversationHistoryTypedDict
            ]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> (
        models.SpeechV1AudioSpeechPostResponse
        | EventStreamAsync[models.SpeechV1AudioSpeechPostEvent]
    ):
        """Async twin of :meth:`complete`."""
        if stream:
            return await self.stream_async(
                input=input,
                model=model,
                metadata=metadata,
                voice_id=voice_id,
                ref_audio=ref_audio,
                response_format=response_format,
                additional_properties=additional_properties,
                prompt_cache_key=prompt_cache_key,
                expressiveness=expressiveness,
                phoneme_hints=phoneme_hints,
                conversation_history=conversation_history,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )
        return await self._client.request_async(
            _SPEECH_COMPLETE,
            body={
                **(additional_properties or {}),
                "input": input,
                "model": model,
                "metadata": metadata,
                "stream": stream,
                "voice_id": voice_id,
                "ref_audio": ref_audio,
                "response_format": response_format,
                "prompt_cache_key": prompt_cache_key,
                "expressiveness": expressiveness,
                "phoneme_hints": phoneme_hints,
                "conversation_history": conversation_history,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def stream(
        self,
        *,
        input: str,
        model: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        stream: bool | None = True,
        voice_id: OptionalNullable[str] = UNSET,
        ref_audio: OptionalNullable[str] = UNSET,
        response_format: models.SpeechOutputFormat | None = None,
        additional_properties: Mapping[str, Any] | None = None,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        expressiveness: OptionalNullable[float] = UNSET,
        phoneme_hints: OptionalNullable[
            Mapping[str, Sequence[models.SpeechRequestPhonemeHint]]
        ] = UNSET,
        conversation_history: OptionalNullable[
            Sequence[
                models.SpeechRequestConversationHistory
                | models.SpeechRequestConversationHistoryTypedDict
            ]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStream[models.SpeechV1AudioSpeechPostEvent]:
        """Speech.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param input: Text to generate a speech from
        :param model:
        :param metadata:
        :param stream:
        :param voice_id: The preset or custom voice to use for generating the speech.
        :param ref_audio: The audio reference for generating the speech.
        :param response_format: Output audio format. Defaults to mp3.
        :param additional_properties: Extra body fields, sent as given.
        :param prompt_cache_key:
        :param expressiveness:
        :param phoneme_hints:
        :param conversation_history:
        """
        return self._client.stream(
            _SPEECH_STREAM,
            body={
                **(additional_properties or {}),
                "input": input,
                "model": model,
                "metadata": metadata,
                "stream": stream,
                "voice_id": voice_id,
                "ref_audio": ref_audio,
                "response_format": response_format,
                "prompt_cache_key": prompt_cache_key,
                "expressiveness": expressiveness,
                "phoneme_hints": phoneme_hints,
                "conversation_history": conversation_history,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def stream_async(
        self,
        *,
        input: str,
        model: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        stream: bool | None = True,
        voice_id: OptionalNullable[str] = UNSET,
        ref_audio: OptionalNullable[str] = UNSET,
        response_format: models.SpeechOutputFormat | None = None,
        additional_properties: Mapping[str, Any] | None = None,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        expressiveness: OptionalNullable[float] = UNSET,
        phoneme_hints: OptionalNullable[
            Mapping[str, Sequence[models.SpeechRequestPhonemeHint]]
        ] = UNSET,
        conversation_history: OptionalNullable[
            Sequence[
                models.SpeechRequestConversationHistory
                | models.SpeechRequestConversationHistoryTypedDict
            ]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStreamAsync[models.SpeechV1AudioSpeechPostEvent]:
        """Async twin of :meth:`stream`."""
        return await self._client.stream_async(
            _SPEECH_STREAM,
            body={
                **(additional_properties or {}),
                "input": input,
                "model": model,
                "metadata": metadata,
                "stream": stream,
                "voice_id": voice_id,
                "ref_audio": ref_audio,
                "response_format": response_format,
                "prompt_cache_key": prompt_cache_key,
                "expressiveness": expressiveness,
                "phoneme_hints": phoneme_hints,
                "conversation_history": conversation_history,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Transcriptions(Resource):
    """Operations of ``audio.transcriptions``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> TranscriptionsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return TranscriptionsWithRawResponse(self)

    def complete(
        self,
        *,
        model: str,
        file: FileInput | None = None,
        file_url: OptionalNullable[str] = UNSET,
        file_id: OptionalNullable[str] = UNSET,
        language: OptionalNullable[str] = UNSET,
        temperature: OptionalNullable[float] = UNSET,
        diarize: bool | None = False,
        context_bias: Sequence[str] | None = None,
        timestamp_granularities: Sequence[models.TimestampGranularity] | None = None,
        stream: Literal[False] | None = False,
        speaker_references: OptionalNullable[Mapping[str, str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.TranscriptionResponse:
        """Create Transcription.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model: ID of the model to be used.
        :param file:
        :param file_url: Url of a file to be transcribed
        :param file_id: ID of a file uploaded to /v1/files
        :param language: Language of the audio, e.g. 'en'. Providing the language can boost accuracy.
        :param temperature:
        :param diarize:
        :param context_bias:
        :param timestamp_granularities: Granularities of timestamps to include in the response.
        :param stream:
        :param speaker_references:
        """
        return self._client.request(
            _TRANSCRIPTIONS_COMPLETE,
            body={
                "model": model,
                "file": file,
                "file_url": file_url,
                "file_id": file_id,
                "language": language,
                "temperature": temperature,
                "diarize": diarize,
                "context_bias": context_bias,
                "timestamp_granularities": timestamp_granularities,
                "stream": stream,
                "speaker_references": speaker_references,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def complete_async(
        self,
        *,
        model: str,
        file: FileInput | None = None,
        file_url: OptionalNullable[str] = UNSET,
        file_id: OptionalNullable[str] = UNSET,
        language: OptionalNullable[str] = UNSET,
        temperature: OptionalNullable[float] = UNSET,
        diarize: bool | None = False,
        context_bias: Sequence[str] | None = None,
        timestamp_granularities: Sequence[models.TimestampGranularity] | None = None,
        stream: Literal[False] | None = False,
        speaker_references: OptionalNullable[Mapping[str, str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.TranscriptionResponse:
        """Async twin of :meth:`complete`."""
        return await self._client.request_async(
            _TRANSCRIPTIONS_COMPLETE,
            body={
                "model": model,
                "file": file,
                "file_url": file_url,
                "file_id": file_id,
                "language": language,
                "temperature": temperature,
                "diarize": diarize,
                "context_bias": context_bias,
                "timestamp_granularities": timestamp_granularities,
                "stream": stream,
                "speaker_references": speaker_references,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def stream(
        self,
        *,
        model: str,
        file: FileInput | None = None,
        file_url: OptionalNullable[str] = UNSET,
        file_id: OptionalNullable[str] = UNSET,
        language: OptionalNullable[str] = UNSET,
        temperature: OptionalNullable[float] = UNSET,
        diarize: bool | None = False,
        context_bias: Sequence[str] | None = None,
        timestamp_granularities: Sequence[models.TimestampGranularity] | None = None,
        stream: Literal[True] | None = True,
        speaker_references: OptionalNullable[Mapping[str, str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStream[models.TranscriptionStreamEvents]:
        """Create Streaming Transcription (SSE).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model:
        :param file:
        :param file_url: Url of a file to be transcribed
        :param file_id: ID of a file uploaded to /v1/files
        :param language: Language of the audio, e.g. 'en'. Providing the language can boost accuracy.
        :param temperature:
        :param diarize:
        :param context_bias:
        :param timestamp_granularities: Granularities of timestamps to include in the response.
        :param stream:
        :param speaker_references:
        """
        return self._client.stream(
            _TRANSCRIPTIONS_STREAM,
            body={
                "model": model,
                "file": file,
                "file_url": file_url,
                "file_id": file_id,
                "language": language,
                "temperature": temperature,
                "diarize": diarize,
                "context_bias": context_bias,
                "timestamp_granularities": timestamp_granularities,
                "stream": stream,
                "speaker_references": speaker_references,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def stream_async(
        self,
        *,
        model: str,
        file: FileInput | None = None,
        file_url: OptionalNullable[str] = UNSET,
        file_id: OptionalNullable[str] = UNSET,
        language: OptionalNullable[str] = UNSET,
        temperature: OptionalNullable[float] = UNSET,
        diarize: bool | None = False,
        context_bias: Sequence[str] | None = None,
        timestamp_granularities: Sequence[models.TimestampGranularity] | None = None,
        stream: Literal[True] | None = True,
        speaker_references: OptionalNullable[Mapping[str, str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStreamAsync[models.TranscriptionStreamEvents]:
        """Async twin of :meth:`stream`."""
        return await self._client.stream_async(
            _TRANSCRIPTIONS_STREAM,
            body={
                "model": model,
                "file": file,
                "file_url": file_url,
                "file_id": file_id,
                "language": language,
                "temperature": temperature,
                "diarize": diarize,
                "context_bias": context_bias,
                "timestamp_granularities": timestamp_granularities,
                "stream": stream,
                "speaker_references": speaker_references,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Voices(Resource):
    """Operations of ``audio.voices``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> VoicesWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return VoicesWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = 10,
        offset: int | None = 0,
        type_: models.ListVoicesV1AudioVoicesGetType | None = "all",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VoiceListResponse:
        """List all voices.

        List all voices (excluding sample data)

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param limit: Maximum number of voices to return
        :param offset: Offset for pagination
        :param type_: Filter the voices between customs and presets
        """
        return paginate(
            self._client,
            _VOICES_LIST,
            _VOICES_LIST_PAGING,
            {"limit": limit, "offset": offset, "type": type_},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        limit: int | None = 10,
        offset: int | None = 0,
        type_: models.ListVoicesV1AudioVoicesGetType | None = "all",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VoiceListResponse:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _VOICES_LIST,
            _VOICES_LIST_PAGING,
            {"limit": limit, "offset": offset, "type": type_},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create(
        self,
        *,
        name: str,
        sample_audio: str,
        slug: OptionalNullable[str] = UNSET,
        languages: Sequence[str] | None = None,
        gender: OptionalNullable[str] = UNSET,
        age: OptionalNullable[int] = UNSET,
        tags: OptionalNullable[Sequence[str]] = UNSET,
        color: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        retention_notice: int | None = 30,
        sample_filename: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VoiceResponse:
        """Create a new voice.

        Create a new voice with a base64-encoded audio sample

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        :param sample_audio: Base64-encoded audio file
        :param slug:
        :param languages:
        :param gender:
        :param age:
        :param tags:
        :param color:
        :param description:
        :param retention_notice:
        :param sample_filename: Original filename for extension detection
        """
        return self._client.request(
            _VOICES_CREATE,
            body={
                "name": name,
                "sample_audio": sample_audio,
                "slug": slug,
                "languages": languages,
                "gender": gender,
                "age": age,
                "tags": tags,
                "color": color,
                "description": description,
                "retention_notice": retention_notice,
                "sample_filename": sample_filename,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        name: str,
        sample_audio: str,
        slug: OptionalNullable[str] = UNSET,
        languages: Sequence[str] | None = None,
        gender: OptionalNullable[str] = UNSET,
        age: OptionalNullable[int] = UNSET,
        tags: OptionalNullable[Sequence[str]] = UNSET,
        color: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        retention_notice: int | None = 30,
        sample_filename: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VoiceResponse:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _VOICES_CREATE,
            body={
                "name": name,
                "sample_audio": sample_audio,
                "slug": slug,
                "languages": languages,
                "gender": gender,
                "age": age,
                "tags": tags,
                "color": color,
                "description": description,
                "retention_notice": retention_notice,
                "sample_filename": sample_filename,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        voice_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VoiceResponse:
        """Delete a custom voice.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param voice_id:
        """
        return self._client.request(
            _VOICES_DELETE,
            path={"voice_id": voice_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        voice_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VoiceResponse:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _VOICES_DELETE,
            path={"voice_id": voice_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update(
        self,
        *,
        voice_id: str,
        name: OptionalNullable[str] = UNSET,
        languages: OptionalNullable[Sequence[str]] = UNSET,
        gender: OptionalNullable[str] = UNSET,
        age: OptionalNullable[int] = UNSET,
        tags: OptionalNullable[Sequence[str]] = UNSET,
        description: OptionalNullable[str] = UNSET,
        retention_notice: OptionalNullable[int] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VoiceResponse:
        """Update voice metadata.

        Update voice metadata (name, gender, languages, age, tags).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param voice_id:
        :param name:
        :param languages:
        :param gender:
        :param age:
        :param tags:
        :param description:
        :param retention_notice:
        """
        return self._client.request(
            _VOICES_UPDATE,
            path={"voice_id": voice_id},
            body={
                "name": name,
                "languages": languages,
                "gender": gender,
                "age": age,
                "tags": tags,
                "description": description,
                "retention_notice": retention_notice,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_async(
        self,
        *,
        voice_id: str,
        name: OptionalNullable[str] = UNSET,
        languages: OptionalNullable[Sequence[str]] = UNSET,
        gender: OptionalNullable[str] = UNSET,
        age: OptionalNullable[int] = UNSET,
        tags: OptionalNullable[Sequence[str]] = UNSET,
        description: OptionalNullable[str] = UNSET,
        retention_notice: OptionalNullable[int] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VoiceResponse:
        """Async twin of :meth:`update`."""
        return await self._client.request_async(
            _VOICES_UPDATE,
            path={"voice_id": voice_id},
            body={
                "name": name,
                "languages": languages,
                "gender": gender,
                "age": age,
                "tags": tags,
                "description": description,
                "retention_notice": retention_notice,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        voice_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VoiceResponse:
        """Get voice details.

        Get voice details (excluding sample)

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param voice_id:
        """
        return self._client.request(
            _VOICES_GET,
            path={"voice_id": voice_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        voice_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VoiceResponse:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _VOICES_GET,
            path={"voice_id": voice_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_sample_audio(
        self,
        *,
        voice_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """Get voice sample audio.

        Get the audio sample for a voice

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param voice_id:
        """
        return self._client.request(
            _VOICES_GET_SAMPLE_AUDIO,
            path={"voice_id": voice_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_sample_audio_async(
        self,
        *,
        voice_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """Async twin of :meth:`get_sample_audio`."""
        return await self._client.request_async(
            _VOICES_GET_SAMPLE_AUDIO,
            path={"voice_id": voice_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def search(
        self,
        *,
        page_size: int | None = 10,
        page_token: OptionalNullable[str] = UNSET,
        type_: models.AudioV2VoicesListType | None = "all",
        gender: OptionalNullable[Sequence[models.AudioV2VoicesListGender]] = UNSET,
        language: OptionalNullable[Sequence[str]] = UNSET,
        query: OptionalNullable[str] = UNSET,
        kind: OptionalNullable[models.AudioV2VoicesListKind | str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VoiceListPage:
        """List voices, cursor-paginated.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param page_size:
        :param page_token:
        :param type_:
        :param gender:
        :param language:
        :param query:
        :param kind:
        """
        return paginate(
            self._client,
            _VOICES_SEARCH,
            _VOICES_SEARCH_PAGING,
            {
                "page_size": page_size,
                "page_token": page_token,
                "type": type_,
                "gender": gender,
                "language": language,
                "query": query,
                "kind": kind,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def search_async(
        self,
        *,
        page_size: int | None = 10,
        page_token: OptionalNullable[str] = UNSET,
        type_: models.AudioV2VoicesListType | None = "all",
        gender: OptionalNullable[Sequence[models.AudioV2VoicesListGender]] = UNSET,
        language: OptionalNullable[Sequence[str]] = UNSET,
        query: OptionalNullable[str] = UNSET,
        kind: OptionalNullable[models.AudioV2VoicesListKind | str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VoiceListPage:
        """Async twin of :meth:`search`."""
        return await paginate_async(
            self._client,
            _VOICES_SEARCH,
            _VOICES_SEARCH_PAGING,
            {
                "page_size": page_size,
                "page_token": page_token,
                "type": type_,
                "gender": gender,
                "language": language,
                "query": query,
                "kind": kind,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Realtime(Resource):
    """Operations of ``realtime``."""

    __slots__ = ("_ns_sessions",)
    _ns_sessions: RealtimeSessions

    @property
    def sessions(self) -> RealtimeSessions:
        """Operations of ``realtime.sessions``."""
        try:
            return self._ns_sessions
        except AttributeError:
            self._ns_sessions = RealtimeSessions(self._client)
            return self._ns_sessions


class RealtimeSessions(Resource):
    """Operations of ``realtime.sessions``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> RealtimeSessionsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return RealtimeSessionsWithRawResponse(self)

    def create(
        self,
        *,
        request: models.CreateRealtimeSessionRequest
        | models.CreateRealtimeSessionRequestTypedDict
        | None = None,
        model: str | None = None,
        purpose: Literal["realtime"] | None = "realtime",
        ttl_seconds: OptionalNullable[int] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CreateRealtimeSessionResponse:
        """Create Client Session.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param request: The whole request body (instead of the separate arguments).
        :param model:
        :param purpose:
        :param ttl_seconds:
        """
        return self._client.request(
            _REALTIME_SESSIONS_CREATE,
            body=whole_or_fields(
                request,
                "request",
                {"model": model, "purpose": purpose, "ttl_seconds": ttl_seconds},
                required=("model",),
                defaults={"purpose": "realtime"},
            ),
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        request: models.CreateRealtimeSessionRequest
        | models.CreateRealtimeSessionRequestTypedDict
        | None = None,
        model: str | None = None,
        purpose: Literal["realtime"] | None = "realtime",
        ttl_seconds: OptionalNullable[int] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CreateRealtimeSessionResponse:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _REALTIME_SESSIONS_CREATE,
            body=whole_or_fields(
                request,
                "request",
                {"model": model, "purpose": purpose, "ttl_seconds": ttl_seconds},
                required=("model",),
                defaults={"purpose": "realtime"},
            ),
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class AudioAgentsWithRawResponse(RawResource):
    """``audio.agents.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(AudioAgents.list)
    list_async = raw_method(AudioAgents.list_async)
    create = raw_method(AudioAgents.create)
    create_async = raw_method(AudioAgents.create_async)
    get = raw_method(AudioAgents.get)
    get_async = raw_method(AudioAgents.get_async)
    update = raw_method(AudioAgents.update)
    update_async = raw_method(AudioAgents.update_async)
    delete = raw_method(AudioAgents.delete)
    delete_async = raw_method(AudioAgents.delete_async)
    list_versions = raw_method(AudioAgents.list_versions)
    list_versions_async = raw_method(AudioAgents.list_versions_async)
    list_sessions = raw_method(AudioAgents.list_sessions)
    list_sessions_async = raw_method(AudioAgents.list_sessions_async)


class AudioSessionsWithRawResponse(RawResource):
    """``audio.sessions.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    create = raw_method(AudioSessions.create)
    create_async = raw_method(AudioSessions.create_async)
    get = raw_method(AudioSessions.get)
    get_async = raw_method(AudioSessions.get_async)
    close = raw_method(AudioSessions.close)
    close_async = raw_method(AudioSessions.close_async)


class SpeechWithRawResponse(RawResource):
    """``audio.speech.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    complete = raw_method(Speech.complete)
    complete_async = raw_method(Speech.complete_async)
    stream = raw_method(Speech.stream)
    stream_async = raw_method(Speech.stream_async)


class TranscriptionsWithRawResponse(RawResource):
    """``audio.transcriptions.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    complete = raw_method(Transcriptions.complete)
    complete_async = raw_method(Transcriptions.complete_async)
    stream = raw_method(Transcriptions.stream)
    stream_async = raw_method(Transcriptions.stream_async)


class VoicesWithRawResponse(RawResource):
    """``audio.voices.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(Voices.list)
    list_async = raw_method(Voices.list_async)
    create = raw_method(Voices.create)
    create_async = raw_method(Voices.create_async)
    delete = raw_method(Voices.delete)
    delete_async = raw_method(Voices.delete_async)
    update = raw_method(Voices.update)
    update_async = raw_method(Voices.update_async)
    get = raw_method(Voices.get)
    get_async = raw_method(Voices.get_async)
    get_sample_audio = raw_method(Voices.get_sample_audio)
    get_sample_audio_async = raw_method(Voices.get_sample_audio_async)
    search = raw_method(Voices.search)
    search_async = raw_method(Voices.search_async)


class RealtimeSessionsWithRawResponse(RawResource):
    """``realtime.sessions.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    create = raw_method(RealtimeSessions.create)
    create_async = raw_method(RealtimeSessions.create_async)


OPERATIONS: dict[str, Operation[Any]] = {
    "list_agents_v1_audio_agents_get": _AUDIO_AGENTS_LIST,
    "create_agent_v1_audio_agents_post": _AUDIO_AGENTS_CREATE,
    "get_agent_v1_audio_agents__agent_id__get": _AUDIO_AGENTS_GET,
    "update_agent_v1_audio_agents__agent_id__put": _AUDIO_AGENTS_UPDATE,
    "delete_agent_v1_audio_agents__agent_id__delete": _AUDIO_AGENTS_DELETE,
    "list_agent_versions_v1_audio_agents__agent_id__versions_get": _AUDIO_AGENTS_LIST_VERSIONS,
    "list_agent_sessions_v1_audio_agents__agent_id__sessions_get": _AUDIO_AGENTS_LIST_SESSIONS,
    "create_session_v1_audio_sessions_post": _AUDIO_SESSIONS_CREATE,
    "get_session_v1_audio_sessions__session_id__get": _AUDIO_SESSIONS_GET,
    "delete_session_v1_audio_sessions__session_id__delete": _AUDIO_SESSIONS_CLOSE,
    "speech_v1_audio_speech_post": _SPEECH_COMPLETE,
    "speech_v1_audio_speech_post:stream": _SPEECH_STREAM,
    "audio_api_v1_transcriptions_post": _TRANSCRIPTIONS_COMPLETE,
    "audio_api_v1_transcriptions_post_stream": _TRANSCRIPTIONS_STREAM,
    "list_voices_v1_audio_voices_get": _VOICES_LIST,
    "create_voice_v1_audio_voices_post": _VOICES_CREATE,
    "delete_voice_v1_audio_voices__voice_id__delete": _VOICES_DELETE,
    "update_voice_v1_audio_voices__voice_id__patch": _VOICES_UPDATE,
    "get_voice_v1_audio_voices__voice_id__get": _VOICES_GET,
    "get_voice_sample_audio_v1_audio_voices__voice_id__sample_get": _VOICES_GET_SAMPLE_AUDIO,
    "audio_v2_voices_list": _VOICES_SEARCH,
    "create_client_session_v1_client_sessions_post": _REALTIME_SESSIONS_CREATE,
}
"""Every operation of this module by id (the streaming twin of an operation answering JSON and SSE as ``<id>:stream``)."""
