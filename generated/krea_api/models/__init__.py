"""Contains all the data models used in inputs/outputs"""

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
from .kling_camera_control_left_turn_forward import KlingCameraControlLeftTurnForward
from .kling_camera_control_left_turn_forward_type import (
    KlingCameraControlLeftTurnForwardType,
)
from .kling_camera_control_right_turn_forward import KlingCameraControlRightTurnForward
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
from .runway_gen_4_video_request_aspect_ratio import RunwayGen4VideoRequestAspectRatio
from .runway_gen_4_video_request_duration import RunwayGen4VideoRequestDuration
from .runway_gen_45_request import RunwayGen45Request
from .runway_gen_45_request_aspect_ratio import RunwayGen45RequestAspectRatio
from .runway_reference_image import RunwayReferenceImage
from .seed_edit_request import SeedEditRequest
from .seedance_10_pro_fast_request import Seedance10ProFastRequest
from .seedance_10_pro_fast_request_aspect_ratio import (
    Seedance10ProFastRequestAspectRatio,
)
from .seedance_10_pro_fast_request_resolution import Seedance10ProFastRequestResolution
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
from .topaz_generative_enhance_request_model import TopazGenerativeEnhanceRequestModel
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
