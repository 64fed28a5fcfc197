"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562), so that reading one (a job, a request body) does not load all
of them: with them all, the first call of a process paid about 200 ms for classes it never used. Type checkers
see the imports below.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .asset import Asset
    from .asset_deleted import AssetDeleted
    from .asset_page import AssetPage
    from .asset_upload import AssetUpload
    from .error import Error
    from .flux_1_dev_request import Flux1DevRequest
    from .flux_1_kontext_dev_request import Flux1KontextDevRequest
    from .flux_11_pro_request import Flux11ProRequest
    from .flux_11_pro_ultra_request import Flux11ProUltraRequest
    from .gpt_image_2_request import GptImage2Request
    from .gpt_image_2_request_quality import GptImage2RequestQuality
    from .gpt_image_request import GptImageRequest
    from .gpt_image_request_quality import GptImageRequestQuality
    from .grok_video_request import GrokVideoRequest
    from .grok_video_request_aspect_ratio import GrokVideoRequestAspectRatio
    from .grok_video_request_resolution import GrokVideoRequestResolution
    from .hailuo_02_request import Hailuo02Request
    from .hailuo_02_request_model import Hailuo02RequestModel
    from .hailuo_02_request_resolution import Hailuo02RequestResolution
    from .hailuo_23_fast_request import Hailuo23FastRequest
    from .hailuo_23_fast_request_duration import Hailuo23FastRequestDuration
    from .hailuo_23_fast_request_model import Hailuo23FastRequestModel
    from .hailuo_23_fast_request_resolution import Hailuo23FastRequestResolution
    from .hailuo_23_request import Hailuo23Request
    from .hailuo_23_request_duration import Hailuo23RequestDuration
    from .hailuo_23_request_model import Hailuo23RequestModel
    from .hailuo_23_request_resolution import Hailuo23RequestResolution
    from .hailuo_request import HailuoRequest
    from .hailuo_request_model import HailuoRequestModel
    from .hailuo_subject import HailuoSubject
    from .hailuo_subject_type import HailuoSubjectType
    from .ideogram_2_turbo_request import Ideogram2TurboRequest
    from .ideogram_3_request import Ideogram3Request
    from .imagen_3_request import Imagen3Request
    from .imagen_4_fast_request import Imagen4FastRequest
    from .imagen_4_request import Imagen4Request
    from .imagen_4_ultra_request import Imagen4UltraRequest
    from .insufficient_balance_error import InsufficientBalanceError
    from .job import Job
    from .job_error_detail import JobErrorDetail
    from .job_page import JobPage
    from .job_result import JobResult
    from .job_status import JobStatus
    from .kling_1_request import Kling1Request
    from .kling_1_request_aspect_ratio import Kling1RequestAspectRatio
    from .kling_1_request_duration import Kling1RequestDuration
    from .kling_1_request_mode import Kling1RequestMode
    from .kling_2_request import Kling2Request
    from .kling_2_request_aspect_ratio import Kling2RequestAspectRatio
    from .kling_2_request_duration import Kling2RequestDuration
    from .kling_2_request_mode import Kling2RequestMode
    from .kling_15_request import Kling15Request
    from .kling_15_request_aspect_ratio import Kling15RequestAspectRatio
    from .kling_15_request_duration import Kling15RequestDuration
    from .kling_15_request_mode import Kling15RequestMode
    from .kling_16_request import Kling16Request
    from .kling_16_request_aspect_ratio import Kling16RequestAspectRatio
    from .kling_16_request_duration import Kling16RequestDuration
    from .kling_16_request_mode import Kling16RequestMode
    from .kling_21_request import Kling21Request
    from .kling_21_request_aspect_ratio import Kling21RequestAspectRatio
    from .kling_21_request_duration import Kling21RequestDuration
    from .kling_21_request_mode import Kling21RequestMode
    from .kling_25_request import Kling25Request
    from .kling_25_request_aspect_ratio import Kling25RequestAspectRatio
    from .kling_25_request_duration import Kling25RequestDuration
    from .kling_25_request_mode import Kling25RequestMode
    from .kling_26_request import Kling26Request
    from .kling_26_request_aspect_ratio import Kling26RequestAspectRatio
    from .kling_26_request_duration import Kling26RequestDuration
    from .kling_30_request import Kling30Request
    from .kling_30_request_aspect_ratio import Kling30RequestAspectRatio
    from .kling_30_request_mode import Kling30RequestMode
    from .kling_camera_control_down_back import KlingCameraControlDownBack
    from .kling_camera_control_down_back_type import KlingCameraControlDownBackType
    from .kling_camera_control_forward_up import KlingCameraControlForwardUp
    from .kling_camera_control_forward_up_type import KlingCameraControlForwardUpType
    from .kling_camera_control_left_turn_forward import (
        KlingCameraControlLeftTurnForward,
    )
    from .kling_camera_control_left_turn_forward_type import (
        KlingCameraControlLeftTurnForwardType,
    )
    from .kling_camera_control_right_turn_forward import (
        KlingCameraControlRightTurnForward,
    )
    from .kling_camera_control_right_turn_forward_type import (
        KlingCameraControlRightTurnForwardType,
    )
    from .kling_camera_control_simple import KlingCameraControlSimple
    from .kling_camera_control_simple_config import KlingCameraControlSimpleConfig
    from .kling_camera_control_simple_type import KlingCameraControlSimpleType
    from .kling_element_reference import KlingElementReference
    from .kling_multi_prompt_segment import KlingMultiPromptSegment
    from .kling_o1_request import KlingO1Request
    from .kling_o1_request_aspect_ratio import KlingO1RequestAspectRatio
    from .kling_tagged_reference import KlingTaggedReference
    from .ltx_23_request import Ltx23Request
    from .ltx_23_request_aspect_ratio import Ltx23RequestAspectRatio
    from .ltx_23_request_duration import Ltx23RequestDuration
    from .luma_output_format import LumaOutputFormat
    from .luma_uni_1_request import LumaUni1Request
    from .luma_uni_1_request_mode import LumaUni1RequestMode
    from .luma_uni_1_request_style import LumaUni1RequestStyle
    from .model_gone_error import ModelGoneError
    from .nano_banana_2_request import NanoBanana2Request
    from .nano_banana_2_request_aspect_ratio import NanoBanana2RequestAspectRatio
    from .nano_banana_2_request_resolution import NanoBanana2RequestResolution
    from .nano_banana_pro_request import NanoBananaProRequest
    from .nano_banana_pro_request_aspect_ratio import NanoBananaProRequestAspectRatio
    from .nano_banana_pro_request_resolution import NanoBananaProRequestResolution
    from .nano_banana_request import NanoBananaRequest
    from .nano_banana_request_aspect_ratio import NanoBananaRequestAspectRatio
    from .node_app import NodeApp
    from .node_app_input_key_mapping_type_0 import NodeAppInputKeyMappingType0
    from .node_app_inputs import NodeAppInputs
    from .node_app_io_schema import NodeAppIOSchema
    from .node_app_io_schema_properties import NodeAppIOSchemaProperties
    from .node_app_io_schema_properties_additional_property import (
        NodeAppIOSchemaPropertiesAdditionalProperty,
    )
    from .node_app_io_schema_type import NodeAppIOSchemaType
    from .node_app_output_key_mapping_type_0 import NodeAppOutputKeyMappingType0
    from .node_app_version import NodeAppVersion
    from .node_app_version_page import NodeAppVersionPage
    from .qwen_2512_request import Qwen2512Request
    from .ray_2_request import Ray2Request
    from .ray_2_request_aspect_ratio import Ray2RequestAspectRatio
    from .runway_aleph_reference import RunwayAlephReference
    from .runway_aleph_reference_type import RunwayAlephReferenceType
    from .runway_aleph_request import RunwayAlephRequest
    from .runway_aleph_request_ratio import RunwayAlephRequestRatio
    from .runway_gen_3_request import RunwayGen3Request
    from .runway_gen_3_request_aspect_ratio import RunwayGen3RequestAspectRatio
    from .runway_gen_3_request_duration import RunwayGen3RequestDuration
    from .runway_gen_4_image_request import RunwayGen4ImageRequest
    from .runway_gen_4_video_request import RunwayGen4VideoRequest
    from .runway_gen_4_video_request_aspect_ratio import (
        RunwayGen4VideoRequestAspectRatio,
    )
    from .runway_gen_4_video_request_duration import RunwayGen4VideoRequestDuration
    from .runway_gen_45_request import RunwayGen45Request
    from .runway_gen_45_request_aspect_ratio import RunwayGen45RequestAspectRatio
    from .runway_reference_image import RunwayReferenceImage
    from .seed_edit_request import SeedEditRequest
    from .seedance_10_pro_fast_request import Seedance10ProFastRequest
    from .seedance_10_pro_fast_request_aspect_ratio import (
        Seedance10ProFastRequestAspectRatio,
    )
    from .seedance_10_pro_fast_request_resolution import (
        Seedance10ProFastRequestResolution,
    )
    from .seedance_10_pro_request import Seedance10ProRequest
    from .seedance_10_pro_request_aspect_ratio import Seedance10ProRequestAspectRatio
    from .seedance_10_pro_request_resolution import Seedance10ProRequestResolution
    from .seedream_4_request import Seedream4Request
    from .seedream_5_lite_request import Seedream5LiteRequest
    from .style import Style
    from .style_filter import StyleFilter
    from .style_image import StyleImage
    from .style_lora import StyleLora
    from .style_owner import StyleOwner
    from .style_page import StylePage
    from .style_share_link import StyleShareLink
    from .style_update import StyleUpdate
    from .style_workspace_share import StyleWorkspaceShare
    from .success import Success
    from .topaz_bloom_enhance_request import TopazBloomEnhanceRequest
    from .topaz_bloom_enhance_request_model import TopazBloomEnhanceRequestModel
    from .topaz_bloom_enhance_request_output_format import (
        TopazBloomEnhanceRequestOutputFormat,
    )
    from .topaz_generative_enhance_request import TopazGenerativeEnhanceRequest
    from .topaz_generative_enhance_request_model import (
        TopazGenerativeEnhanceRequestModel,
    )
    from .topaz_generative_enhance_request_output_format import (
        TopazGenerativeEnhanceRequestOutputFormat,
    )
    from .topaz_generative_enhance_request_subject_detection import (
        TopazGenerativeEnhanceRequestSubjectDetection,
    )
    from .topaz_standard_enhance_request import TopazStandardEnhanceRequest
    from .topaz_standard_enhance_request_model import TopazStandardEnhanceRequestModel
    from .topaz_standard_enhance_request_output_format import (
        TopazStandardEnhanceRequestOutputFormat,
    )
    from .topaz_standard_enhance_request_subject_detection import (
        TopazStandardEnhanceRequestSubjectDetection,
    )
    from .train_flux_style_request import TrainFluxStyleRequest
    from .train_flux_style_request_model import TrainFluxStyleRequestModel
    from .train_flux_style_request_type import TrainFluxStyleRequestType
    from .train_qwen_style_request import TrainQwenStyleRequest
    from .train_qwen_style_request_model import TrainQwenStyleRequestModel
    from .train_qwen_style_request_type import TrainQwenStyleRequestType
    from .veo_2_request import Veo2Request
    from .veo_2_request_aspect_ratio import Veo2RequestAspectRatio
    from .veo_3_fast_request import Veo3FastRequest
    from .veo_3_fast_request_aspect_ratio import Veo3FastRequestAspectRatio
    from .veo_3_fast_request_duration import Veo3FastRequestDuration
    from .veo_3_fast_request_resolution import Veo3FastRequestResolution
    from .veo_3_request import Veo3Request
    from .veo_3_request_aspect_ratio import Veo3RequestAspectRatio
    from .veo_3_request_duration import Veo3RequestDuration
    from .veo_3_request_resolution import Veo3RequestResolution
    from .veo_31_fast_request import Veo31FastRequest
    from .veo_31_fast_request_aspect_ratio import Veo31FastRequestAspectRatio
    from .veo_31_fast_request_duration import Veo31FastRequestDuration
    from .veo_31_fast_request_resolution import Veo31FastRequestResolution
    from .veo_31_lite_request import Veo31LiteRequest
    from .veo_31_lite_request_aspect_ratio import Veo31LiteRequestAspectRatio
    from .veo_31_lite_request_duration import Veo31LiteRequestDuration
    from .veo_31_lite_request_resolution import Veo31LiteRequestResolution
    from .veo_31_request import Veo31Request
    from .veo_31_request_aspect_ratio import Veo31RequestAspectRatio
    from .veo_31_request_duration import Veo31RequestDuration
    from .veo_31_request_resolution import Veo31RequestResolution
    from .wan_21_request import Wan21Request
    from .wan_21_request_aspect_ratio import Wan21RequestAspectRatio
    from .wan_22_request import Wan22Request
    from .wan_22_request_aspect_ratio import Wan22RequestAspectRatio
    from .wan_25_request import Wan25Request
    from .wan_25_request_aspect_ratio import Wan25RequestAspectRatio
    from .wan_25_request_resolution import Wan25RequestResolution
    from .workspace import Workspace
    from .z_image_request import ZImageRequest
    from .z_image_request_aspect_ratio import ZImageRequestAspectRatio
    from .z_image_request_resolution import ZImageRequestResolution

