# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (AliasList...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "AliasList",
]


class AliasList(BaseModel):
    """Presence wrapper for a set of alias labels on update RPCs. As a message field it carries presence, so callers can distinguish "leave aliases unchanged" (field omitted) from "clear all aliases" (field set, empty ``values``)."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"values"})
    values: list[str] | None = None
