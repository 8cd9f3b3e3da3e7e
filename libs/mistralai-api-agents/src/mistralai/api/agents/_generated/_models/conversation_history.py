# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (ConversationHistory...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal

from mistralai.api.agents._generated._models.agent_handoff_entry import (
    AgentHandoffEntry,
    FunctionCallEntry,
    ToolExecutionEntry,
)
from mistralai.api.agents._generated._models.function_result_entry import FunctionResultEntry
from mistralai.api.agents._generated._models.message_input_entry import MessageInputEntry
from mistralai.api.agents._generated._models.message_output_entry import MessageOutputEntry
from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "ConversationHistory",
]


class ConversationHistory(ConstFieldsModel):
    """Retrieve all entries in a conversation."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "conversation.history"}
    __mistral_keep__ = frozenset({"object"})
    object: Literal["conversation.history"] = "conversation.history"
    conversation_id: str
    entries: list[
        MessageInputEntry
        | MessageOutputEntry
        | FunctionResultEntry
        | FunctionCallEntry
        | ToolExecutionEntry
        | AgentHandoffEntry
    ]
