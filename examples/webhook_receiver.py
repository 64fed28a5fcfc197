"""A Krea webhook receiver for Starlette (or FastAPI, which is Starlette underneath), idempotent under retries.

Krea POSTs the job document to your ``webhook_url`` when a job reaches a terminal status, unsigned and
possibly more than once. So this receiver:

1. reads the body with ``krea.webhooks.parse`` (400 for anything that is not a job);
2. confirms it with ``client.jobs.confirm``, which re-reads the job with your key (404 for a forged or
   foreign id): it acts on the API's job, never on the sender's word;
3. acts once per job id: ``handled`` is a set here; in production use a unique key in your database.

Run it with ``uvicorn examples.webhook_receiver:app`` (KREA_API_KEY set), and submit with
``client.image(..., webhook_url="https://your-host/krea-webhook")``. ``tests/e2e/test_webhooks.py`` runs this
very file against the offline mock, duplicate deliveries included.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

import krea

Handler = Callable[[krea.AsyncJob], Awaitable[None]]


def make_app(client: krea.AsyncKrea, handle: Handler) -> Starlette:
    """The receiver: ``POST /krea-webhook`` calls ``handle(job)`` once per finished job."""
    handled: set[str] = set()

    async def receive(request: Request) -> Response:
        try:
            delivered = krea.webhooks.parse(await request.body())
            job = await client.jobs.confirm(delivered)
        except krea.ValidationError:
            return Response(status_code=400)
        except krea.NotFoundError:
            return Response(status_code=404)
        if job.is_terminal and job.id not in handled:
            handled.add(job.id)  # before handling: a duplicate arriving meanwhile is not handled twice
            try:
                await handle(job)
            except Exception:
                handled.discard(job.id)  # not handled after all: Krea's next delivery tries again
                raise
        return Response(status_code=204)

    return Starlette(routes=[Route("/krea-webhook", receive, methods=["POST"])])


async def _print_job(job: krea.AsyncJob) -> None:
    print(f"job {job.id} is {job.status}: {job.urls}")


def __getattr__(name: str) -> Starlette:
    # `uvicorn examples.webhook_receiver:app` builds the app (and its client) only when asked for it.
    if name == "app":
        return make_app(krea.AsyncKrea(), _print_job)
    raise AttributeError(name)
