# Generated from openapi/krea.yaml by scripts/gen_params.py: edit the spec, then run `make generate`.
"""The request parameters of every generation model, as typed dictionaries (generated from the spec).

``client.image("bfl/flux-1-dev", **params)`` is checked against ``Flux1DevParams`` by mypy and pyright, and
``client.subscribe("image/bfl/flux-1-dev", input=...)`` takes one. The clients import this module only while
type checking, so ``import krea`` never loads it; the bounds, lengths and formats the types cannot say are
checked at run time, against the spec, before anything is sent. Import them from ``krea.types``.
Annotations are not postponed, so that ``Required`` and ``NotRequired`` are seen at run time too.
"""

import os
from collections.abc import Sequence
from typing import IO, Literal, NotRequired, Required, TypedDict

MediaInput = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]
"""A media URL, or a local file the SDK uploads as an asset first: a ``pathlib.Path`` (any ``os.PathLike``),
``bytes`` or a binary file object."""


class StyleLoraParam(TypedDict):
    """A style (LoRA) to apply, by id, with its strength."""

    id: Required[str]
    strength: Required[float]
    """From -2 to 2."""


class StyleImageParam(TypedDict):
    """An image used as a prompt or style reference, with its strength."""

    url: NotRequired[MediaInput]
    """A URL, or a local file to upload first: a Path, bytes or a binary file."""
    strength: Required[float]
    """From -2 to 2."""


