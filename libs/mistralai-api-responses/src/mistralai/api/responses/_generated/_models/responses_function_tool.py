# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-responses distribution used by the same operations (ResponsesAnnotationContainerFileCitation, ResponsesAnnotationFileCitation, ResponsesAnnotationFilePath...)."""

from collections.abc import Mapping
from typing import Annotated, Any, ClassVar, Literal, TypeAlias

from pydantic import Field, Tag

from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "ResponsesAnnotationContainerFileCitation",
    "ResponsesAnnotationFileCitation",
    "ResponsesAnnotationFilePath",
    "ResponsesAnnotationURLCitation",
    "ResponsesCallerDirect",
    "ResponsesCallerProgram",
    "ResponsesContent",
    "ResponsesCustomTool",
    "ResponsesCustomToolAllowedCaller",
    "ResponsesCustomToolFormat",
    "ResponsesFunctionTool",
    "ResponsesFunctionToolAllowedCaller",
    "ResponsesFunctionToolCall",
    "ResponsesFunctionToolCallCaller",
    "ResponsesFunctionToolCallStatus",
    "ResponsesGrammar",
    "ResponsesGrammarSyntax",
    "ResponsesNamespaceTool",
    "ResponsesNamespaceToolTool",
    "ResponsesOutputMessage",
    "ResponsesOutputMessageContent",
    "ResponsesOutputMessagePhase",
    "ResponsesOutputMessageStatus",
    "ResponsesOutputRefusal",
    "ResponsesOutputText",
    "ResponsesOutputTextAnnotation",
    "ResponsesOutputTextLogprob",
    "ResponsesOutputTextLogprobTopLogprob",
    "ResponsesReasoningItem",
    "ResponsesReasoningItemStatus",
    "ResponsesSummary",
    "ResponsesText",
    "ResponsesToolFunction",
    "ResponsesToolFunctionAllowedCaller",
]


class ResponsesAnnotationContainerFileCitation(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "container_file_citation"}
    __mistral_keep__ = frozenset({"type"})
    container_id: str
    end_index: int
    file_id: str
    filename: str
    start_index: int
    type: Literal["container_file_citation"] = "container_file_citation"


class ResponsesAnnotationFileCitation(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "file_citation"}
    __mistral_keep__ = frozenset({"type"})
    file_id: str
    filename: str
    index: int
    type: Literal["file_citation"] = "file_citation"


class ResponsesAnnotationFilePath(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "file_path"}
    __mistral_keep__ = frozenset({"type"})
    file_id: str
    index: int
    type: Literal["file_path"] = "file_path"


class ResponsesAnnotationURLCitation(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "url_citation"}
    __mistral_keep__ = frozenset({"type"})
    end_index: int
    start_index: int
    title: str
    url: str
    type: Literal["url_citation"] = "url_citation"


class ResponsesCallerDirect(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "direct"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["direct"] = "direct"


class ResponsesCallerProgram(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "program"}
    __mistral_keep__ = frozenset({"type"})
    caller_id: str
    type: Literal["program"] = "program"


class ResponsesContent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "reasoning_text"}
    __mistral_keep__ = frozenset({"type"})
    text: str
    type: Literal["reasoning_text"] = "reasoning_text"


ResponsesCustomToolAllowedCaller: TypeAlias = Literal["direct", "programmatic"] | str

ResponsesGrammarSyntax: TypeAlias = Literal["lark", "regex"] | str


class ResponsesGrammar(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "grammar"}
    __mistral_keep__ = frozenset({"type"})
    definition: str
    syntax: ResponsesGrammarSyntax
    type: Literal["grammar"] = "grammar"


class ResponsesText(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "text"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["text"] = "text"


ResponsesCustomToolFormat: TypeAlias = Annotated[
    Annotated[ResponsesGrammar, Tag("grammar")]
    | Annotated[ResponsesText, Tag("text")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"grammar", "text"})),
]


class ResponsesCustomTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "custom"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    type: Literal["custom"] = "custom"
    allowed_callers: list[ResponsesCustomToolAllowedCaller] | None = None
    defer_loading: bool | None = None
    description: str | None = None
    format: ResponsesCustomToolFormat | None = None


ResponsesFunctionToolAllowedCaller: TypeAlias = Literal["direct", "programmatic"] | str


class ResponsesFunctionTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    parameters: dict[str, Any] | None = None
    strict: bool | None = None
    type: Literal["function"] = "function"
    allowed_callers: list[ResponsesFunctionToolAllowedCaller] | None = None
    defer_loading: bool | None = None
    description: str | None = None
    output_schema: dict[str, Any] | None = None


