"""``client.audio``: the generated operations plus ``realtime`` (transcription over WebSocket).

``realtime`` needs the ``realtime`` extra (``websockets``): it is imported on first access of
``client.audio.realtime`` only, so ``client.audio.speech`` and the rest never import it, and
without the extra that access raises :class:`ImportError` naming the extra.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.api.audio._generated.resources import Audio as GeneratedAudio

if TYPE_CHECKING:
    from mistralai.api.audio._realtime_transcription import RealtimeTranscription

__all__ = ["Audio"]


class Audio(GeneratedAudio):
    """Operations of ``audio``: ``speech``, ``transcriptions``, ``voices`` and ``realtime``."""

    __slots__ = ("_ns_realtime",)
    _ns_realtime: RealtimeTranscription

    @property
    def realtime(self) -> RealtimeTranscription:
        """Realtime transcription sessions (``connect``, ``transcribe_stream``)."""
        try:
            return self._ns_realtime
        except AttributeError:
            from mistralai.api.audio._realtime_transcription import RealtimeTranscription

            self._ns_realtime = RealtimeTranscription(self._client)
            return self._ns_realtime
