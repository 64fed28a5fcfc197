"""The rules of the node apps resource: the body of a run, and the jobs a run answers with (the sending is
in ``krea/_async/_node_apps.py`` and its generated sync twin)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ._errors import ValidationError
from ._jobs import page_job
from ._json import JSONObject
from ._resource import parsed

if TYPE_CHECKING:
    from krea_api.models import Job as JobDocument
    from krea_api.models import NodeAppInputs
    from krea_api.types import Response


def execute_body(inputs: Mapping[str, object]) -> NodeAppInputs:
    """The generated body of a run: the inputs as the app's ``input_openapi_schema`` names them."""
    from krea_api.models import NodeAppInputs

    if not isinstance(inputs, Mapping):
        raise ValidationError("inputs must be a mapping of the node app's input names to values")
    return NodeAppInputs.from_dict(dict(inputs))


def run_jobs(path: str, response: Response[list[JobDocument]]) -> list[tuple[JSONObject, JobDocument]]:
    """Each job a run created, as sent and as the generated model (the money rule has checked there is one)."""
    documents: list[JobDocument] = parsed(path, response)
    raw = response.data if isinstance(response.data, list) else []
    return [page_job(path, document, sent) for document, sent in zip(documents, raw, strict=False)]
