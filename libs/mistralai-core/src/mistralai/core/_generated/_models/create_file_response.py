# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (CreateFileResponse...)."""

from pydantic import Field

from mistralai.core._generated._models.file_purpose import FilePurpose
from mistralai.core._generated._models.file_visibility import FileVisibility
from mistralai.core._generated._models.sample_type import SampleType, Source
from mistralai.core.runtime import BaseModel

__all__ = [
    "CreateFileResponse",
]


class CreateFileResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    """The unique identifier of the file."""
    object: str
    """The object type, which is always "file"."""
    size_bytes: int = Field(validation_alias="bytes", serialization_alias="bytes")
    """The size of the file, in bytes."""
    created_at: int
    """The UNIX timestamp (in seconds) of the event."""
    filename: str
    """The name of the uploaded file."""
    purpose: FilePurpose
    """The intended purpose of the uploaded file, currently supports fine-tuning (`fine-tune`), OCR (`ocr`), Audio/Transcription (`audio`) and batch inference (`batch`)."""
    sample_type: SampleType
    num_lines: int | None = None
    mimetype: str | None = None
    source: Source
    signature: str | None = None
    expires_at: int | None = None
    visibility: FileVisibility | None = None