__all__ = (
    "Asset",
    "AssetDeleted",
    "AssetPage",
    "AssetUpload",
    "Error",
    "Flux11ProRequest",
    "Flux11ProUltraRequest",
    "Flux1DevRequest",
    "Flux1KontextDevRequest",
    "GptImage2Request",
    "GptImage2RequestQuality",
    "GptImageRequest",
    "GptImageRequestQuality",
    "GrokVideoRequest",
    "GrokVideoRequestAspectRatio",
    "GrokVideoRequestResolution",
    "Hailuo02Request",
    "Hailuo02RequestModel",
    "Hailuo02RequestResolution",
    "Hailuo23FastRequest",
    "Hailuo23FastRequestDuration",
    "Hailuo23FastRequestModel",
    "Hailuo23FastRequestResolution",
    "Hailuo23Request",
    "Hailuo23RequestDuration",
    "Hailuo23RequestModel",
    "Hailuo23RequestResolution",
    "HailuoRequest",
    "HailuoRequestModel",
    "HailuoSubject",
    "HailuoSubjectType",
    "Ideogram2TurboRequest",
    "Ideogram3Request",
    "Imagen3Request",
    "Imagen4FastRequest",
    "Imagen4Request",
    "Imagen4UltraRequest",
    "InsufficientBalanceError",
    "Job",
    "JobErrorDetail",
    "JobPage",
    "JobResult",
    "JobStatus",
    "Kling15Request",
    "Kling15RequestAspectRatio",
    "Kling15RequestDuration",
    "Kling15RequestMode",
    "Kling16Request",
    "Kling16RequestAspectRatio",
    "Kling16RequestDuration",
    "Kling16RequestMode",
    "Kling1Request",
    "Kling1RequestAspectRatio",
    "Kling1RequestDuration",
    "Kling1RequestMode",
    "Kling21Request",
    "Kling21RequestAspectRatio",
    "Kling21RequestDuration",
    "Kling21RequestMode",
    "Kling25Request",
    "Kling25RequestAspectRatio",
    "Kling25RequestDuration",
    "Kling25RequestMode",
    "Kling26Request",
    "Kling26RequestAspectRatio",
    "Kling26RequestDuration",
    "Kling2Request",
    "Kling2RequestAspectRatio",
    "Kling2RequestDuration",
    "Kling2RequestMode",
    "Kling30Request",
    "Kling30RequestAspectRatio",
    "Kling30RequestMode",
    "KlingCameraControlDownBack",
    "KlingCameraControlDownBackType",
    "KlingCameraControlForwardUp",
    "KlingCameraControlForwardUpType",
    "KlingCameraControlLeftTurnForward",
    "KlingCameraControlLeftTurnForwardType",
    "KlingCameraControlRightTurnForward",
    "KlingCameraControlRightTurnForwardType",
    "KlingCameraControlSimple",
    "KlingCameraControlSimpleConfig",
    "KlingCameraControlSimpleType",
    "KlingElementReference",
    "KlingMultiPromptSegment",
    "KlingO1Request",
    "KlingO1RequestAspectRatio",
    "KlingTaggedReference",
    "Ltx23Request",
    "Ltx23RequestAspectRatio",
    "Ltx23RequestDuration",
    "LumaOutputFormat",
    "LumaUni1Request",
    "LumaUni1RequestMode",
    "LumaUni1RequestStyle",
    "ModelGoneError",
    "NanoBanana2Request",
    "NanoBanana2RequestAspectRatio",
    "NanoBanana2RequestResolution",
    "NanoBananaProRequest",
    "NanoBananaProRequestAspectRatio",
    "NanoBananaProRequestResolution",
    "NanoBananaRequest",
    "NanoBananaRequestAspectRatio",
    "NodeApp",
    "NodeAppInputKeyMappingType0",
    "NodeAppInputs",
    "NodeAppIOSchema",
    "NodeAppIOSchemaProperties",
    "NodeAppIOSchemaPropertiesAdditionalProperty",
    "NodeAppIOSchemaType",
    "NodeAppOutputKeyMappingType0",
    "NodeAppVersion",
    "NodeAppVersionPage",
    "Qwen2512Request",
    "Ray2Request",
    "Ray2RequestAspectRatio",
    "RunwayAlephReference",
    "RunwayAlephReferenceType",
    "RunwayAlephRequest",
    "RunwayAlephRequestRatio",
    "RunwayGen3Request",
    "RunwayGen3RequestAspectRatio",
    "RunwayGen3RequestDuration",
    "RunwayGen45Request",
    "RunwayGen45RequestAspectRatio",
    "RunwayGen4ImageRequest",
    "RunwayGen4VideoRequest",
    "RunwayGen4VideoRequestAspectRatio",
    "RunwayGen4VideoRequestDuration",
    "RunwayReferenceImage",
    "Seedance10ProFastRequest",
    "Seedance10ProFastRequestAspectRatio",
    "Seedance10ProFastRequestResolution",
    "Seedance10ProRequest",
    "Seedance10ProRequestAspectRatio",
    "Seedance10ProRequestResolution",
    "SeedEditRequest",
    "Seedream4Request",
    "Seedream5LiteRequest",
    "Style",
    "StyleFilter",
    "StyleImage",
    "StyleLora",
    "StyleOwner",
    "StylePage",
    "StyleShareLink",
    "StyleUpdate",
    "StyleWorkspaceShare",
    "Success",
    "TopazBloomEnhanceRequest",
    "TopazBloomEnhanceRequestModel",
    "TopazBloomEnhanceRequestOutputFormat",
    "TopazGenerativeEnhanceRequest",
    "TopazGenerativeEnhanceRequestModel",
    "TopazGenerativeEnhanceRequestOutputFormat",
    "TopazGenerativeEnhanceRequestSubjectDetection",
    "TopazStandardEnhanceRequest",
    "TopazStandardEnhanceRequestModel",
    "TopazStandardEnhanceRequestOutputFormat",
    "TopazStandardEnhanceRequestSubjectDetection",
    "TrainFluxStyleRequest",
    "TrainFluxStyleRequestModel",
    "TrainFluxStyleRequestType",
    "TrainQwenStyleRequest",
    "TrainQwenStyleRequestModel",
    "TrainQwenStyleRequestType",
    "Veo2Request",
    "Veo2RequestAspectRatio",
    "Veo31FastRequest",
    "Veo31FastRequestAspectRatio",
    "Veo31FastRequestDuration",
    "Veo31FastRequestResolution",
    "Veo31LiteRequest",
    "Veo31LiteRequestAspectRatio",
    "Veo31LiteRequestDuration",
    "Veo31LiteRequestResolution",
    "Veo31Request",
    "Veo31RequestAspectRatio",
    "Veo31RequestDuration",
    "Veo31RequestResolution",
    "Veo3FastRequest",
    "Veo3FastRequestAspectRatio",
    "Veo3FastRequestDuration",
    "Veo3FastRequestResolution",
    "Veo3Request",
    "Veo3RequestAspectRatio",
    "Veo3RequestDuration",
    "Veo3RequestResolution",
    "Wan21Request",
    "Wan21RequestAspectRatio",
    "Wan22Request",
    "Wan22RequestAspectRatio",
    "Wan25Request",
    "Wan25RequestAspectRatio",
    "Wan25RequestResolution",
    "Workspace",
    "ZImageRequest",
    "ZImageRequestAspectRatio",
    "ZImageRequestResolution",
)

