"""2.x ``mistralai.extra.observability.formatting``: Mistral payloads as GenAI message parts."""

from __future__ import annotations

from mistralai.telemetry._formatting import (
    format_input_message,
    format_output_message,
    format_tool_definition,
)

__all__ = ["format_input_message", "format_output_message", "format_tool_definition"]
