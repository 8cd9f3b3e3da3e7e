# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (AgentAliasResponse...)."""

from datetime import datetime

from mistralai.core.runtime import BaseModel

__all__ = [
    "AgentAliasResponse",
]


class AgentAliasResponse(BaseModel):
    __mistral_keep__ = frozenset()
    alias: str
    version: int
    created_at: datetime
    updated_at: datetime