_MODULES = {
    "Asset": ".asset",
    "AssetDeleted": ".asset_deleted",
    "AssetPage": ".asset_page",
    "AssetUpload": ".asset_upload",
    "Error": ".error",
    "Flux11ProRequest": ".flux_11_pro_request",
    "Flux11ProUltraRequest": ".flux_11_pro_ultra_request",
    "Flux1DevRequest": ".flux_1_dev_request",
    "Flux1KontextDevRequest": ".flux_1_kontext_dev_request",
    "GptImage2Request": ".gpt_image_2_request",
    "GptImage2RequestQuality": ".gpt_image_2_request_quality",
    "GptImageRequest": ".gpt_image_request",
    "GptImageRequestQuality": ".gpt_image_request_quality",
    "GrokVideoRequest": ".grok_video_request",
    "GrokVideoRequestAspectRatio": ".grok_video_request_aspect_ratio",
    "GrokVideoRequestResolution": ".grok_video_request_resolution",
    "Hailuo02Request": ".hailuo_02_request",
    "Hailuo02RequestModel": ".hailuo_02_request_model",
    "Hailuo02RequestResolution": ".hailuo_02_request_resolution",
    "Hailuo23FastRequest": ".hailuo_23_fast_request",
    "Hailuo23FastRequestDuration": ".hailuo_23_fast_request_duration",
    "Hailuo23FastRequestModel": ".hailuo_23_fast_request_model",
    "Hailuo23FastRequestResolution": ".hailuo_23_fast_request_resolution",
    "Hailuo23Request": ".hailuo_23_request",
    "Hailuo23RequestDuration": ".hailuo_23_request_duration",
    "Hailuo23RequestModel": ".hailuo_23_request_model",
    "Hailuo23RequestResolution": ".hailuo_23_request_resolution",
    "HailuoRequest": ".hailuo_request",
    "HailuoRequestModel": ".hailuo_request_model",
    "HailuoSubject": ".hailuo_subject",
    "HailuoSubjectType": ".hailuo_subject_type",
    "Ideogram2TurboRequest": ".ideogram_2_turbo_request",
    "Ideogram3Request": ".ideogram_3_request",
    "Imagen3Request": ".imagen_3_request",
    "Imagen4FastRequest": ".imagen_4_fast_request",
    "Imagen4Request": ".imagen_4_request",
    "Imagen4UltraRequest": ".imagen_4_ultra_request",
    "InsufficientBalanceError": ".insufficient_balance_error",
    "Job": ".job",
    "JobErrorDetail": ".job_error_detail",
    "JobPage": ".job_page",
    "JobResult": ".job_result",
    "JobStatus": ".job_status",
    "Kling15Request": ".kling_15_request",
    "Kling15RequestAspectRatio": ".kling_15_request_aspect_ratio",
    "Kling15RequestDuration": ".kling_15_request_duration",
    "Kling15RequestMode": ".kling_15_request_mode",
    "Kling16Request": ".kling_16_request",
    "Kling16RequestAspectRatio": ".kling_16_request_aspect_ratio",
    "Kling16RequestDuration": ".kling_16_request_duration",
    "Kling16RequestMode": ".kling_16_request_mode",
    "Kling1Request": ".kling_1_request",
    "Kling1RequestAspectRatio": ".kling_1_request_aspect_ratio",
    "Kling1RequestDuration": ".kling_1_request_duration",
    "Kling1RequestMode": ".kling_1_request_mode",
    "Kling21Request": ".kling_21_request",
    "Kling21RequestAspectRatio": ".kling_21_request_aspect_ratio",
    "Kling21RequestDuration": ".kling_21_request_duration",
    "Kling21RequestMode": ".kling_21_request_mode",
    "Kling25Request": ".kling_25_request",
    "Kling25RequestAspectRatio": ".kling_25_request_aspect_ratio",
    "Kling25RequestDuration": ".kling_25_request_duration",
    "Kling25RequestMode": ".kling_25_request_mode",
    "Kling26Request": ".kling_26_request",
    "Kling26RequestAspectRatio": ".kling_26_request_aspect_ratio",
    "Kling26RequestDuration": ".kling_26_request_duration",
    "Kling2Request": ".kling_2_request",
    "Kling2RequestAspectRatio": ".kling_2_request_aspect_ratio",
    "Kling2RequestDuration": ".kling_2_request_duration",
    "Kling2RequestMode": ".kling_2_request_mode",
    "Kling30Request": ".kling_30_request",
    "Kling30RequestAspectRatio": ".kling_30_request_aspect_ratio",
    "Kling30RequestMode": ".kling_30_request_mode",
    "KlingCameraControlDownBack": ".kling_camera_control_down_back",
    "KlingCameraControlDownBackType": ".kling_camera_control_down_back_type",
    "KlingCameraControlForwardUp": ".kling_camera_control_forward_up",
    "KlingCameraControlForwardUpType": ".kling_camera_control_forward_up_type",
    "KlingCameraControlLeftTurnForward": ".kling_camera_control_left_turn_forward",
    "KlingCameraControlLeftTurnForwardType": ".kling_camera_control_left_turn_forward_type",
    "KlingCameraControlRightTurnForward": ".kling_camera_control_right_turn_forward",
    "KlingCameraControlRightTurnForwardType": ".kling_camera_control_right_turn_forward_type",
    "KlingCameraControlSimple": ".kling_camera_control_simple",
    "KlingCameraControlSimpleConfig": ".kling_camera_control_simple_config",
    "KlingCameraControlSimpleType": ".kling_camera_control_simple_type",
    "KlingElementReference": ".kling_element_reference",
    "KlingMultiPromptSegment": ".kling_multi_prompt_segment",
    "KlingO1Request": ".kling_o1_request",
    "KlingO1RequestAspectRatio": ".kling_o1_request_aspect_ratio",
    "KlingTaggedReference": ".kling_tagged_reference",
    "Ltx23Request": ".ltx_23_request",
    "Ltx23RequestAspectRatio": ".ltx_23_request_aspect_ratio",
    "Ltx23RequestDuration": ".ltx_23_request_duration",
    "LumaOutputFormat": ".luma_output_format",
    "LumaUni1Request": ".luma_uni_1_request",
    "LumaUni1RequestMode": ".luma_uni_1_request_mode",
    "LumaUni1RequestStyle": ".luma_uni_1_request_style",
    "ModelGoneError": ".model_gone_error",
    "NanoBanana2Request": ".nano_banana_2_request",
    "NanoBanana2RequestAspectRatio": ".nano_banana_2_request_aspect_ratio",
    "NanoBanana2RequestResolution": ".nano_banana_2_request_resolution",
    "NanoBananaProRequest": ".nano_banana_pro_request",
    "NanoBananaProRequestAspectRatio": ".nano_banana_pro_request_aspect_ratio",
    "NanoBananaProRequestResolution": ".nano_banana_pro_request_resolution",
    "NanoBananaRequest": ".nano_banana_request",
    "NanoBananaRequestAspectRatio": ".nano_banana_request_aspect_ratio",
    "NodeApp": ".node_app",
    "NodeAppInputKeyMappingType0": ".node_app_input_key_mapping_type_0",
    "NodeAppInputs": ".node_app_inputs",
    "NodeAppIOSchema": ".node_app_io_schema",
    "NodeAppIOSchemaProperties": ".node_app_io_schema_properties",
    "NodeAppIOSchemaPropertiesAdditionalProperty": ".node_app_io_schema_properties_additional_property",
    "NodeAppIOSchemaType": ".node_app_io_schema_type",
    "NodeAppOutputKeyMappingType0": ".node_app_output_key_mapping_type_0",
    "NodeAppVersion": ".node_app_version",
    "NodeAppVersionPage": ".node_app_version_page",
    "Qwen2512Request": ".qwen_2512_request",
    "Ray2Request": ".ray_2_request",
    "Ray2RequestAspectRatio": ".ray_2_request_aspect_ratio",
    "RunwayAlephReference": ".runway_aleph_reference",
    "RunwayAlephReferenceType": ".runway_aleph_reference_type",
    "RunwayAlephRequest": ".runway_aleph_request",
    "RunwayAlephRequestRatio": ".runway_aleph_request_ratio",
    "RunwayGen3Request": ".runway_gen_3_request",
    "RunwayGen3RequestAspectRatio": ".runway_gen_3_request_aspect_ratio",
    "RunwayGen3RequestDuration": ".runway_gen_3_request_duration",
    "RunwayGen45Request": ".runway_gen_45_request",
    "RunwayGen45RequestAspectRatio": ".runway_gen_45_request_aspect_ratio",
    "RunwayGen4ImageRequest": ".runway_gen_4_image_request",
    "RunwayGen4VideoRequest": ".runway_gen_4_video_request",
    "RunwayGen4VideoRequestAspectRatio": ".runway_gen_4_video_request_aspect_ratio",
    "RunwayGen4VideoRequestDuration": ".runway_gen_4_video_request_duration",
    "RunwayReferenceImage": ".runway_reference_image",
    "SeedEditRequest": ".seed_edit_request",
    "Seedance10ProFastRequest": ".seedance_10_pro_fast_request",
    "Seedance10ProFastRequestAspectRatio": ".seedance_10_pro_fast_request_aspect_ratio",
    "Seedance10ProFastRequestResolution": ".seedance_10_pro_fast_request_resolution",
    "Seedance10ProRequest": ".seedance_10_pro_request",
    "Seedance10ProRequestAspectRatio": ".seedance_10_pro_request_aspect_ratio",
    "Seedance10ProRequestResolution": ".seedance_10_pro_request_resolution",
    "Seedream4Request": ".seedream_4_request",
    "Seedream5LiteRequest": ".seedream_5_lite_request",
    "Style": ".style",
    "StyleFilter": ".style_filter",
    "StyleImage": ".style_image",
    "StyleLora": ".style_lora",
    "StyleOwner": ".style_owner",
    "StylePage": ".style_page",
    "StyleShareLink": ".style_share_link",
    "StyleUpdate": ".style_update",
    "StyleWorkspaceShare": ".style_workspace_share",
    "Success": ".success",
    "TopazBloomEnhanceRequest": ".topaz_bloom_enhance_request",
    "TopazBloomEnhanceRequestModel": ".topaz_bloom_enhance_request_model",
    "TopazBloomEnhanceRequestOutputFormat": ".topaz_bloom_enhance_request_output_format",
    "TopazGenerativeEnhanceRequest": ".topaz_generative_enhance_request",
    "TopazGenerativeEnhanceRequestModel": ".topaz_generative_enhance_request_model",
    "TopazGenerativeEnhanceRequestOutputFormat": ".topaz_generative_enhance_request_output_format",
    "TopazGenerativeEnhanceRequestSubjectDetection": ".topaz_generative_enhance_request_subject_detection",
    "TopazStandardEnhanceRequest": ".topaz_standard_enhance_request",
    "TopazStandardEnhanceRequestModel": ".topaz_standard_enhance_request_model",
    "TopazStandardEnhanceRequestOutputFormat": ".topaz_standard_enhance_request_output_format",
    "TopazStandardEnhanceRequestSubjectDetection": ".topaz_standard_enhance_request_subject_detection",
    "TrainFluxStyleRequest": ".train_flux_style_request",
    "TrainFluxStyleRequestModel": ".train_flux_style_request_model",
    "TrainFluxStyleRequestType": ".train_flux_style_request_type",
    "TrainQwenStyleRequest": ".train_qwen_style_request",
    "TrainQwenStyleRequestModel": ".train_qwen_style_request_model",
    "TrainQwenStyleRequestType": ".train_qwen_style_request_type",
    "Veo2Request": ".veo_2_request",
    "Veo2RequestAspectRatio": ".veo_2_request_aspect_ratio",
    "Veo31FastRequest": ".veo_31_fast_request",
    "Veo31FastRequestAspectRatio": ".veo_31_fast_request_aspect_ratio",
    "Veo31FastRequestDuration": ".veo_31_fast_request_duration",
    "Veo31FastRequestResolution": ".veo_31_fast_request_resolution",
    "Veo31LiteRequest": ".veo_31_lite_request",
    "Veo31LiteRequestAspectRatio": ".veo_31_lite_request_aspect_ratio",
    "Veo31LiteRequestDuration": ".veo_31_lite_request_duration",
    "Veo31LiteRequestResolution": ".veo_31_lite_request_resolution",
    "Veo31Request": ".veo_31_request",
    "Veo31RequestAspectRatio": ".veo_31_request_aspect_ratio",
    "Veo31RequestDuration": ".veo_31_request_duration",
    "Veo31RequestResolution": ".veo_31_request_resolution",
    "Veo3FastRequest": ".veo_3_fast_request",
    "Veo3FastRequestAspectRatio": ".veo_3_fast_request_aspect_ratio",
    "Veo3FastRequestDuration": ".veo_3_fast_request_duration",
    "Veo3FastRequestResolution": ".veo_3_fast_request_resolution",
    "Veo3Request": ".veo_3_request",
    "Veo3RequestAspectRatio": ".veo_3_request_aspect_ratio",
    "Veo3RequestDuration": ".veo_3_request_duration",
    "Veo3RequestResolution": ".veo_3_request_resolution",
    "Wan21Request": ".wan_21_request",
    "Wan21RequestAspectRatio": ".wan_21_request_aspect_ratio",
    "Wan22Request": ".wan_22_request",
    "Wan22RequestAspectRatio": ".wan_22_request_aspect_ratio",
    "Wan25Request": ".wan_25_request",
    "Wan25RequestAspectRatio": ".wan_25_request_aspect_ratio",
    "Wan25RequestResolution": ".wan_25_request_resolution",
    "Workspace": ".workspace",
    "ZImageRequest": ".z_image_request",
    "ZImageRequestAspectRatio": ".z_image_request_aspect_ratio",
    "ZImageRequestResolution": ".z_image_request_resolution",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
