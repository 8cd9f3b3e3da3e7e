"""2.x ``mistralai.extra.observability.streaming``: streamed chunks folded into a response."""

from __future__ import annotations

from mistralai.telemetry._streaming import (
    accumulate_chunks_to_response_dict,
    parse_sse_chunks,
)

__all__ = ["accumulate_chunks_to_response_dict", "parse_sse_chunks"]
