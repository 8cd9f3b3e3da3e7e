"""2.x ``mistralai.extra.utils``."""

from __future__ import annotations

from .response_format import response_format_from_pydantic_model

__all__ = ["response_format_from_pydantic_model"]
