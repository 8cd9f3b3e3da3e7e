# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowTagsAddRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkflowTagsAddRequest",
]


class WorkflowTagsAddRequest(BaseModel):
    __mistral_keep__ = frozenset()
    tags: list[str]
