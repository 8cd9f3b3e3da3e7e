# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (DocumentURLChunk, ImageURL, ImageURLChunk...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal, TypeAlias

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "DocumentURLChunk",
    "ImageDetail",
    "ImageURL",
    "ImageURLChunk",
]


class DocumentURLChunk(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "document_url"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["document_url"] = "document_url"
    document_url: str
    document_name: str | None = None
    """The filename of the document"""


ImageDetail: TypeAlias = Literal["low", "auto", "high"] | str


class ImageURL(BaseModel):
    __mistral_keep__ = frozenset()
    url: str
    detail: ImageDetail | None = None


class ImageURLChunk(ConstFieldsModel):
    """{"type":"image_url","image_url":"data:image/png;base64,iVBORw0"}"""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "image_url"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["image_url"] = "image_url"
    image_url: ImageURL | str
