from enum import StrEnum


class TrainQwenStyleRequestModel(StrEnum):
    QWEN = "qwen"
    Z_IMAGE = "z-image"

    def __str__(self) -> str:
        return str(self.value)
