"""Complete a wheelhouse: every third-party wheel our packages need, next to our own wheels.

``nox -s wheelhouse`` builds our wheels and sdists into ``dist/`` and then runs this script,
which downloads into the same folder the wheel of every third-party distribution pinned by
``uv.lock`` for our packages and all their extras (``uv export --frozen --no-hashes
--all-packages --no-emit-workspace --no-dev --all-extras``). After it,
``pip install --no-index --find-links dist mistralai`` (or ``"mistralai[gcp]"``,
``mistralai-api-chat``, ...) installs without reaching any index.

The wheels are those of the interpreter that runs pip (``--python``, default: this one): a
wheelhouse is made for one Python version and platform (binary wheels such as zstandard's).

    python tools/wheelhouse.py [--out dist] [--python PATH]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def uv() -> list[str]:
    found = shutil.which("uv")
    return [found] if found else [sys.executable, "-m", "uv"]


def export_requirements(target: Path) -> None:
    """Write the third-party pins of uv.lock (our packages, every extra, no dev group)."""
    subprocess.run(
        [
            *uv(),
            "export",
            "--frozen",
            "--no-hashes",
            "--all-packages",
            "--no-emit-workspace",
            "--no-dev",
            "--all-extras",
            "--quiet",
            "--output-file",
            str(target),
        ],
        cwd=ROOT,
        check=True,
    )


def download(out: Path, python: str) -> None:
    """Download the wheels pinned by uv.lock into ``out`` with ``python``'s pip."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        requirements = Path(tmp) / "requirements.txt"
        export_requirements(requirements)
        subprocess.run(
            [
                python,
                "-m",
                "pip",
                "download",
                "--disable-pip-version-check",
                "--quiet",
                "--no-deps",
                "--only-binary=:all:",
                "--dest",
                str(out),
                "--requirement",
                str(requirements),
            ],
            cwd=ROOT,
            check=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Complete a wheelhouse of third-party wheels.")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="wheelhouse folder")
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="interpreter whose pip downloads (the wheels match its version and platform)",
    )
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()
    download(out, str(args.python))
    print(f"wheelhouse: {out} ({len(list(out.glob('*.whl')))} wheels)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
