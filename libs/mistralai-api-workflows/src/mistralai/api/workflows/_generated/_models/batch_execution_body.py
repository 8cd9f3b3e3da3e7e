# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (BatchExecutionBody...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "BatchExecutionBody",
]


class BatchExecutionBody(BaseModel):
    __mistral_keep__ = frozenset()
    execution_ids: list[str]
    """List of execution IDs to process"""
