"""Fail early, with the command that fixes it, when the ``realtime`` extra is not installed."""

from __future__ import annotations

try:
    import websockets.asyncio.client  # noqa: F401  # pyright: ignore[reportUnusedImport]
except ImportError as exc:  # websockets < 13 has no asyncio client either
    raise ImportError(
        "realtime transcription needs the `websockets` package (>=13.0): "
        'pip install "mistralai[realtime]" (or "mistralai-api-audio[realtime]")'
    ) from exc
