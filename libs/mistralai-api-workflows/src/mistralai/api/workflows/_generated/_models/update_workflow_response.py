# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (UpdateWorkflowResponse...)."""

from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "UpdateWorkflowResponse",
]


class UpdateWorkflowResponse(BaseModel):
    __mistral_keep__ = frozenset()
    update_name: str
    result: Any
    """The result of the Update workflow call"""
