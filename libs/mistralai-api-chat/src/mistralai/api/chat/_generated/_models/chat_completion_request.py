# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations (ChatCompletionRequest...)."""

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
    "ChatCompletionRequest",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestTool",
]

ChatCompletionRequestMessage: TypeAlias = Annotated[
    Annotated[AssistantMessage, Tag("assistant")]
    | Annotated[SystemMessage, Tag("system")]
    | Annotated[ToolMessage, Tag("tool")]
    | Annotated[UserMessage, Tag("user")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("role", frozenset({"assistant", "system", "tool", "user"})),
]

ChatCompletionRequestTool: TypeAlias = Annotated[
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


class ChatCompletionRequest(BaseModel):
    __mistral_keep__ = frozenset({"stream"})
    __mistral_drop_none__ = frozenset({"response_format", "prediction"})
    model: str
    """ID of the model to use. You can use the [List Available Models](/api/#tag/models/operation/list_models_v1_models_get) API to see all of your available models, or see our [Model overview](/models) for model descriptions."""
    temperature: float | None = None
    """What sampling temperature to use, we recommend between 0.0 and 0.7. Higher values like 0.7 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both. The default value varies depending on ..."""
    top_p: float | None = None
    """Nucleus sampling, where the model considers the results of the tokens with `top_p` probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but not both."""
    max_tokens: int | None = None
    """The maximum number of tokens to generate in the completion. The token count of your prompt plus `max_tokens` cannot exceed the model's context length."""
    stream: bool = False
    """Whether to stream back partial progress. If set, tokens will be sent as data-only server-side events as they become available, with the stream terminated by a data: [DONE] message. Otherwise, the server will hold the request open until the timeout or until completion, with the response containing ..."""
    stop: str | list[str] | None = None
    """Stop generation if this token is detected. Or if one of these tokens is detected when providing an array"""
    random_seed: int | None = None
    """The seed to use for random sampling. If set, different calls will generate deterministic results."""
    metadata: dict[str, Any] | None = None
    messages: list[ChatCompletionRequestMessage]
    """The prompt(s) to generate completions for, encoded as a list of dict with role and content."""
    response_format: ResponseFormat | None = None
    tools: list[ChatCompletionRequestTool] | None = None
    """A list of tools the model may call. Use this to provide a list of functions the model may generate JSON inputs for."""
    tool_choice: ToolChoice | ToolChoiceEnum = "auto"
    """Controls which (if any) tool is called by the model. `none` means the model will not call any tool and instead generates a message. `auto` means the model can pick between generating a message or calling one or more tools. `any` or `required` means the model must call one or more tools. Specifying ..."""
    presence_penalty: float | None = None
    """The `presence_penalty` determines how much the model penalizes the repetition of words or phrases. A higher presence penalty encourages the model to use a wider variety of words and phrases, making the output more diverse and creative."""
    frequency_penalty: float | None = None
    """The `frequency_penalty` penalizes the repetition of words based on their frequency in the generated text. A higher frequency penalty discourages the model from repeating words that have already appeared frequently in the output, promoting diversity and reducing repetition."""
    n: int | None = None
    """Number of completions to return for each request, input tokens are only billed once."""
    prediction: Prediction | None = None
    """Enable users to specify expected results, optimizing response times by leveraging known or predictable content. This approach is especially effective for updating text documents or code files with minimal changes, reducing latency while maintaining high-quality results."""
    parallel_tool_calls: bool = True
    """Whether to enable parallel function calling during tool use, when enabled the model can call multiple tools in parallel."""
    reasoning_effort: ReasoningEffort | None = None
    prompt_mode: MistralPromptMode | None = None
    """Allows toggling between the reasoning mode and no system prompt. When set to `reasoning` the system prompt for reasoning models will be used."""
    guardrails: list[GuardrailConfig] | None = None
    prompt_cache_key: str | None = None
    service_tier: RequestedServiceTier | None = None
    """Determines whether to serve the request using priority or standard capacity."""
    safe_prompt: bool = False
    """Whether to inject a safety prompt before all conversations."""
    min_tokens: int | None = None
    repetition_penalty: float | None = None
    top_k: int | None = None
    logprobs: bool | None = None
    top_logprobs: int | None = None
    prompt_logprobs: bool | None = None
    top_prompt_logprobs: int | None = None
