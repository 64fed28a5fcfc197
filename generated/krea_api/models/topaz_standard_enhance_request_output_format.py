from enum import StrEnum


class TopazStandardEnhanceRequestOutputFormat(StrEnum):
    JPG = "jpg"
    PNG = "png"
    WEBP = "webp"

    def __str__(self) -> str:
        return str(self.value)
