# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-responses distribution used by the same operations (ResponsesEasyInputMessage, ResponsesFunctionCallOutput, ResponsesFunctionCallOutputCallerDirect...)."""

from collections.abc import Mapping
from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Tag

from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "ResponsesEasyInputMessage",
    "ResponsesEasyInputMessageContent2",
    "ResponsesEasyInputMessageContent22",
    "ResponsesEasyInputMessagePhase",
    "ResponsesEasyInputMessageRole",
    "ResponsesFunctionCallOutput",
    "ResponsesFunctionCallOutputCaller",
    "ResponsesFunctionCallOutputCallerDirect",
    "ResponsesFunctionCallOutputCallerProgram",
    "ResponsesFunctionCallOutputOutput2",
    "ResponsesFunctionCallOutputOutput22",
    "ResponsesFunctionCallOutputStatus",
    "ResponsesInputFile",
    "ResponsesInputFileContent",
    "ResponsesInputFileContentDetail",
    "ResponsesInputFileContentResponsesPromptCacheBreakpoint",
    "ResponsesInputFileDetail",
    "ResponsesInputFileResponsesPromptCacheBreakpoint",
    "ResponsesInputImage",
    "ResponsesInputImageContent",
    "ResponsesInputImageContentDetail",
    "ResponsesInputImageContentResponsesPromptCacheBreakpoint",
    "ResponsesInputImageDetail",
    "ResponsesInputImageResponsesPromptCacheBreakpoint",
    "ResponsesInputText",
    "ResponsesInputTextContent",
    "ResponsesInputTextContentResponsesPromptCacheBreakpoint",
    "ResponsesInputTextResponsesPromptCacheBreakpoint",
    "ResponsesMessage",
    "ResponsesMessageContent",
    "ResponsesMessageRole",
    "ResponsesMessageStatus",
]

ResponsesEasyInputMessageRole: TypeAlias = Literal["user", "assistant", "system", "developer"] | str

ResponsesEasyInputMessagePhase: TypeAlias = Literal["commentary", "final_answer"] | str

ResponsesInputFileDetail: TypeAlias = Literal["auto", "low", "high"] | str


class ResponsesInputFileResponsesPromptCacheBreakpoint(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"mode": "explicit"}
    __mistral_keep__ = frozenset({"mode"})
    mode: Literal["explicit"] = "explicit"


class ResponsesInputFile(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_file"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["input_file"] = "input_file"
    detail: ResponsesInputFileDetail | None = None
    file_data: str | None = None
    file_id: str | None = None
    file_url: str | None = None
    filename: str | None = None
    prompt_cache_breakpoint: ResponsesInputFileResponsesPromptCacheBreakpoint | None = None


ResponsesInputImageDetail: TypeAlias = Literal["low", "high", "auto", "original"] | str


class ResponsesInputImageResponsesPromptCacheBreakpoint(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"mode": "explicit"}
    __mistral_keep__ = frozenset({"mode"})
    mode: Literal["explicit"] = "explicit"


class ResponsesInputImage(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_image"}
    __mistral_keep__ = frozenset({"type"})
    detail: ResponsesInputImageDetail
    type: Literal["input_image"] = "input_image"
    file_id: str | None = None
    image_url: str | None = None
    prompt_cache_breakpoint: ResponsesInputImageResponsesPromptCacheBreakpoint | None = None


class ResponsesInputTextResponsesPromptCacheBreakpoint(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"mode": "explicit"}
    __mistral_keep__ = frozenset({"mode"})
    mode: Literal["explicit"] = "explicit"


class ResponsesInputText(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_text"}
    __mistral_keep__ = frozenset({"type"})
    text: str
    type: Literal["input_text"] = "input_text"
    prompt_cache_breakpoint: ResponsesInputTextResponsesPromptCacheBreakpoint | None = None


ResponsesEasyInputMessageContent22: TypeAlias = Annotated[
    Annotated[ResponsesInputFile, Tag("input_file")]
    | Annotated[ResponsesInputImage, Tag("input_image")]
    | Annotated[ResponsesInputText, Tag("input_text")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"input_file", "input_image", "input_text"})),
]

ResponsesEasyInputMessageContent2: TypeAlias = str | list[ResponsesEasyInputMessageContent22]


class ResponsesEasyInputMessage(BaseModel):
    __mistral_keep__ = frozenset()
    content: ResponsesEasyInputMessageContent2
    role: ResponsesEasyInputMessageRole
    phase: ResponsesEasyInputMessagePhase | None = None
    type: Literal["message"] | None = "message"


class ResponsesFunctionCallOutputCallerDirect(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "direct"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["direct"] = "direct"


class ResponsesFunctionCallOutputCallerProgram(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "program"}
    __mistral_keep__ = frozenset({"type"})
    caller_id: str
    type: Literal["program"] = "program"


ResponsesFunctionCallOutputCaller: TypeAlias = Annotated[
    Annotated[ResponsesFunctionCallOutputCallerDirect, Tag("direct")]
    | Annotated[ResponsesFunctionCallOutputCallerProgram, Tag("program")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"direct", "program"})),
]

