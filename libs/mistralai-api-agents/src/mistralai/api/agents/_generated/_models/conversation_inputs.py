# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations."""

from typing import TypeAlias

from mistralai.api.agents._generated._models.agent_handoff_entry import (
    AgentHandoffEntry,
    FunctionCallEntry,
    ToolExecutionEntry,
)
from mistralai.api.agents._generated._models.function_result_entry import FunctionResultEntry
from mistralai.api.agents._generated._models.message_input_entry import MessageInputEntry
from mistralai.api.agents._generated._models.message_output_entry import MessageOutputEntry

__all__ = [
    "ConversationInputs",
    "InputEntries",
]

InputEntries: TypeAlias = list[
    MessageInputEntry
    | MessageOutputEntry
    | FunctionResultEntry
    | FunctionCallEntry
    | ToolExecutionEntry
    | AgentHandoffEntry
]

ConversationInputs: TypeAlias = str | InputEntries
