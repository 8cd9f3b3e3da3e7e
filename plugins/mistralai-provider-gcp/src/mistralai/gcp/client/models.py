"""The models of the GCP client: those of the chat domain (``UserMessage``,
``ChatCompletionRequestMessage``, ``ChatCompletionResponse``, ``FIMCompletionResponse``...)."""

from mistralai.api.chat.models import *  # noqa: F403
from mistralai.api.chat.models import __all__ as __all__