ResponsesFunctionCallOutputStatus: TypeAlias = (
    Literal["in_progress", "completed", "incomplete"] | str
)

ResponsesInputFileContentDetail: TypeAlias = Literal["auto", "low", "high"] | str


class ResponsesInputFileContentResponsesPromptCacheBreakpoint(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"mode": "explicit"}
    __mistral_keep__ = frozenset({"mode"})
    mode: Literal["explicit"] = "explicit"


class ResponsesInputFileContent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_file"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["input_file"] = "input_file"
    detail: ResponsesInputFileContentDetail | None = None
    file_data: str | None = None
    file_id: str | None = None
    file_url: str | None = None
    filename: str | None = None
    prompt_cache_breakpoint: ResponsesInputFileContentResponsesPromptCacheBreakpoint | None = None


ResponsesInputImageContentDetail: TypeAlias = Literal["low", "high", "auto", "original"] | str


class ResponsesInputImageContentResponsesPromptCacheBreakpoint(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"mode": "explicit"}
    __mistral_keep__ = frozenset({"mode"})
    mode: Literal["explicit"] = "explicit"


class ResponsesInputImageContent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_image"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["input_image"] = "input_image"
    detail: ResponsesInputImageContentDetail | None = None
    file_id: str | None = None
    image_url: str | None = None
    prompt_cache_breakpoint: ResponsesInputImageContentResponsesPromptCacheBreakpoint | None = None


class ResponsesInputTextContentResponsesPromptCacheBreakpoint(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"mode": "explicit"}
    __mistral_keep__ = frozenset({"mode"})
    mode: Literal["explicit"] = "explicit"


class ResponsesInputTextContent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_text"}
    __mistral_keep__ = frozenset({"type"})
    text: str
    type: Literal["input_text"] = "input_text"
    prompt_cache_breakpoint: ResponsesInputTextContentResponsesPromptCacheBreakpoint | None = None


ResponsesFunctionCallOutputOutput22: TypeAlias = Annotated[
    Annotated[ResponsesInputFileContent, Tag("input_file")]
    | Annotated[ResponsesInputImageContent, Tag("input_image")]
    | Annotated[ResponsesInputTextContent, Tag("input_text")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"input_file", "input_image", "input_text"})),
]

ResponsesFunctionCallOutputOutput2: TypeAlias = str | list[ResponsesFunctionCallOutputOutput22]


class ResponsesFunctionCallOutput(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function_call_output"}
    __mistral_keep__ = frozenset({"type"})
    call_id: str
    output: ResponsesFunctionCallOutputOutput2
    type: Literal["function_call_output"] = "function_call_output"
    id: str | None = None
    caller: ResponsesFunctionCallOutputCaller | None = None
    status: ResponsesFunctionCallOutputStatus | None = None


ResponsesMessageContent: TypeAlias = Annotated[
    Annotated[ResponsesInputFile, Tag("input_file")]
    | Annotated[ResponsesInputImage, Tag("input_image")]
    | Annotated[ResponsesInputText, Tag("input_text")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"input_file", "input_image", "input_text"})),
]

ResponsesMessageRole: TypeAlias = Literal["user", "system", "developer"] | str

ResponsesMessageStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"] | str


class ResponsesMessage(BaseModel):
    __mistral_keep__ = frozenset()
    content: list[ResponsesMessageContent]
    role: ResponsesMessageRole
    status: ResponsesMessageStatus | None = None
    type: Literal["message"] | None = "message"
