"""The models of the Azure client: those of the chat domain (``UserMessage``,
``ChatCompletionRequestMessage``, ``ChatCompletionResponse``, ``OCRResponse``...)."""

from mistralai.api.chat.models import *  # noqa: F403
from mistralai.api.chat.models import __all__ as __all__