class RunwayReferenceImageParam(TypedDict):
    """A reference picture for Runway Gen-4 Image, addressable from the prompt by its tag."""

    url: Required[MediaInput]
    """Reference image URL (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    tag: Required[str]
    """Name used to mention this image in the prompt (lowercase letters, digits, underscores) (at least 3
    characters; at most 16 characters)."""


LumaOutputFormatParam = Literal["png", "jpeg"]
"""File format of Luma UNI-1 output images."""


class KlingCameraControlSimpleConfigParam(TypedDict):
    """Per-axis movement amounts, each from -10 to 10."""

    zoom: NotRequired[float]
    """From -10 to 10."""
    roll: NotRequired[float]
    """From -10 to 10."""
    pan: NotRequired[float]
    """From -10 to 10."""
    tilt: NotRequired[float]
    """From -10 to 10."""
    vertical: NotRequired[float]
    """From -10 to 10."""
    horizontal: NotRequired[float]
    """From -10 to 10."""


class KlingCameraControlSimpleParam(TypedDict):
    """A custom camera move built from per-axis amounts."""

    type: Required[Literal["simple"]]
    config: NotRequired[KlingCameraControlSimpleConfigParam]
    """Per-axis movement amounts, each from -10 to 10."""


class KlingCameraControlDownBackParam(TypedDict):
    """Preset move that pulls the camera down and back."""

    type: Required[Literal["down_back"]]
    config: NotRequired[None]
    """Presets take no configuration (default null)."""


class KlingCameraControlForwardUpParam(TypedDict):
    """Preset move that pushes the camera forward and up."""

    type: Required[Literal["forward_up"]]
    config: NotRequired[None]
    """Presets take no configuration (default null)."""


class KlingCameraControlRightTurnForwardParam(TypedDict):
    """Preset move that turns right while moving forward."""

    type: Required[Literal["right_turn_forward"]]
    config: NotRequired[None]
    """Presets take no configuration (default null)."""


class KlingCameraControlLeftTurnForwardParam(TypedDict):
    """Preset move that turns left while moving forward."""

    type: Required[Literal["left_turn_forward"]]
    config: NotRequired[None]
    """Presets take no configuration (default null)."""


KlingCameraControlParam = (
    KlingCameraControlSimpleParam
    | KlingCameraControlDownBackParam
    | KlingCameraControlForwardUpParam
    | KlingCameraControlRightTurnForwardParam
    | KlingCameraControlLeftTurnForwardParam
)
"""Camera movement for Kling 1.x; either a custom `simple` move or one of four preset moves."""


class KlingMultiPromptSegmentParam(TypedDict):
    """One shot of a Kling 3.0 multi-shot video."""

    prompt: Required[str]
    """What happens in this shot (at most 512 characters)."""
    duration: Required[float]
    """Length of this shot in seconds (from 1 to 15)."""


class KlingTaggedReferenceParam(TypedDict):
    """A Kling o1 reference (image or video) that the prompt can mention by its tag."""

    url: Required[MediaInput]
    """Reference media URL (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    tag: Required[str]
    """Name used to mention this reference in the prompt (lowercase letters, digits, `_`, `-`) (at least 3
    characters; at most 16 characters)."""


class KlingElementReferenceParam(TypedDict):
    """A Kling o1 element (character or object) shown in one to three pictures, mentioned in the prompt by its
    tag."""

    images: Required[Sequence[MediaInput]]
    """One to three pictures of the element (at least 1 items; at most 3 items; a URL, or a local file to upload
    first: a Path, bytes or a binary file)."""
    tag: Required[str]
    """Name used to mention this element in the prompt (lowercase letters, digits, `_`, `-`) (at least 3
    characters; at most 16 characters)."""


class HailuoSubjectParam(TypedDict):
    """A character whose likeness Hailuo should keep (subject-reference mode)."""

    type: Required[Literal["character"]]
    image: Required[Sequence[MediaInput]]
    """Pictures of the character (at least 1 items; a URL, or a local file to upload first: a Path, bytes or a
    binary file)."""


class RunwayAlephReferenceParam(TypedDict):
    """A reference image for Runway Aleph."""

    type: Required[Literal["image"]]
    uri: Required[MediaInput]
    """Reference image URL (a URL, or a local file to upload first: a Path, bytes or a binary file)."""


class Flux1DevParams(TypedDict):
    """Request body for Flux 1 Dev (text-to-image, optional image-to-image, LoRA styles and image references)."""

    prompt: Required[str]
    """What the image should show (at most 1800 characters)."""
    strength: NotRequired[float]
    """How strongly `image_url` is transformed when doing image-to-image (default 1)."""
    seed: NotRequired[float]
    """Seed for reproducible output; a random one is used when omitted."""
    steps: NotRequired[int]
    """Number of denoising steps (from 1 to 100; default 25)."""
    width: NotRequired[float]
    """Output width in pixels (from 512 to 2368; default 1024)."""
    height: NotRequired[float]
    """Output height in pixels (from 512 to 2368; default 1024)."""
    guidance_scale_flux: NotRequired[float]
    """Prompt adherence; higher values follow the prompt more literally (from 0 to 24; default 3)."""
    image_url: NotRequired[MediaInput | None]
    """Optional source image for image-to-image (a URL, or a local file to upload first: a Path, bytes or a
    binary file)."""
    styles: NotRequired[Sequence[StyleLoraParam]]
    """LoRA styles to apply, each with its own strength."""
    style_images: NotRequired[Sequence[StyleImageParam]]
    """Image prompts that steer the content of the result."""
    image_style_references: NotRequired[Sequence[StyleImageParam]]
    """Images whose look (not content) the result should borrow."""


class Flux1KontextDevParams(TypedDict):
    """Request body for Flux 1 Kontext Dev (instruction-based editing and generation)."""

    prompt: Required[str]
    """What the image should show, or the edit to apply to `image_url` (at most 1800 characters)."""
    strength: NotRequired[float]
    """How strongly `image_url` is transformed (default 1)."""
    seed: NotRequired[float]
    """Seed for reproducible output; a random one is used when omitted."""
    steps: NotRequired[int]
    """Number of denoising steps (from 1 to 100; default 25)."""
    width: NotRequired[float]
    """Output width in pixels (from 512 to 2368; default 1024)."""
    height: NotRequired[float]
    """Output height in pixels (from 512 to 2368; default 1024)."""
    guidance_scale_flux: NotRequired[float]
    """Prompt adherence; higher values follow the prompt more literally (from 0 to 24; default 3)."""
    image_url: NotRequired[MediaInput | None]
    """Optional image to edit (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    style_images: NotRequired[Sequence[StyleImageParam]]
    """At most one image prompt steering the result (at most 1 items)."""


class NanoBananaProParams(TypedDict):
    """Request body for Google Nano Banana Pro."""

    prompt: Required[str]
    """What the image should show (at least 3 characters)."""
    width: NotRequired[float]
    """Output width in pixels."""
    height: NotRequired[float]
    """Output height in pixels."""
    image_urls: NotRequired[Sequence[MediaInput]]
    """Input images to edit or combine; when given, `style_images` is ignored (a URL, or a local file to upload
    first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["21:9", "1:1", "4:3", "3:2", "2:3", "5:4", "4:5", "3:4", "16:9", "9:16"]]
    """Output aspect ratio."""
    resolution: NotRequired[Literal["1K", "2K", "4K"]]
    """Output resolution tier (affects price) (default "1K")."""
    style_images: NotRequired[Sequence[StyleImageParam]]
    """Image prompts that steer the result."""


class NanoBanana2Params(TypedDict):
    """Request body for Google Nano Banana 2."""

    prompt: Required[str]
    """What the image should show (at least 3 characters)."""
    width: NotRequired[float]
    """Output width in pixels."""
    height: NotRequired[float]
    """Output height in pixels."""
    image_urls: NotRequired[Sequence[MediaInput]]
    """Input images to edit or combine; when given, `style_images` is ignored (a URL, or a local file to upload
    first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[
        Literal["4:1", "21:9", "1:1", "4:3", "3:2", "2:3", "5:4", "4:5", "3:4", "16:9", "9:16", "1:4", "1:8"]
    ]
    """Output aspect ratio."""
    resolution: NotRequired[Literal["1K", "2K", "4K"]]
    """Output resolution tier (affects price) (default "1K")."""
    style_images: NotRequired[Sequence[StyleImageParam]]
    """Image prompts that steer the result."""


class NanoBananaParams(TypedDict):
    """Request body for Google Nano Banana."""

    prompt: Required[str]
    """What the image should show (at least 1 characters)."""
    width: NotRequired[float]
    """Output width in pixels."""
    height: NotRequired[float]
    """Output height in pixels."""
    image_urls: NotRequired[Sequence[MediaInput]]
    """Input images to edit or combine; when given, `style_images` is ignored (a URL, or a local file to upload
    first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["21:9", "1:1", "4:3", "3:2", "2:3", "5:4", "4:5", "3:4", "16:9", "9:16"]]
    """Output aspect ratio."""
    style_images: NotRequired[Sequence[StyleImageParam]]
    """Image prompts that steer the result."""


class Flux11ProParams(TypedDict):
    """Request body for Flux 1.1 Pro."""

    prompt: Required[str]
    """What the image should show (at least 1 characters)."""
    width: Required[float]
    """Output width in pixels (from 256 to 1440)."""
    height: Required[float]
    """Output height in pixels (from 256 to 1440)."""
    seed: NotRequired[float]
    """Seed for reproducible output (default 1337)."""


class Flux11ProUltraParams(TypedDict):
    """Request body for Flux 1.1 Pro Ultra."""

    prompt: Required[str]
    """What the image should show (at least 1 characters)."""
    width: NotRequired[float]
    """Output width in pixels (from 512 to 8192; default 1024)."""
    height: NotRequired[float]
    """Output height in pixels (from 512 to 8192; default 1024)."""
    seed: NotRequired[float]
    """Seed for reproducible output (default 1337)."""
    raw: NotRequired[bool]
    """Raw mode, giving a less processed, more natural-looking photo (default true)."""


class Ideogram2TurboParams(TypedDict):
    """Request body for Ideogram 2.0A Turbo."""

    prompt: Required[str]
    """What the image should show (at least 1 characters)."""
    width: NotRequired[float]
    """Output width in pixels (from 512 to 8192; default 1024)."""
    height: NotRequired[float]
    """Output height in pixels (from 512 to 8192; default 1024)."""
    seed: NotRequired[float]
    """Seed for reproducible output (default 1337)."""


class Ideogram3Params(TypedDict):
    """Request body for Ideogram 3.0."""

    prompt: Required[str]
    """What the image should show (at least 1 characters)."""
    width: NotRequired[float]
    """Output width in pixels (from 512 to 8192; default 1024)."""
    height: NotRequired[float]
    """Output height in pixels (from 512 to 8192; default 1024)."""
    seed: NotRequired[float]
    """Seed for reproducible output (default 1337)."""
    character_reference_images: NotRequired[Sequence[MediaInput]]
    """Pictures of a character to keep consistent in the output (raises the price) (a URL, or a local file to
    upload first: a Path, bytes or a binary file)."""
    style_images: NotRequired[Sequence[StyleImageParam]]
    """Image prompts that steer the result."""


class Imagen3Params(TypedDict):
    """Request body for Google Imagen 3."""

    prompt: Required[str]
    """What the image should show (at least 1 characters)."""
    width: NotRequired[float]
    """Output width in pixels (from 512 to 8192; default 1024)."""
    height: NotRequired[float]
    """Output height in pixels (from 512 to 8192; default 1024)."""
    seed: NotRequired[float]
    """Seed for reproducible output (default 1337)."""


class Imagen4Params(TypedDict):
    """Request body for Google Imagen 4."""

    prompt: Required[str]
    """What the image should show (at least 1 characters)."""
    width: NotRequired[float]
    """Output width in pixels (from 512 to 8192; default 1024)."""
    height: NotRequired[float]
    """Output height in pixels (from 512 to 8192; default 1024)."""
    seed: NotRequired[float]
    """Seed for reproducible output (default 1337)."""


class Imagen4FastParams(TypedDict):
    """Request body for Google Imagen 4 Fast."""

    prompt: Required[str]
    """What the image should show (at least 1 characters)."""
    width: NotRequired[float]
    """Output width in pixels (from 512 to 8192; default 1024)."""
    height: NotRequired[float]
    """Output height in pixels (from 512 to 8192; default 1024)."""
    seed: NotRequired[float]
    """Seed for reproducible output (default 1337)."""


class Imagen4UltraParams(TypedDict):
    """Request body for Google Imagen 4 Ultra."""

    prompt: Required[str]
    """What the image should show (at least 1 characters)."""
    width: NotRequired[float]
    """Output width in pixels (from 512 to 8192; default 1024)."""
    height: NotRequired[float]
    """Output height in pixels (from 512 to 8192; default 1024)."""
    seed: NotRequired[float]
    """Seed for reproducible output (default 1337)."""


class RunwayGen4ImageParams(TypedDict):
    """Request body for Runway Gen-4 Image (generation guided by tagged reference images)."""

    prompt: Required[str]
    """What the image should show; may mention reference images by tag (at least 1 characters; at most 1000
    characters)."""
    width: NotRequired[float]
    """Output width in pixels (from 512 to 8192; default 1024)."""
    height: NotRequired[float]
    """Output height in pixels (from 512 to 8192; default 1024)."""
    seed: NotRequired[float]
    """Seed for reproducible output (default 1337)."""
    reference_images: Required[Sequence[RunwayReferenceImageParam]]
    """One to three tagged reference images (at least 1 items; at most 3 items)."""


class GptImageParams(TypedDict):
    """Request body for OpenAI ChatGPT Image (gpt-image)."""

    prompt: Required[str]
    """What the image should show (at least 1 characters)."""
    width: NotRequired[float]
    """Output width in pixels (from 512 to 8192; default 1024)."""
    height: NotRequired[float]
    """Output height in pixels (from 512 to 8192; default 1024)."""
    quality: NotRequired[Literal["low", "medium", "high", "auto"]]
    """Rendering quality level (default "auto")."""
    image_urls: NotRequired[Sequence[str]]
    """Input images to edit or combine; when given, `style_images` is ignored."""
    styles: NotRequired[Sequence[StyleLoraParam]]
    """Up to five LoRA styles to apply (at most 5 items)."""
    style_images: NotRequired[Sequence[StyleImageParam]]
    """Up to fifteen image prompts steering the result (at most 15 items)."""


class GptImage2Params(TypedDict):
    """Request body for OpenAI ChatGPT 2 (gpt-image-2)."""

    prompt: Required[str]
    """What the image should show (at least 1 characters)."""
    width: Required[float]
    """Output width in pixels."""
    height: Required[float]
    """Output height in pixels."""
    quality: NotRequired[Literal["low", "medium", "high", "auto"]]
    """Rendering quality level (default "high")."""
    image_urls: NotRequired[Sequence[str]]
    """Up to ten input images to edit or combine; when given, `style_images` is ignored (at most 10 items)."""
    style_images: NotRequired[Sequence[StyleImageParam]]
    """Up to ten image prompts steering the result (at most 10 items)."""


class LumaUni1Params(TypedDict):
    """Request body for Luma UNI-1."""

    prompt: Required[str]
    """What the image should show (at least 1 characters; at most 6000 characters)."""
    width: NotRequired[float]
    """Output width in pixels (from 512 to 8192; default 1024)."""
    height: NotRequired[float]
    """Output height in pixels (from 512 to 8192; default 1024)."""
    mode: NotRequired[Literal["standard", "max"]]
    """Quality mode; `max` costs more (default "standard")."""
    style: NotRequired[Literal["auto", "manga"]]
    """Rendering style preset (default "auto")."""
    output_format: NotRequired[LumaOutputFormatParam | None]
    """Output file format; null lets the server decide."""
    web_search: NotRequired[bool]
    """Let the model look things up on the web before generating (default false)."""
    style_images: NotRequired[Sequence[StyleImageParam]]
    """Up to nine reference images steering the result (at most 9 items)."""


class Seedream4Params(TypedDict):
    """Request body for ByteDance Seedream 4."""

    prompt: Required[str]
    """What the image should show (at least 1 characters)."""
    width: Required[float]
    """Output width in pixels (at most 4096)."""
    height: Required[float]
    """Output height in pixels (at most 4096)."""
    seed: NotRequired[float]
    """Seed for reproducible output (default 1337)."""
    style_images: NotRequired[Sequence[StyleImageParam]]
    """Reference images steering the result."""


class Seedream5LiteParams(TypedDict):
    """Request body for ByteDance Seedream 5 Lite."""

    prompt: Required[str]
    """What the image should show (at least 1 characters)."""
    width: Required[float]
    """Output width in pixels (at most 4096)."""
    height: Required[float]
    """Output height in pixels (at most 4096)."""
    seed: NotRequired[float]
    """Seed for reproducible output (default 1337)."""
    style_images: NotRequired[Sequence[StyleImageParam]]
    """Up to fourteen reference images steering the result (at most 14 items)."""


class Qwen2512Params(TypedDict):
    """Request body for Qwen Image 2512."""

    prompt: Required[str]
    """What the image should show."""
    negative_prompt: NotRequired[str]
    """Things the image should avoid (default "")."""
    width: NotRequired[int]
    """Output width in pixels (default 1024)."""
    height: NotRequired[int]
    """Output height in pixels (default 1024)."""
    num_inference_steps: NotRequired[int]
    """Number of denoising steps (default 30)."""
    cfg_scale: NotRequired[float]
    """Classifier-free guidance; higher values follow the prompt more literally (default 4)."""
    seed: NotRequired[float]
    """Seed for reproducible output."""
    skip_prompt_expansion: NotRequired[bool]
    """Send the prompt as written instead of letting Krea expand it."""
    styles: NotRequired[Sequence[StyleLoraParam]]
    """LoRA styles to apply, each with its own strength."""


class ZImageParams(TypedDict):
    """Request body for Z Image (fast, cheap text-to-image with optional image-to-image)."""

    prompt: Required[str]
    """What the image should show."""
    seed: NotRequired[float]
    """Seed for reproducible output."""
    denoising_strength: NotRequired[float]
    """How much `image_url` may change (0 keeps it, 1 ignores it) (from 0 to 1; default 0.6)."""
    styles: NotRequired[Sequence[StyleLoraParam]]
    """LoRA styles to apply, each with its own strength."""
    skip_prompt_expansion: NotRequired[bool]
    """Send the prompt as written instead of letting Krea expand it (default false)."""
    aspect_ratio: Required[Literal["1:1", "4:3", "2:3", "16:9", "9:16"]]
    """Output aspect ratio."""
    resolution: Required[Literal["1K"]]
    """Output resolution tier; only `1K` is offered."""
    image_url: NotRequired[MediaInput | None]
    """Optional source image for image-to-image (a URL, or a local file to upload first: a Path, bytes or a
    binary file)."""
    style_images: NotRequired[Sequence[StyleImageParam]]
    """At most one reference image steering the result (at most 1 items)."""


class SeedEditParams(TypedDict):
    """Request body for ByteDance SeedEdit (prompt-driven edit of one image)."""

    prompt: Required[str]
    """The edit to apply (at least 1 characters)."""
    seed: NotRequired[float]
    """Seed for reproducible output (default 1337)."""
    image_url: Required[MediaInput]
    """Image to edit (a URL, or a local file to upload first: a Path, bytes or a binary file)."""


class TopazGenerativeEnhanceParams(TypedDict):
    """Request body for Topaz Generative enhance (AI upscaling that may invent detail; output up to 16K)."""

    prompt: NotRequired[str]
    """Optional hint describing the image content (default "")."""
    width: Required[float]
    """Target output width in pixels (from 1 to 32000)."""
    height: Required[float]
    """Target output height in pixels (from 1 to 32000)."""
    seed: NotRequired[float]
    """Seed for reproducible output (default 1337)."""
    image_url: Required[MediaInput]
    """Image to enhance (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    model: NotRequired[Literal["Redefine", "Recovery", "Recovery V2", "Reimagine"]]
    """Topaz generative model variant (default "Redefine")."""
    output_format: NotRequired[Literal["png", "jpg", "webp"]]
    """File format of the result (default "jpg")."""
    subject_detection: NotRequired[Literal["All", "Foreground", "Background"]]
    """Which part of the image the enhancement focuses on (default "All")."""
    face_enhancement: NotRequired[bool]
    """Apply a dedicated pass to faces (default false)."""
    face_enhancement_creativity: NotRequired[float]
    """How freely faces may be re-imagined (from 0 to 1; default 0.5)."""
    face_enhancement_strength: NotRequired[float]
    """How strongly the face pass is applied (from 0 to 1; default 0.5)."""
    crop_to_fill: NotRequired[bool]
    """Crop instead of padding when the target ratio differs from the input (default false)."""
    upscaling_activated: NotRequired[bool]
    """Size the output by `image_scaling_factor` rather than by width/height (default false)."""
    image_scaling_factor: NotRequired[float]
    """Upscale multiplier used when `upscaling_activated` is true (from 1 to 32; default 1)."""
    creativity: NotRequired[int]
    """How much new detail the model may invent (from 1 to 6; default 3)."""
    texture: NotRequired[int]
    """Amount of fine texture added (from 1 to 5; default 3)."""
    sharpen: NotRequired[float]
    """Sharpening amount (from 0 to 1; default 0.5)."""
    denoise: NotRequired[float]
    """Noise reduction amount (from 0 to 1; default 0.5)."""
    detail: NotRequired[float]
    """Detail recovery amount (from 0 to 1; default 0.5)."""


class TopazStandardEnhanceParams(TypedDict):
    """Request body for Topaz standard enhance (faithful upscaling; output up to 22K)."""

    prompt: NotRequired[str]
    """Optional hint describing the image content (default "")."""
    width: Required[float]
    """Target output width in pixels (from 1 to 32000)."""
    height: Required[float]
    """Target output height in pixels (from 1 to 32000)."""
    seed: NotRequired[float]
    """Seed for reproducible output (default 1337)."""
    image_url: Required[MediaInput]
    """Image to enhance (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    model: Required[Literal["Standard V2", "Low Resolution V2", "CGI", "High Fidelity V2", "Text Refine"]]
    """Topaz model tuned for the kind of source image."""
    output_format: NotRequired[Literal["png", "jpg", "webp"]]
    """File format of the result (default "jpg")."""
    subject_detection: NotRequired[Literal["All", "Foreground", "Background"]]
    """Which part of the image the enhancement focuses on (default "All")."""
    face_enhancement: NotRequired[bool]
    """Apply a dedicated pass to faces (default false)."""
    face_enhancement_creativity: NotRequired[float]
    """How freely faces may be re-imagined (from 0 to 1; default 0.5)."""
    face_enhancement_strength: NotRequired[float]
    """How strongly the face pass is applied (from 0 to 1; default 0.5)."""
    crop_to_fill: NotRequired[bool]
    """Crop instead of padding when the target ratio differs from the input (default false)."""
    upscaling_activated: NotRequired[bool]
    """Size the output by `image_scaling_factor` rather than by width/height (default false)."""
    image_scaling_factor: NotRequired[float]
    """Upscale multiplier used when `upscaling_activated` is true (from 1 to 32; default 1)."""
    sharpen: NotRequired[float]
    """Sharpening amount (from 0 to 1; default 0.5)."""
    denoise: NotRequired[float]
    """Noise reduction amount (from 0 to 1; default 0.5)."""
    fix_compression: NotRequired[float]
    """How aggressively compression artefacts are removed (from 0 to 1; default 0.5)."""
    strength: NotRequired[float]
    """Overall strength of the enhancement (from 0.01 to 1; default 0.5)."""


class TopazBloomEnhanceParams(TypedDict):
    """Request body for Topaz Bloom enhance (creative upscaling; output up to 10K)."""

    prompt: NotRequired[str]
    """Optional hint describing the image content (default "")."""
    width: Required[float]
    """Target output width in pixels (from 1 to 10000)."""
    height: Required[float]
    """Target output height in pixels (from 1 to 10000)."""
    seed: NotRequired[float]
    """Seed for reproducible output (default 1337)."""
    image_url: Required[MediaInput]
    """Image to enhance (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    model: Required[Literal["Reimagine"]]
    """Bloom model variant; only `Reimagine` is offered."""
    output_format: NotRequired[Literal["png", "jpg", "webp"]]
    """File format of the result (default "jpg")."""
    crop_to_fill: NotRequired[bool]
    """Crop instead of padding when the target ratio differs from the input (default false)."""
    creativity: NotRequired[int]
    """How much new detail the model may invent (from 1 to 9; default 3)."""
    face_preservation: NotRequired[bool]
    """Keep faces close to the original (default false)."""
    color_preservation: NotRequired[bool]
    """Keep colours close to the original (default false)."""
    upscaling_activated: NotRequired[bool]
    """Size the output by `image_scaling_factor` rather than by width/height (default false)."""
    image_scaling_factor: NotRequired[float]
    """Upscale multiplier used when `upscaling_activated` is true (from 1 to 32; default 1)."""


class Kling1Params(TypedDict):
    """Request body for Kling 1.0."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16", "1:1"]]
    """Output aspect ratio (default "16:9")."""
    duration: NotRequired[Literal[5, 10]]
    """Clip length in seconds (default 5)."""
    camera_control: NotRequired[KlingCameraControlParam]
    """Camera movement for Kling 1.x; either a custom `simple` move or one of four preset moves."""
    end_image: NotRequired[MediaInput]
    """Image used as the last frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    end_video: NotRequired[MediaInput]
    """Video the clip should lead into (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    mode: NotRequired[Literal["std", "pro"]]
    """Quality tier; `pro` costs more (default "std")."""


class Kling15Params(TypedDict):
    """Request body for Kling 1.5."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16", "1:1"]]
    """Output aspect ratio (default "16:9")."""
    duration: NotRequired[Literal[5, 10]]
    """Clip length in seconds (default 5)."""
    camera_control: NotRequired[KlingCameraControlParam]
    """Camera movement for Kling 1.x; either a custom `simple` move or one of four preset moves."""
    end_image: NotRequired[MediaInput]
    """Image used as the last frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    end_video: NotRequired[MediaInput]
    """Video the clip should lead into (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    mode: NotRequired[Literal["pro"]]
    """Quality tier; only `pro` is offered (default "pro")."""


class Kling16Params(TypedDict):
    """Request body for Kling 1.6."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16", "1:1"]]
    """Output aspect ratio (default "16:9")."""
    duration: NotRequired[Literal[5, 10]]
    """Clip length in seconds (default 5)."""
    camera_control: NotRequired[KlingCameraControlParam]
    """Camera movement for Kling 1.x; either a custom `simple` move or one of four preset moves."""
    end_image: NotRequired[MediaInput]
    """Image used as the last frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    end_video: NotRequired[MediaInput]
    """Video the clip should lead into (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    mode: NotRequired[Literal["std", "pro"]]
    """Quality tier; `pro` costs more (default "std")."""


class Kling2Params(TypedDict):
    """Request body for Kling 2.0."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16", "1:1"]]
    """Output aspect ratio (default "16:9")."""
    duration: NotRequired[Literal[5]]
    """Clip length in seconds; only 5 is offered (default 5)."""
    end_image: NotRequired[MediaInput]
    """Image used as the last frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    mode: NotRequired[Literal["master", "pro"]]
    """Quality tier (default "master")."""


class Kling21Params(TypedDict):
    """Request body for Kling 2.1."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16", "1:1"]]
    """Output aspect ratio (default "16:9")."""
    duration: NotRequired[Literal[5, 10]]
    """Clip length in seconds (default 5)."""
    end_image: NotRequired[MediaInput]
    """Image used as the last frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    mode: NotRequired[Literal["master", "pro"]]
    """Quality tier (default "master")."""


class Kling25Params(TypedDict):
    """Request body for Kling 2.5."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16", "1:1"]]
    """Output aspect ratio (default "16:9")."""
    duration: NotRequired[Literal[5, 10]]
    """Clip length in seconds (default 5)."""
    end_image: NotRequired[MediaInput]
    """Image used as the last frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    mode: NotRequired[Literal["pro"]]
    """Quality tier; only `pro` is offered (default "pro")."""


class Kling26Params(TypedDict):
    """Request body for Kling 2.6."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16"]]
    """Output aspect ratio (default "16:9")."""
    duration: NotRequired[Literal[5, 10]]
    """Clip length in seconds (default 5)."""
    end_image: NotRequired[MediaInput]
    """Image used as the last frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    end_video: NotRequired[MediaInput]
    """Video the clip should lead into (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    generate_audio: NotRequired[bool]
    """Also generate a matching audio track (costs more) (default false)."""


class Kling30Params(TypedDict):
    """Request body for Kling 3.0."""

    prompt: Required[str]
    """What the video should show (at most 2500 characters)."""
    start_image: NotRequired[MediaInput]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16"]]
    """Output aspect ratio (default "16:9")."""
    duration: NotRequired[float]
    """Clip length in seconds (from 3 to 15; default 5)."""
    end_image: NotRequired[MediaInput]
    """Image used as the last frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    generate_audio: NotRequired[bool]
    """Also generate a matching audio track (costs more) (default false)."""
    mode: NotRequired[Literal["std", "pro", "4k"]]
    """Quality tier; `pro` and `4k` cost more (default "std")."""
    multi_prompt: NotRequired[Sequence[KlingMultiPromptSegmentParam]]
    """Optional list of shots, each with its own prompt and length, for a multi-shot video."""


class KlingO1Params(TypedDict):
    """Request body for Kling o1 (reference-driven generation and video editing)."""

    prompt: Required[str]
    """What the video should show; may mention references by tag."""
    start_image: NotRequired[MediaInput]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16", "1:1"]]
    """Output aspect ratio (default "16:9")."""
    duration: NotRequired[float]
    """Clip length in seconds (from 3 to 10; default 5)."""
    end_image: NotRequired[MediaInput]
    """Image used as the last frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    style_references: NotRequired[Sequence[KlingTaggedReferenceParam]]
    """Tagged images whose style the video should follow."""
    element_references: NotRequired[Sequence[KlingElementReferenceParam]]
    """Tagged characters or objects to include, each shown in one to three pictures."""
    video_reference: NotRequired[KlingTaggedReferenceParam]
    """A Kling o1 reference (image or video) that the prompt can mention by its tag."""


class HailuoParams(TypedDict):
    """Request body for MiniMax Hailuo (video-01 family)."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    expand_prompt: NotRequired[bool]
    """Let the provider rewrite the prompt for better results (default true)."""
    camera_control: NotRequired[Sequence[str]]
    """Camera movement instructions (for the Director models)."""
    model: NotRequired[Literal["video-01", "S2V-01", "T2V-01-Director", "I2V-01-Director"]]
    """Hailuo model variant (default "video-01")."""
    subjects: NotRequired[Sequence[HailuoSubjectParam]]
    """At most one character to keep consistent (used by `S2V-01`) (at most 1 items)."""


class Hailuo02Params(TypedDict):
    """Request body for MiniMax Hailuo 02."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    expand_prompt: NotRequired[bool]
    """Let the provider rewrite the prompt for better results (default true)."""
    model: NotRequired[Literal["MiniMax-Hailuo-02"]]
    """Provider model id; only one value is accepted (default "MiniMax-Hailuo-02")."""
    end_image: NotRequired[MediaInput]
    """Image used as the last frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    resolution: NotRequired[Literal["512p", "768p", "1080p"]]
    """Output resolution (default "768p")."""
    duration: NotRequired[float]
    """Clip length in seconds (from 6 to 10; default 6)."""


class Hailuo23Params(TypedDict):
    """Request body for MiniMax Hailuo 2.3."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    expand_prompt: NotRequired[bool]
    """Let the provider rewrite the prompt for better results (default true)."""
    model: NotRequired[Literal["MiniMax-Hailuo-2.3"]]
    """Provider model id; only one value is accepted (default "MiniMax-Hailuo-2.3")."""
    end_image: NotRequired[MediaInput]
    """Image used as the last frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    resolution: NotRequired[Literal["768p", "1080p"]]
    """Output resolution (default "768p")."""
    duration: NotRequired[Literal[6, 10]]
    """Clip length in seconds (default 6)."""


class Hailuo23FastParams(TypedDict):
    """Request body for MiniMax Hailuo 2.3 Fast."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    expand_prompt: NotRequired[bool]
    """Let the provider rewrite the prompt for better results (default true)."""
    model: NotRequired[Literal["MiniMax-Hailuo-2.3-fast"]]
    """Provider model id; only one value is accepted (default "MiniMax-Hailuo-2.3-fast")."""
    end_image: NotRequired[MediaInput]
    """Image used as the last frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    resolution: NotRequired[Literal["768p", "1080p"]]
    """Output resolution (default "768p")."""
    duration: NotRequired[Literal[6, 10]]
    """Clip length in seconds (default 6)."""


class Wan21Params(TypedDict):
    """Request body for Alibaba Wan 2.1."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput | None]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    width: Required[float]
    """Output width in pixels."""
    height: Required[float]
    """Output height in pixels."""
    end_image: NotRequired[MediaInput | None]
    """Image used as the last frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    end_video: NotRequired[MediaInput | None]
    """Video the clip should lead into (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16"]]
    """Output aspect ratio (default "16:9")."""
    styles: NotRequired[Sequence[StyleLoraParam]]
    """LoRA styles to apply, each with its own strength."""
    frame_num: NotRequired[float]
    """Number of frames to generate."""


class Wan22Params(TypedDict):
    """Request body for Alibaba Wan 2.2."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput | None]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    guide_scale: NotRequired[Sequence[float]]
    """Guidance scales, one per denoising stage (default [4, 3.5])."""
    width: Required[float]
    """Output width in pixels."""
    height: Required[float]
    """Output height in pixels."""
    end_video: NotRequired[MediaInput | None]
    """Video the clip should lead into (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16"]]
    """Output aspect ratio (default "16:9")."""
    styles: NotRequired[Sequence[StyleLoraParam]]
    """LoRA styles to apply, each with its own strength."""
    frame_num: NotRequired[float]
    """Number of frames to generate."""


class Wan25Params(TypedDict):
    """Request body for Alibaba Wan 2.5."""

    prompt: Required[str]
    """What the video should show (at least 1 characters)."""
    start_image: NotRequired[MediaInput | None]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16", "1:1"]]
    """Output aspect ratio (default "16:9")."""
    resolution: NotRequired[Literal["480p", "720p", "1080p"]]
    """Output resolution (default "1080p")."""
    enable_prompt_expansion: NotRequired[bool]
    """Let the provider rewrite the prompt for better results (default true)."""
    duration: NotRequired[float]
    """Clip length in seconds (from 5 to 10; default 5)."""
    seed: NotRequired[float]
    """Seed for reproducible output."""
    audio_url: NotRequired[MediaInput]
    """Audio track to drive the video (e.g. for lip-sync) (a URL, or a local file to upload first: a Path, bytes
    or a binary file)."""
    generate_audio: NotRequired[bool]
    """Also generate a matching audio track (default false)."""


class Veo2Params(TypedDict):
    """Request body for Google Veo 2."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput | None]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16"]]
    """Output aspect ratio (default "16:9")."""
    duration: NotRequired[float]
    """Clip length in seconds (from 5 to 8; default 5)."""


