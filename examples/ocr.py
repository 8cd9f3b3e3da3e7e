"""OCR of a document: upload a PDF (purpose "ocr"), then read it as Markdown, page by page.

python examples/ocr.py invoice.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

from _support import api, model

# A tiny (blank) PDF, so that the example runs without an argument.
BLANK_PDF = (
    b"%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def main() -> int:
    source = Path(sys.argv[1]).read_bytes() if len(sys.argv) > 1 else BLANK_PDF
    with api() as client:
        uploaded = client.files.upload(
            file={"file_name": "document.pdf", "content": source}, purpose="ocr"
        )
        print(f"uploaded {uploaded.filename} as {uploaded.id}")
        res = client.ocr.process(
            model=model("mistral-ocr-latest"),
            document={"type": "file", "file_id": uploaded.id},
        )
        for page in res.pages:
            print(f"--- page {page.index}\n{page.markdown}")
        print(f"ocr: {res.usage_info.pages_processed} page(s) processed")
        client.files.delete(file_id=uploaded.id)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
