# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (SetNestedGroupsIn...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "SetNestedGroupsIn",
]


class SetNestedGroupsIn(BaseModel):
    __mistral_keep__ = frozenset()
    child_group_uuids: list[str]
    """Full replacement list of UUIDs of groups to nest directly inside this group."""
