# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (Agent...)."""

from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Tag

from mistralai.api.agents._generated._models.completion_args import CompletionArgs
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
    "Agent",
    "AgentTool",
]

AgentTool: TypeAlias = Annotated[
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


class Agent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "agent"}
    __mistral_keep__ = frozenset({"object"})
    __mistral_drop_none__ = frozenset({"tools", "completion_args"})
    instructions: str | None = None
    """Instruction prompt the model will follow during the conversation."""
    tools: list[AgentTool] | None = None
    """List of tools which are available to the model during the conversation."""
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at each message request."""
    guardrails: list[GuardrailConfig] | None = None
    model: str
    name: str
    description: str | None = None
    handoffs: list[str] | None = None
    metadata: MetadataDict | None = None
    object: Literal["agent"] = "agent"
    id: str
    version: int
    versions: list[int]
    created_at: datetime
    updated_at: datetime
    deployment_chat: bool
    source: str
    version_message: str | None = None
