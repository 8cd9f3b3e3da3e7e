"""Generate the SDK's models and resources from the API spec.

    python tools/codegen/generate.py           # (re)write every package's _generated/ folder
    python tools/codegen/generate.py --check   # exit 1 if that would change anything

The spec is read through :mod:`overlay` (documented fixes of its known defects);
``mapping.yaml`` assigns each operation to a package and a method name; ``names.yaml`` names
a few inline schemas on purpose. See README.md beside this file.
"""

from __future__ import annotations

import argparse
import difflib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import overlay  # noqa: E402
from emit_models import HEADER, ModelsModule  # noqa: E402
from emit_resources import (  # noqa: E402
    render_attach,
    render_client_types,
    render_first_party,
    render_resources,
)
from plan import CORE, PACKAGES, ROOT, Plan, generated_dir, generated_module  # noqa: E402


def build(plan: Plan) -> dict[Path, str]:
    files: dict[Path, str] = {}
    bodies: dict[str, dict[str, tuple[str, bool]]] = {}
    for pkg in [CORE, *PACKAGES]:
        out = generated_dir(pkg)
        files[out / "__init__.py"] = (
            f'{HEADER}\n"""Code generated from the API spec for {pkg}; never edited by hand."""\n\n'
            "__all__: list[str] = []\n"
        )
        for rel, text in ModelsModule(plan, pkg).render_all().items():
            files[out / rel] = text
        if pkg != CORE:
            bodies[pkg] = {}
            files[out / "resources.py"] = render_resources(plan, pkg, bodies[pkg])
            files[out / "attach.py"] = render_attach(plan, pkg)
    files[generated_dir(CORE) / "client_types.py"] = render_client_types(plan)
    files[generated_dir(CORE) / "first_party.py"] = render_first_party(plan)
    files.update(wire_modules(files, bodies))
    return files


def wire_modules(
    files: dict[Path, str], bodies: dict[str, dict[str, tuple[str, bool]]]
) -> dict[Path, str]:
    """Each package's ``wire.py`` (see emit_wire.py), derived in a child process from the
    models just rendered: that process imports them, and this one stays free of them."""
    sources: dict[str, tuple[bool, str]] = {}
    for path, text in files.items():
        rel = path.relative_to(ROOT).parts
        parts = list(rel[rel.index("src") + 1 :])
        is_package = parts[-1] == "__init__.py"
        parts = parts[:-1] if is_package else [*parts[:-1], parts[-1].removesuffix(".py")]
        sources[".".join(parts)] = (is_package, text)
    job = {
        "header": HEADER,
        "core": CORE,
        "sources": sources,
        "packages": {
            pkg: {
                "module": generated_module(pkg),
                "bodies": [[op_id, expr, flat] for op_id, (expr, flat) in found.items()],
            }
            for pkg, found in bodies.items()
            if found
        },
    }
    done = subprocess.run(
        [sys.executable, str(HERE / "emit_wire.py")],
        input=json.dumps(job),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"emit_wire.py failed:\n{done.stdout}{done.stderr}")
    modules: dict[str, str] = json.loads(done.stdout)
    return {generated_dir(pkg) / "wire.py": text for pkg, text in modules.items()}


def ruff_format(files: dict[Path, str]) -> dict[Path, str]:
    """Format the generated sources with ruff, in a scratch folder (same relative layout)."""
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        for path, text in files.items():
            target = base / path.relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)
        ruff = shutil.which("ruff")
        cmd = [ruff] if ruff else [sys.executable, "-m", "ruff"]
        common = ["--isolated", "--line-length", "100", "--target-version", "py311"]
        isort = ["--select", "I", "--config", "lint.isort.known-first-party=['mistralai']"]
        subprocess.run(
            [*cmd, "check", "--fix", "--quiet", *isort, *common[1:], "."], cwd=base, check=False
        )
        subprocess.run([*cmd, "format", "--quiet", *common, "."], cwd=base, check=True)
        return {path: (base / path.relative_to(ROOT)).read_text() for path in files}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--check", action="store_true", help="fail if regenerating changes anything"
    )
    parser.add_argument("--no-format", action="store_true", help="skip ruff (debugging)")
    parser.add_argument(
        "--paging",
        action="store_true",
        help="list the paging operations and how each pages (derived or from mapping.yaml)",
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=None,
        help="write under this folder instead of the repository (every package, same layout)",
    )
    args = parser.parse_args(argv)

    plan = Plan(overlay.overlaid_spec())
    if args.paging:
        for m in plan.methods:
            spec = plan.paging.get(m.op.op_id)
            if spec is not None and not m.stream:
                how = "derived" if spec.derived else "mapping.yaml"
                print(f"{m.dotted:55} {spec.describe()}  [{how}]")
        return 0
    files = build(plan)
    if not args.no_format:
        files = ruff_format(files)
    packages = [CORE, *PACKAGES]
    if args.root is not None:
        root: Path = args.root.resolve()
        files = {root / p.relative_to(ROOT): text for p, text in files.items()}
    else:
        # A package folder without pyproject.toml would break the uv workspace (members libs/*):
        # packages not created yet are skipped (generate them elsewhere with --root).
        root = ROOT
        skipped = [pkg for pkg in packages if not (ROOT / "libs" / pkg / "pyproject.toml").exists()]
        for pkg in skipped:
            print(f"skipped {pkg}: libs/{pkg}/pyproject.toml does not exist yet")
        packages = [pkg for pkg in packages if pkg not in skipped]
        keep = {generated_dir(pkg) for pkg in packages}
        files = {p: t for p, t in files.items() if any(p.is_relative_to(k) for k in keep)}

    stale: list[Path] = []
    for pkg in packages:
        out = root / generated_dir(pkg).relative_to(ROOT)
        if out.exists():
            for existing in sorted(out.rglob("*.py")):
                if existing not in files:
                    stale.append(existing)
    changed = [p for p, text in files.items() if not p.exists() or p.read_text() != text]

    if args.check:
        for p in changed:
            old = p.read_text().splitlines(keepends=True) if p.exists() else []
            diff = difflib.unified_diff(
                old, files[p].splitlines(keepends=True), str(p), str(p), n=1
            )
            sys.stdout.writelines(list(diff)[:40])
        for p in stale:
            print(f"stale generated file: {p}")
        if changed or stale:
            print(
                f"{len(changed) + len(stale)} generated file(s) out of date; run tools/codegen/generate.py"
            )
            return 1
        print(f"generated code up to date ({len(files)} files)")
        return 0

    for p in stale:
        p.unlink()
    for p in changed:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(files[p])
    print(f"wrote {len(changed)} of {len(files)} generated files")
    for pkg in packages:
        n = len(plan.defs_in(pkg))
        print(f"  {generated_module(pkg)}: {n} definitions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
