"""``client.audio``: the generated operations plus the hand-written ones of the official SDK:
``realtime`` (transcription over a WebSocket), ``realtime_speech`` (text to speech over a
WebSocket) and ``sessions.init`` (a voice agent session).

``realtime`` and ``realtime_speech`` need the ``realtime`` extra (``websockets``): each is
imported on first access only, so ``client.audio.speech`` and the rest never import it, and
without the extra that access raises :class:`ImportError` naming the extra.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.api.audio._generated.resources import Audio as GeneratedAudio

if TYPE_CHECKING:
    from mistralai.api.audio._realtime_speech import RealtimeSpeech
    from mistralai.api.audio._realtime_transcription import RealtimeTranscription
    from mistralai.api.audio._sessions import AudioSessions

__all__ = ["Audio"]


class Audio(GeneratedAudio):
    """Operations of ``audio``: the generated namespaces, ``realtime`` and
    ``realtime_speech``."""

    __slots__ = ("_ns_realtime", "_ns_realtime_speech")
    _ns_realtime: RealtimeTranscription
    _ns_realtime_speech: RealtimeSpeech

    @property
    def sessions(self) -> AudioSessions:
        """Operations of ``audio.sessions``, with ``init`` (a voice agent session)."""
        try:
            return self._ns_sessions  # pyright: ignore[reportReturnType]  # only set here, to ours
        except AttributeError:
            from mistralai.api.audio._sessions import AudioSessions  # voice code: on first use

            self._ns_sessions = AudioSessions(self._client)
            return self._ns_sessions

    @property
    def realtime(self) -> RealtimeTranscription:
        """Realtime transcription sessions (``connect``, ``transcribe_stream``)."""
        try:
            return self._ns_realtime
        except AttributeError:
            from mistralai.api.audio._realtime_transcription import RealtimeTranscription

            self._ns_realtime = RealtimeTranscription(self._client)
            return self._ns_realtime

    @property
    def realtime_speech(self) -> RealtimeSpeech:
        """Realtime text to speech sessions (``connect``, ``speak_stream``)."""
        try:
            return self._ns_realtime_speech
        except AttributeError:
            from mistralai.api.audio._realtime_speech import RealtimeSpeech

            self._ns_realtime_speech = RealtimeSpeech(self._client)
            return self._ns_realtime_speech
