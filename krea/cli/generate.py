"""How does ``krea image|video|enhance`` turn flags into a job, wait for it and save its results?"""

from __future__ import annotations

import datetime
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from .. import _catalogue, _strict_json, _uploads
from .._errors import (
    JobCancelledError,
    JobFailedError,
    JobTimeoutError,
    KreaError,
    ValidationError,
)
from .._sync._client import Krea
from .._sync._jobs import Job
from ._exits import CliError, ExitCode, Terminated
from ._options import CancelOnTimeoutOpt, DetachOpt, JsonOpt, MockOpt, OutOpt, TimeoutOpt, begin
from ._output import Output
from ._session import Session

DEFAULT_OUT = Path("out")

ModelArg = Annotated[str, typer.Argument(metavar="MODEL", help="The model id as Krea writes it, e.g. bfl/flux-1-dev.")]
ParamOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--param",
        "-p",
        metavar="KEY=VALUE",
        help="Any model parameter; VALUE is read as JSON when it parses (5, true, [1,2]), else as text. Repeatable. "
        "Where the model takes a media URL, @FILE uploads a local file first (image_url=@fox.png, "
        'image_urls=["@a.png","@b.png"]). Every parameter of a model, with its bounds: krea models MODEL.',
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

    A VALUE is read as strict JSON when it parses (``NaN`` does not: it is text), else kept as text.

    Raises:
        CliError: a ``--param`` without ``=``, a parameter given twice, or a value that cannot be sent: text
            that is not UTF-8 (bytes in the argument), a number that is not finite (``1e999``), JSON nested
            too deeply (exit code 2).
    """
    params = {key: value for key, value in typed.items() if value is not None}
    options = {key: f"--{key.replace('_', '-')}" for key in params}
    for pair in pairs or []:
        key, sep, raw = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise CliError(f"--param {_shown(pair)!r}: expected KEY=VALUE, e.g. --param steps=30", code=ExitCode.USAGE)
        if key in params:
            raise CliError(f"parameter {_shown(key)!r} is given twice; keep one", code=ExitCode.USAGE)
        try:
            params[key] = _strict_json.loads(raw)
        except ValueError as exc:
            if str(exc).startswith("nested"):
                raise CliError(f"--param {_shown(key)}: the JSON value is {exc}", code=ExitCode.USAGE) from None
            params[key] = raw
        options[key] = f"--param {_shown(key)}"
    for key, value in params.items():
        problem = _strict_json.problem({key: value})
        if problem is not None:
            raise CliError(f"{options[key]}: cannot be sent: {problem}", code=ExitCode.USAGE)
    return params


def _shown(text: str) -> str:
    """``text`` for a message, with any byte that was not UTF-8 escaped (a message must print)."""
    try:  # bytes of argv that were not UTF-8 arrive as U+DC80..U+DCFF: show those bytes
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def job_summary(job: Any, *, endpoint: str | None = None, paths: list[Path] | None = None) -> dict[str, Any]:
    """The JSON result of a command that submitted or waited for a job: always every documented key."""
    return {"job_id": job.id, "status": job.status, "endpoint": endpoint, "urls": job.urls,
            "paths": [str(path) for path in paths or []], "job": job.raw}  # fmt: skip


def collect_command(job_id: str, out: Path | None) -> str:
    """The command that waits for a job again and saves its results."""
    return f"krea jobs wait {job_id}" + (f" --out {out}" if out is not None else "")


@contextmanager
def submitting() -> Iterator[None]:
    """Around a job-creating call: Ctrl-C or SIGTERM during it says that a job may exist, and how to find it.

    Raises:
        CliError: interrupted (exit code 130) or terminated (143).
    """
    sent_at = datetime.datetime.now(datetime.UTC)
    try:
        yield
    except KeyboardInterrupt as exc:
        terminated = isinstance(exc, Terminated)
        raise CliError(
            f"{'Terminated' if terminated else 'Interrupted'} while submitting: a job may have been created "
            f"(and may be billed). See the jobs it may have created with "
            f"`krea jobs find-uncertain --at {sent_at.isoformat()}` before submitting again.",
            code=ExitCode.TERMINATED if terminated else ExitCode.INTERRUPTED,
        ) from None


def check_destination(out: Path) -> None:
    """Refuse a ``--out`` that downloads could not write into, before anything is submitted or created.

    Raises:
        CliError: ``out`` is a file, lies under a file, or is a folder (or would be created in one) that
            cannot be written (exit code 2).
    """
    folder = out
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # the folder that `out` would be created in
    if not folder.is_dir():
        where = "is a file" if folder == out else f"cannot be created: {folder} is a file"
        raise CliError(f"--out {out} {where}; give a folder for the results", code=ExitCode.USAGE)
    try:
        with tempfile.TemporaryFile(dir=folder):  # the one honest test: permissions, read-only mounts, ACLs
            pass
    except OSError as exc:
        what = "" if folder == out else f" (it would be created in {folder})"
        reason = exc.strerror or str(exc)
        raise CliError(f"--out {out} is not writable{what}: {reason}", code=ExitCode.USAGE) from None


def wait_for(
    client: Krea,
    session: Session,
    output: Output,
    job: Job,
    *,
    timeout: float | None,
    cancel: bool,
    out: Path | None,
    left_running: str = "",
    cancel_on_timeout: bool = False,
) -> Job:
    """Wait for a job with live progress; Ctrl-C or SIGTERM cancels it when ``cancel`` and exits 130 (143).

    Args:
        out: The folder the results go to, for the command that collects them later (None: not saved).
        left_running: Why an interrupted job is left running, as the message says it (e.g. ``(--detach)``).
        cancel_on_timeout: Cancel the job at the deadline while it can still be cancelled.

    Raises:
        JobFailedError, JobCancelledError, JobTimeoutError: the job did not complete.
        CliError: interrupted (exit code 130) or terminated (143), saying what became of the job.
    """
    try:
        with output.watch(job, session.clock) as on_update:
            return client.jobs.wait(
                job.id,
                timeout=timeout,
                on_update=on_update,
                cancel_on_interrupt=cancel,
                cancel_on_timeout=cancel_on_timeout,
            )
    except KeyboardInterrupt as exc:
        code = ExitCode.TERMINATED if isinstance(exc, Terminated) else ExitCode.INTERRUPTED
        what = "Terminated (SIGTERM)" if code is ExitCode.TERMINATED else "Interrupted"
        message = f"{what}: {_after_interrupt(client, job.id, cancel, out, left_running)}"
        raise CliError(message, code=code) from None


def _after_interrupt(client: Krea, job_id: str, cancel: bool, out: Path | None, left_running: str) -> str:
    collect = collect_command(job_id, out)
    if not cancel:
        because = f" {left_running}" if left_running else ""
        return f"job {job_id} was left running{because}; it may be billed. Collect it with `{collect}`."
    try:
        status = client.jobs.get(job_id).status
    except KreaError:
        status = "unknown"
    if status == "cancelled":
        return f"job {job_id} was cancelled; it will not be billed."
    return (
        f"job {job_id} is {status} and was not cancelled; it may still complete and be billed. "
        f"Collect it with `{collect}`."
    )


def save(output: Output, job: Job, out: Path) -> list[Path]:
    """Download a completed job's outputs into ``out`` and list the saved paths for people."""
    paths = job.download(out) if job.urls else []
    output.paths(paths)
    return paths