class Veo3Params(TypedDict):
    """Request body for Google Veo 3."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput | None]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16", "1:1"]]
    """Output aspect ratio (default "16:9")."""
    duration: NotRequired[Literal[4, 6, 8]]
    """Clip length in seconds (default 8)."""
    generate_audio: NotRequired[bool]
    """Also generate a matching audio track (costs more) (default false)."""
    resolution: NotRequired[Literal["720p", "1080p"]]
    """Output resolution (default "720p")."""


class Veo3FastParams(TypedDict):
    """Request body for Google Veo 3 Fast."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput | None]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16", "1:1"]]
    """Output aspect ratio (default "16:9")."""
    duration: NotRequired[Literal[4, 6, 8]]
    """Clip length in seconds (default 8)."""
    generate_audio: NotRequired[bool]
    """Also generate a matching audio track (costs more) (default false)."""
    resolution: NotRequired[Literal["720p", "1080p"]]
    """Output resolution (default "720p")."""


class Veo31Params(TypedDict):
    """Request body for Google Veo 3.1."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput | None]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16"]]
    """Output aspect ratio (default "16:9")."""
    duration: NotRequired[Literal[4, 6, 8]]
    """Clip length in seconds (default 8)."""
    generate_audio: NotRequired[bool]
    """Also generate a matching audio track (costs more) (default false)."""
    resolution: NotRequired[Literal["720p", "1080p", "4K"]]
    """Output resolution (default "720p")."""
    end_image: NotRequired[MediaInput | None]
    """Image used as the last frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    end_video: NotRequired[MediaInput | None]
    """Video the clip should lead into (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    reference_images: NotRequired[Sequence[MediaInput]]
    """Still images of subjects or looks the video should keep (a URL, or a local file to upload first: a Path,
    bytes or a binary file)."""


class Veo31FastParams(TypedDict):
    """Request body for Google Veo 3.1 Fast."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput | None]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16"]]
    """Output aspect ratio (default "16:9")."""
    duration: NotRequired[Literal[4, 6, 8]]
    """Clip length in seconds (default 8)."""
    generate_audio: NotRequired[bool]
    """Also generate a matching audio track (costs more) (default false)."""
    resolution: NotRequired[Literal["720p", "1080p", "4K"]]
    """Output resolution (default "720p")."""
    end_image: NotRequired[MediaInput | None]
    """Image used as the last frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    end_video: NotRequired[MediaInput | None]
    """Video the clip should lead into (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    reference_images: NotRequired[Sequence[MediaInput]]
    """Still images of subjects or looks the video should keep (a URL, or a local file to upload first: a Path,
    bytes or a binary file)."""


class Veo31LiteParams(TypedDict):
    """Request body for Google Veo 3.1 Lite (no audio)."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput | None]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16"]]
    """Output aspect ratio (default "16:9")."""
    duration: NotRequired[Literal[4, 6, 8]]
    """Clip length in seconds (default 8)."""
    resolution: NotRequired[Literal["720p", "1080p"]]
    """Output resolution (default "720p")."""
    end_image: NotRequired[MediaInput | None]
    """Image used as the last frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    end_video: NotRequired[MediaInput | None]
    """Video the clip should lead into (a URL, or a local file to upload first: a Path, bytes or a binary file)."""


class Seedance10ProParams(TypedDict):
    """Request body for ByteDance Seedance 1.0 Pro."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput | None]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"]]
    """Output aspect ratio (default "16:9")."""
    end_image: NotRequired[MediaInput | None]
    """Image used as the last frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    end_video: NotRequired[MediaInput | None]
    """Video the clip should lead into (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    reference_images: NotRequired[Sequence[MediaInput]]
    """Up to four still images of subjects the video should keep (at most 4 items; a URL, or a local file to
    upload first: a Path, bytes or a binary file)."""
    duration: NotRequired[float]
    """Clip length in seconds (default 5)."""
    resolution: NotRequired[Literal["720p", "1080p"]]
    """Output resolution (default "720p")."""


class Seedance10ProFastParams(TypedDict):
    """Request body for ByteDance Seedance 1.0 Pro Fast."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput | None]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"]]
    """Output aspect ratio (default "16:9")."""
    duration: NotRequired[float]
    """Clip length in seconds (from 2 to 12; default 5)."""
    resolution: NotRequired[Literal["480p", "720p", "1080p"]]
    """Output resolution (default "720p")."""


