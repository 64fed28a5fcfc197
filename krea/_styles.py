"""The styles resource: train styles (LoRAs), find them, update them and share them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import httpx

from ._catalogue import validate_schema
from ._errors import ValidationError
from ._resource import AsyncResource, SyncResource, json_body, parse_model, webhook_header

if TYPE_CHECKING:
    from krea_api.models import Style, StyleShareLink, StyleWorkspaceShare, Success

    from ._jobs import AsyncJob, Job

_QWEN_MODELS = frozenset({"qwen", "z-image"})


def train_body(name: str, urls: Sequence[str], options: dict[str, Any]) -> Any:
    """The generated training body, checked against ``TrainStyleRequest`` before anything is sent."""
    from krea_api.models import TrainFluxStyleRequest, TrainQwenStyleRequest

    params = {"name": name, "urls": list(urls), **{k: v for k, v in options.items() if v is not None}}
    validate_schema("TrainStyleRequest", params, what="styles.train")
    if len(params["urls"]) < 3:
        raise ValidationError("urls: Krea needs at least 3 training images (15-20 recommended)")
    cls = TrainQwenStyleRequest if params.get("model") in _QWEN_MODELS else TrainFluxStyleRequest
    return cls.from_dict(params)


def update_body(fields: dict[str, Any]) -> Any:
    """The generated update body; at least one field."""
    from krea_api.models import StyleUpdate

    params = {k: v for k, v in fields.items() if v is not None}
    if not params:
        raise ValidationError("styles.update needs at least one of public, title, urls, cover_url")
    validate_schema("StyleUpdate", params, what="styles.update")
    return StyleUpdate.from_dict(params)


def list_arguments(filter: str | None, ids: Sequence[str] | str | None, extra: dict[str, Any]) -> dict[str, Any]:
    """The generated ``list_styles`` arguments."""
    from krea_api.models import StyleFilter

    kwargs = {k: v for k, v in extra.items() if v is not None}
    if filter is not None:
        try:
            kwargs["filter_"] = StyleFilter(filter)
        except ValueError:
            allowed = ", ".join(f.value for f in StyleFilter)
            raise ValidationError(f"filter must be one of {allowed}, got {filter!r}") from None
    if ids is not None:
        kwargs["ids"] = ids if isinstance(ids, str) else ",".join(ids)
    return kwargs


def _style(item: Any, response: httpx.Response) -> Style:
    from krea_api.models import Style

    style: Style = parse_model(Style, item, response)
    return style


def _parsed(model_name: str, response: httpx.Response) -> Any:
    import krea_api.models

    return parse_model(getattr(krea_api.models, model_name), json_body(response), response)


def _ops() -> Any:
    from krea_api.api.styles import (
        get_style,
        get_style_share_link,
        list_styles,
        share_style_with_workspace,
        train_style,
        unshare_style_from_workspace,
        update_style,
    )

    return SimpleNamespace(
        get_style=get_style,
        get_style_share_link=get_style_share_link,
        list_styles=list_styles,
        share_style_with_workspace=share_style_with_workspace,
        train_style=train_style,
        unshare_style_from_workspace=unshare_style_from_workspace,
        update_style=update_style,
    )


class Styles(SyncResource):
    """``client.styles``: custom styles (LoRAs)."""

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
    ) -> Job:
        """Start training a style from image URLs; wait on the job, then read ``job.style_id``.

        Raises:
            ValidationError: bad parameters (before anything is sent or billed).
            InsufficientBalanceError: the balance cannot pay for the training.
        """
        ops = _ops()
        options = {"model": model, "type": type, "trigger_word": trigger_word, "learning_rate": learning_rate,
                   "max_train_steps": max_train_steps, "batch_size": batch_size}  # fmt: skip
        body = train_body(name, urls, options)
        kwargs = webhook_header(webhook_url)
        response = self._request("POST", "/styles/train", ops.train_style, body=body, **kwargs)
        return self._client.jobs._job(response)

    def list(
        self,
        *,
        filter: str | None = None,
        ids: Sequence[str] | str | None = None,
        liked: bool | None = None,
        user: str | None = None,
        model: str | None = None,
        limit: int | None = None,
    ) -> Iterator[Style]:
        """Iterate over styles matching the filters, across every page."""
        ops = _ops()
        kwargs = list_arguments(filter, ids, {"liked": liked, "user": user, "model": model, "limit": limit})

        def fetch(cursor: str | None) -> httpx.Response:
            extra = {"cursor": cursor} if cursor else {}
            return self._request("GET", "/styles", ops.list_styles, **kwargs, **extra)

        return self._pages("/styles", fetch, _style)

    def get(self, style_id: str) -> Style:
        """Read a public style or one of the account's own."""
        response = self._request("GET", f"/styles/{style_id}", _ops().get_style, id=style_id)
        return _style(json_body(response), response)

    def update(
        self,
        style_id: str,
        *,
        public: bool | None = None,
        title: str | None = None,
        urls: Sequence[str] | None = None,
        cover_url: str | None = None,
    ) -> Style:
        """Change one of the account's own styles."""
        fields = {
            "public": public,
            "title": title,
            "urls": list(urls) if urls else None,
            "cover_url": cover_url,
        }
        body = update_body(fields)
        response = self._request("PATCH", f"/styles/{style_id}", _ops().update_style, id=style_id, body=body)
        return _style(json_body(response), response)

    def share_link(self, style_id: str) -> StyleShareLink:
        """The style's share link (created on first call; ``is_new`` says which)."""
        link: StyleShareLink = _parsed(
            "StyleShareLink",
            self._request("GET", f"/styles/{style_id}/share/link", _ops().get_style_share_link, id=style_id),
        )
        return link

    def share_with_workspace(self, style_id: str) -> StyleWorkspaceShare:
        """Share one of the account's styles with its workspace.

        Raises:
            PermissionDeniedError: not the owner, or not a member of the workspace.
        """
        path = f"/styles/{style_id}/share/workspace"
        shared: StyleWorkspaceShare = _parsed(
            "StyleWorkspaceShare", self._request("POST", path, _ops().share_style_with_workspace, id=style_id)
        )
        return shared

    def unshare_from_workspace(self, style_id: str) -> Success:
        """Stop sharing a style with the workspace."""
        path = f"/styles/{style_id}/share/workspace"
        done: Success = _parsed(
            "Success", self._request("DELETE", path, _ops().unshare_style_from_workspace, id=style_id)
        )
        return done


