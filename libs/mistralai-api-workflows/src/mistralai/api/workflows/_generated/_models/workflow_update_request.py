# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowUpdateRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkflowUpdateRequest",
]


class WorkflowUpdateRequest(BaseModel):
    __mistral_keep__ = frozenset()
    display_name: str | None = None
    """New display name value"""
    description: str | None = None
    """New description value"""
    available_in_chat_assistant: bool | None = None
    """Whether to make the workflow available in the chat assistant"""
    tags: list[str] | None = None
    """New tags. Replaces the existing tag list."""
