# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (ConversationRestartRequest...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal, TypeAlias

from mistralai.api.agents._generated._models.completion_args import CompletionArgs
from mistralai.api.agents._generated._models.conversation_inputs import ConversationInputs
from mistralai.core.models import GuardrailConfig, MetadataDict
from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "ConversationRestartRequest",
    "ConversationRestartRequestHandoffExecution",
]

ConversationRestartRequestHandoffExecution: TypeAlias = Literal["client", "server"] | str


class ConversationRestartRequest(ConstFieldsModel):
    """Request to restart a new conversation from a given entry in the conversation."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"stream": False}
    __mistral_keep__ = frozenset({"stream", "store", "handoff_execution"})
    __mistral_drop_none__ = frozenset({"inputs", "completion_args"})
    inputs: ConversationInputs | None = None
    stream: Literal[False] = False
    store: bool = True
    """Whether to store the results into our servers or not."""
    handoff_execution: ConversationRestartRequestHandoffExecution = "server"
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at each message request."""
    guardrails: list[GuardrailConfig] | None = None
    metadata: MetadataDict | None = None
    """Custom metadata for the conversation."""
    from_entry_id: str
    agent_version: str | int | None = None
    """Specific version of the agent to use when restarting. If not provided, uses the current version."""
