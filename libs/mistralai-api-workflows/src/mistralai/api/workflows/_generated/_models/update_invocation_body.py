# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (UpdateInvocationBody, UpdateWorkflowResponse...)."""

from typing import Any

from mistralai.api.workflows._generated._models.network_encoded_input import NetworkEncodedInput
from mistralai.core.runtime import BaseModel

__all__ = [
    "UpdateInvocationBody",
    "UpdateWorkflowResponse",
]


class UpdateInvocationBody(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """The name of the update to request"""
    input: NetworkEncodedInput | dict[str, Any] | None = None
    """Input data for the update, matching its schema"""


class UpdateWorkflowResponse(BaseModel):
    __mistral_keep__ = frozenset()
    update_name: str
    result: Any
    """The result of the Update workflow call"""
