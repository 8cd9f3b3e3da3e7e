"""``Operation.namespace`` (where its method attaches), and ``domain``, its former name."""

from __future__ import annotations


def test_operation_namespace_and_its_former_name() -> None:
    from mistralai.core.runtime import Operation

    old = Operation[None](operation_id="x", method="GET", path="/x", response=None, domain="chat")
    new = Operation[None](
        operation_id="x", method="GET", path="/x", response=None, namespace="chat"
    )
    assert (old.namespace, old.domain, new.namespace, new.domain) == ("chat",) * 4
