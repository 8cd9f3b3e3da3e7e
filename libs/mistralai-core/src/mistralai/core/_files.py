"""Values accepted for file uploads (``format: binary`` fields of multipart requests)."""

from __future__ import annotations

import os
from typing import IO, Annotated, NotRequired, TypeAlias

from pydantic import PlainValidator
from typing_extensions import TypedDict

from mistralai.core._model import BaseModel


def _content(value: object) -> bytes | IO[bytes]:
    """Bytes, or any readable binary file object (``BytesIO``, an open file...)."""
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    if callable(getattr(value, "read", None)):
        return value  # type: ignore[return-value]
    raise ValueError("file content must be bytes or a binary file object")


class File(BaseModel):
    """A file to upload: its name, its content and optionally its media type (2.x shape)."""

    file_name: str
    content: Annotated[bytes | IO[bytes], PlainValidator(_content)]
    content_type: str | None = None


class FileTypedDict(TypedDict):
    file_name: str
    content: Annotated[bytes | IO[bytes], PlainValidator(_content)]
    content_type: NotRequired[str | None]


FileInput: TypeAlias = File | FileTypedDict | bytes | IO[bytes] | os.PathLike[str]
"""What an upload parameter takes: a :class:`File`, its dict form, raw bytes, an open binary
file, or a path to a file on disk."""
