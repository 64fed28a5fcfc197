"""How does ``krea image|video|enhance`` turn flags into a job, wait for it and save its results?"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Annotated, Any

import typer

from ._cli_exits import CliError, ExitCode
from ._cli_options import DetachOpt, JsonOpt, MockOpt, OutOpt, TimeoutOpt, begin
from ._cli_output import Output
from ._cli_session import Session
from ._client import Krea
from ._errors import KreaError, SubmissionUncertainError
from ._jobs import Job

DEFAULT_OUT = Path("out")

ModelArg = Annotated[str, typer.Argument(metavar="MODEL", help="The model id as Krea writes it, e.g. bfl/flux-1-dev.")]
ParamOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--param",
        "-p",
        metavar="KEY=VALUE",
        help="Any model parameter; VALUE is read as JSON when it parses (5, true, [1,2]), else as text. Repeatable.",
    ),
]
NoWaitOpt = Annotated[bool, typer.Option("--no-wait", help="Print the job id and return at once.")]
WebhookOpt = Annotated[str | None, typer.Option("--webhook-url", help="Have Krea POST the finished job here.")]
PromptOpt = Annotated[str | None, typer.Option("--prompt", help="What to generate.")]
WidthOpt = Annotated[int | None, typer.Option("--width", help="Output width in pixels.")]
HeightOpt = Annotated[int | None, typer.Option("--height", help="Output height in pixels.")]
SeedOpt = Annotated[int | None, typer.Option("--seed", help="Seed, for reproducible output.")]
AspectOpt = Annotated[str | None, typer.Option("--aspect-ratio", help="Output aspect ratio, e.g. 16:9.")]
ResolutionOpt = Annotated[str | None, typer.Option("--resolution", help="Output resolution tier, e.g. 1K, 720p.")]
ImageUrlOpt = Annotated[str | None, typer.Option("--image-url", help="Input image URL.")]


def parse_params(pairs: list[str] | None, typed: dict[str, Any]) -> dict[str, Any]:
    """The model parameters: the typed options the user gave, plus every ``--param KEY=VALUE``.

    Raises:
        CliError: a ``--param`` without ``=``, or a parameter given twice (exit code 2).
    """
    params = {key: value for key, value in typed.items() if value is not None}
    for pair in pairs or []:
        key, sep, raw = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise CliError(f"--param {pair!r}: expected KEY=VALUE, e.g. --param steps=30", code=ExitCode.USAGE)
        if key in params:
            raise CliError(f"parameter {key!r} is given twice; keep one", code=ExitCode.USAGE)
        try:
            params[key] = json.loads(raw)
        except ValueError:
            params[key] = raw
    return params


def job_summary(job: Any, *, endpoint: str | None = None, paths: list[Path] | None = None) -> dict[str, Any]:
    """The JSON result of a command that submitted or waited for a job."""
    summary: dict[str, Any] = {"job_id": job.id, "status": job.status}
    if endpoint is not None:
        summary["endpoint"] = endpoint
    summary["urls"] = job.urls
    if paths is not None:
        summary["paths"] = [str(path) for path in paths]
    summary["job"] = job.raw
    return summary


def wait_for(client: Krea, session: Session, output: Output, job: Job, *, timeout: float | None, detach: bool) -> Job:
    """Wait for a job with live progress; Ctrl-C cancels it (unless ``detach``) and exits 130.

    Raises:
        JobFailedError, JobCancelledError, JobTimeoutError: the job did not complete.
        CliError: interrupted (exit code 130), saying what became of the job.
    """
    try:
        with output.watch(job, session.clock) as on_update:
            return client.jobs.wait(job.id, timeout=timeout, on_update=on_update, cancel_on_interrupt=not detach)
    except KeyboardInterrupt:
        raise CliError(_after_interrupt(client, job.id, detach), code=ExitCode.INTERRUPTED) from None


def _after_interrupt(client: Krea, job_id: str, detach: bool) -> str:
    if detach:
        return f"Interrupted: job {job_id} was left running (--detach); collect it with `krea jobs wait {job_id}`."
    try:
        status = client.jobs.get(job_id).status
    except KreaError:
        status = "unknown"
    if status == "cancelled":
        return f"Interrupted: job {job_id} was cancelled; it will not be billed."
    return f"Interrupted: job {job_id} is {status} and was not cancelled; it may still complete and be billed."


def save(output: Output, job: Job, out: Path) -> list[Path]:
    """Download a completed job's outputs into ``out`` and list the saved paths for people."""
    paths = job.download(out) if job.urls else []
    output.paths(paths)
    return paths


