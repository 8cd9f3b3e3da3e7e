# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (ConversationAppendStreamRequest...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal, TypeAlias

from mistralai.api.agents._generated._models.completion_args import CompletionArgs
from mistralai.api.agents._generated._models.conversation_inputs import ConversationInputs
from mistralai.api.agents._generated._models.tool_call_confirmation import ToolCallConfirmation
from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "ConversationAppendStreamRequest",
    "ConversationAppendStreamRequestHandoffExecution",
]

ConversationAppendStreamRequestHandoffExecution: TypeAlias = Literal["client", "server"] | str


class ConversationAppendStreamRequest(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"stream": True}
    __mistral_keep__ = frozenset({"stream", "store", "handoff_execution"})
    __mistral_drop_none__ = frozenset({"inputs", "completion_args"})
    inputs: ConversationInputs | None = None
    stream: Literal[True] = True
    store: bool = True
    """Whether to store the results into our servers or not."""
    handoff_execution: ConversationAppendStreamRequestHandoffExecution = "server"
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at each message request."""
    tool_confirmations: list[ToolCallConfirmation] | None = None
