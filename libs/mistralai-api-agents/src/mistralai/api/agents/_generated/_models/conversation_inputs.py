# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (ConversationUsageInfo...)."""

from typing import TypeAlias

from mistralai.api.agents._generated._models.agent_handoff_entry import (
    AgentHandoffEntry,
    FunctionCallEntry,
    FunctionResultEntry,
    ToolExecutionEntry,
)
from mistralai.api.agents._generated._models.message_input_entry import (
    MessageInputEntry,
    MessageOutputEntry,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "ConversationInputs",
    "ConversationUsageInfo",
    "InputEntries",
]


class ConversationUsageInfo(BaseModel):
    __mistral_keep__ = frozenset({"prompt_tokens", "completion_tokens", "total_tokens"})
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    connector_tokens: int | None = None
    connectors: dict[str, int] | None = None


InputEntries: TypeAlias = list[
    MessageInputEntry
    | MessageOutputEntry
    | FunctionResultEntry
    | FunctionCallEntry
    | ToolExecutionEntry
    | AgentHandoffEntry
]

ConversationInputs: TypeAlias = str | InputEntries
