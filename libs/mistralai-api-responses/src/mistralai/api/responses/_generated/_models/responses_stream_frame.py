# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-responses distribution used by the same operations (ResponsesCompletedEvent, ResponsesContentPartAddedEvent, ResponsesContentPartDoneEvent...)."""

from collections.abc import Mapping
from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Tag

from mistralai.api.responses._generated._models.create_response_response import (
    CreateResponseResponse,
)
from mistralai.api.responses._generated._models.responses_function_tool import (
    ResponsesFunctionToolCall,
    ResponsesOutputMessage,
    ResponsesOutputRefusal,
    ResponsesOutputText,
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
    "ResponsesCompletedEvent",
    "ResponsesContentPartAddedEvent",
    "ResponsesContentPartAddedEventPart",
    "ResponsesContentPartDoneEvent",
    "ResponsesContentPartDoneEventPart",
    "ResponsesCreatedEvent",
    "ResponsesErrorEvent",
    "ResponsesFailedEvent",
    "ResponsesFunctionCallArgumentsDeltaEvent",
    "ResponsesFunctionCallArgumentsDoneEvent",
    "ResponsesInProgressEvent",
    "ResponsesIncompleteEvent",
    "ResponsesOutputItemAddedEvent",
    "ResponsesOutputItemAddedEventItem",
    "ResponsesOutputItemDoneEvent",
    "ResponsesOutputItemDoneEventItem",
    "ResponsesPartReasoningText",
    "ResponsesReasoningTextDeltaEvent",
    "ResponsesReasoningTextDoneEvent",
    "ResponsesStreamFrame",
    "ResponsesStreamFrameData",
    "ResponsesTextDeltaEvent",
    "ResponsesTextDeltaEventLogprob",
    "ResponsesTextDeltaEventLogprobTopLogprob",
    "ResponsesTextDoneEvent",
    "ResponsesTextDoneEventLogprob",
    "ResponsesTextDoneEventLogprobTopLogprob",
]


class ResponsesCompletedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.completed"}
    __mistral_keep__ = frozenset({"type"})
    response: CreateResponseResponse
    sequence_number: int
    type: Literal["response.completed"] = "response.completed"


class ResponsesPartReasoningText(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "reasoning_text"}
    __mistral_keep__ = frozenset({"type"})
    text: str
    type: Literal["reasoning_text"] = "reasoning_text"


ResponsesContentPartAddedEventPart: TypeAlias = Annotated[
    Annotated[ResponsesOutputText, Tag("output_text")]
    | Annotated[ResponsesPartReasoningText, Tag("reasoning_text")]
    | Annotated[ResponsesOutputRefusal, Tag("refusal")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"output_text", "reasoning_text", "refusal"})),
]


class ResponsesContentPartAddedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.content_part.added"}
    __mistral_keep__ = frozenset({"type"})
    content_index: int
    item_id: str
    output_index: int
    part: ResponsesContentPartAddedEventPart
    sequence_number: int
    type: Literal["response.content_part.added"] = "response.content_part.added"


ResponsesContentPartDoneEventPart: TypeAlias = Annotated[
    Annotated[ResponsesOutputText, Tag("output_text")]
    | Annotated[ResponsesPartReasoningText, Tag("reasoning_text")]
    | Annotated[ResponsesOutputRefusal, Tag("refusal")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"output_text", "reasoning_text", "refusal"})),
]


class ResponsesContentPartDoneEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.content_part.done"}
    __mistral_keep__ = frozenset({"type"})
    content_index: int
    item_id: str
    output_index: int
    part: ResponsesContentPartDoneEventPart
    sequence_number: int
    type: Literal["response.content_part.done"] = "response.content_part.done"


class ResponsesCreatedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.created"}
    __mistral_keep__ = frozenset({"type"})
    response: CreateResponseResponse
    sequence_number: int
    type: Literal["response.created"] = "response.created"


class ResponsesErrorEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "error"}
    __mistral_keep__ = frozenset({"type"})
    message: str
    sequence_number: int
    code: str | None = None
    param: str | None = None
    type: Literal["error"] = "error"


class ResponsesFailedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.failed"}
    __mistral_keep__ = frozenset({"type"})
    response: CreateResponseResponse
    sequence_number: int
    type: Literal["response.failed"] = "response.failed"


class ResponsesFunctionCallArgumentsDeltaEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "type": "response.function_call_arguments.delta"
    }
    __mistral_keep__ = frozenset({"type"})
    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type: Literal["response.function_call_arguments.delta"] = (
        "response.function_call_arguments.delta"
    )


class ResponsesFunctionCallArgumentsDoneEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "type": "response.function_call_arguments.done"
    }
    __mistral_keep__ = frozenset({"type"})
    arguments: str
    item_id: str
    name: str
    output_index: int
    sequence_number: int
    type: Literal["response.function_call_arguments.done"] = "response.function_call_arguments.done"


class ResponsesInProgressEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.in_progress"}
    __mistral_keep__ = frozenset({"type"})
    response: CreateResponseResponse
    sequence_number: int
    type: Literal["response.in_progress"] = "response.in_progress"


class ResponsesIncompleteEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.incomplete"}
    __mistral_keep__ = frozenset({"type"})
    response: CreateResponseResponse
    sequence_number: int
    type: Literal["response.incomplete"] = "response.incomplete"


