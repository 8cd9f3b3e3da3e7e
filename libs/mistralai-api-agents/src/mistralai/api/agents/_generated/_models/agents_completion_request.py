# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (AgentsCompletionRequest...)."""

from typing import Annotated, Any, TypeAlias

from pydantic import Tag

from mistralai.core.models import (
    AssistantMessage,
    CodeInterpreterTool,
    CustomConnector,
    DocumentLibraryTool,
    GuardrailConfig,
    ImageGenerationTool,
    MistralPromptMode,
    Prediction,
    ReasoningEffort,
    RequestedServiceTier,
    ResponseFormat,
    SystemMessage,
    Tool,
    ToolChoice,
    ToolChoiceEnum,
    ToolMessage,
    UserMessage,
    WebSearchPremiumTool,
    WebSearchTool,
)
from mistralai.core.runtime import UNKNOWN_TAG, BaseModel, UnknownVariant, open_discriminator

__all__ = [
    "AgentsCompletionRequest",
    "AgentsCompletionRequestMessage",
    "AgentsCompletionRequestTool",
]

AgentsCompletionRequestMessage: TypeAlias = Annotated[
    Annotated[AssistantMessage, Tag("assistant")]
    | Annotated[SystemMessage, Tag("system")]
    | Annotated[ToolMessage, Tag("tool")]
    | Annotated[UserMessage, Tag("user")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("role", frozenset({"assistant", "system", "tool", "user"})),
]

AgentsCompletionRequestTool: TypeAlias = Annotated[
    Annotated[Tool, Tag("function")]
    | Annotated[WebSearchTool, Tag("web_search")]
    | Annotated[WebSearchPremiumTool, Tag("web_search_premium")]
    | Annotated[CodeInterpreterTool, Tag("code_interpreter")]
    | Annotated[ImageGenerationTool, Tag("image_generation")]
    | Annotated[DocumentLibraryTool, Tag("document_library")]
    | Annotated[CustomConnector, Tag("connector")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {
                "function",
                "web_search",
                "web_search_premium",
                "code_interpreter",
                "image_generation",
                "document_library",
                "connector",
            }
        ),
    ),
]


class AgentsCompletionRequest(BaseModel):
    __mistral_keep__ = frozenset({"stream"})
    __mistral_drop_none__ = frozenset({"response_format", "prediction"})
    max_tokens: int | None = None
    """The maximum number of tokens to generate in the completion. The token count of your prompt plus `max_tokens` cannot exceed the model's context length."""
    stream: bool = False
    """Whether to stream back partial progress. If set, tokens will be sent as data-only server-side events as they become available, with the stream terminated by a data: [DONE] message. Otherwise, the server will hold the request open until the timeout or until completion, with the response containing ..."""
    stop: str | list[str] | None = None
    """Stop generation if this token is detected. Or if one of these tokens is detected when providing an array"""
    random_seed: int | None = None
    """The seed to use for random sampling. If set, different calls will generate deterministic results."""
    metadata: dict[str, Any] | None = None
    messages: list[AgentsCompletionRequestMessage]
    """The prompt(s) to generate completions for, encoded as a list of dict with role and content."""
    response_format: ResponseFormat | None = None
    tools: list[AgentsCompletionRequestTool] | None = None
    tool_choice: ToolChoice | ToolChoiceEnum = "auto"
    presence_penalty: float | None = None
    """The `presence_penalty` determines how much the model penalizes the repetition of words or phrases. A higher presence penalty encourages the model to use a wider variety of words and phrases, making the output more diverse and creative."""
    frequency_penalty: float | None = None
    """The `frequency_penalty` penalizes the repetition of words based on their frequency in the generated text. A higher frequency penalty discourages the model from repeating words that have already appeared frequently in the output, promoting diversity and reducing repetition."""
    n: int | None = None
    """Number of completions to return for each request, input tokens are only billed once."""
    prediction: Prediction | None = None
    """Enable users to specify expected results, optimizing response times by leveraging known or predictable content. This approach is especially effective for updating text documents or code files with minimal changes, reducing latency while maintaining high-quality results."""
    parallel_tool_calls: bool = True
    reasoning_effort: ReasoningEffort | None = None
    prompt_mode: MistralPromptMode | None = None
    """Allows toggling between the reasoning mode and no system prompt. When set to `reasoning` the system prompt for reasoning models will be used."""
    guardrails: list[GuardrailConfig] | None = None
    prompt_cache_key: str | None = None
    service_tier: RequestedServiceTier | None = None
    """Determines whether to serve the request using priority or standard capacity."""
    agent_id: str
    """The ID of the agent to use for this completion."""
    min_tokens: int | None = None
    repetition_penalty: float | None = None
    top_k: int | None = None
    logprobs: bool | None = None
    top_logprobs: int | None = None
    prompt_logprobs: bool | None = None
    top_prompt_logprobs: int | None = None
