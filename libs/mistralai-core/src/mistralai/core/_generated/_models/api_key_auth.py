# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (APIKeyAuth, OAuth2TokenAuth, ToolConfiguration...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "APIKeyAuth",
    "OAuth2TokenAuth",
    "ToolConfiguration",
]


class APIKeyAuth(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "api-key"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["api-key"] = "api-key"
    value: str


class OAuth2TokenAuth(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "oauth2-token"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["oauth2-token"] = "oauth2-token"
    value: str


class ToolConfiguration(BaseModel):
    __mistral_keep__ = frozenset()
    exclude: list[str] | None = None
    include: list[str] | None = None
    requires_confirmation: list[str] | None = None
