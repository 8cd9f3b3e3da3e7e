"""Everything generated and hand-written domain code uses from core, in one place.

A public module of core's contract (see docs/architecture.md): domain packages import these
names from here, never from core's private ``mistralai.core._*`` modules. The file upload and
pagination names are imported on first use (PEP 562): a program that neither uploads nor
pages does not build their models.
"""

from typing import TYPE_CHECKING

from mistralai.core import _wire_schema as wire
from mistralai.core._body import security_headers, whole_or_fields
from mistralai.core._client import BaseClient
from mistralai.core._lazy_names import forward, lazy_names
from mistralai.core._model import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    UnknownVariant,
    empty_as_absent,
    is_none,
    open_discriminator,
    open_pick,
)
from mistralai.core._operation import Operation, StreamOperation
from mistralai.core._resource import Resource
from mistralai.core._streaming import ByteStream, ByteStreamAsync, EventStream, EventStreamAsync
from mistralai.core._types import UNSET, OptionalNullable, Unset
from mistralai.core.raw import AsyncRawResponse, RawResource, RawResponse, raw_method, then
from mistralai.core.retries import RetryConfig

if TYPE_CHECKING:
    from mistralai.core._files import File, FileInput, FileTypedDict
    from mistralai.core._pagination import (
        AsyncListPage,
        AsyncPage,
        CursorPaging,
        OffsetPaging,
        PagedModel,
        PagePaging,
        SyncListPage,
        SyncPage,
        paged,
        paged_async,
        paginate,
        paginate_async,
    )

__getattr__, __dir__ = lazy_names(
    __name__,
    {
        "mistralai.core._files": "File FileInput FileTypedDict",
        "mistralai.core._pagination": (
            "AsyncListPage AsyncPage CursorPaging OffsetPaging PagedModel PagePaging "
            "SyncListPage SyncPage paged paged_async paginate paginate_async"
        ),
    },
)

__all__ = [
    "UNKNOWN_TAG",
    "UNSET",
    "AsyncListPage",
    "AsyncPage",
    "AsyncRawResponse",
    "BaseClient",
    "BaseModel",
    "ByteStream",
    "ByteStreamAsync",
    "ConstFieldsModel",
    "CursorPaging",
    "EventStream",
    "EventStreamAsync",
    "File",
    "FileInput",
    "FileTypedDict",
    "OffsetPaging",
    "Operation",
    "OptionalNullable",
    "PagePaging",
    "PagedModel",
    "RawResource",
    "RawResponse",
    "Resource",
    "RetryConfig",
    "StreamOperation",
    "SyncListPage",
    "SyncPage",
    "UnknownVariant",
    "Unset",
    "empty_as_absent",
    "forward",
    "is_none",
    "lazy_names",
    "open_discriminator",
    "open_pick",
    "paged",
    "paged_async",
    "paginate",
    "paginate_async",
    "raw_method",
    "security_headers",
    "then",
    "whole_or_fields",
    "wire",
]
