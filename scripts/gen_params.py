"""Write the typed parameters of every generation model, and the typed calls, from the spec.

For each ``POST /generate/{family}/{provider}/{model}`` of ``openapi/krea.yaml`` (the models of
``krea/_catalogue.py``), ``krea/_params.py`` gets a ``TypedDict`` of its request body (``Required`` and
``NotRequired`` from the schema, ``Literal`` for enums, nested objects as their own ``TypedDict``, the
description with bounds and default as each field's docstring), and ``krea/_async/_generation.py`` gets the
closed ``@overload`` sets of ``image``, ``video``, ``enhance`` and ``subscribe`` keyed on ``Literal`` model
ids; ``scripts/unasync.py`` then writes its sync twin. The set stays closed: a catch-all ``str`` overload
would silence every error mypy reports (see TOOLCHAIN.md); ``client.generate`` is the untyped way in.

    python scripts/gen_params.py           rewrite both files (``make generate`` runs this)
    python scripts/gen_params.py --check   exit 1 when either is stale (``make check-generated``)
"""

from __future__ import annotations

import argparse
import difflib
import json
import keyword
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "krea.yaml"
PARAMS = ROOT / "krea" / "_params.py"
GENERATION = ROOT / "krea" / "_async" / "_generation.py"
FAMILIES = {"image": "an image generation", "video": "a video generation", "enhance": "an image enhancement"}
MEDIA = "MediaInput"
"""The alias for a media URL, or a local file the SDK uploads first (see ``krea/_uploads.py``)."""


