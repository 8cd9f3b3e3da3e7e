# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-responses distribution used by the same operations (CountResponseInputTokensRequest, CountResponseInputTokensRequestResponsesFormatJSONObject, CountResponseInputTokensRequestResponsesFormatText...)."""

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
    "CountResponseInputTokensRequest",
    "CountResponseInputTokensRequestInput1",
    "CountResponseInputTokensRequestInput2",
    "CountResponseInputTokensRequestResponsesFormatJSONObject",
    "CountResponseInputTokensRequestResponsesFormatText",
    "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig",
    "CountResponseInputTokensRequestResponsesSupportedReasoning",
    "CountResponseInputTokensRequestResponsesSupportedReasoningEffort",
    "CountResponseInputTokensRequestResponsesTextConfig",
    "CountResponseInputTokensRequestResponsesTextConfigFormat",
    "CountResponseInputTokensRequestResponsesTextConfigVerbosity",
    "CountResponseInputTokensRequestResponsesToolChoiceFunction",
    "CountResponseInputTokensRequestTool",
    "CountResponseInputTokensRequestToolChoiceUnion",
    "CountResponseInputTokensRequestToolChoiceUnion2",
]

CountResponseInputTokensRequestTool: TypeAlias = Annotated[
    Annotated[ResponsesFunctionTool, Tag("function")]
    | Annotated[ResponsesNamespaceTool, Tag("namespace")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"function", "namespace"})),
]

CountResponseInputTokensRequestInput1: TypeAlias = (
    ResponsesEasyInputMessage
    | ResponsesMessage
    | ResponsesOutputMessage
    | ResponsesFunctionCallOutput
    | ResponsesReasoningItem
    | ResponsesFunctionToolCall
)

CountResponseInputTokensRequestInput2: TypeAlias = str | list[CountResponseInputTokensRequestInput1]

CountResponseInputTokensRequestResponsesSupportedReasoningEffort: TypeAlias = (
    Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | str
)


class CountResponseInputTokensRequestResponsesSupportedReasoning(BaseModel):
    __mistral_keep__ = frozenset()
    effort: CountResponseInputTokensRequestResponsesSupportedReasoningEffort | None = None


class CountResponseInputTokensRequestResponsesFormatJSONObject(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "json_object"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["json_object"] = "json_object"


class CountResponseInputTokensRequestResponsesFormatText(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "text"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["text"] = "text"


class CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "json_schema"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    schema_: dict[str, Any] = Field(validation_alias="schema", serialization_alias="schema")
    type: Literal["json_schema"] = "json_schema"
    description: str | None = None
    strict: bool | None = None


CountResponseInputTokensRequestResponsesTextConfigFormat: TypeAlias = Annotated[
    Annotated[CountResponseInputTokensRequestResponsesFormatJSONObject, Tag("json_object")]
    | Annotated[
        CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig, Tag("json_schema")
    ]
    | Annotated[CountResponseInputTokensRequestResponsesFormatText, Tag("text")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"json_object", "json_schema", "text"})),
]

CountResponseInputTokensRequestResponsesTextConfigVerbosity: TypeAlias = (
    Literal["low", "medium", "high"] | str
)


class CountResponseInputTokensRequestResponsesTextConfig(BaseModel):
    __mistral_keep__ = frozenset()
    format: CountResponseInputTokensRequestResponsesTextConfigFormat | None = None
    verbosity: CountResponseInputTokensRequestResponsesTextConfigVerbosity | None = None


class CountResponseInputTokensRequestResponsesToolChoiceFunction(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    type: Literal["function"] = "function"


CountResponseInputTokensRequestToolChoiceUnion2: TypeAlias = (
    Literal["none", "auto", "required"] | str
)

CountResponseInputTokensRequestToolChoiceUnion: TypeAlias = (
    CountResponseInputTokensRequestResponsesToolChoiceFunction
    | CountResponseInputTokensRequestToolChoiceUnion2
)


class CountResponseInputTokensRequest(BaseModel):
    __mistral_keep__ = frozenset()
    model: str
    input: CountResponseInputTokensRequestInput2
    instructions: str | None = None
    parallel_tool_calls: bool | None = True
    previous_response_id: Any = None
    truncation: Literal["disabled"] | None = "disabled"
    tools: list[CountResponseInputTokensRequestTool] | None = None
    tool_choice: CountResponseInputTokensRequestToolChoiceUnion | None = None
    reasoning: CountResponseInputTokensRequestResponsesSupportedReasoning | None = None
    conversation: Any = None
    prompt: Any = None
    text: CountResponseInputTokensRequestResponsesTextConfig | None = None
