from enum import StrEnum


class HailuoRequestModel(StrEnum):
    I2V_01_DIRECTOR = "I2V-01-Director"
    S2V_01 = "S2V-01"
    T2V_01_DIRECTOR = "T2V-01-Director"
    VIDEO_01 = "video-01"

    def __str__(self) -> str:
        return str(self.value)
