# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (AudioInactivityConfig, AudioLLMConfig, AudioSTTConfig...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal

from mistralai.api.audio._generated._models.static_tool_filler import StaticToolFiller
from mistralai.core.models import APIKeyAuth, OAuth2TokenAuth, ToolConfiguration
from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "AudioInactivityConfig",
    "AudioLLMConfig",
    "AudioSTTConfig",
    "AudioTTSConfig",
    "AudioTurnConfig",
    "AudioTurnDetectionConfig",
    "HangUpTool",
    "PhoneDestination",
    "SipDestination",
    "TransferCallTool",
    "TransferTarget",
    "VoiceAgentCustomConnector",
    "VoiceAgentDocumentLibraryTool",
    "VoiceAgentWebSearchTool",
]


class AudioInactivityConfig(BaseModel):
    __mistral_keep__ = frozenset()
    timeout_ms: int
    max_reminders: int
    messages: list[str] | None = None


class AudioLLMConfig(BaseModel):
    __mistral_keep__ = frozenset()
    model: str | None = None


class AudioTurnDetectionConfig(BaseModel):
    __mistral_keep__ = frozenset()
    start_threshold: float | None = None
    eager_end_threshold: float | None = None
    end_threshold: float | None = None
    min_silence_ms: int | None = None
    end_timeout_ms: int | None = None


class AudioSTTConfig(BaseModel):
    __mistral_keep__ = frozenset()
    model: str | None = None
    language: str | None = None
    context_bias: list[str] | None = None
    target_streaming_delay_ms: int | None = None
    turn_detection: AudioTurnDetectionConfig | None = None


class AudioTTSConfig(BaseModel):
    __mistral_keep__ = frozenset()
    model: str | None = None
    voice_id: str | None = None
    expressiveness: float | None = None


class AudioTurnConfig(BaseModel):
    __mistral_keep__ = frozenset()
    allow_interruptions: bool | None = None
    inactivity: AudioInactivityConfig | None = None


class HangUpTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "hang_up"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["hang_up"] = "hang_up"
    filler: StaticToolFiller | None = None


class PhoneDestination(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "phone"}
    __mistral_keep__ = frozenset({"type"})
    number: str
    type: Literal["phone"] = "phone"


class SipDestination(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "sip"}
    __mistral_keep__ = frozenset({"type"})
    uri: str
    type: Literal["sip"] = "sip"


class TransferTarget(BaseModel):
    """One allowed hand-off, chosen by the model through `id` alone. The address never reaches the model: it only sees `id` and `condition`, so it cannot dial a near-miss of a real number."""

    __mistral_keep__ = frozenset()
    id: str
    condition: str
    destination: PhoneDestination | SipDestination


class TransferCallTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "transfer_call"}
    __mistral_keep__ = frozenset({"type"})
    destinations: list[TransferTarget]
    type: Literal["transfer_call"] = "transfer_call"
    filler: StaticToolFiller | None = None


class VoiceAgentCustomConnector(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "connector"}
    __mistral_keep__ = frozenset({"type"})
    connector_id: str
    type: Literal["connector"] = "connector"
    authorization: APIKeyAuth | OAuth2TokenAuth | None = None
    tool_configuration: ToolConfiguration | None = None
    filler: StaticToolFiller | None = None


class VoiceAgentDocumentLibraryTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "document_library"}
    __mistral_keep__ = frozenset({"type"})
    library_ids: list[str]
    tool_configuration: ToolConfiguration | None = None
    type: Literal["document_library"] = "document_library"
    filler: StaticToolFiller | None = None


class VoiceAgentWebSearchTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "web_search"}
    __mistral_keep__ = frozenset({"type"})
    tool_configuration: ToolConfiguration | None = None
    type: Literal["web_search"] = "web_search"
    filler: StaticToolFiller | None = None
