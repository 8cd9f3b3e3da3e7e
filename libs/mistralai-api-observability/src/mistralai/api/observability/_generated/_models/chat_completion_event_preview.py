# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ChatCompletionEventPreview...)."""

from datetime import datetime

from mistralai.core.runtime import BaseModel

__all__ = [
    "ChatCompletionEventPreview",
]


class ChatCompletionEventPreview(BaseModel):
    __mistral_keep__ = frozenset()
    event_id: str
    correlation_id: str
    created_at: datetime
    extra_fields: dict[str, bool | int | float | str | datetime | list[str] | dict[str, str] | None]
    nb_input_tokens: int
    nb_output_tokens: int
