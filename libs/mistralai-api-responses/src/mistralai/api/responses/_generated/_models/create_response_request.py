# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-responses distribution used by the same operations (CreateResponseRequest, CreateResponseRequestResponsesFormatJSONObject, CreateResponseRequestResponsesFormatText...)."""

from collections.abc import Mapping
from typing import Annotated, Any, ClassVar, Literal, TypeAlias

from pydantic import Field, Tag

from mistralai.api.responses._generated._models.responses_easy_input_message import (
    ResponsesEasyInputMessage,
    ResponsesFunctionCallOutput,
    ResponsesMessage,
)
from mistralai.api.responses._generated._models.responses_function_tool import (
    ResponsesFunctionTool,
    ResponsesFunctionToolCall,
    ResponsesNamespaceTool,
    ResponsesOutputMessage,
    ResponsesReasoningItem,
)
from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "CreateResponseRequest",
    "CreateResponseRequestInput1",
    "CreateResponseRequestInput2",
    "CreateResponseRequestResponsesFormatJSONObject",
    "CreateResponseRequestResponsesFormatText",
    "CreateResponseRequestResponsesFormatTextJSONSchemaConfig",
    "CreateResponseRequestResponsesSupportedReasoning",
    "CreateResponseRequestResponsesSupportedReasoningEffort",
    "CreateResponseRequestResponsesTextConfig",
    "CreateResponseRequestResponsesTextConfigFormat",
    "CreateResponseRequestResponsesTextConfigVerbosity",
    "CreateResponseRequestResponsesToolChoiceFunction",
    "CreateResponseRequestTool",
    "CreateResponseRequestToolChoiceUnion",
    "CreateResponseRequestToolChoiceUnion2",
]

CreateResponseRequestTool: TypeAlias = Annotated[
    Annotated[ResponsesFunctionTool, Tag("function")]
    | Annotated[ResponsesNamespaceTool, Tag("namespace")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"function", "namespace"})),
]

CreateResponseRequestInput1: TypeAlias = (
    ResponsesEasyInputMessage
    | ResponsesMessage
    | ResponsesOutputMessage
    | ResponsesFunctionCallOutput
    | ResponsesReasoningItem
    | ResponsesFunctionToolCall
)

CreateResponseRequestInput2: TypeAlias = str | list[CreateResponseRequestInput1]

CreateResponseRequestResponsesSupportedReasoningEffort: TypeAlias = (
    Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | str
)


class CreateResponseRequestResponsesSupportedReasoning(BaseModel):
    __mistral_keep__ = frozenset()
    effort: CreateResponseRequestResponsesSupportedReasoningEffort | None = None


class CreateResponseRequestResponsesFormatJSONObject(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "json_object"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["json_object"] = "json_object"


class CreateResponseRequestResponsesFormatText(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "text"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["text"] = "text"


class CreateResponseRequestResponsesFormatTextJSONSchemaConfig(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "json_schema"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    schema_: dict[str, Any] = Field(validation_alias="schema", serialization_alias="schema")
    type: Literal["json_schema"] = "json_schema"
    description: str | None = None
    strict: bool | None = None


CreateResponseRequestResponsesTextConfigFormat: TypeAlias = Annotated[
    Annotated[CreateResponseRequestResponsesFormatJSONObject, Tag("json_object")]
    | Annotated[CreateResponseRequestResponsesFormatTextJSONSchemaConfig, Tag("json_schema")]
    | Annotated[CreateResponseRequestResponsesFormatText, Tag("text")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"json_object", "json_schema", "text"})),
]

CreateResponseRequestResponsesTextConfigVerbosity: TypeAlias = (
    Literal["low", "medium", "high"] | str
)


class CreateResponseRequestResponsesTextConfig(BaseModel):
    __mistral_keep__ = frozenset()
    format: CreateResponseRequestResponsesTextConfigFormat | None = None
    verbosity: CreateResponseRequestResponsesTextConfigVerbosity | None = None


class CreateResponseRequestResponsesToolChoiceFunction(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    type: Literal["function"] = "function"


CreateResponseRequestToolChoiceUnion2: TypeAlias = Literal["none", "auto", "required"] | str

CreateResponseRequestToolChoiceUnion: TypeAlias = (
    CreateResponseRequestResponsesToolChoiceFunction | CreateResponseRequestToolChoiceUnion2
)


class CreateResponseRequest(BaseModel):
    __mistral_keep__ = frozenset()
    model: str
    input: CreateResponseRequestInput2
    instructions: str | None = None
    parallel_tool_calls: bool | None = True
    previous_response_id: Any = None
    truncation: Literal["disabled"] | None = "disabled"
    tools: list[CreateResponseRequestTool] | None = None
    tool_choice: CreateResponseRequestToolChoiceUnion | None = None
    reasoning: CreateResponseRequestResponsesSupportedReasoning | None = None
    conversation: Any = None
    prompt: Any = None
    text: CreateResponseRequestResponsesTextConfig | None = None
    background: Literal[False] | None = False
    stream: bool | None = False
    store: Literal[False] | None = False
    max_output_tokens: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    metadata: dict[str, str] | None = None
    prompt_cache_key: str | None = None
    max_tool_calls: int | None = None
    moderation: Any = None
    top_logprobs: Literal[0] | None = 0
