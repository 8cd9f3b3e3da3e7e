"""Fixtures of the coverage tests (``compat_support.py`` holds the shared data)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for path in (HERE, ROOT):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))


@pytest.fixture(scope="session")
def client() -> Any:
    """``Mistral(api_key="k")`` with every domain of the workspace installed."""
    from mistralai.client import Mistral

    return Mistral(api_key="k")
