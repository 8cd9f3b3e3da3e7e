# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (ConversationMessages...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal, TypeAlias

from mistralai.api.agents._generated._models.message_input_entry import MessageInputEntry
from mistralai.api.agents._generated._models.message_output_entry import MessageOutputEntry
from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "ConversationMessages",
    "MessageEntries",
]

MessageEntries: TypeAlias = list[MessageInputEntry | MessageOutputEntry]


class ConversationMessages(ConstFieldsModel):
    """Similar to the conversation history but only keep the messages"""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "conversation.messages"}
    __mistral_keep__ = frozenset({"object"})
    object: Literal["conversation.messages"] = "conversation.messages"
    conversation_id: str
    messages: MessageEntries
