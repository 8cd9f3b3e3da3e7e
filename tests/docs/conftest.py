"""Fixtures of the docs tests: the fake server the docs' code blocks talk to."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from mistralai.testing import FakeMistralServer

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def examples_support() -> ModuleType:
    """``examples/_support.py``: the fake routes the examples and the docs share."""
    name = "mistralai_examples_support"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, EXAMPLES / "_support.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture
def docs_server() -> Iterator[FakeMistralServer]:
    """A fresh fake server with the examples' extra routes (embeddings, OCR, connectors...)."""
    with FakeMistralServer() as server:
        examples_support().add_fake_routes(server)
        yield server
