"""Lists that page: iterate over every item of every page, fetching pages only as needed,
or walk the pages yourself."""

from __future__ import annotations

from _support import api


def main() -> int:
    with api() as client:
        created = [
            client.files.upload(file={"file_name": f"doc-{i}.txt", "content": b"x" * (i + 1)})
            for i in range(7)
        ]
        # Iterating a page goes through all the items, page after page (3 requests here).
        names = [f.filename for f in client.files.list(page_size=3)]
        print(f"pagination: {len(names)} files over pages of 3: {', '.join(names)}")

        # The page object also has the answer's own fields, and the typed answer.
        first = client.files.list(page=0, page_size=3)
        print(
            f"first page: {len(first.data)} of {first.total} (answer: {type(first.result).__name__})"
        )

        for file in created:
            client.files.delete(file_id=file.id)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