class Ltx23Params(TypedDict):
    """Request body for Lightricks LTX-2.3 22B."""

    prompt: Required[str]
    """What the video should show (at least 1 characters)."""
    start_image: NotRequired[MediaInput | None]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16"]]
    """Output aspect ratio (default "16:9")."""
    duration: NotRequired[Literal[5, 10, 15, 20]]
    """Clip length in seconds (default 5)."""
    num_frames: NotRequired[int]
    """Exact number of frames to generate (from 9 to 481)."""
    seed: NotRequired[int]
    """Seed for reproducible output (from 0 to 2147483647)."""
    generate_audio: NotRequired[bool]
    """Also generate a matching audio track (default true)."""
    end_image: NotRequired[MediaInput | None]
    """Image used as the last frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    styles: NotRequired[Sequence[StyleLoraParam]]
    """LoRA styles to apply, each with its own strength."""
    has_lora: NotRequired[bool]
    """Marks the request as using a LoRA (LoRA runs are priced differently)."""


class Ray2Params(TypedDict):
    """Request body for Luma Ray 2."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput | None]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"]]
    """Output aspect ratio (default "16:9")."""
    loop: NotRequired[bool]
    """Make the clip loop seamlessly (default false)."""
    width: Required[float]
    """Output width in pixels."""
    height: Required[float]
    """Output height in pixels."""


