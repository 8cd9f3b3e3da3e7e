# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-responses distribution used by the same operations (CountResponseInputTokensResponse...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal

from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "CountResponseInputTokensResponse",
]


class CountResponseInputTokensResponse(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "response.input_tokens"}
    __mistral_keep__ = frozenset({"object"})
    input_tokens: int
    object: Literal["response.input_tokens"] = "response.input_tokens"
