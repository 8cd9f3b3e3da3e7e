"""2.x ``mistralai.extra.struct_chat``: chat completions parsed into a pydantic class.

The classes are those ``client.chat.parse`` returns (``mistralai.api.chat.structured``), so an
``isinstance`` check holds whichever way a response was parsed.
"""

from __future__ import annotations

from mistralai.api.chat.models import ChatCompletionResponse
from mistralai.api.chat.structured import (
    ParsedAssistantMessage,
    ParsedChatCompletionChoice,
    ParsedChatCompletionResponse,
    to_parsed,
)

from .utils.response_format import CustomPydanticModel

__all__ = [
    "ParsedAssistantMessage",
    "ParsedChatCompletionChoice",
    "ParsedChatCompletionResponse",
    "convert_to_parsed_chat_completion_response",
]


def convert_to_parsed_chat_completion_response(
    response: ChatCompletionResponse, response_format: type[CustomPydanticModel]
) -> ParsedChatCompletionResponse[CustomPydanticModel]:
    """``response`` with ``choices[i].message.parsed`` holding each answer validated as
    ``response_format`` (``None`` for a message without content). An answer that does not match
    raises :class:`~mistralai.core.errors.ResponseValidationError` (2.x let pydantic's error
    through); text chunks are joined rather than refused."""
    return to_parsed(response_format, response)
