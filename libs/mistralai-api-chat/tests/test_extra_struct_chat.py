"""mistralai.extra.struct_chat and mistralai.extra.utils (2.x helpers) against the fake server."""

from __future__ import annotations

import pydantic
import pytest

from mistralai.client import Mistral
from mistralai.core.errors import ResponseValidationError
from mistralai.extra.struct_chat import (
    ParsedChatCompletionResponse,
    convert_to_parsed_chat_completion_response,
)
from mistralai.extra.utils import response_format_from_pydantic_model
from mistralai.extra.utils.response_format import pydantic_model_from_json
from mistralai.testing import FakeMistralServer


class Inner(pydantic.BaseModel):
    tags: dict[str, int]
    n: int = 3


class Answer(pydantic.BaseModel):
    city: str
    inner: Inner
    items: list[Inner] | None = None


# What mistralai 2.5.1's response_format_from_pydantic_model(Answer) returns (a plain dict;
# every "type": "object" node closed, dict-valued fields included).
EXPECTED_2X = {
    "type": "json_schema",
    "json_schema": {
        "name": "Answer",
        "strict": True,
        "schema": {
            "$defs": {
                "Inner": {
                    "additionalProperties": False,
                    "properties": {
                        "n": {"default": 3, "title": "N", "type": "integer"},
                        "tags": {"additionalProperties": False, "title": "Tags", "type": "object"},
                    },
                    "required": ["tags"],
                    "title": "Inner",
                    "type": "object",
                }
            },
            "additionalProperties": False,
            "properties": {
                "city": {"title": "City", "type": "string"},
                "inner": {"$ref": "#/$defs/Inner"},
                "items": {
                    "anyOf": [
                        {"items": {"$ref": "#/$defs/Inner"}, "type": "array"},
                        {"type": "null"},
                    ],
                    "default": None,
                    "title": "Items",
                },
            },
            "required": ["city", "inner"],
            "title": "Answer",
            "type": "object",
        },
    },
}


def test_response_format_is_a_plain_dict_like_2x() -> None:
    value = response_format_from_pydantic_model(Answer)
    assert type(value) is dict
    assert value == EXPECTED_2X


def test_convert_to_parsed(fake_server: FakeMistralServer) -> None:
    client = Mistral(api_key="k", server_url=fake_server.url)
    payload = '{"city": "Paris", "inner": {"tags": {"a": 1}}}'
    res = client.chat.complete(
        model="m",
        messages=[{"role": "user", "content": payload}],
        response_format=response_format_from_pydantic_model(Answer),
    )
    sent = fake_server.requests.snapshot()[-1].json()
    assert sent["response_format"] == EXPECTED_2X  # the dict goes on the wire as it is
    res.choices[0].message.content = payload  # type: ignore[union-attr]  # the model's answer
    parsed = convert_to_parsed_chat_completion_response(res, Answer)
    assert isinstance(parsed, ParsedChatCompletionResponse)
    message = parsed.choices[0].message
    assert message is not None and message.parsed == Answer(
        city="Paris", inner=Inner(tags={"a": 1})
    )
    res.choices[0].message.content = '{"city": 1}'  # type: ignore[union-attr]
    with pytest.raises(ResponseValidationError):
        convert_to_parsed_chat_completion_response(res, Answer)


def test_pydantic_model_from_json() -> None:
    assert pydantic_model_from_json({"tags": {}}, Inner) == Inner(tags={})
