"""3.x ``mistralai.extra.voice_agents``: voice agent sessions (``client.audio.sessions.init``),
their events, function tools and audio interface."""

from __future__ import annotations

from mistralai.api.audio._voice_session import VoiceAgentSession
from mistralai.api.audio.voice_agents import *  # noqa: F403
from mistralai.api.audio.voice_agents import __all__ as _events
from mistralai.api.audio.voice_tools import *  # noqa: F403
from mistralai.api.audio.voice_tools import __all__ as _tools

__all__ = ["VoiceAgentSession", *_events, *_tools]  # pyright: ignore[reportUnsupportedDunderAll]
