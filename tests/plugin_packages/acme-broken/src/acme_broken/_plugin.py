"""Entry point that fails at import, as a plugin with a missing dependency would."""

from __future__ import annotations

raise ImportError("acme-broken needs acme_missing_dependency, which is not installed")
