# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (NestedGroupRef, NestedGroupsOut...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "NestedGroupRef",
    "NestedGroupsOut",
]


class NestedGroupRef(BaseModel):
    __mistral_keep__ = frozenset()
    uuid: str
    """UUID of the group."""
    name: str
    """Display name of the group."""


class NestedGroupsOut(BaseModel):
    __mistral_keep__ = frozenset()
    children: list[NestedGroupRef]
    """Groups directly nested inside this group (its direct children)."""
