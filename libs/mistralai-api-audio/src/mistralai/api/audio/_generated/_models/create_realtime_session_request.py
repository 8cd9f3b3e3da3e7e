# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (CreateRealtimeSessionRequest...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal

from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "CreateRealtimeSessionRequest",
]


class CreateRealtimeSessionRequest(ConstFieldsModel):
    """Payload used to create realtime client sessions."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"purpose": "realtime"}
    __mistral_keep__ = frozenset({"purpose"})
    model: str
    purpose: Literal["realtime"] = "realtime"
    ttl_seconds: int | None = None
