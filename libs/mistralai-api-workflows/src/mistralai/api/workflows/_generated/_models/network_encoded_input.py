# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (NetworkEncodedInput...)."""

from mistralai.api.workflows._generated._models.encoded_payload_options import EncodedPayloadOptions
from mistralai.core.runtime import BaseModel

__all__ = [
    "NetworkEncodedInput",
]


class NetworkEncodedInput(BaseModel):
    __mistral_keep__ = frozenset({"empty"})
    __mistral_drop_none__ = frozenset({"encoding_options"})
    b64payload: str
    """The encoded payload"""
    encoding_options: list[EncodedPayloadOptions] | None = None
    """The encoding of the payload"""
    empty: bool = False
    """Whether the payload is empty"""