ResponsesFunctionToolCallCaller: TypeAlias = Annotated[
    Annotated[ResponsesCallerDirect, Tag("direct")]
    | Annotated[ResponsesCallerProgram, Tag("program")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"direct", "program"})),
]

ResponsesFunctionToolCallStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"] | str


class ResponsesFunctionToolCall(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function_call"}
    __mistral_keep__ = frozenset({"type"})
    arguments: str
    call_id: str
    name: str
    type: Literal["function_call"] = "function_call"
    id: str | None = None
    caller: ResponsesFunctionToolCallCaller | None = None
    namespace: str | None = None
    status: ResponsesFunctionToolCallStatus | None = None


ResponsesToolFunctionAllowedCaller: TypeAlias = Literal["direct", "programmatic"] | str


class ResponsesToolFunction(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    type: Literal["function"] = "function"
    allowed_callers: list[ResponsesToolFunctionAllowedCaller] | None = None
    defer_loading: bool | None = None
    description: str | None = None
    output_schema: dict[str, Any] | None = None
    parameters: Any = None
    strict: bool | None = None


ResponsesNamespaceToolTool: TypeAlias = Annotated[
    Annotated[ResponsesCustomTool, Tag("custom")]
    | Annotated[ResponsesToolFunction, Tag("function")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"custom", "function"})),
]


class ResponsesNamespaceTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "namespace"}
    __mistral_keep__ = frozenset({"type"})
    description: str
    name: str
    tools: list[ResponsesNamespaceToolTool]
    type: Literal["namespace"] = "namespace"


class ResponsesOutputRefusal(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "refusal"}
    __mistral_keep__ = frozenset({"type"})
    refusal: str
    type: Literal["refusal"] = "refusal"


ResponsesOutputTextAnnotation: TypeAlias = Annotated[
    Annotated[ResponsesAnnotationContainerFileCitation, Tag("container_file_citation")]
    | Annotated[ResponsesAnnotationFileCitation, Tag("file_citation")]
    | Annotated[ResponsesAnnotationFilePath, Tag("file_path")]
    | Annotated[ResponsesAnnotationURLCitation, Tag("url_citation")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type", frozenset({"container_file_citation", "file_citation", "file_path", "url_citation"})
    ),
]


class ResponsesOutputTextLogprobTopLogprob(BaseModel):
    __mistral_keep__ = frozenset()
    token: str
    size_bytes: list[int] = Field(validation_alias="bytes", serialization_alias="bytes")
    logprob: float


class ResponsesOutputTextLogprob(BaseModel):
    __mistral_keep__ = frozenset()
    token: str
    size_bytes: list[int] = Field(validation_alias="bytes", serialization_alias="bytes")
    logprob: float
    top_logprobs: list[ResponsesOutputTextLogprobTopLogprob]


class ResponsesOutputText(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "output_text"}
    __mistral_keep__ = frozenset({"type"})
    annotations: list[ResponsesOutputTextAnnotation]
    text: str
    type: Literal["output_text"] = "output_text"
    logprobs: list[ResponsesOutputTextLogprob] | None = None


ResponsesOutputMessageContent: TypeAlias = Annotated[
    Annotated[ResponsesOutputText, Tag("output_text")]
    | Annotated[ResponsesOutputRefusal, Tag("refusal")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"output_text", "refusal"})),
]

ResponsesOutputMessageStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"] | str

ResponsesOutputMessagePhase: TypeAlias = Literal["commentary", "final_answer"] | str


class ResponsesOutputMessage(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"role": "assistant", "type": "message"}
    __mistral_keep__ = frozenset({"role", "type"})
    id: str
    content: list[ResponsesOutputMessageContent]
    status: ResponsesOutputMessageStatus
    role: Literal["assistant"] = "assistant"
    type: Literal["message"] = "message"
    phase: ResponsesOutputMessagePhase | None = None


ResponsesReasoningItemStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"] | str


class ResponsesSummary(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "summary_text"}
    __mistral_keep__ = frozenset({"type"})
    text: str
    type: Literal["summary_text"] = "summary_text"


class ResponsesReasoningItem(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "reasoning"}
    __mistral_keep__ = frozenset({"type"})
    id: str
    summary: list[ResponsesSummary]
    type: Literal["reasoning"] = "reasoning"
    content: list[ResponsesContent] | None = None
    encrypted_content: str | None = None
    status: ResponsesReasoningItemStatus | None = None
