# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (BatchExecutionResponse, BatchExecutionResult...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "BatchExecutionResponse",
    "BatchExecutionResult",
]


class BatchExecutionResult(BaseModel):
    __mistral_keep__ = frozenset()
    status: str
    """Status of the operation (success/failure)"""
    error: str | None = None
    """Error message if operation failed"""


class BatchExecutionResponse(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: dict[str, BatchExecutionResult] | None = None
    """Mapping of execution_id to result with status and optional error message"""
