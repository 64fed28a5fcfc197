# Generated from krea/_async/_styles.py by scripts/unasync.py: edit that file, then run `make generate`.
"""The styles resource: train styles (LoRAs), find them, update them and share them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from .._config import NOT_GIVEN, NotGiven
from .._options import applied
from .._resource import parsed, webhook_header
from .._styles import list_arguments, train_body, update_body
from ._jobs import Job, Jobs
from ._resource import Resource, job_operation
from ._transport import Requester

if TYPE_CHECKING:
    from krea_api.models import Style, StylePage, StyleShareLink, StyleWorkspaceShare, Success
    from krea_api.types import Response


class Styles(Resource):
    """``client.styles``: custom styles (LoRAs)."""

    def __init__(self, requester: Requester, jobs: Jobs) -> None:
        super().__init__(requester)
        self._jobs = jobs
        """The jobs resource the jobs of ``train`` belong to."""

    def train(
        self,
        name: str,
        urls: Sequence[str],
        *,
        model: str | None = None,
        type: str | None = None,
        trigger_word: str | None = None,
        learning_rate: float | None = None,
        max_train_steps: int | None = None,
        batch_size: int | None = None,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job:
        """Start training a style from image URLs; wait on the job, then read ``job.style_id``.

        Raises:
            ValidationError: bad parameters (before anything is sent or billed).
            InsufficientBalanceError: the balance cannot pay for the training.
        """
        from krea_api.api.styles import train_style

        options = {"model": model, "type": type, "trigger_word": trigger_word, "learning_rate": learning_rate,
                   "max_train_steps": max_train_steps, "batch_size": batch_size}  # fmt: skip
        body = train_body(name, urls, options)
        kwargs = webhook_header(webhook_url)
        with self._call_options(request_timeout, extra_headers):
            response = self._request(
                "POST", "/styles/train", job_operation(train_style), body=body, client=self._api, **kwargs
            )
        return self._jobs._job("/styles/train", response)

    def list(
        self,
        *,
        filter: str | None = None,
        ids: Sequence[str] | str | None = None,
        liked: bool | None = None,
        user: str | None = None,
        model: str | None = None,
        limit: int | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Style]:
        """Iterate over styles matching the filters, across every page."""
        from krea_api.api.styles import list_styles

        kwargs = list_arguments(filter, ids, liked=liked, user=user, model=model, limit=limit)
        options = self._checked_options(request_timeout, extra_headers)

        def fetch(cursor: str | None) -> Response[StylePage]:
            arguments = kwargs.copy()
            if cursor:
                arguments["cursor"] = cursor
            with applied(options):  # per page: never held across a yield to the caller
                return self._request("GET", "/styles", list_styles.sync_detailed, client=self._api, **arguments)

        return (style for style, _ in self._pages("/styles", fetch, lambda page: page.items))

    def get(
        self,
        style_id: str,
        *,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Style:
        """Read a public style or one of the account's own."""
        from krea_api.api.styles import get_style

        path = f"/styles/{style_id}"
        with self._call_options(request_timeout, extra_headers):
            response = self._request("GET", path, get_style.sync_detailed, id=style_id, client=self._api)
        return parsed(path, response)

    def update(
        self,
        style_id: str,
        *,
        public: bool | None = None,
        title: str | None = None,
        urls: Sequence[str] | None = None,
        cover_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Style:
        """Change one of the account's own styles."""
        fields = {
            "public": public,
            "title": title,
            "urls": list(urls) if urls else None,
            "cover_url": cover_url,
        }
        from krea_api.api.styles import update_style

        body = update_body(fields)
        path = f"/styles/{style_id}"
        with self._call_options(request_timeout, extra_headers):
            response = self._request(
                "PATCH", path, update_style.sync_detailed, id=style_id, body=body, client=self._api
            )
        return parsed(path, response)

    def share_link(
        self,
        style_id: str,
        *,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StyleShareLink:
        """The style's share link (created on first call; ``is_new`` says which)."""
        from krea_api.api.styles import get_style_share_link

        path = f"/styles/{style_id}/share/link"
        with self._call_options(request_timeout, extra_headers):
            response = self._request("GET", path, get_style_share_link.sync_detailed, id=style_id, client=self._api)
        return parsed(path, response)

    def share_with_workspace(
        self,
        style_id: str,
        *,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StyleWorkspaceShare:
        """Share one of the account's styles with its workspace.

        Raises:
            PermissionDeniedError: not the owner, or not a member of the workspace.
        """
        from krea_api.api.styles import share_style_with_workspace

        path = f"/styles/{style_id}/share/workspace"
        with self._call_options(request_timeout, extra_headers):
            response = self._request(
                "POST", path, share_style_with_workspace.sync_detailed, id=style_id, client=self._api
            )
        return parsed(path, response)

    def unshare_from_workspace(
        self,
        style_id: str,
        *,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Success:
        """Stop sharing a style with the workspace."""
        from krea_api.api.styles import unshare_style_from_workspace

        path = f"/styles/{style_id}/share/workspace"
        with self._call_options(request_timeout, extra_headers):
            response = self._request(
                "DELETE", path, unshare_style_from_workspace.sync_detailed, id=style_id, client=self._api
            )
        return parsed(path, response)
