# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (ConversationStreamRequest...)."""

from collections.abc import Mapping
from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Tag

from mistralai.api.agents._generated._models.completion_args import CompletionArgs
from mistralai.api.agents._generated._models.conversation_inputs import ConversationInputs
from mistralai.api.agents._generated._models.function_tool import FunctionTool
from mistralai.core.models import (
    CodeInterpreterTool,
    CustomConnector,
    DocumentLibraryTool,
    GuardrailConfig,
    ImageGenerationTool,
    MetadataDict,
    WebSearchPremiumTool,
    WebSearchTool,
)
from mistralai.core.runtime import UNKNOWN_TAG, ConstFieldsModel, UnknownVariant, open_discriminator

__all__ = [
    "ConversationStreamRequest",
    "ConversationStreamRequestHandoffExecution",
    "ConversationStreamRequestTool",
]

ConversationStreamRequestHandoffExecution: TypeAlias = Literal["client", "server"] | str

ConversationStreamRequestTool: TypeAlias = Annotated[
    Annotated[CodeInterpreterTool, Tag("code_interpreter")]
    | Annotated[CustomConnector, Tag("connector")]
    | Annotated[DocumentLibraryTool, Tag("document_library")]
    | Annotated[FunctionTool, Tag("function")]
    | Annotated[ImageGenerationTool, Tag("image_generation")]
    | Annotated[WebSearchTool, Tag("web_search")]
    | Annotated[WebSearchPremiumTool, Tag("web_search_premium")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {
                "code_interpreter",
                "connector",
                "document_library",
                "function",
                "image_generation",
                "web_search",
                "web_search_premium",
            }
        ),
    ),
]


class ConversationStreamRequest(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"stream": True}
    __mistral_keep__ = frozenset({"stream"})
    inputs: ConversationInputs
    stream: Literal[True] = True
    store: bool | None = None
    handoff_execution: ConversationStreamRequestHandoffExecution | None = None
    instructions: str | None = None
    tools: list[ConversationStreamRequestTool] | None = None
    completion_args: CompletionArgs | None = None
    guardrails: list[GuardrailConfig] | None = None
    name: str | None = None
    description: str | None = None
    metadata: MetadataDict | None = None
    agent_id: str | None = None
    agent_version: str | int | None = None
    model: str | None = None
