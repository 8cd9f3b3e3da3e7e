# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (QueryInvocationBody...)."""

from typing import Any

from mistralai.api.workflows._generated._models.network_encoded_input import NetworkEncodedInput
from mistralai.core.runtime import BaseModel

__all__ = [
    "QueryInvocationBody",
]


class QueryInvocationBody(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """The name of the query to request"""
    input: NetworkEncodedInput | dict[str, Any] | None = None
    """Input data for the query, matching its schema"""
