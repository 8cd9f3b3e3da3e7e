"""Libraries (beta): a document library for retrieval. Create one, add a document, wait until
it is processed, and read back its extracted text."""

from __future__ import annotations

import time

from _support import api, is_fake


def main() -> int:
    with api() as client:
        libraries = client.beta.libraries
        library = libraries.create(name="handbook", description="the team handbook")
        print(f"library {library.name}: {library.id}")
        doc = libraries.documents.upload(
            library_id=library.id,
            file={"file_name": "holidays.txt", "content": b"Everyone gets 25 days off a year."},
        )
        while (
            status := libraries.documents.status(library_id=library.id, document_id=doc.id)
        ).process_status not in ("done", "failed"):
            print(f"  {status.process_status}")
            time.sleep(0 if is_fake() else 2)
        text = libraries.documents.text_content(library_id=library.id, document_id=doc.id)
        print(f"libraries: {doc.name} is {status.process_status}: {text.text!r}")
        libraries.delete(library_id=library.id)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
