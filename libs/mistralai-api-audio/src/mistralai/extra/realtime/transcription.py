"""2.x ``mistralai.extra.realtime.transcription`` (needs the ``realtime`` extra)."""

from __future__ import annotations

from mistralai.api.audio._realtime_transcription import RealtimeTranscription

__all__ = ["RealtimeTranscription"]
