"""The models of the Azure client: those of the chat domain (``UserMessage``,
``ChatCompletionRequestMessage``, ``ChatCompletionResponse``, ``OCRResponse``...)."""

from mistralai.chat.models import *  # noqa: F403
from mistralai.chat.models import __all__ as __all__
