"""Shape d: every published package (a ``pyproject.toml`` under libs/ or plugins/) builds a
wheel that keeps ``mistralai`` a PEP 420 namespace and marks each of its packages typed."""

from __future__ import annotations

import zipfile
from pathlib import PurePosixPath


def top_level_packages(names: list[str]) -> set[str]:
    """Import packages a wheel provides: ``mistralai/<x>`` inside the namespace, else ``<x>``."""
    packages: set[str] = set()
    for name in names:
        parts = PurePosixPath(name).parts
        if len(parts) < 2 or parts[0].endswith((".dist-info", ".data")):
            continue
        if parts[0] == "mistralai":
            if len(parts) >= 3:
                packages.add(f"mistralai/{parts[1]}")
        else:
            packages.add(parts[0])
    return packages


def test_wheel_is_namespace_safe_and_typed(published_package: str, wheels) -> None:
    wheel = wheels.wheel(published_package)
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert "mistralai/__init__.py" not in names, (
        f"{wheel.name} ships mistralai/__init__.py: mistralai must stay a PEP 420 namespace"
    )
    packages = top_level_packages(names)
    assert packages, f"{wheel.name} contains no package: {names}"
    untyped = sorted(p for p in packages if f"{p}/py.typed" not in names)
    assert not untyped, f"{wheel.name}: no py.typed in {untyped}"
