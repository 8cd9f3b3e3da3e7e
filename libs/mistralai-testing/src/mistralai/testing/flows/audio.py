"""Fake-server routes for the audio flows (filled in by the domain work)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mistralai.testing.server import FakeMistralServer


def install(server: FakeMistralServer) -> None:
    """Add this flow's routes to server."""
