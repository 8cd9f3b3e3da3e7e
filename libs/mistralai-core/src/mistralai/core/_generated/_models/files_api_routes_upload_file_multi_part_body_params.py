# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (FilesAPIRoutesUploadFileMultiPartBodyParams...)."""

from typing import Literal, TypeAlias

from mistralai.core._generated._models.file_purpose import FilePurpose
from mistralai.core.runtime import BaseModel, File

__all__ = [
    "FilesAPIRoutesUploadFileFileVisibility",
    "FilesAPIRoutesUploadFileMultiPartBodyParams",
]

FilesAPIRoutesUploadFileFileVisibility: TypeAlias = Literal["workspace", "user"] | str


class FilesAPIRoutesUploadFileMultiPartBodyParams(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"purpose"})
    expiry: int | None = None
    visibility: FilesAPIRoutesUploadFileFileVisibility = "workspace"
    purpose: FilePurpose | None = None
    file: File
