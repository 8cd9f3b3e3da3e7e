# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (ConnectorsQueryFilters...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "ConnectorsQueryFilters",
]


class ConnectorsQueryFilters(BaseModel):
    __mistral_keep__ = frozenset()
    active: bool | None = None
    """Filter for active connectors for a given user, workspace and organization."""
