# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (AgentHandoffDoneEvent, AgentHandoffStartedEvent, ConversationEvents...)."""

from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Tag

from mistralai.api.agents._generated._models.conversation_usage_info import ConversationUsageInfo
from mistralai.api.agents._generated._models.tool_execution_info import ToolExecutionInfo
from mistralai.api.agents._generated._models.tool_file_chunk import ToolFileChunk
from mistralai.core.models import (
    BuiltInConnectors,
    DocumentURLChunk,
    ImageURLChunk,
    TextChunk,
    ThinkChunk,
    ToolReferenceChunk,
)
from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "AgentHandoffDoneEvent",
    "AgentHandoffStartedEvent",
    "ConversationEvents",
    "ConversationEventsData",
    "FunctionCallEvent",
    "FunctionCallEventConfirmationStatus",
    "MessageOutputEvent",
    "OutputContentChunks",
    "ResponseDoneEvent",
    "ResponseErrorEvent",
    "ResponseStartedEvent",
    "SSETypes",
    "ToolExecutionDeltaEvent",
    "ToolExecutionDoneEvent",
    "ToolExecutionStartedEvent",
]


class AgentHandoffDoneEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "agent.handoff.done"}
    __mistral_keep__ = frozenset({"type", "output_index"})
    __mistral_drop_none__ = frozenset({"created_at"})
    type: Literal["agent.handoff.done"] = "agent.handoff.done"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    next_agent_id: str
    next_agent_name: str


class AgentHandoffStartedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "agent.handoff.started"}
    __mistral_keep__ = frozenset({"type", "output_index"})
    __mistral_drop_none__ = frozenset({"created_at"})
    type: Literal["agent.handoff.started"] = "agent.handoff.started"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    previous_agent_id: str
    previous_agent_name: str


FunctionCallEventConfirmationStatus: TypeAlias = Literal["pending", "allowed", "denied"] | str


class FunctionCallEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function.call.delta"}
    __mistral_keep__ = frozenset({"type", "output_index"})
    __mistral_drop_none__ = frozenset({"created_at"})
    type: Literal["function.call.delta"] = "function.call.delta"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    model: str | None = None
    agent_id: str | None = None
    name: str
    tool_call_id: str
    arguments: str
    confirmation_status: FunctionCallEventConfirmationStatus | None = None


OutputContentChunks: TypeAlias = (
    TextChunk | ImageURLChunk | ToolFileChunk | DocumentURLChunk | ThinkChunk | ToolReferenceChunk
)


class MessageOutputEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "type": "message.output.delta",
        "role": "assistant",
    }
    __mistral_keep__ = frozenset({"type", "output_index", "content_index", "role"})
    __mistral_drop_none__ = frozenset({"created_at"})
    type: Literal["message.output.delta"] = "message.output.delta"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    content_index: int = 0
    model: str | None = None
    agent_id: str | None = None
    role: Literal["assistant"] = "assistant"
    content: str | OutputContentChunks


class ResponseDoneEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "conversation.response.done"}
    __mistral_keep__ = frozenset({"type"})
    __mistral_drop_none__ = frozenset({"created_at"})
    type: Literal["conversation.response.done"] = "conversation.response.done"
    created_at: datetime | None = None
    usage: ConversationUsageInfo


class ResponseErrorEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "conversation.response.error"}
    __mistral_keep__ = frozenset({"type"})
    __mistral_drop_none__ = frozenset({"created_at"})
    type: Literal["conversation.response.error"] = "conversation.response.error"
    created_at: datetime | None = None
    message: str
    code: int


class ResponseStartedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "conversation.response.started"}
    __mistral_keep__ = frozenset({"type"})
    __mistral_drop_none__ = frozenset({"created_at"})
    type: Literal["conversation.response.started"] = "conversation.response.started"
    created_at: datetime | None = None
    conversation_id: str


SSETypes: TypeAlias = (
    Literal[
        "conversation.response.started",
        "conversation.response.done",
        "conversation.response.error",
        "message.output.delta",
        "tool.execution.started",
        "tool.execution.delta",
        "tool.execution.done",
        "agent.handoff.started",
        "agent.handoff.done",
        "function.call.delta",
    ]
    | str
)
"""Server side events sent when streaming a conversation response."""


class ToolExecutionDeltaEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "tool.execution.delta"}
    __mistral_keep__ = frozenset({"type", "output_index"})
    __mistral_drop_none__ = frozenset({"created_at"})
    type: Literal["tool.execution.delta"] = "tool.execution.delta"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    name: BuiltInConnectors | str
    arguments: str


class ToolExecutionDoneEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "tool.execution.done"}
    __mistral_keep__ = frozenset({"type", "output_index"})
    __mistral_drop_none__ = frozenset({"created_at", "info"})
    type: Literal["tool.execution.done"] = "tool.execution.done"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    name: BuiltInConnectors | str
    info: ToolExecutionInfo | None = None


class ToolExecutionStartedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "tool.execution.started"}
    __mistral_keep__ = frozenset({"type", "output_index"})
    __mistral_drop_none__ = frozenset({"created_at"})
    type: Literal["tool.execution.started"] = "tool.execution.started"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    model: str | None = None
    agent_id: str | None = None
    name: BuiltInConnectors | str
    arguments: str


ConversationEventsData: TypeAlias = Annotated[
    Annotated[AgentHandoffDoneEvent, Tag("agent.handoff.done")]
    | Annotated[AgentHandoffStartedEvent, Tag("agent.handoff.started")]
    | Annotated[ResponseDoneEvent, Tag("conversation.response.done")]
    | Annotated[ResponseErrorEvent, Tag("conversation.response.error")]
    | Annotated[ResponseStartedEvent, Tag("conversation.response.started")]
    | Annotated[FunctionCallEvent, Tag("function.call.delta")]
    | Annotated[MessageOutputEvent, Tag("message.output.delta")]
    | Annotated[ToolExecutionDeltaEvent, Tag("tool.execution.delta")]
    | Annotated[ToolExecutionDoneEvent, Tag("tool.execution.done")]
    | Annotated[ToolExecutionStartedEvent, Tag("tool.execution.started")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {
                "agent.handoff.done",
                "agent.handoff.started",
                "conversation.response.done",
                "conversation.response.error",
                "conversation.response.started",
                "function.call.delta",
                "message.output.delta",
                "tool.execution.delta",
                "tool.execution.done",
                "tool.execution.started",
            }
        ),
    ),
]


class ConversationEvents(BaseModel):
    __mistral_keep__ = frozenset()
    event: SSETypes
    data: ConversationEventsData