def load() -> dict[str, Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with SPEC.open(encoding="utf-8") as fh:
        spec: dict[str, Any] = yaml.load(fh, Loader=loader)
    return spec


def models(spec: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(family, model id, request schema name, summary) of every model, as ``krea/_catalogue.py`` reads them."""
    found = []
    for path, item in spec["paths"].items():
        match = re.fullmatch(r"/generate/([a-z]+)/(.+)", path)
        if not match or "post" not in item:
            continue
        op = item["post"]
        ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        found.append((match[1], match[2], ref.rsplit("/", 1)[1], op.get("summary", "")))
    return found


def params_name(schema_name: str) -> str:
    """``Flux1DevRequest`` -> ``Flux1DevParams``; a nested ``StyleLora`` -> ``StyleLoraParam``."""
    if schema_name.endswith("Request"):
        return schema_name[: -len("Request")] + "Params"
    return schema_name + "Param"


class Writer:
    """Turns schemas into type expressions, collecting the nested ``TypedDict`` and ``Literal`` aliases."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.nested: dict[str, str] = {}
        """Source of every nested type, by name, each after the types it uses."""
        self.pending: set[str] = set()

    def type_of(self, schema: dict[str, Any], hint: str) -> str:
        """The type of ``schema``; ``hint`` names an inline object's ``TypedDict``."""
        if "$ref" in schema:
            return self.named(schema["$ref"].rsplit("/", 1)[1])
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return " | ".join(dict.fromkeys(self.type_of(option, hint) for option in schema[key]))
        if "enum" in schema:
            return f"Literal[{', '.join(json.dumps(value) for value in schema['enum'])}]"
        kinds = schema.get("type", "object")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        return " | ".join(self.scalar(kind, schema, hint) for kind in kinds)

    def scalar(self, kind: str, schema: dict[str, Any], hint: str) -> str:
        if kind == "string":
            return MEDIA if schema.get("format") == "uri" else "str"
        if kind == "array":
            return f"Sequence[{self.type_of(schema.get('items', {}), hint.removesuffix('Param') + 'ItemParam')}]"
        if kind == "object":
            if "properties" not in schema:
                return "Mapping[str, object]"
            if hint not in self.nested:
                self.nested[hint] = self.typed_dict(hint, schema)
            return hint
        return {"number": "float", "integer": "int", "boolean": "bool", "null": "None"}[kind]

    def named(self, name: str) -> str:
        schema = self.schemas[name]
        target = params_name(name)
        if target in self.nested:
            return target
        if target in self.pending:
            raise SystemExit(f"{name} refers to itself: a recursive schema is not supported yet")
        self.pending.add(target)
        if "properties" in schema:  # defined after what it uses: the module is evaluated without postponement
            self.nested[target] = self.typed_dict(target, schema)
        else:
            alias = f"{target} = {self.type_of(schema, target)}"
            self.nested[target] = "\n".join([alias, *docstring(schema.get("description", ""))])
        return target

    def typed_dict(self, name: str, schema: dict[str, Any]) -> str:
        lines = [f"class {name}(TypedDict):", *indent(docstring(schema.get("description", name)))]
        required = set(schema.get("required", []))
        for key, prop in schema["properties"].items():
            if not key.isidentifier() or keyword.iskeyword(key):
                raise SystemExit(f"{name}: the field {key!r} is not a Python name; write this TypedDict functionally")
            wrapper = "Required" if key in required else "NotRequired"
            part = "".join(word.capitalize() for word in key.split("_"))
            hint = name.removesuffix("Params").removesuffix("Param") + part + "Param"
            lines.append(f"    {key}: {wrapper}[{self.type_of(prop, hint)}]")
            lines.extend(indent(docstring(describe(prop, self.schemas))))
        return "\n".join(lines) + "\n"


def describe(prop: dict[str, Any], schemas: dict[str, Any]) -> str:
    """A field's description, with its bounds and default as the spec writes them."""
    target = prop
    while "$ref" in target:
        target = schemas[target["$ref"].rsplit("/", 1)[1]]
    text = prop.get("description") or target.get("description") or ""
    facts = []
    low, high = prop.get("minimum"), prop.get("maximum")
    if low is not None and high is not None:
        facts.append(f"from {low} to {high}")
    elif low is not None:
        facts.append(f"at least {low}")
    elif high is not None:
        facts.append(f"at most {high}")
    for key, what in (("minLength", "at least {} characters"), ("maxLength", "at most {} characters")):
        if key in prop:
            facts.append(what.format(prop[key]))
    for key, what in (("minItems", "at least {} items"), ("maxItems", "at most {} items")):
        if key in prop:
            facts.append(what.format(prop[key]))
    if prop.get("format") == "uri" or prop.get("items", {}).get("format") == "uri":
        facts.append("a URL, or a local file to upload first: a Path, bytes or a binary file")
    if "default" in prop:
        facts.append(f"default {json.dumps(prop['default'])}")
    if facts:
        text = f"{text.rstrip('.')} ({'; '.join(facts)})." if text else "; ".join(facts) + "."
        text = text[0].upper() + text[1:]
    return text


def docstring(text: str, width: int = 108) -> list[str]:
    """A docstring's lines, wrapped to fit the line length once indented."""
    text = " ".join(text.split()).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if not text:
        return []
    if len(text) + 6 <= width:
        return [f'"""{text}"""']
    lines = textwrap.wrap(f'"""{text}', width)
    return [*lines[:-1], lines[-1] + '"""']


def indent(lines: list[str]) -> list[str]:
    return [f"    {line}" for line in lines]


PARAMS_HEADER = '''\
# Generated from openapi/krea.yaml by scripts/gen_params.py: edit the spec, then run `make generate`.
"""The request parameters of every generation model, as typed dictionaries (generated from the spec).

``client.image("bfl/flux-1-dev", **params)`` is checked against ``Flux1DevParams`` by mypy and pyright, and
``client.subscribe("image/bfl/flux-1-dev", input=...)`` takes one. The clients import this module only while
type checking, so ``import krea`` never loads it; the bounds, lengths and formats the types cannot say are
checked at run time, against the spec, before anything is sent. Import them from ``krea.types``.
Annotations are not postponed, so that ``Required`` and ``NotRequired`` are seen at run time too.
"""

import os
from collections.abc import Mapping, Sequence
from typing import IO, Literal, NotRequired, Required, TypedDict

MediaInput = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]
"""A media URL, or a local file the SDK uploads as an asset first: a ``pathlib.Path`` (any ``os.PathLike``),
``bytes`` or a binary file object."""

'''


def params_module(spec: dict[str, Any]) -> str:
    writer = Writer(spec)
    requests = [writer.typed_dict(params_name(name), writer.schemas[name]) for _, _, name, _ in models(spec)]
    mapping = [f"    {json.dumps(f'{fam}/{mid}')}: {params_name(name)}," for fam, mid, name, _ in models(spec)]
    parts = [PARAMS_HEADER, *(text for text in writer.nested.values()), *requests]
    public = sorted([MEDIA, *writer.nested, *(params_name(name) for _, _, name, _ in models(spec))])
    parts.append("__all__ = [\n" + "".join(f"    {json.dumps(name)},\n" for name in public) + "]\n")
    parts.append(
        "PARAMS: dict[str, type] = {\n" + "\n".join(mapping) + "\n}\n"
        '"""The parameters type of every endpoint (``image/bfl/flux-1-dev``)."""\n'
    )
    return "\n\n".join(part.rstrip("\n") + "\n" for part in parts)


GENERATION_HEADER = '''\
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
    from .._params import {imports}
    from ._jobs import AsyncJob


class AsyncGeneration:
    """The generation calls; the client supplies ``_generation`` and ``_subscription``, which send, and
    ``_call_options``."""

    if TYPE_CHECKING:

        async def _generation(
            self, family: str, model: str, params: Mapping[str, object], webhook_url: str | None
        ) -> AsyncJob: ...

        async def _subscription(
            self,
            endpoint: str,
            input: Mapping[str, object],
            timeout: float | None,
            on_update: OnUpdate[AsyncJob] | None,
            webhook_url: str | None,
            cancel_on_interrupt: bool,
            cancel_on_timeout: bool,
        ) -> AsyncJob: ...

        def _call_options(
            self, request_timeout: float | NotGiven | None, extra_headers: Mapping[str, str] | None
        ) -> contextlib.AbstractContextManager[None]: ...
'''

FAMILY_DOC = '''\
        """Submit {what} and return the pending job.

        Args:
            model: the model id as Krea writes it (positional only, so a model's own ``model`` parameter, as
                on the Topaz enhancers, goes into ``params``), e.g.
                ``"{example}"``.
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
            return await self._generation("{family}", model, params, webhook_url)
'''

SUBSCRIBE = '''\
    async def subscribe(
        self,
        endpoint: str,
        *,
        input: Mapping[str, object],
        timeout: float | None = None,
        on_update: OnUpdate[AsyncJob] | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJob:
        """Submit a generation and wait for it; return the completed job.

        Args:
            endpoint: family and model, e.g. ``"image/bfl/flux-1-dev"``.
            input: the model's parameters (typed per model; for an endpoint or parameters known only at run
                time, use ``generate``).
            timeout: the wait's deadline in seconds; None means the client's default, never "forever".
            on_update: called with the job on every status change.
            webhook_url: also have Krea POST the job to this URL.
            cancel_on_interrupt: when the wait is interrupted (Ctrl-C; with ``AsyncKrea``, cancelling the task
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
            return await self._subscription(
                endpoint, input, timeout, on_update, webhook_url, cancel_on_interrupt, cancel_on_timeout
            )
'''


OPTIONS = "request_timeout: float | NotGiven | None = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None"
"""The per-call options every generation call takes (``krea/_options.py``)."""
RESERVED = {"webhook_url", "request_timeout", "extra_headers"}
"""Keyword names of the calls themselves, which no model parameter may take (``model`` may: it is positional
only in the calls)."""


def generation_module(spec: dict[str, Any]) -> str:
    found = models(spec)
    schemas = spec["components"]["schemas"]
    for fam, mid, name, _ in found:
        clash = RESERVED & set(schemas[name].get("properties", {}))
        if clash:
            raise SystemExit(f"{fam}/{mid}: parameter {', '.join(sorted(clash))} collides with a keyword of the calls")
    names = sorted({params_name(name) for _, _, name, _ in found})
    out = [GENERATION_HEADER.replace("{imports}", ", ".join(names))]
    for family in FAMILIES:
        mine = [(mid, params_name(name)) for fam, mid, name, _ in found if fam == family]
        for mid, typed in mine:
            out.append(
                f"    @overload\n    async def {family}(\n        self, model: Literal[{json.dumps(mid)}], /, *,"
                f" webhook_url: str | None = None, {OPTIONS}, **params: Unpack[{typed}]\n    ) -> AsyncJob: ...\n"
            )
        out.append(
            f"    async def {family}(\n        self, model: str, /, *, webhook_url: str | None = None,"
            f" {OPTIONS}, **params: object\n    ) -> AsyncJob:\n"
            + FAMILY_DOC.format(what=FAMILIES[family], example=f"{mine[0][0]}", family=family)
        )
    for fam, mid, name, _ in found:
        out.append(
            "    @overload\n    async def subscribe(\n        self,\n"
            f"        endpoint: Literal[{json.dumps(f'{fam}/{mid}')}],\n        *,\n"
            f"        input: {params_name(name)},\n        timeout: float | None = None,\n"
            "        on_update: OnUpdate[AsyncJob] | None = None,\n        webhook_url: str | None = None,\n"
            "        cancel_on_interrupt: bool = True,\n        cancel_on_timeout: bool = False,\n"
            f"        {OPTIONS},\n    ) -> AsyncJob: ...\n"
        )
    out.append(SUBSCRIBE)
    return "\n".join(out)


def formatted(text: str, path: Path) -> str:
    """``text`` as the pinned ruff formats and fixes it (sorted imports, unused ones dropped)."""
    fixed = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--fix-only", "--quiet", "--stdin-filename", str(path), "-"],
        input=text, capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(path), "-"],
        input=fixed.stdout or text, capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    return done.stdout


def expected() -> dict[Path, str]:
    spec = load()
    return {
        PARAMS: formatted(params_module(spec), PARAMS),
        GENERATION: formatted(generation_module(spec), GENERATION),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail when a generated file is stale")
    args = parser.parse_args()
    failed = False
    for path, text in expected().items():
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if not args.check:
            path.write_text(text, encoding="utf-8")
        elif current != text:
            failed = True
            name = str(path.relative_to(ROOT))
            sys.stdout.writelines(difflib.unified_diff(current.splitlines(True), text.splitlines(True), name, name))
    if failed:
        print("krea/_params.py or krea/_async/_generation.py is stale: run 'make generate' and commit", file=sys.stderr)
        return 1
    if args.check:
        print("krea/_params.py and krea/_async/_generation.py are up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
