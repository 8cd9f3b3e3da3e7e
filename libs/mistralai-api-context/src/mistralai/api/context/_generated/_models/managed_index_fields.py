# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (BoolArrayFieldDefinition, BoolFieldDefinition, DenseVectorFieldDefinition...)."""

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "BoolArrayFieldDefinition",
    "BoolFieldDefinition",
    "DenseVectorFieldDefinition",
    "FloatArrayFieldDefinition",
    "FloatFieldDefinition",
    "IntArrayFieldDefinition",
    "IntFieldDefinition",
    "JSONFieldDefinition",
    "KeywordArrayFieldDefinition",
    "KeywordFieldDefinition",
    "LongArrayFieldDefinition",
    "LongFieldDefinition",
    "ManagedIndexFields",
    "TextArrayFieldDefinition",
    "TextFieldDefinition",
    "TimestampArrayFieldDefinition",
    "TimestampFieldDefinition",
]


class BoolArrayFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "bool[]"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["bool[]"] = "bool[]"


class BoolFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "bool"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["bool"] = "bool"


class DenseVectorFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "dense_vector"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = True
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["dense_vector"] = "dense_vector"


class FloatArrayFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "float[]"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["float[]"] = "float[]"


class FloatFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "float"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["float"] = "float"


class IntArrayFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "int[]"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["int[]"] = "int[]"


class IntFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "int"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["int"] = "int"


class JSONFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "json"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["json"] = "json"


class KeywordArrayFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "keyword[]"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["keyword[]"] = "keyword[]"


class KeywordFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "keyword"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = True
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["keyword"] = "keyword"


class LongArrayFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "long[]"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["long[]"] = "long[]"


class LongFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "long"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["long"] = "long"


class TextArrayFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "text[]"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["text[]"] = "text[]"


class TextFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "text"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = True
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["text"] = "text"


class TimestampArrayFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "timestamp[]"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["timestamp[]"] = "timestamp[]"


class TimestampFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "timestamp"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["timestamp"] = "timestamp"


class ManagedIndexFields(BaseModel):
    __mistral_keep__ = frozenset()
    document_fields: (
        dict[
            str,
            BoolFieldDefinition
            | BoolArrayFieldDefinition
            | DenseVectorFieldDefinition
            | FloatFieldDefinition
            | FloatArrayFieldDefinition
            | IntFieldDefinition
            | IntArrayFieldDefinition
            | JSONFieldDefinition
            | KeywordFieldDefinition
            | KeywordArrayFieldDefinition
            | LongFieldDefinition
            | LongArrayFieldDefinition
            | TextFieldDefinition
            | TextArrayFieldDefinition
            | TimestampFieldDefinition
            | TimestampArrayFieldDefinition,
        ]
        | None
    ) = None
    chunk_fields: (
        dict[
            str,
            BoolFieldDefinition
            | BoolArrayFieldDefinition
            | DenseVectorFieldDefinition
            | FloatFieldDefinition
            | FloatArrayFieldDefinition
            | IntFieldDefinition
            | IntArrayFieldDefinition
            | JSONFieldDefinition
            | KeywordFieldDefinition
            | KeywordArrayFieldDefinition
            | LongFieldDefinition
            | LongArrayFieldDefinition
            | TextFieldDefinition
            | TextArrayFieldDefinition
            | TimestampFieldDefinition
            | TimestampArrayFieldDefinition,
        ]
        | None
    ) = None