class AsyncStyles(AsyncResource):
    """``client.styles`` of ``AsyncKrea``; see ``Styles``."""

    async def train(
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
    ) -> AsyncJob:
        """Start training a style; see ``Styles.train``."""
        ops = _ops()
        options = {"model": model, "type": type, "trigger_word": trigger_word, "learning_rate": learning_rate,
                   "max_train_steps": max_train_steps, "batch_size": batch_size}  # fmt: skip
        body = train_body(name, urls, options)
        kwargs = webhook_header(webhook_url)
        response = await self._request("POST", "/styles/train", ops.train_style, body=body, **kwargs)
        return self._client.jobs._job(response)

    def list(
        self,
        *,
        filter: str | None = None,
        ids: Sequence[str] | str | None = None,
        liked: bool | None = None,
        user: str | None = None,
        model: str | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[Style]:
        """Iterate over styles; see ``Styles.list``."""
        ops = _ops()
        kwargs = list_arguments(filter, ids, {"liked": liked, "user": user, "model": model, "limit": limit})

        async def fetch(cursor: str | None) -> httpx.Response:
            extra = {"cursor": cursor} if cursor else {}
            return await self._request("GET", "/styles", ops.list_styles, **kwargs, **extra)

        return self._pages("/styles", fetch, _style)

    async def get(self, style_id: str) -> Style:
        """Read a style; see ``Styles.get``."""
        response = await self._request("GET", f"/styles/{style_id}", _ops().get_style, id=style_id)
        return _style(json_body(response), response)

    async def update(
        self,
        style_id: str,
        *,
        public: bool | None = None,
        title: str | None = None,
        urls: Sequence[str] | None = None,
        cover_url: str | None = None,
    ) -> Style:
        """Change a style; see ``Styles.update``."""
        fields = {
            "public": public,
            "title": title,
            "urls": list(urls) if urls else None,
            "cover_url": cover_url,
        }
        body = update_body(fields)
        response = await self._request("PATCH", f"/styles/{style_id}", _ops().update_style, id=style_id, body=body)
        return _style(json_body(response), response)

    async def share_link(self, style_id: str) -> StyleShareLink:
        """The style's share link; see ``Styles.share_link``."""
        path = f"/styles/{style_id}/share/link"
        link: StyleShareLink = _parsed(
            "StyleShareLink", await self._request("GET", path, _ops().get_style_share_link, id=style_id)
        )
        return link

    async def share_with_workspace(self, style_id: str) -> StyleWorkspaceShare:
        """Share a style with the workspace; see ``Styles.share_with_workspace``."""
        path = f"/styles/{style_id}/share/workspace"
        shared: StyleWorkspaceShare = _parsed(
            "StyleWorkspaceShare",
            await self._request("POST", path, _ops().share_style_with_workspace, id=style_id),
        )
        return shared

    async def unshare_from_workspace(self, style_id: str) -> Success:
        """Stop sharing a style; see ``Styles.unshare_from_workspace``."""
        path = f"/styles/{style_id}/share/workspace"
        done: Success = _parsed(
            "Success", await self._request("DELETE", path, _ops().unshare_style_from_workspace, id=style_id)
        )
        return done
