"""The node apps resource: read a node app version, run it (one run can create several jobs), list versions."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING

from .._config import NOT_GIVEN, NotGiven
from .._node_apps import execute_body, run_jobs
from .._options import applied
from .._resource import cursor_argument, parsed
from ._jobs import AsyncJob, AsyncJobs
from ._resource import AsyncResource
from ._transport import AsyncRequester

if TYPE_CHECKING:
    from krea_api.models import NodeApp, NodeAppVersion, NodeAppVersionPage
    from krea_api.types import Response


class AsyncNodeApps(AsyncResource):
    """``client.node_apps``: node apps built in Krea's node editor."""

    def __init__(self, requester: AsyncRequester, jobs: AsyncJobs) -> None:
        super().__init__(requester)
        self._jobs = jobs
        """The jobs resource the jobs of ``execute`` belong to."""

    async def get(
        self,
        version_id: str,
        *,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NodeApp:
        """Read a node app at one version (the id is a **version** id)."""
        from krea_api.api.node_apps import get_node_app

        path = f"/node-apps/{version_id}"
        with self._call_options(request_timeout, extra_headers):
            response = await self._request("GET", path, get_node_app.asyncio_detailed, id=version_id, client=self._api)
        return parsed(path, response)

    async def execute(
        self,
        version_id: str,
        inputs: Mapping[str, object],
        *,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[AsyncJob]:
        """Run a node app version.

        Returns:
            The jobs the run created, each pending; wait on each.

        Raises:
            InsufficientBalanceError: the balance cannot pay for the run.
        """
        from krea_api.api.node_apps import execute_node_app

        path = f"/node-apps/{version_id}/execute"
        body = execute_body(inputs)
        with self._call_options(request_timeout, extra_headers):
            response = await self._request(
                "POST", path, execute_node_app.asyncio_detailed, id=version_id, body=body, client=self._api
            )
        jobs = self._jobs
        return [AsyncJob(raw=raw, document=document, jobs=jobs) for raw, document in run_jobs(path, response)]

    def versions(
        self,
        node_app_id: str,
        *,
        limit: int | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[NodeAppVersion]:
        """Iterate over a node app's runnable versions (``node_app_id`` is the app, not a version)."""
        from krea_api.api.node_apps import list_node_app_versions

        path = f"/node-apps/{node_app_id}/versions"
        options = self._checked_options(request_timeout, extra_headers)

        async def fetch(cursor: str | None) -> Response[NodeAppVersionPage]:
            extra = cursor_argument(cursor)
            if limit is not None:
                extra["limit"] = limit
            op = list_node_app_versions.asyncio_detailed
            with applied(options):  # per page: never held across a yield to the caller
                return await self._request("GET", path, op, node_app_id=node_app_id, client=self._api, **extra)

        return (version async for version, _ in self._pages(path, fetch, lambda page: page.items))
