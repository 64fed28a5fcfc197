from enum import StrEnum


class TrainFluxStyleRequestModel(StrEnum):
    FLUX_DEV = "flux_dev"
    FLUX_SCHNELL = "flux_schnell"
    WAN = "wan"
    WAN22 = "wan22"

    def __str__(self) -> str:
        return str(self.value)
