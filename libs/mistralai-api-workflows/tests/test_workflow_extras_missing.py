"""Without an extra's packages, the features that need them raise an ImportError naming the
extra to install, and everything else keeps working.

A fresh interpreter (``python -I``) runs each check with the extra's top-level packages made
unimportable by a meta-path finder installed before anything is imported: the same state as an
environment where they were never installed.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

BLOCKER = """
import sys
from importlib.abc import MetaPathFinder
BLOCKED = set(sys.argv[1].split(","))
class Block(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"No module named {name!r} (blocked by the test)")
        return None
sys.meta_path.insert(0, Block())
"""


def _run(blocked: str, code: str) -> str:
    script = BLOCKER + textwrap.dedent(code)
    done = subprocess.run(
        [sys.executable, "-I", "-c", script, blocked],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_package_imports_without_any_extra() -> None:
    out = _run(
        "cryptography,zstandard,msgpack,aioboto3,botocore,azure,gcloud,aiohttp",
        """
        import mistralai.extra.workflows as wf
        import mistralai.extra.workflows.encoding.payload_compressor
        import mistralai.extra.workflows.encoding.payload_encoder
        from mistralai.extra.workflows.encoding import PayloadEncoder
        cfg = wf.WorkflowEncodingConfig()
        print(type(PayloadEncoder(cfg)).__name__, sorted(wf.__all__)[0])
        """,
    )
    assert out.split() == ["PayloadEncoder", "AlgorithmConfig"]


@pytest.mark.parametrize(
    ("blocked", "code", "extra"),
    [
        (
            "cryptography",
            """
            from mistralai.extra.workflows import WorkflowEncodingConfig
            from mistralai.extra.workflows.encoding import PayloadEncoder
            PayloadEncoder(WorkflowEncodingConfig.model_validate(
                {"payload_encryption": {"mode": "full", "main_key": "00" * 32}}))
            """,
            "workflow_payload_encryption",
        ),
        (
            "zstandard",
            """
            from mistralai.extra.workflows import WorkflowEncodingConfig, PayloadCompressionConfig
            from mistralai.extra.workflows.encoding import PayloadEncoder
            PayloadEncoder(WorkflowEncodingConfig(payload_compression=PayloadCompressionConfig()))
            """,
            "workflow_payload_compression",
        ),
        (
            "msgpack",
            """
            import asyncio
            from mistralai.extra.workflows.encoding import PayloadEncoder, WorkflowEncodingConfig
            asyncio.run(PayloadEncoder(WorkflowEncodingConfig()).decode_payload_content(
                b"x", ["compressed"]))
            """,
            "workflow_payload_compression",
        ),
        (
            "aioboto3",
            "import mistralai.extra.workflows.encoding.storage._s3",
            "workflow_payload_offloading_s3",
        ),
        (
            "azure",
            "import mistralai.extra.workflows.encoding.storage._azure",
            "workflow_payload_offloading_azure",
        ),
        (
            "gcloud",
            "import mistralai.extra.workflows.encoding.storage._gcs",
            "workflow_payload_offloading_gcs",
        ),
        (
            "aioboto3",
            """
            import asyncio
            from mistralai.extra.workflows import BlobStorageConfig
            from mistralai.extra.workflows.encoding.storage import get_blob_storage
            async def main():
                async with get_blob_storage(BlobStorageConfig(bucket_name="b")):
                    pass
            asyncio.run(main())
            """,
            "workflow_payload_offloading_s3",
        ),
    ],
    ids=["encryption", "compression", "msgpack", "s3-module", "azure", "gcs", "s3-factory"],
)
def test_missing_extra_names_the_extra(blocked: str, code: str, extra: str) -> None:
    out = _run(
        blocked,
        f"""
        try:
{textwrap.indent(textwrap.dedent(code), " " * 12)}
        except ImportError as exc:
            print(type(exc).__mro__[0].__name__, "|", exc)
        else:
            print("no error")
        """,
    )
    assert f'pip install "mistralai[{extra}]"' in out, out
