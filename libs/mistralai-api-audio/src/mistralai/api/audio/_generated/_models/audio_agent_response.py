# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (AudioAgentConfigurationResponseConfig, AudioAgentResponse...)."""

from datetime import datetime

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
from mistralai.api.audio._generated._models.voice_agent_function_tool import VoiceAgentFunctionTool
from mistralai.core.runtime import BaseModel

__all__ = [
    "AudioAgentConfigurationResponseConfig",
    "AudioAgentResponse",
]


class AudioAgentConfigurationResponseConfig(BaseModel):
    __mistral_keep__ = frozenset()
    llm: AudioLLMConfig
    tts: AudioTTSConfig
    stt: AudioSTTConfig
    turn: AudioTurnConfig
    instructions: str | None = None
    tools: (
        list[
            VoiceAgentCustomConnector
            | VoiceAgentDocumentLibraryTool
            | VoiceAgentFunctionTool
            | HangUpTool
            | TransferCallTool
            | VoiceAgentWebSearchTool
        ]
        | None
    ) = None
    welcome_message: str | None = None


class AudioAgentResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    owner_id: str
    created_at: datetime
    updated_at: datetime
    name: str | None = None
    description: str | None = None
    version: int | None = None
    configuration: AudioAgentConfigurationResponseConfig | None = None
