# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (ClientSecret, CreateRealtimeSessionResponse...)."""

from collections.abc import Mapping
from datetime import datetime
from typing import ClassVar, Literal

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "ClientSecret",
    "CreateRealtimeSessionResponse",
]


class ClientSecret(BaseModel):
    __mistral_keep__ = frozenset()
    value: str
    expires_at: datetime


class CreateRealtimeSessionResponse(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"purpose": "realtime"}
    __mistral_keep__ = frozenset({"purpose"})
    purpose: Literal["realtime"] = "realtime"
    expires_at: datetime
    client_secret: ClientSecret
    object: Literal["client.session"] | None = "client.session"
