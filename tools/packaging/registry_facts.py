"""Record which files Mistral's own ``mistralai*`` distributions ship, for the collision tests.

Downloads the newest wheel of every Mistral distribution named below that the configured
package index serves (``pip download --no-deps --pre --python-version 3.12
--only-binary=:all:``), reads each wheel's ``RECORD`` and writes
``spec/registry/mistral_namespace.json``: per distribution its normalized name, the version
read from the wheel, and the paths it ships folded to package directories (the shallowest
directory holding an ``__init__.py`` in that wheel, e.g. ``mistralai/workflows/``; a file
outside every regular package, e.g. in a PEP 420 namespace directory, stays a file path).
It also writes the list of names that are taken although no wheel of them can be read here.

Run from the repository root::

    uv run --no-sync python tools/packaging/registry_facts.py

``tests/install_shapes/test_registry_collisions.py`` checks our wheels against the JSON.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "spec" / "registry" / "mistral_namespace.json"
PYTHON_VERSION = "3.12"

# Every ``mistralai*`` distribution published by Mistral that the package index reachable
# from the project's machines serves (looked up by name, late 2026). Newest version of each.
DISTRIBUTIONS = [
    "mistralai",
    "mistralai-agents",
    "mistralai-capabilities-backend-fastapi",
    "mistralai-capabilities-backend-workflows",
    "mistralai-capabilities-deployment-apps",
    "mistralai-capabilities-feature-observability",
    "mistralai-evaluations",
    "mistralai-otel-observability",
    "mistralai-search-toolkit",
    "mistralai-search-toolkit-plugins-postgres",
    "mistralai-search-toolkit-plugins-qdrant",
    "mistralai-search-toolkit-plugins-vespa",
    "mistralai-search-toolkit-storage-azure",
    "mistralai-search-toolkit-storage-gcs",
    "mistralai-search-toolkit-storage-s3",
    "mistralai-vibe-harness",
    "mistralai-vibe-local-harness",
    "mistralai-vibe-protocol",
    "mistralai-vibe-sdk",
    "mistralai-workflows",
    "mistralai-workflows-plugins-evaluations",
    "mistralai-workflows-plugins-mistralai",
    "mistralai-workflows-plugins-search",
]

# Older versions recorded as well: the 2.x monolith our compatibility facade follows (the
# coexistence tests install exactly this one).
PINNED = ["mistralai==2.5.1"]

RESERVED = [
    {
        "name": "mistralai-azure",
        "import": "mistralai_azure",
        "status": "taken",
        "note": "historic standalone Azure package of the official repository; the index "
        "reachable here does not serve it, but the name is Mistral's. Our provider is "
        "mistralai-provider-azure.",
    },
    {
        "name": "mistralai-gcp",
        "import": "mistralai_gcp",
        "status": "taken",
        "note": "historic standalone GCP package of the official repository; the index "
        "reachable here does not serve it, but the name is Mistral's. Our provider is "
        "mistralai-provider-gcp.",
    },
    {
        "name": "mistralai",
        "import": "mistralai.client, mistralai.extra, mistralai.azure, mistralai.gcp",
        "status": "ours by design only as the umbrella",
        "note": "the official monolith. Our distribution of this name is the umbrella "
        "(metadata only, no files); conflicts with the official wheel (it ships the 2.x "
        "import paths our core and providers also ship) are handled by the import guard "
        "in mistralai.core._coexistence.",
    },
]


def normalize(name: str) -> str:
    """PEP 503 normalized form of a distribution name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def record_paths(wheel: Path) -> tuple[str, str, list[str]]:
    """(name, version, installed paths) of a wheel, from its METADATA and RECORD."""
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        record = next(n for n in names if n.count("/") == 1 and n.endswith(".dist-info/RECORD"))
        metadata = record.rsplit("/", 1)[0] + "/METADATA"
        headers = zf.read(metadata).decode("utf-8")
        rows = csv.reader(io.StringIO(zf.read(record).decode("utf-8")))
        paths = [row[0] for row in rows if row]
    fields: dict[str, str] = {}
    for line in headers.splitlines():
        if not line.strip():
            break
        key, _, value = line.partition(":")
        fields.setdefault(key.strip().lower(), value.strip())
    return fields["name"], fields["version"], paths


def fold(paths: list[str]) -> list[str]:
    """Fold installed paths to package directories (see the module docstring)."""
    files = [
        p for p in paths if not re.match(r"^[^/]+\.(dist-info|data)/", p) and not p.endswith("/")
    ]
    packages = {p[: -len("__init__.py")] for p in files if p.endswith("/__init__.py")}
    out: set[str] = set()
    for path in files:
        parts = path.split("/")
        for depth in range(1, len(parts)):
            directory = "/".join(parts[:depth]) + "/"
            if directory in packages:
                out.add(directory)
                break
        else:
            out.add(path)
    return sorted(out)


def pip_command() -> list[str]:
    pip = shutil.which("pip") or shutil.which("pip3")
    return [pip] if pip else [sys.executable, "-m", "pip"]


def download(requirement: str, dest: Path) -> Path:
    before = set(dest.glob("*.whl"))
    cmd = [
        *pip_command(),
        "download",
        "--quiet",
        "--no-deps",
        "--pre",
        "--python-version",
        PYTHON_VERSION,
        "--only-binary=:all:",
        "--dest",
        str(dest),
        requirement,
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stderr}")
    new = sorted(set(dest.glob("*.whl")) - before)
    if len(new) != 1:
        # Already there from an earlier requirement: find it by name and version.
        name = normalize(requirement.split("==")[0]).replace("-", "_")
        pinned = requirement.split("==")[1] if "==" in requirement else None
        new = [
            w
            for w in dest.glob("*.whl")
            if w.name.split("-")[0].lower() == name
            and (pinned is None or w.name.split("-")[1] == pinned)
        ]
    if len(new) != 1:
        raise RuntimeError(f"could not tell which wheel {requirement} downloaded: {new}")
    return new[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--wheel-dir", type=Path, help="keep the wheels here (default: temp)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        dest: Path = args.wheel_dir or Path(tmp)
        dest.mkdir(parents=True, exist_ok=True)
        entries: list[dict[str, object]] = []
        for requirement in [*DISTRIBUTIONS, *PINNED]:
            wheel = download(requirement, dest)
            name, version, paths = record_paths(wheel)
            entries.append(
                {
                    "name": normalize(name),
                    "version": version,
                    "requirement": requirement,
                    "wheel": wheel.name,
                    "files": len([p for p in paths if ".dist-info/" not in p]),
                    "paths": fold(paths),
                }
            )
            print(f"{normalize(name)} {version}: {len(fold(paths))} package paths")

    entries.sort(key=lambda e: (str(e["name"]), str(e["version"])))
    facts = {
        "provenance": {
            "date": dt.date.today().isoformat(),
            "command": "uv run --no-sync python tools/packaging/registry_facts.py",
            "download": (
                "pip download --no-deps --pre --python-version 3.12 --only-binary=:all: "
                "NAME (newest version of each; plus " + ", ".join(PINNED) + ")"
            ),
            "paths": (
                "RECORD of each wheel, folded to the shallowest directory holding an "
                "__init__.py in that wheel; files outside every regular package (PEP 420 "
                "namespace directories, top-level modules) are listed as files; "
                "*.dist-info/ and *.data/ entries left out"
            ),
        },
        "distributions": entries,
        "reserved_names": RESERVED,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(facts, indent=2) + "\n", encoding="utf-8")
    print(
        f"wrote {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
