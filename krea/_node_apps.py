"""The node apps resource: read a node app version, run it (one run can create several jobs), list versions."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ._errors import ValidationError
from ._resource import AsyncResource, SyncResource, parsed

if TYPE_CHECKING:
    from krea_api.models import Job as JobDocument
    from krea_api.models import NodeApp, NodeAppInputs, NodeAppVersion, NodeAppVersionPage
    from krea_api.types import Response

    from ._jobs import AsyncJob, Job


def execute_body(inputs: Mapping[str, Any]) -> NodeAppInputs:
    """The generated body of a run: the inputs as the app's ``input_openapi_schema`` names them."""
    from krea_api.models import NodeAppInputs

    if not isinstance(inputs, Mapping):
        raise ValidationError("inputs must be a mapping of the node app's input names to values")
    return NodeAppInputs.from_dict(dict(inputs))


def run_jobs(path: str, response: Response[list[JobDocument]]) -> list[tuple[dict[str, Any], JobDocument]]:
    """Each job a run created, as sent and as the generated model (the money rule has checked there is one)."""
    from ._jobs_api import page_job

    documents: list[JobDocument] = parsed(path, response)
    raw = response.data if isinstance(response.data, list) else []
    return [page_job(path, document, sent) for document, sent in zip(documents, raw, strict=False)]


class NodeApps(SyncResource):
    """``client.node_apps``: node apps built in Krea's node editor."""

    def get(self, version_id: str) -> NodeApp:
        """Read a node app at one version (the id is a **version** id)."""
        from krea_api.api.node_apps import get_node_app

        path = f"/node-apps/{version_id}"
        return parsed(path, self._request("GET", path, get_node_app.sync_detailed, id=version_id, client=self._api))

    def execute(self, version_id: str, inputs: Mapping[str, Any]) -> list[Job]:
        """Run a node app version.

        Returns:
            The jobs the run created, each pending; wait on each.

        Raises:
            InsufficientBalanceError: the balance cannot pay for the run.
        """
        from krea_api.api.node_apps import execute_node_app

        from ._jobs import Job

        path = f"/node-apps/{version_id}/execute"
        body = execute_body(inputs)
        response = self._request(
            "POST", path, execute_node_app.sync_detailed, id=version_id, body=body, client=self._api
        )
        return [Job(raw=raw, document=document, jobs=self._client.jobs) for raw, document in run_jobs(path, response)]

    def versions(self, node_app_id: str, *, limit: int | None = None) -> Iterator[NodeAppVersion]:
        """Iterate over a node app's runnable versions (``node_app_id`` is the app, not a version)."""
        from krea_api.api.node_apps import list_node_app_versions

        path = f"/node-apps/{node_app_id}/versions"

        def fetch(cursor: str | None) -> Response[NodeAppVersionPage]:
            extra: dict[str, Any] = {"cursor": cursor} if cursor else {}
            if limit is not None:
                extra["limit"] = limit
            op = list_node_app_versions.sync_detailed
            return self._request("GET", path, op, node_app_id=node_app_id, client=self._api, **extra)

        return (version for version, _ in self._pages(path, fetch, lambda page: page.items))


class AsyncNodeApps(AsyncResource):
    """``client.node_apps`` of ``AsyncKrea``; see ``NodeApps``."""

    async def get(self, version_id: str) -> NodeApp:
        """Read a node app version; see ``NodeApps.get``."""
        from krea_api.api.node_apps import get_node_app

        path = f"/node-apps/{version_id}"
        response = await self._request("GET", path, get_node_app.asyncio_detailed, id=version_id, client=self._api)
        return parsed(path, response)

    async def execute(self, version_id: str, inputs: Mapping[str, Any]) -> list[AsyncJob]:
        """Run a node app version; see ``NodeApps.execute``."""
        from krea_api.api.node_apps import execute_node_app

        from ._jobs import AsyncJob

        path = f"/node-apps/{version_id}/execute"
        body = execute_body(inputs)
        response = await self._request(
            "POST", path, execute_node_app.asyncio_detailed, id=version_id, body=body, client=self._api
        )
        jobs = self._client.jobs
        return [AsyncJob(raw=raw, document=document, jobs=jobs) for raw, document in run_jobs(path, response)]

    def versions(self, node_app_id: str, *, limit: int | None = None) -> AsyncIterator[NodeAppVersion]:
        """Iterate over a node app's versions; see ``NodeApps.versions``."""
        from krea_api.api.node_apps import list_node_app_versions

        path = f"/node-apps/{node_app_id}/versions"

        async def fetch(cursor: str | None) -> Response[NodeAppVersionPage]:
            extra: dict[str, Any] = {"cursor": cursor} if cursor else {}
            if limit is not None:
                extra["limit"] = limit
            op = list_node_app_versions.asyncio_detailed
            return await self._request("GET", path, op, node_app_id=node_app_id, client=self._api, **extra)

        return (version async for version, _ in self._pages(path, fetch, lambda page: page.items))
