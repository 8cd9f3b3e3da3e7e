# pyright: reportUnnecessaryTypeIgnoreComment=true
"""Static checks (pyright): ``chat.parse`` and its twins are typed through the generated
``complete`` / ``stream``: the result is parameterised by the ``response_format`` class, and a
misspelt or missing argument of ``complete`` is an error (each ``# pyright: ignore`` below must
be needed). ``stream=True`` is refused on ``complete``. Not a pytest module.
"""

from __future__ import annotations

from typing import assert_type

import pydantic

from mistralai.api.chat.structured import (
    ParsedChatCompletionResponse,
    ParsedEventStream,
    ParsedEventStreamAsync,
)
from mistralai.client import Mistral
from mistralai.client.models import UserMessage

MESSAGES = [UserMessage(content="hi")]


class City(pydantic.BaseModel):
    name: str


async def check(client: Mistral) -> None:
    chat = client.chat
    assert_type(chat.parse(City, model="m", messages=MESSAGES), ParsedChatCompletionResponse[City])
    assert_type(
        await chat.parse_async(City, model="m", messages=MESSAGES),
        ParsedChatCompletionResponse[City],
    )
    assert_type(chat.parse_stream(City, model="m", messages=MESSAGES), ParsedEventStream[City])
    assert_type(
        await chat.parse_stream_async(City, model="m", messages=MESSAGES),
        ParsedEventStreamAsync[City],
    )
    chat.parse(City, model="m", messages=MESSAGES, temprature=0.2)  # pyright: ignore[reportCallIssue]
    chat.parse(City, messages=MESSAGES)  # pyright: ignore[reportCallIssue]
    chat.complete(model="m", messages=MESSAGES, stream=True)  # pyright: ignore[reportArgumentType]
