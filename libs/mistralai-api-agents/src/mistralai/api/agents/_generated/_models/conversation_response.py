# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (ConversationResponse...)."""

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

from mistralai.api.agents._generated._models.agent_handoff_entry import (
    AgentHandoffEntry,
    FunctionCallEntry,
    ToolExecutionEntry,
)
from mistralai.api.agents._generated._models.conversation_usage_info import ConversationUsageInfo
from mistralai.api.agents._generated._models.message_output_entry import MessageOutputEntry
from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "ConversationResponse",
]


class ConversationResponse(ConstFieldsModel):
    """The response after appending new entries to the conversation."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "conversation.response"}
    __mistral_keep__ = frozenset({"object"})
    object: Literal["conversation.response"] = "conversation.response"
    conversation_id: str
    outputs: list[MessageOutputEntry | ToolExecutionEntry | FunctionCallEntry | AgentHandoffEntry]
    usage: ConversationUsageInfo
    guardrails: list[dict[str, Any]] | None = None