ResponsesOutputItemAddedEventItem: TypeAlias = Annotated[
    Annotated[ResponsesFunctionToolCall, Tag("function_call")]
    | Annotated[ResponsesOutputMessage, Tag("message")]
    | Annotated[ResponsesReasoningItem, Tag("reasoning")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"function_call", "message", "reasoning"})),
]


class ResponsesOutputItemAddedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.output_item.added"}
    __mistral_keep__ = frozenset({"type"})
    item: ResponsesOutputItemAddedEventItem
    output_index: int
    sequence_number: int
    type: Literal["response.output_item.added"] = "response.output_item.added"


ResponsesOutputItemDoneEventItem: TypeAlias = Annotated[
    Annotated[ResponsesFunctionToolCall, Tag("function_call")]
    | Annotated[ResponsesOutputMessage, Tag("message")]
    | Annotated[ResponsesReasoningItem, Tag("reasoning")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"function_call", "message", "reasoning"})),
]


class ResponsesOutputItemDoneEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.output_item.done"}
    __mistral_keep__ = frozenset({"type"})
    item: ResponsesOutputItemDoneEventItem
    output_index: int
    sequence_number: int
    type: Literal["response.output_item.done"] = "response.output_item.done"


class ResponsesReasoningTextDeltaEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.reasoning_text.delta"}
    __mistral_keep__ = frozenset({"type"})
    content_index: int
    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type: Literal["response.reasoning_text.delta"] = "response.reasoning_text.delta"


class ResponsesReasoningTextDoneEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.reasoning_text.done"}
    __mistral_keep__ = frozenset({"type"})
    content_index: int
    item_id: str
    output_index: int
    sequence_number: int
    text: str
    type: Literal["response.reasoning_text.done"] = "response.reasoning_text.done"


class ResponsesTextDeltaEventLogprobTopLogprob(BaseModel):
    __mistral_keep__ = frozenset()
    token: str | None = None
    logprob: float | None = None


class ResponsesTextDeltaEventLogprob(BaseModel):
    __mistral_keep__ = frozenset()
    token: str
    logprob: float
    top_logprobs: list[ResponsesTextDeltaEventLogprobTopLogprob] | None = None


class ResponsesTextDeltaEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.output_text.delta"}
    __mistral_keep__ = frozenset({"type"})
    content_index: int
    delta: str
    item_id: str
    logprobs: list[ResponsesTextDeltaEventLogprob]
    output_index: int
    sequence_number: int
    type: Literal["response.output_text.delta"] = "response.output_text.delta"


class ResponsesTextDoneEventLogprobTopLogprob(BaseModel):
    __mistral_keep__ = frozenset()
    token: str | None = None
    logprob: float | None = None


class ResponsesTextDoneEventLogprob(BaseModel):
    __mistral_keep__ = frozenset()
    token: str
    logprob: float
    top_logprobs: list[ResponsesTextDoneEventLogprobTopLogprob] | None = None


class ResponsesTextDoneEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.output_text.done"}
    __mistral_keep__ = frozenset({"type"})
    content_index: int
    item_id: str
    logprobs: list[ResponsesTextDoneEventLogprob]
    output_index: int
    sequence_number: int
    text: str
    type: Literal["response.output_text.done"] = "response.output_text.done"


ResponsesStreamFrameData: TypeAlias = Annotated[
    Annotated[ResponsesErrorEvent, Tag("error")]
    | Annotated[ResponsesCompletedEvent, Tag("response.completed")]
    | Annotated[ResponsesContentPartAddedEvent, Tag("response.content_part.added")]
    | Annotated[ResponsesContentPartDoneEvent, Tag("response.content_part.done")]
    | Annotated[ResponsesCreatedEvent, Tag("response.created")]
    | Annotated[ResponsesFailedEvent, Tag("response.failed")]
    | Annotated[
        ResponsesFunctionCallArgumentsDeltaEvent, Tag("response.function_call_arguments.delta")
    ]
    | Annotated[
        ResponsesFunctionCallArgumentsDoneEvent, Tag("response.function_call_arguments.done")
    ]
    | Annotated[ResponsesInProgressEvent, Tag("response.in_progress")]
    | Annotated[ResponsesIncompleteEvent, Tag("response.incomplete")]
    | Annotated[ResponsesOutputItemAddedEvent, Tag("response.output_item.added")]
    | Annotated[ResponsesOutputItemDoneEvent, Tag("response.output_item.done")]
    | Annotated[ResponsesTextDeltaEvent, Tag("response.output_text.delta")]
    | Annotated[ResponsesTextDoneEvent, Tag("response.output_text.done")]
    | Annotated[ResponsesReasoningTextDeltaEvent, Tag("response.reasoning_text.delta")]
    | Annotated[ResponsesReasoningTextDoneEvent, Tag("response.reasoning_text.done")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {
                "error",
                "response.completed",
                "response.content_part.added",
                "response.content_part.done",
                "response.created",
                "response.failed",
                "response.function_call_arguments.delta",
                "response.function_call_arguments.done",
                "response.in_progress",
                "response.incomplete",
                "response.output_item.added",
                "response.output_item.done",
                "response.output_text.delta",
                "response.output_text.done",
                "response.reasoning_text.delta",
                "response.reasoning_text.done",
            }
        ),
    ),
]


class ResponsesStreamFrame(BaseModel):
    __mistral_keep__ = frozenset()
    event: str
    data: ResponsesStreamFrameData
