"""Values accepted for file uploads (``format: binary`` fields of multipart requests)."""

from __future__ import annotations

import os
from typing import IO, NotRequired, TypeAlias

from typing_extensions import TypedDict

from mistralai.core._model import BaseModel


class File(BaseModel):
    """A file to upload: its name, its content and optionally its media type (2.x shape)."""

    file_name: str
    content: bytes | IO[bytes]
    content_type: str | None = None


class FileTypedDict(TypedDict):
    file_name: str
    content: bytes | IO[bytes]
    content_type: NotRequired[str | None]


FileInput: TypeAlias = File | FileTypedDict | bytes | IO[bytes] | os.PathLike[str]
"""What an upload parameter takes: a :class:`File`, its dict form, raw bytes, an open binary
file, or a path to a file on disk."""