class RunwayGen3Params(TypedDict):
    """Request body for Runway Gen-3."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16"]]
    """Output aspect ratio (default "16:9")."""
    duration: NotRequired[Literal[5, 10]]
    """Clip length in seconds (default 5)."""
    seed: NotRequired[float]
    """Seed for reproducible output."""


class RunwayGen4VideoParams(TypedDict):
    """Request body for Runway Gen-4 video."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[Literal["1280:720", "720:1280"]]
    """Output frame size as width:height in pixels (default "1280:720")."""
    duration: NotRequired[Literal[5, 10]]
    """Clip length in seconds (default 5)."""
    seed: NotRequired[float]
    """Seed for reproducible output."""


class RunwayGen45Params(TypedDict):
    """Request body for Runway Gen-4.5."""

    prompt: Required[str]
    """What the video should show."""
    start_image: NotRequired[MediaInput]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    aspect_ratio: NotRequired[
        Literal["1280:720", "720:1280", "1104:832", "832:1104", "960:960", "1584:672", "672:1584"]
    ]
    """Output frame size as width:height in pixels (default "1280:720")."""
    duration: NotRequired[float]
    """Clip length in seconds (from 2 to 10; default 5)."""
    seed: NotRequired[float]
    """Seed for reproducible output."""


class GrokVideoParams(TypedDict):
    """Request body for xAI Grok Imagine video (generation and video editing)."""

    prompt: Required[str]
    """What the video should show, or the edit to apply to `edit_video` (at most 4096 characters)."""
    start_image: NotRequired[MediaInput | None]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    duration: NotRequired[float]
    """Clip length in seconds (from 1 to 15; default 6)."""
    resolution: NotRequired[Literal["480p", "720p"]]
    """Output resolution (default "720p")."""
    aspect_ratio: NotRequired[Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3"]]
    """Output aspect ratio."""
    reference_images: NotRequired[Sequence[MediaInput]]
    """Up to seven still images of subjects the video should keep (at most 7 items; a URL, or a local file to
    upload first: a Path, bytes or a binary file)."""
    edit_video: NotRequired[MediaInput]
    """Existing video to edit according to the prompt (a URL, or a local file to upload first: a Path, bytes or
    a binary file)."""


class RunwayAlephParams(TypedDict):
    """Request body for Runway Aleph (prompt-driven editing of an existing video)."""

    prompt: Required[str]
    """The change to make to `init_video` (at most 1000 characters)."""
    start_image: NotRequired[MediaInput | None]
    """Image used as the first frame (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    start_video: NotRequired[MediaInput | None]
    """Video the new clip starts from (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    init_video: Required[MediaInput]
    """Video to edit (a URL, or a local file to upload first: a Path, bytes or a binary file)."""
    init_image_url: NotRequired[MediaInput]
    """Optional image guiding the first frame of the edit (a URL, or a local file to upload first: a Path, bytes
    or a binary file)."""
    references: NotRequired[Sequence[RunwayAlephReferenceParam]]
    """At most one reference image for the edit (at most 1 items)."""
    ratio: NotRequired[
        Literal["1280:720", "720:1280", "1104:832", "960:960", "832:1104", "1584:672", "848:480", "640:480"]
    ]
    """Output frame size as width:height in pixels (default "1280:720")."""
    seed: NotRequired[float]
    """Seed for reproducible output (from 0 to 4294967295)."""


__all__ = [
    "Flux1DevParams",
    "Flux1KontextDevParams",
    "Flux11ProParams",
    "Flux11ProUltraParams",
    "GptImage2Params",
    "GptImageParams",
    "GrokVideoParams",
    "Hailuo02Params",
    "Hailuo23FastParams",
    "Hailuo23Params",
    "HailuoParams",
    "HailuoSubjectParam",
    "Ideogram2TurboParams",
    "Ideogram3Params",
    "Imagen3Params",
    "Imagen4FastParams",
    "Imagen4Params",
    "Imagen4UltraParams",
    "Kling1Params",
    "Kling2Params",
    "Kling15Params",
    "Kling16Params",
    "Kling21Params",
    "Kling25Params",
    "Kling26Params",
    "Kling30Params",
    "KlingCameraControlDownBackParam",
    "KlingCameraControlForwardUpParam",
    "KlingCameraControlLeftTurnForwardParam",
    "KlingCameraControlParam",
    "KlingCameraControlRightTurnForwardParam",
    "KlingCameraControlSimpleConfigParam",
    "KlingCameraControlSimpleParam",
    "KlingElementReferenceParam",
    "KlingMultiPromptSegmentParam",
    "KlingO1Params",
    "KlingTaggedReferenceParam",
    "Ltx23Params",
    "LumaOutputFormatParam",
    "LumaUni1Params",
    "MediaInput",
    "NanoBanana2Params",
    "NanoBananaParams",
    "NanoBananaProParams",
    "Qwen2512Params",
    "Ray2Params",
    "RunwayAlephParams",
    "RunwayAlephReferenceParam",
    "RunwayGen3Params",
    "RunwayGen4ImageParams",
    "RunwayGen4VideoParams",
    "RunwayGen45Params",
    "RunwayReferenceImageParam",
    "SeedEditParams",
    "Seedance10ProFastParams",
    "Seedance10ProParams",
    "Seedream4Params",
    "Seedream5LiteParams",
    "StyleImageParam",
    "StyleLoraParam",
    "TopazBloomEnhanceParams",
    "TopazGenerativeEnhanceParams",
    "TopazStandardEnhanceParams",
    "Veo2Params",
    "Veo3FastParams",
    "Veo3Params",
    "Veo31FastParams",
    "Veo31LiteParams",
    "Veo31Params",
    "Wan21Params",
    "Wan22Params",
    "Wan25Params",
    "ZImageParams",
]


PARAMS: dict[str, type] = {
    "image/bfl/flux-1-dev": Flux1DevParams,
    "image/bfl/flux-1-kontext-dev": Flux1KontextDevParams,
    "image/google/nano-banana-pro": NanoBananaProParams,
    "image/google/nano-banana-2": NanoBanana2Params,
    "image/google/nano-banana": NanoBananaParams,
    "image/bfl/flux-1.1-pro": Flux11ProParams,
    "image/bfl/flux-1.1-pro-ultra": Flux11ProUltraParams,
    "image/ideogram/ideogram-2-turbo": Ideogram2TurboParams,
    "image/ideogram/ideogram-3": Ideogram3Params,
    "image/google/imagen-3": Imagen3Params,
    "image/google/imagen-4": Imagen4Params,
    "image/google/imagen-4-fast": Imagen4FastParams,
    "image/google/imagen-4-ultra": Imagen4UltraParams,
    "image/runway/gen-4-image": RunwayGen4ImageParams,
    "image/openai/gpt-image": GptImageParams,
    "image/openai/gpt-image-2": GptImage2Params,
    "image/luma/uni-1": LumaUni1Params,
    "image/bytedance/seedream-4": Seedream4Params,
    "image/bytedance/seedream-5-lite": Seedream5LiteParams,
    "image/qwen/2512": Qwen2512Params,
    "image/z-image/z-image": ZImageParams,
    "image/bytedance/seededit": SeedEditParams,
    "enhance/topaz/generative-enhance": TopazGenerativeEnhanceParams,
    "enhance/topaz/standard-enhance": TopazStandardEnhanceParams,
    "enhance/topaz/bloom-enhance": TopazBloomEnhanceParams,
    "video/kling/kling-1": Kling1Params,
    "video/kling/kling-1.5": Kling15Params,
    "video/kling/kling-1.6": Kling16Params,
    "video/kling/kling-2": Kling2Params,
    "video/kling/kling-2.1": Kling21Params,
    "video/kling/kling-2.5": Kling25Params,
    "video/kling/kling-2.6": Kling26Params,
    "video/kling/kling-3.0": Kling30Params,
    "video/kling/kling-o1": KlingO1Params,
    "video/minimax/hailuo": HailuoParams,
    "video/minimax/hailuo-02": Hailuo02Params,
    "video/minimax/hailuo-2.3": Hailuo23Params,
    "video/minimax/hailuo-2.3-fast": Hailuo23FastParams,
    "video/alibaba/wan-2.1": Wan21Params,
    "video/alibaba/wan-2.2": Wan22Params,
    "video/alibaba/wan-2.5": Wan25Params,
    "video/google/veo-2": Veo2Params,
    "video/google/veo-3": Veo3Params,
    "video/google/veo-3-fast": Veo3FastParams,
    "video/google/veo-3.1": Veo31Params,
    "video/google/veo-3.1-fast": Veo31FastParams,
    "video/google/veo-3.1-lite": Veo31LiteParams,
    "video/bytedance/seedance-1.0-pro": Seedance10ProParams,
    "video/bytedance/seedance-1.0-pro-fast": Seedance10ProFastParams,
    "video/lightricks/ltx-video-2.3-22b": Ltx23Params,
    "video/luma/ray-2": Ray2Params,
    "video/runway/gen-3": RunwayGen3Params,
    "video/runway/gen-4-video": RunwayGen4VideoParams,
    "video/runway/gen-4.5": RunwayGen45Params,
    "video/xai/grok-video": GrokVideoParams,
    "video/runway/aleph": RunwayAlephParams,
}
"""The parameters type of every endpoint (``image/bfl/flux-1-dev``)."""
