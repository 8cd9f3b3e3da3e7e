# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (AudioSessionCreateResponse...)."""

from datetime import datetime

from mistralai.api.audio._generated._models.voice_agent_function_tool import VoiceAgentFunctionTool
from mistralai.core.runtime import BaseModel

__all__ = [
    "AudioSessionCreateResponse",
]


class AudioSessionCreateResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    participant_token: str
    server_url: str
    created_at: datetime
    expires_at: datetime
    function_tools: list[VoiceAgentFunctionTool] | None = None
