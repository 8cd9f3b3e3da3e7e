# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (QueryWorkflowResponse...)."""

from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "QueryWorkflowResponse",
]


class QueryWorkflowResponse(BaseModel):
    __mistral_keep__ = frozenset()
    query_name: str
    result: Any
    """The result of the Query workflow call"""