def _generate(
    ctx: typer.Context,
    family: str,
    model: str,
    params: dict[str, Any],
    *,
    mock: bool,
    json_mode: bool | None,
    out: Path,
    no_wait: bool,
    detach: bool,
    timeout: float | None,
    webhook_url: str | None,
) -> None:
    session, output = begin(ctx, mock=mock, json_mode=json_mode)
    endpoint = f"{family}/{model.strip().strip('/')}"
    with session.client() as client:
        sent_at = datetime.datetime.now(datetime.UTC)
        try:
            job: Job = getattr(client, family)(model, webhook_url=webhook_url, **params)
        except KeyboardInterrupt:
            since = (sent_at - SubmissionUncertainError.CLOCK_SKEW).isoformat()
            raise CliError(
                f"Interrupted while submitting: a job may have been created (and may be billed). Look for it with "
                f"`krea jobs list --since {since}` before submitting again.",
                code=ExitCode.INTERRUPTED,
            ) from None
        if no_wait:
            output.note(f"Submitted {endpoint}: job {job.id} is {job.status}. Wait for it: krea jobs wait {job.id}")
            if output.json:
                output.emit(job_summary(job, endpoint=endpoint))
            else:
                print(job.id, flush=True)
            return
        output.note(f"Submitted {endpoint}: job {job.id}" + ("  (offline mock)" if session.use_mock else ""))
        done = wait_for(client, session, output, job, timeout=timeout, detach=detach)
        paths = save(output, done, out)
        if output.json:
            output.emit(job_summary(done, endpoint=endpoint, paths=paths))


def image(
    ctx: typer.Context,
    model: ModelArg,
    prompt: PromptOpt = None,
    width: WidthOpt = None,
    height: HeightOpt = None,
    seed: SeedOpt = None,
    steps: Annotated[int | None, typer.Option("--steps", help="Denoising steps.")] = None,
    aspect_ratio: AspectOpt = None,
    resolution: ResolutionOpt = None,
    image_url: ImageUrlOpt = None,
    param: ParamOpt = None,
    out: OutOpt = DEFAULT_OUT,
    no_wait: NoWaitOpt = False,
    detach: DetachOpt = False,
    timeout: TimeoutOpt = None,
    webhook_url: WebhookOpt = None,
    json_mode: JsonOpt = None,
    mock: MockOpt = False,
) -> None:
    """Generate an image, wait for it with live progress and save it into --out."""
    typed = {"prompt": prompt, "width": width, "height": height, "seed": seed, "steps": steps,
             "aspect_ratio": aspect_ratio, "resolution": resolution, "image_url": image_url}  # fmt: skip
    _generate(ctx, "image", model, parse_params(param, typed), mock=mock, json_mode=json_mode, out=out,
              no_wait=no_wait, detach=detach, timeout=timeout, webhook_url=webhook_url)  # fmt: skip


def video(
    ctx: typer.Context,
    model: ModelArg,
    prompt: PromptOpt = None,
    duration: Annotated[int | None, typer.Option("--duration", help="Clip length in seconds.")] = None,
    aspect_ratio: AspectOpt = None,
    resolution: ResolutionOpt = None,
    seed: SeedOpt = None,
    start_image: Annotated[str | None, typer.Option("--start-image", help="URL of the first frame.")] = None,
    param: ParamOpt = None,
    out: OutOpt = DEFAULT_OUT,
    no_wait: NoWaitOpt = False,
    detach: DetachOpt = False,
    timeout: TimeoutOpt = None,
    webhook_url: WebhookOpt = None,
    json_mode: JsonOpt = None,
    mock: MockOpt = False,
) -> None:
    """Generate a video, wait for it with live progress and save it into --out."""
    typed = {"prompt": prompt, "duration": duration, "aspect_ratio": aspect_ratio, "resolution": resolution,
             "seed": seed, "start_image": start_image}  # fmt: skip
    _generate(ctx, "video", model, parse_params(param, typed), mock=mock, json_mode=json_mode, out=out,
              no_wait=no_wait, detach=detach, timeout=timeout, webhook_url=webhook_url)  # fmt: skip


def enhance(
    ctx: typer.Context,
    model: ModelArg,
    image_url: ImageUrlOpt = None,
    width: WidthOpt = None,
    height: HeightOpt = None,
    prompt: PromptOpt = None,
    seed: SeedOpt = None,
    param: ParamOpt = None,
    out: OutOpt = DEFAULT_OUT,
    no_wait: NoWaitOpt = False,
    detach: DetachOpt = False,
    timeout: TimeoutOpt = None,
    webhook_url: WebhookOpt = None,
    json_mode: JsonOpt = None,
    mock: MockOpt = False,
) -> None:
    """Enhance (upscale) an image, wait for it and save it into --out; e.g. topaz/standard-enhance."""
    typed = {"image_url": image_url, "width": width, "height": height, "prompt": prompt, "seed": seed}
    _generate(ctx, "enhance", model, parse_params(param, typed), mock=mock, json_mode=json_mode, out=out,
              no_wait=no_wait, detach=detach, timeout=timeout, webhook_url=webhook_url)  # fmt: skip


def register(app: typer.Typer) -> None:
    """Add the generation commands to the root app."""
    for command in (image, video, enhance):
        app.command()(command)
