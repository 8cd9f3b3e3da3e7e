# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (AudioSessionCreateRequest...)."""

from typing import Annotated, TypeAlias

from pydantic import Tag

from mistralai.api.audio._generated._models.audio_llm_config import (
    AudioLLMConfig,
    AudioSTTConfig,
    AudioTTSConfig,
    AudioTurnConfig,
    HangUpTool,
    TransferCallTool,
    VoiceAgentCustomConnector,
    VoiceAgentDocumentLibraryTool,
    VoiceAgentWebSearchTool,
)
from mistralai.api.audio._generated._models.voice_agent_function_tool_request import (
    VoiceAgentFunctionToolRequest,
)
from mistralai.core.runtime import UNKNOWN_TAG, BaseModel, UnknownVariant, open_discriminator

__all__ = [
    "AudioSessionCreateRequest",
    "AudioSessionCreateRequestTool",
]

AudioSessionCreateRequestTool: TypeAlias = Annotated[
    Annotated[VoiceAgentCustomConnector, Tag("connector")]
    | Annotated[VoiceAgentDocumentLibraryTool, Tag("document_library")]
    | Annotated[VoiceAgentFunctionToolRequest, Tag("function")]
    | Annotated[HangUpTool, Tag("hang_up")]
    | Annotated[TransferCallTool, Tag("transfer_call")]
    | Annotated[VoiceAgentWebSearchTool, Tag("web_search")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {"connector", "document_library", "function", "hang_up", "transfer_call", "web_search"}
        ),
    ),
]


class AudioSessionCreateRequest(BaseModel):
    __mistral_keep__ = frozenset()
    llm: AudioLLMConfig | None = None
    tts: AudioTTSConfig | None = None
    stt: AudioSTTConfig | None = None
    turn: AudioTurnConfig | None = None
    instructions: str | None = None
    tools: list[AudioSessionCreateRequestTool] | None = None
    welcome_message: str | None = None
    agent_id: str | None = None
    agent_version: int | None = None
