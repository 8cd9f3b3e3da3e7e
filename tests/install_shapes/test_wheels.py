"""Shape d: every published package (a ``pyproject.toml`` under libs/ or plugins/) builds a
wheel that keeps ``mistralai`` a PEP 420 namespace and marks each of its packages typed."""

from __future__ import annotations

import zipfile
from pathlib import PurePosixPath


def top_level_packages(names: list[str]) -> set[str]:
    """The topmost packages a wheel owns: folders whose ``__init__.py`` it ships while their
    parent's ``__init__.py`` it does not (``mistralai/api/chat``; ``mistralai/extra/run`` in a wheel
    that extends core's ``mistralai.extra``)."""
    inits = {
        str(PurePosixPath(name).parent)
        for name in names
        if name.endswith("/__init__.py") and not name.split("/", 1)[0].endswith(".dist-info")
    }
    return {pkg for pkg in inits if str(PurePosixPath(pkg).parent) not in inits}


#: Distributions that ship metadata only (no module).
METADATA_ONLY = {"mistralai"}


def test_wheel_is_namespace_safe_and_typed(published_package: str, wheels) -> None:
    wheel = wheels.wheel(published_package)
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert "mistralai/__init__.py" not in names, (
        f"{wheel.name} ships mistralai/__init__.py: mistralai must stay a PEP 420 namespace"
    )
    packages = top_level_packages(names)
    if published_package in METADATA_ONLY:
        # The umbrella installs the others through its requirements and ships nothing itself.
        assert all(n.split("/", 1)[0].endswith(".dist-info") for n in names), names
        return
    assert packages, f"{wheel.name} contains no package: {names}"
    untyped = sorted(p for p in packages if f"{p}/py.typed" not in names)
    assert not untyped, f"{wheel.name}: no py.typed in {untyped}"
