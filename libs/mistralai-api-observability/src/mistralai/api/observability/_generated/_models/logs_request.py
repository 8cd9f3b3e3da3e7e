# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (LogsRequest...)."""

from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "LogsRequest",
    "Order",
]

Order: TypeAlias = Literal["asc", "desc"] | str


class LogsRequest(BaseModel):
    __mistral_keep__ = frozenset({"order"})
    search_expression: str | None = None
    order: Order = "desc"
