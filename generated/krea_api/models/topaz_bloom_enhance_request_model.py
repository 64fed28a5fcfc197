from enum import StrEnum


class TopazBloomEnhanceRequestModel(StrEnum):
    REIMAGINE = "Reimagine"

    def __str__(self) -> str:
        return str(self.value)
