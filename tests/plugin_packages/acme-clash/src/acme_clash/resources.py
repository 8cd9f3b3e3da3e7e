"""Never reached: the clash is reported before the resource is imported."""

from __future__ import annotations

from mistralai.core.runtime import Resource


class Widgets(Resource):
    pass
