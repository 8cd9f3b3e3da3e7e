# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (FunctionResultEntry...)."""

from collections.abc import Mapping
from datetime import datetime
from typing import ClassVar, Literal

from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "FunctionResultEntry",
]


class FunctionResultEntry(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "object": "entry",
        "type": "function.result",
    }
    __mistral_keep__ = frozenset({"object", "type"})
    __mistral_drop_none__ = frozenset({"created_at", "id"})
    object: Literal["entry"] = "entry"
    type: Literal["function.result"] = "function.result"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    id: str | None = None
    tool_call_id: str
    result: str
