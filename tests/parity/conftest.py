"""Request parity with the official 2.5.1 SDK: the cases and the normalization live in
``tools/parity/cases.py`` (shared with the script that recorded the official requests)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools" / "parity"))
