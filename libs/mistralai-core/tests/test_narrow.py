"""``narrow`` and ``is_unknown``: the open unions of generated models, narrowed."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter

from mistralai.client import models
from mistralai.core.models import is_unknown, narrow


def test_narrow_gives_the_member_or_names_what_it_found() -> None:
    chunk = TypeAdapter(models.ContentChunk).validate_python({"type": "text", "text": "hi"})
    assert narrow(chunk, models.TextChunk).text == "hi"
    with pytest.raises(TypeError, match="expected ImageURLChunk, got TextChunk"):
        narrow(chunk, models.ImageURLChunk)
    assert narrow(chunk, (models.ImageURLChunk, models.TextChunk)) is chunk


def test_unknown_variants_are_told_apart() -> None:
    chunk = TypeAdapter(models.ContentChunk).validate_python({"type": "hologram", "x": 1})
    assert is_unknown(chunk)
    with pytest.raises(TypeError, match="got UnknownVariant"):
        narrow(chunk, models.TextChunk)
    known = TypeAdapter(models.ContentChunk).validate_python({"type": "text", "text": "hi"})
    assert not is_unknown(known)
