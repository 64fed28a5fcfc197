"""The node apps resource: read a node app version, run it (one run can create several jobs), list versions."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import httpx

from ._errors import ValidationError
from ._jobs import job_documents
from ._resource import AsyncResource, SyncResource, json_body, parse_model

if TYPE_CHECKING:
    from krea_api.models import NodeApp, NodeAppVersion

    from ._jobs import AsyncJob, Job


def execute_body(inputs: Mapping[str, Any]) -> Any:
    """The generated body of a run: the inputs as the app's ``input_openapi_schema`` names them."""
    from krea_api.models import NodeAppInputs

    if not isinstance(inputs, Mapping):
        raise ValidationError("inputs must be a mapping of the node app's input names to values")
    return NodeAppInputs.from_dict(dict(inputs))


def _node_app(item: Any, response: httpx.Response) -> NodeApp:
    from krea_api.models import NodeApp

    app: NodeApp = parse_model(NodeApp, item, response)
    return app


def _version(item: Any, response: httpx.Response) -> NodeAppVersion:
    from krea_api.models import NodeAppVersion

    version: NodeAppVersion = parse_model(NodeAppVersion, item, response)
    return version


def _ops() -> Any:
    from krea_api.api.node_apps import execute_node_app, get_node_app, list_node_app_versions

    return SimpleNamespace(
        execute_node_app=execute_node_app, get_node_app=get_node_app, list_node_app_versions=list_node_app_versions
    )


class NodeApps(SyncResource):
    """``client.node_apps``: node apps built in Krea's node editor."""

    def get(self, version_id: str) -> NodeApp:
        """Read a node app at one version (the id is a **version** id)."""
        response = self._request("GET", f"/node-apps/{version_id}", _ops().get_node_app, id=version_id)
        return _node_app(json_body(response), response)

    def execute(self, version_id: str, inputs: Mapping[str, Any]) -> list[Job]:
        """Run a node app version.

        Returns:
            The jobs the run created, each pending; wait on each.

        Raises:
            InsufficientBalanceError: the balance cannot pay for the run.
        """
        from ._jobs import Job

        path = f"/node-apps/{version_id}/execute"
        response = self._request("POST", path, _ops().execute_node_app, id=version_id, body=execute_body(inputs))
        return [Job(raw=doc, jobs=self._client.jobs) for doc in job_documents(response)]

    def versions(self, node_app_id: str, *, limit: int | None = None) -> Iterator[NodeAppVersion]:
        """Iterate over a node app's runnable versions (``node_app_id`` is the app, not a version)."""
        op = _ops().list_node_app_versions

        def fetch(cursor: str | None) -> httpx.Response:
            extra: dict[str, Any] = {"cursor": cursor} if cursor else {}
            if limit is not None:
                extra["limit"] = limit
            return self._request("GET", f"/node-apps/{node_app_id}/versions", op, node_app_id=node_app_id, **extra)

        return self._pages(f"/node-apps/{node_app_id}/versions", fetch, _version)


class AsyncNodeApps(AsyncResource):
    """``client.node_apps`` of ``AsyncKrea``; see ``NodeApps``."""

    async def get(self, version_id: str) -> NodeApp:
        """Read a node app version; see ``NodeApps.get``."""
        response = await self._request("GET", f"/node-apps/{version_id}", _ops().get_node_app, id=version_id)
        return _node_app(json_body(response), response)

    async def execute(self, version_id: str, inputs: Mapping[str, Any]) -> list[AsyncJob]:
        """Run a node app version; see ``NodeApps.execute``."""
        from ._jobs import AsyncJob

        path = f"/node-apps/{version_id}/execute"
        response = await self._request("POST", path, _ops().execute_node_app, id=version_id, body=execute_body(inputs))
        return [AsyncJob(raw=doc, jobs=self._client.jobs) for doc in job_documents(response)]

    def versions(self, node_app_id: str, *, limit: int | None = None) -> AsyncIterator[NodeAppVersion]:
        """Iterate over a node app's versions; see ``NodeApps.versions``."""
        op = _ops().list_node_app_versions

        async def fetch(cursor: str | None) -> httpx.Response:
            extra: dict[str, Any] = {"cursor": cursor} if cursor else {}
            if limit is not None:
                extra["limit"] = limit
            path = f"/node-apps/{node_app_id}/versions"
            return await self._request("GET", path, op, node_app_id=node_app_id, **extra)

        return self._pages(f"/node-apps/{node_app_id}/versions", fetch, _version)
