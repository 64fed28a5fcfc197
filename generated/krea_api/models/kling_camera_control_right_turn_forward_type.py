from enum import StrEnum


class KlingCameraControlRightTurnForwardType(StrEnum):
    RIGHT_TURN_FORWARD = "right_turn_forward"

    def __str__(self) -> str:
        return str(self.value)
