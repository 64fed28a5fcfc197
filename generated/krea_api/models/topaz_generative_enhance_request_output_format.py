from enum import StrEnum


class TopazGenerativeEnhanceRequestOutputFormat(StrEnum):
    JPG = "jpg"
    PNG = "png"
    WEBP = "webp"

    def __str__(self) -> str:
        return str(self.value)
