from enum import StrEnum


class TopazStandardEnhanceRequestModel(StrEnum):
    CGI = "CGI"
    HIGH_FIDELITY_V2 = "High Fidelity V2"
    LOW_RESOLUTION_V2 = "Low Resolution V2"
    STANDARD_V2 = "Standard V2"
    TEXT_REFINE = "Text Refine"

    def __str__(self) -> str:
        return str(self.value)
