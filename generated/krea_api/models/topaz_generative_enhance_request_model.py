from enum import StrEnum


class TopazGenerativeEnhanceRequestModel(StrEnum):
    RECOVERY = "Recovery"
    RECOVERY_V2 = "Recovery V2"
    REDEFINE = "Redefine"
    REIMAGINE = "Reimagine"

    def __str__(self) -> str:
        return str(self.value)
