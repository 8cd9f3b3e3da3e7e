# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations (FIMCompletionRequest...)."""

from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "FIMCompletionRequest",
]


class FIMCompletionRequest(BaseModel):
    __mistral_keep__ = frozenset({"stream"})
    model: str = "codestral-2404"
    """ID of the model with FIM to use."""
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
    prompt: str
    """The text/code to complete."""
    suffix: str | None = ""
    """Optional text/code that adds more context for the model. When given a `prompt` and a `suffix` the model will fill what is between them. When `suffix` is not provided, the model will simply execute completion starting with `prompt`."""
    min_tokens: int | None = None
    """The minimum number of tokens to generate in the completion."""
    prompt_cache_key: str | None = None
