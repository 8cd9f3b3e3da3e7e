# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (FileSchema, ListFilesResponse...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from pydantic import Field

from mistralai.core.models import FilePurpose, FileVisibility, SampleType, Source
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "FileSchema",
    "ListFilesResponse",
]


class FileSchema(BaseModel):
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


class ListFilesResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[FileSchema]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[FileSchema]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[FileSchema]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    data: list[FileSchema]
    object: str
    total: int | None = None
