"""Observability (beta): create an evaluation dataset and list the datasets."""

from __future__ import annotations

from _support import api


def main() -> int:
    with api() as client:
        datasets = client.beta.observability.datasets
        created = datasets.create(name="support-evals", description="questions from support")
        print(f"created dataset {created.name}: {created.id}")
        names = [d.name for d in datasets.list(page_size=50)]
        print(f"observability: {len(names)} dataset(s): {', '.join(names)}")
        datasets.delete(dataset_id=created.id)  # leave the workspace as it was
        print(f"deleted dataset {created.id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
