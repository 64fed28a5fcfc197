from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_error_detail import JobErrorDetail
    from ..models.job_result import JobResult


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A generation, enhance, training or node-app job. The same document is returned on creation (pending,
    `completed_at` and `result` null or absent), by `GET /jobs/{id}` and in webhook deliveries.
    Krea always sends `job_id` and `status`; this schema requires neither, so that a client reads any
    job document without refusing it, and decides itself what is a job (see DEVIATIONS.md #30).

        Attributes:
            job_id (str | Unset): The job id (a UUID today; read as an opaque string, see DEVIATIONS.md).
            status (JobStatus | str | Unset): A `JobStatus`, or a newer status this spec does not know yet (treat it as
                pending).
            created_at (datetime.datetime | None | Unset): When the job was created (read as null when it is not a date-
                time, see DEVIATIONS.md).
            completed_at (datetime.datetime | None | Unset): When the job reached a terminal status; null while it is
                pending.
            result (JobResult | None | Unset): Outputs; null or empty while pending.
            error (JobErrorDetail | None | Unset): Why the job failed; null or absent otherwise.
            type_ (str | Unset): The job type, e.g. `flux`, `k1`, `externalImage`, `loraTraining`.
            estimated_time (str | Unset): A human estimate of the run time, e.g. `60-120 seconds` (video models only).
    """

    job_id: str | Unset = UNSET
    status: JobStatus | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    result: JobResult | None | Unset = UNSET
    error: JobErrorDetail | None | Unset = UNSET
    type_: str | Unset = UNSET
    estimated_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_error_detail import JobErrorDetail  # noqa: PLC0415
        from ..models.job_result import JobResult  # noqa: PLC0415

        job_id = self.job_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, JobStatus):
            status = self.status.value
        else:
            status = self.status

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, JobResult):
            result = self.result.to_dict()
        else:
            result = self.result

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, JobErrorDetail):
            error = self.error.to_dict()
        else:
            error = self.error

        type_ = self.type_

        estimated_time = self.estimated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error
        if type_ is not UNSET:
            field_dict["type"] = type_
        if estimated_time is not UNSET:
            field_dict["estimated_time"] = estimated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_error_detail import JobErrorDetail  # noqa: PLC0415
        from ..models.job_result import JobResult  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)

        def _parse_status(data: object) -> JobStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = JobStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_result(data: object) -> JobResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = JobResult.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobResult | None | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        def _parse_error(data: object) -> JobErrorDetail | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = JobErrorDetail.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobErrorDetail | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        type_ = d.pop("type", UNSET)

        estimated_time = d.pop("estimated_time", UNSET)

        job = cls(
            job_id=job_id,
            status=status,
            created_at=created_at,
            completed_at=completed_at,
            result=result,
            error=error,
            type_=type_,
            estimated_time=estimated_time,
        )

        job.additional_properties = d
        return job

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
