# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (AudioAgentCreateRequest...)."""

from mistralai.api.audio._generated._models.audio_agent_configuration_request import (
    AudioAgentConfigurationRequest,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "AudioAgentCreateRequest",
]


class AudioAgentCreateRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    configuration: AudioAgentConfigurationRequest
    description: str | None = None