def name_the_job(exc: BaseException, job_id: str, out: Path | None) -> None:
    """Add to a failure after a job exists the job id and the command that collects it (not for a job that
    failed or was cancelled: there is nothing to collect)."""
    cancelled_at_deadline = isinstance(exc, JobTimeoutError) and exc.cancelled
    if not isinstance(exc, JobFailedError | JobCancelledError) and not cancelled_at_deadline:
        exc.add_note(f"Job {job_id} exists: collect it with `{collect_command(job_id, out)}`.")


def _find_model(family: str, model: str) -> _catalogue.Model:
    """The model, or a refusal that names the command for a model of another family (``krea image google/veo-3``).

    Raises:
        CliError: the model belongs to another family (exit code 2).
        ValidationError: no family has it; the message suggests the closest ids.
    """
    try:
        return _catalogue.find(family, model)
    except ValidationError as exc:
        unknown = exc
    for other in _catalogue.FAMILIES:
        if other == family:
            continue
        try:
            found = _catalogue.find(other, model)
        except ValidationError:
            continue
        article = "an" if other[0] in "aeiou" else "a"
        raise CliError(
            f"{found.id} is {article} {other} model, not {'an' if family[0] in 'aeiou' else 'a'} {family} model: "
            f"run `krea {other} {found.id} ...` (its parameters: `krea models {found.endpoint}`)",
            code=ExitCode.USAGE,
        )
    raise unknown


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
    cancel_on_timeout: bool,
) -> None:
    session, output = begin(ctx, mock=mock, json_mode=json_mode)
    found = _find_model(family, model)
    endpoint = found.endpoint
    params = _uploads.at_files(found.schema_name, params, Path.cwd())  # --param image_url=@photo.png
    try:  # the client checks again; checked here, a bad parameter comes before a missing key, with a pointer
        _catalogue.validate(found, _uploads.plan(found.schema_name, params).with_placeholders())
    except ValidationError as exc:
        exc.add_note(f"See every parameter of {endpoint} with `krea models {endpoint}`.")
        raise
    if not no_wait:
        check_destination(out)
    with session.client() as client:
        with submitting():
            job: Job = getattr(client, family)(model, webhook_url=webhook_url, **params)
        if no_wait:
            output.note(f"Submitted {endpoint}: job {job.id} is {job.status}. Wait for it: krea jobs wait {job.id}")
            if output.json:
                output.emit(job_summary(job, endpoint=endpoint))
            else:
                print(job.id, flush=True)
            return
        output.note(f"Submitted {endpoint}: job {job.id}" + ("  (offline mock)" if session.use_mock else ""))
        try:
            done = wait_for(client, session, output, job, timeout=timeout, cancel=not detach, out=out,
                            left_running="(--detach)", cancel_on_timeout=cancel_on_timeout)  # fmt: skip
            paths = save(output, done, out)
        except (KreaError, OSError) as exc:
            name_the_job(exc, job.id, out)
            raise
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
    cancel_on_timeout: CancelOnTimeoutOpt = False,
    webhook_url: WebhookOpt = None,
    json_mode: JsonOpt = None,
    mock: MockOpt = False,
) -> None:
    """Generate an image, wait for it with live progress and save it into --out.

    The model's parameters, with their types and bounds: krea models MODEL.
    """
    typed = {"prompt": prompt, "width": width, "height": height, "seed": seed, "steps": steps,
             "aspect_ratio": aspect_ratio, "resolution": resolution, "image_url": image_url}  # fmt: skip
    _generate(ctx, "image", model, parse_params(param, typed), mock=mock, json_mode=json_mode, out=out,
              no_wait=no_wait, detach=detach, timeout=timeout, webhook_url=webhook_url,
              cancel_on_timeout=cancel_on_timeout)  # fmt: skip


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
    cancel_on_timeout: CancelOnTimeoutOpt = False,
    webhook_url: WebhookOpt = None,
    json_mode: JsonOpt = None,
    mock: MockOpt = False,
) -> None:
    """Generate a video, wait for it with live progress and save it into --out.

    The model's parameters, with their types and bounds: krea models MODEL.
    """
    typed = {"prompt": prompt, "duration": duration, "aspect_ratio": aspect_ratio, "resolution": resolution,
             "seed": seed, "start_image": start_image}  # fmt: skip
    _generate(ctx, "video", model, parse_params(param, typed), mock=mock, json_mode=json_mode, out=out,
              no_wait=no_wait, detach=detach, timeout=timeout, webhook_url=webhook_url,
              cancel_on_timeout=cancel_on_timeout)  # fmt: skip


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
    cancel_on_timeout: CancelOnTimeoutOpt = False,
    webhook_url: WebhookOpt = None,
    json_mode: JsonOpt = None,
    mock: MockOpt = False,
) -> None:
    """Enhance (upscale) an image, wait for it and save it into --out; e.g. topaz/standard-enhance.

    The model's parameters, with their types and bounds: krea models MODEL.
    """
    typed = {"image_url": image_url, "width": width, "height": height, "prompt": prompt, "seed": seed}
    _generate(ctx, "enhance", model, parse_params(param, typed), mock=mock, json_mode=json_mode, out=out,
              no_wait=no_wait, detach=detach, timeout=timeout, webhook_url=webhook_url,
              cancel_on_timeout=cancel_on_timeout)  # fmt: skip


def register(app: typer.Typer) -> None:
    """Add the generation commands to the root app."""
    for command in (image, video, enhance):
        app.command()(command)
