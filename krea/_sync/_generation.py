# Generated from krea/_async/_generation.py by scripts/unasync.py: edit that file, then run `make generate`.
# Generated from openapi/krea.yaml by scripts/gen_params.py: edit the spec, then run `make generate`.
"""The typed generation calls every client inherits: a closed set of overloads, one per model of the spec.

The overloads are closed (there is no ``str`` catch-all), so mypy and pyright report an unknown model id, a
misspelled parameter, a missing required one and a wrong type or enum value; ``client.generate`` takes any
endpoint and any parameters, for a model newer than this SDK.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal, Unpack, overload

from .._config import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import contextlib

    from .._jobs import OnUpdate
    from .._params import (
        Flux1DevParams,
        Flux1KontextDevParams,
        Flux11ProParams,
        Flux11ProUltraParams,
        GptImage2Params,
        GptImageParams,
        GrokVideoParams,
        Hailuo02Params,
        Hailuo23FastParams,
        Hailuo23Params,
        HailuoParams,
        Ideogram2TurboParams,
        Ideogram3Params,
        Imagen3Params,
        Imagen4FastParams,
        Imagen4Params,
        Imagen4UltraParams,
        Kling1Params,
        Kling2Params,
        Kling15Params,
        Kling16Params,
        Kling21Params,
        Kling25Params,
        Kling26Params,
        Kling30Params,
        KlingO1Params,
        Ltx23Params,
        LumaUni1Params,
        NanoBanana2Params,
        NanoBananaParams,
        NanoBananaProParams,
        Qwen2512Params,
        Ray2Params,
        RunwayAlephParams,
        RunwayGen3Params,
        RunwayGen4ImageParams,
        RunwayGen4VideoParams,
        RunwayGen45Params,
        Seedance10ProFastParams,
        Seedance10ProParams,
        SeedEditParams,
        Seedream4Params,
        Seedream5LiteParams,
        TopazBloomEnhanceParams,
        TopazGenerativeEnhanceParams,
        TopazStandardEnhanceParams,
        Veo2Params,
        Veo3FastParams,
        Veo3Params,
        Veo31FastParams,
        Veo31LiteParams,
        Veo31Params,
        Wan21Params,
        Wan22Params,
        Wan25Params,
        ZImageParams,
    )
    from ._jobs import Job


class Generation:
    """The generation calls; the client supplies ``_generation`` and ``_subscription``, which send, and
    ``_call_options``."""

    if TYPE_CHECKING:

        def _generation(
            self, family: str, model: str, params: Mapping[str, object], webhook_url: str | None
        ) -> Job: ...

        def _subscription(
            self,
            endpoint: str,
            input: Mapping[str, object],
            timeout: float | None,
            on_update: OnUpdate[Job] | None,
            webhook_url: str | None,
            cancel_on_interrupt: bool,
            cancel_on_timeout: bool,
        ) -> Job: ...

        def _call_options(
            self, request_timeout: float | NotGiven | None, extra_headers: Mapping[str, str] | None
        ) -> contextlib.AbstractContextManager[None]: ...

    @overload
    def image(
        self,
        model: Literal["bfl/flux-1-dev"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Flux1DevParams],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["bfl/flux-1-kontext-dev"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Flux1KontextDevParams],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["google/nano-banana-pro"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[NanoBananaProParams],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["google/nano-banana-2"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[NanoBanana2Params],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["google/nano-banana"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[NanoBananaParams],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["bfl/flux-1.1-pro"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Flux11ProParams],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["bfl/flux-1.1-pro-ultra"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Flux11ProUltraParams],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["ideogram/ideogram-2-turbo"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Ideogram2TurboParams],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["ideogram/ideogram-3"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Ideogram3Params],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["google/imagen-3"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Imagen3Params],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["google/imagen-4"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Imagen4Params],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["google/imagen-4-fast"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Imagen4FastParams],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["google/imagen-4-ultra"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Imagen4UltraParams],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["runway/gen-4-image"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[RunwayGen4ImageParams],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["openai/gpt-image"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[GptImageParams],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["openai/gpt-image-2"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[GptImage2Params],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["luma/uni-1"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[LumaUni1Params],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["bytedance/seedream-4"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Seedream4Params],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["bytedance/seedream-5-lite"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Seedream5LiteParams],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["qwen/2512"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Qwen2512Params],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["z-image/z-image"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[ZImageParams],
    ) -> Job: ...

    @overload
    def image(
        self,
        model: Literal["bytedance/seededit"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[SeedEditParams],
    ) -> Job: ...

    def image(
        self,
        model: str,
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: object,
    ) -> Job:
        """Submit an image generation and return the pending job.

        Args:
            model: the model id as Krea writes it (positional only, so a model's own ``model`` parameter, as
                on the Topaz enhancers, goes into ``params``), e.g.
                ``"bfl/flux-1-dev"``.
            webhook_url: where Krea POSTs the job when it is terminal.
            request_timeout: seconds for each HTTP request of the call (uploads included), instead of the
                client's ``timeout``.
            extra_headers: headers added to each of its API requests.
            **params: the model's parameters (typed per model), checked against the spec first; a local file
                (a ``Path``, ``bytes`` or binary file object) where the model takes a media URL is uploaded as
                an asset first. For a model id or parameters known only at run time, use ``generate``.

        Raises:
            ValidationError: unknown model (with suggestions) or bad parameters; nothing was sent.
            InsufficientBalanceError: the balance cannot pay; nothing was created.
            SubmissionUncertainError: the request was sent but its outcome is unknown; it was not resent.
        """
        with self._call_options(request_timeout, extra_headers):
            return self._generation("image", model, params, webhook_url)

    @overload
    def video(
        self,
        model: Literal["kling/kling-1"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Kling1Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["kling/kling-1.5"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Kling15Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["kling/kling-1.6"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Kling16Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["kling/kling-2"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Kling2Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["kling/kling-2.1"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Kling21Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["kling/kling-2.5"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Kling25Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["kling/kling-2.6"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Kling26Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["kling/kling-3.0"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Kling30Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["kling/kling-o1"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[KlingO1Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["minimax/hailuo"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[HailuoParams],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["minimax/hailuo-02"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Hailuo02Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["minimax/hailuo-2.3"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Hailuo23Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["minimax/hailuo-2.3-fast"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Hailuo23FastParams],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["alibaba/wan-2.1"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Wan21Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["alibaba/wan-2.2"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Wan22Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["alibaba/wan-2.5"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Wan25Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["google/veo-2"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Veo2Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["google/veo-3"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Veo3Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["google/veo-3-fast"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Veo3FastParams],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["google/veo-3.1"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Veo31Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["google/veo-3.1-fast"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Veo31FastParams],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["google/veo-3.1-lite"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Veo31LiteParams],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["bytedance/seedance-1.0-pro"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Seedance10ProParams],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["bytedance/seedance-1.0-pro-fast"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Seedance10ProFastParams],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["lightricks/ltx-video-2.3-22b"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Ltx23Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["luma/ray-2"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[Ray2Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["runway/gen-3"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[RunwayGen3Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["runway/gen-4-video"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[RunwayGen4VideoParams],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["runway/gen-4.5"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[RunwayGen45Params],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["xai/grok-video"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[GrokVideoParams],
    ) -> Job: ...

    @overload
    def video(
        self,
        model: Literal["runway/aleph"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[RunwayAlephParams],
    ) -> Job: ...

    def video(
        self,
        model: str,
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: object,
    ) -> Job:
        """Submit a video generation and return the pending job.

        Args:
            model: the model id as Krea writes it (positional only, so a model's own ``model`` parameter, as
                on the Topaz enhancers, goes into ``params``), e.g.
                ``"kling/kling-1"``.
            webhook_url: where Krea POSTs the job when it is terminal.
            request_timeout: seconds for each HTTP request of the call (uploads included), instead of the
                client's ``timeout``.
            extra_headers: headers added to each of its API requests.
            **params: the model's parameters (typed per model), checked against the spec first; a local file
                (a ``Path``, ``bytes`` or binary file object) where the model takes a media URL is uploaded as
                an asset first. For a model id or parameters known only at run time, use ``generate``.

        Raises:
            ValidationError: unknown model (with suggestions) or bad parameters; nothing was sent.
            InsufficientBalanceError: the balance cannot pay; nothing was created.
            SubmissionUncertainError: the request was sent but its outcome is unknown; it was not resent.
        """
        with self._call_options(request_timeout, extra_headers):
            return self._generation("video", model, params, webhook_url)

    @overload
    def enhance(
        self,
        model: Literal["topaz/generative-enhance"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[TopazGenerativeEnhanceParams],
    ) -> Job: ...

    @overload
    def enhance(
        self,
        model: Literal["topaz/standard-enhance"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[TopazStandardEnhanceParams],
    ) -> Job: ...

    @overload
    def enhance(
        self,
        model: Literal["topaz/bloom-enhance"],
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: Unpack[TopazBloomEnhanceParams],
    ) -> Job: ...

    def enhance(
        self,
        model: str,
        /,
        *,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        **params: object,
    ) -> Job:
        """Submit an image enhancement and return the pending job.

        Args:
            model: the model id as Krea writes it (positional only, so a model's own ``model`` parameter, as
                on the Topaz enhancers, goes into ``params``), e.g.
                ``"topaz/generative-enhance"``.
            webhook_url: where Krea POSTs the job when it is terminal.
            request_timeout: seconds for each HTTP request of the call (uploads included), instead of the
                client's ``timeout``.
            extra_headers: headers added to each of its API requests.
            **params: the model's parameters (typed per model), checked against the spec first; a local file
                (a ``Path``, ``bytes`` or binary file object) where the model takes a media URL is uploaded as
                an asset first. For a model id or parameters known only at run time, use ``generate``.

        Raises:
            ValidationError: unknown model (with suggestions) or bad parameters; nothing was sent.
            InsufficientBalanceError: the balance cannot pay; nothing was created.
            SubmissionUncertainError: the request was sent but its outcome is unknown; it was not resent.
        """
        with self._call_options(request_timeout, extra_headers):
            return self._generation("enhance", model, params, webhook_url)

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/bfl/flux-1-dev"],
        *,
        input: Flux1DevParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/bfl/flux-1-kontext-dev"],
        *,
        input: Flux1KontextDevParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/google/nano-banana-pro"],
        *,
        input: NanoBananaProParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/google/nano-banana-2"],
        *,
        input: NanoBanana2Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/google/nano-banana"],
        *,
        input: NanoBananaParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/bfl/flux-1.1-pro"],
        *,
        input: Flux11ProParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/bfl/flux-1.1-pro-ultra"],
        *,
        input: Flux11ProUltraParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/ideogram/ideogram-2-turbo"],
        *,
        input: Ideogram2TurboParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/ideogram/ideogram-3"],
        *,
        input: Ideogram3Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/google/imagen-3"],
        *,
        input: Imagen3Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/google/imagen-4"],
        *,
        input: Imagen4Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/google/imagen-4-fast"],
        *,
        input: Imagen4FastParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/google/imagen-4-ultra"],
        *,
        input: Imagen4UltraParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/runway/gen-4-image"],
        *,
        input: RunwayGen4ImageParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/openai/gpt-image"],
        *,
        input: GptImageParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/openai/gpt-image-2"],
        *,
        input: GptImage2Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/luma/uni-1"],
        *,
        input: LumaUni1Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/bytedance/seedream-4"],
        *,
        input: Seedream4Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/bytedance/seedream-5-lite"],
        *,
        input: Seedream5LiteParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/qwen/2512"],
        *,
        input: Qwen2512Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/z-image/z-image"],
        *,
        input: ZImageParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["image/bytedance/seededit"],
        *,
        input: SeedEditParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["enhance/topaz/generative-enhance"],
        *,
        input: TopazGenerativeEnhanceParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["enhance/topaz/standard-enhance"],
        *,
        input: TopazStandardEnhanceParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["enhance/topaz/bloom-enhance"],
        *,
        input: TopazBloomEnhanceParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/kling/kling-1"],
        *,
        input: Kling1Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/kling/kling-1.5"],
        *,
        input: Kling15Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/kling/kling-1.6"],
        *,
        input: Kling16Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/kling/kling-2"],
        *,
        input: Kling2Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/kling/kling-2.1"],
        *,
        input: Kling21Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/kling/kling-2.5"],
        *,
        input: Kling25Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/kling/kling-2.6"],
        *,
        input: Kling26Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/kling/kling-3.0"],
        *,
        input: Kling30Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/kling/kling-o1"],
        *,
        input: KlingO1Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/minimax/hailuo"],
        *,
        input: HailuoParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/minimax/hailuo-02"],
        *,
        input: Hailuo02Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/minimax/hailuo-2.3"],
        *,
        input: Hailuo23Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/minimax/hailuo-2.3-fast"],
        *,
        input: Hailuo23FastParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/alibaba/wan-2.1"],
        *,
        input: Wan21Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/alibaba/wan-2.2"],
        *,
        input: Wan22Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/alibaba/wan-2.5"],
        *,
        input: Wan25Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/google/veo-2"],
        *,
        input: Veo2Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/google/veo-3"],
        *,
        input: Veo3Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/google/veo-3-fast"],
        *,
        input: Veo3FastParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/google/veo-3.1"],
        *,
        input: Veo31Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/google/veo-3.1-fast"],
        *,
        input: Veo31FastParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/google/veo-3.1-lite"],
        *,
        input: Veo31LiteParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/bytedance/seedance-1.0-pro"],
        *,
        input: Seedance10ProParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/bytedance/seedance-1.0-pro-fast"],
        *,
        input: Seedance10ProFastParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/lightricks/ltx-video-2.3-22b"],
        *,
        input: Ltx23Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/luma/ray-2"],
        *,
        input: Ray2Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/runway/gen-3"],
        *,
        input: RunwayGen3Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/runway/gen-4-video"],
        *,
        input: RunwayGen4VideoParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/runway/gen-4.5"],
        *,
        input: RunwayGen45Params,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/xai/grok-video"],
        *,
        input: GrokVideoParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    @overload
    def subscribe(
        self,
        endpoint: Literal["video/runway/aleph"],
        *,
        input: RunwayAlephParams,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job: ...

    def subscribe(
        self,
        endpoint: str,
        *,
        input: Mapping[str, object],
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job:
        """Submit a generation and wait for it; return the completed job.

        Args:
            endpoint: family and model, e.g. ``"image/bfl/flux-1-dev"``.
            input: the model's parameters (typed per model; for an endpoint or parameters known only at run
                time, use ``generate``).
            timeout: the wait's deadline in seconds; None means the client's default, never "forever".
            on_update: called with the job on every status change.
            webhook_url: also have Krea POST the job to this URL.
            cancel_on_interrupt: when the wait is interrupted (Ctrl-C; with ``Krea``, cancelling the task
                too), cancel the job while it can still be cancelled (then not billed).
            cancel_on_timeout: when the deadline passes, cancel the job while it can still be cancelled.
            request_timeout: seconds for each HTTP request (the submission, each poll), not the wait's deadline.
            extra_headers: headers added to each of its API requests.

        Raises:
            ValidationError: unknown endpoint or bad parameters; nothing was sent.
            JobFailedError: the job failed (not billed).
            JobCancelledError: the job was cancelled (not billed).
            JobTimeoutError: the deadline passed; the job was left running (cancelled with ``cancel_on_timeout``).
        """
        with self._call_options(request_timeout, extra_headers):
            return self._subscription(
                endpoint, input, timeout, on_update, webhook_url, cancel_on_interrupt, cancel_on_timeout
            )
