"""Payload compressors (2.x ``...workflows.encoding.payload_compressor``).

Zstandard through the ``zstandard`` package, from the ``workflow_payload_compression`` extra.
It is imported when a compressor is built, not when this module is imported: a worker that only
decrypts needs neither zstandard nor msgpack.
"""

from __future__ import annotations

import functools
import importlib
from abc import ABC, abstractmethod
from typing import Any

from pydantic import TypeAdapter, ValidationError

from .._errors import MissingExtraError, WorkflowPayloadCompressionException
from .config import (
    AlgorithmConfig,
    PayloadCompressionConfig,
    ZstdCompressionConfig,
)

__all__ = ["Compressor", "ZstdCompressor", "build_compressor", "compressor_from_config"]

COMPRESSION_EXTRA = "workflow_payload_compression"

_ALGORITHM: TypeAdapter[AlgorithmConfig] = TypeAdapter(AlgorithmConfig)


class MissingCompressionExtraError(MissingExtraError, WorkflowPayloadCompressionException):
    """zstandard or msgpack is missing. Both an ``ImportError`` (what a missing extra raises
    here) and the ``WorkflowPayloadCompressionException`` 2.x raises in this case."""


def require_module(name: str) -> Any:
    """Import ``zstandard`` or ``msgpack``, naming the extra to install when it is missing."""
    try:
        return importlib.import_module(name)
    except ImportError:
        raise MissingCompressionExtraError(
            "Payload compression", "zstandard and msgpack", COMPRESSION_EXTRA
        ) from None


class Compressor(ABC):
    """Compresses and decompresses payload bytes with one algorithm configuration."""

    @property
    @abstractmethod
    def algorithm_config(self) -> AlgorithmConfig:
        """Stored with each compressed payload, so decoding needs no configuration."""

    @abstractmethod
    def compress(self, data: bytes) -> bytes: ...

    @abstractmethod
    def decompress(self, data: bytes) -> bytes: ...


class ZstdCompressor(Compressor):
    """Zstandard frames (with the content size in the header, as zstandard writes by default)."""

    def __init__(self, cfg: ZstdCompressionConfig) -> None:
        zstd = require_module("zstandard")
        self._config = cfg
        self._compressor: Any = zstd.ZstdCompressor(level=cfg.level)
        self._decompressor: Any = zstd.ZstdDecompressor()

    @property
    def algorithm_config(self) -> AlgorithmConfig:
        return self._config

    def compress(self, data: bytes) -> bytes:
        return bytes(self._compressor.compress(data))

    def decompress(self, data: bytes) -> bytes:
        try:
            return bytes(self._decompressor.decompress(data))
        except Exception as exc:  # zstandard.ZstdError: corrupt or truncated frame
            raise WorkflowPayloadCompressionException(
                f"Could not decompress payload: {exc}"
            ) from exc


def compressor_from_config(algo_config: AlgorithmConfig) -> Compressor:
    """The compressor for one algorithm configuration."""
    if isinstance(algo_config, ZstdCompressionConfig):  # pyright: ignore[reportUnnecessaryIsInstance]
        return ZstdCompressor(algo_config)
    raise WorkflowPayloadCompressionException(  # pyright: ignore[reportUnreachable]
        f"Unsupported compression algorithm: {getattr(algo_config, 'algorithm', algo_config)!r}"
    )


@functools.lru_cache(maxsize=8)
def _cached_compressor(config_json: str) -> Compressor:
    # Keyed by the JSON of the configuration: the compressor objects are reused, and a
    # configuration is hashable only through its JSON.
    try:
        algo_config = _ALGORITHM.validate_json(config_json)
    except ValidationError as exc:
        raise WorkflowPayloadCompressionException(f"Invalid compression config: {exc}") from exc
    return compressor_from_config(algo_config)


def build_compressor(compression_config: PayloadCompressionConfig | None) -> Compressor | None:
    """The compressor for a configuration (``None`` when compression is off)."""
    if compression_config is None:
        return None
    return _cached_compressor(compression_config.algorithm_config.model_dump_json())
