# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations (BaseModelCard, FTModelCard, ModelCapabilities...)."""

from collections.abc import Mapping
from datetime import datetime
from typing import ClassVar, Literal

from pydantic import Field

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "BaseModelCard",
    "FTModelCard",
    "ModelCapabilities",
]


class ModelCapabilities(BaseModel):
    """This is populated by Harmattan, but some fields have a name that we don't want to expose in the API."""

    __mistral_keep__ = frozenset(
        {
            "completion_chat",
            "function_calling",
            "reasoning",
            "completion_fim",
            "fine_tuning",
            "vision",
            "ocr",
            "classification",
            "moderation",
            "audio",
            "audio_transcription",
            "audio_transcription_realtime",
            "audio_speech",
        }
    )
    completion_chat: bool = False
    function_calling: bool = False
    reasoning: bool = False
    completion_fim: bool = False
    fine_tuning: bool = False
    vision: bool = False
    ocr: bool = False
    classification: bool = False
    moderation: bool = False
    audio: bool = False
    audio_transcription: bool = False
    audio_transcription_realtime: bool = False
    audio_speech: bool = False
    unified_resources: bool = False


class BaseModelCard(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "base"}
    __mistral_keep__ = frozenset({"object", "owned_by", "max_context_length", "type"})
    __mistral_drop_none__ = frozenset({"created"})
    id: str
    object: str = "model"
    created: int | None = None
    owned_by: str = "mistralai"
    capabilities: ModelCapabilities
    name: str | None = None
    description: str | None = None
    max_context_length: int = 32768
    aliases: list[str] = Field(default=[])
    deprecation: datetime | None = None
    deprecation_replacement_model: str | None = None
    default_model_temperature: float | None = None
    internal: bool = False
    type: Literal["base"] = "base"


class FTModelCard(ConstFieldsModel):
    """Extra fields for fine-tuned models."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "fine-tuned"}
    __mistral_keep__ = frozenset({"object", "owned_by", "max_context_length", "type", "archived"})
    __mistral_drop_none__ = frozenset({"created"})
    id: str
    object: str = "model"
    created: int | None = None
    owned_by: str = "mistralai"
    capabilities: ModelCapabilities
    name: str | None = None
    description: str | None = None
    max_context_length: int = 32768
    aliases: list[str] = Field(default=[])
    deprecation: datetime | None = None
    deprecation_replacement_model: str | None = None
    default_model_temperature: float | None = None
    internal: bool = False
    type: Literal["fine-tuned"] = "fine-tuned"
    job: str
    root: str
    archived: bool = False
