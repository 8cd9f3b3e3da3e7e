# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (UpdateDocumentRequest...)."""

from datetime import datetime

from mistralai.core.runtime import BaseModel

__all__ = [
    "UpdateDocumentRequest",
]


class UpdateDocumentRequest(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"name"})
    name: str | None = None
    attributes: (
        dict[
            str,
            bool | str | int | float | datetime | list[str] | list[int] | list[float] | list[bool],
        ]
        | None
    ) = None
    expires_at: datetime | None = None
    """If set, the document will be automatically deleted after this date."""
