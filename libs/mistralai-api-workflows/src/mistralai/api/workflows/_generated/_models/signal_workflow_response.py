# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (SignalWorkflowResponse...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "SignalWorkflowResponse",
]


class SignalWorkflowResponse(BaseModel):
    __mistral_keep__ = frozenset({"message"})
    message: str = "Signal accepted"
