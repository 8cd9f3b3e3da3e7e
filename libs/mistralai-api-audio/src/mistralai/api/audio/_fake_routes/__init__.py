"""The fake server's routes for this package's operations: speech, transcriptions and voices
(:mod:`.speech`), voice agents, their sessions, voice search and realtime client sessions
(:mod:`.voice_agents`, which serves the voices of :mod:`.speech` too).

Installed by mistralai-testing's fake server through this package's ``mistralai.testing.routes``
entry point; never imported by the SDK itself (mistralai-testing is not a dependency).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.api.audio._fake_routes import speech, voice_agents
from mistralai.api.audio._fake_routes.speech import (
    CHUNK_BYTES,
    DEFAULT_TRANSCRIPT,
    fake_audio,
    parse_multipart,
)
from mistralai.api.audio._fake_routes.voice_agents import DEFAULT_CONFIGURATION

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer

__all__ = [
    "CHUNK_BYTES",
    "DEFAULT_CONFIGURATION",
    "DEFAULT_TRANSCRIPT",
    "fake_audio",
    "install",
    "parse_multipart",
]


def install(server: FakeMistralServer) -> None:
    """Add the audio routes to ``server``."""
    speech.install(server)
    voice_agents.install(server)
