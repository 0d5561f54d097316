"""The synthetic truth: what really happened, before it is written into spreadsheets.

Tests compare what duikou recovers from the spreadsheets against these objects, and the
expected indicator values are computed from them in truth.py — independently of the
pipeline's SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class Hospital:
    hospital_id: str
    name: str
    level: str
    grade: str | None
    category: str
    province: str
    city: str
    county: str
    county_code: str
    aliases: list[str] = field(default_factory=list)
    role: str = "recipient"  # support, recipient, comparison
    # the name this hospital's own staff write on forms (may be an alias)
    written_as: str | None = None


@dataclass
class Pairing:
    support: str
    recipient: str
    programme: str
    start: dt.date
    end: dt.date | None
    agreement: dt.date | None


@dataclass
class Person:
    name: str
    id_number: str | None
    birth: dt.date
    female: bool


@dataclass
class Deployment:
    person: Person
    support: str
    recipient: str
    department: str
    title: str
    title_rank: str
    staff_category: str
    position: str | None
    start: dt.date
    end: dt.date
    years_of_service: int
    paid_by_recipient: Decimal
    written_assessment: bool | None
    batch: str


@dataclass
class Trainee:
    person: Person
    recipient: str
    host: str
    department: str
    start: dt.date
    end: dt.date
    fee: Decimal
    completed: bool | None


@dataclass
class Technique:
    recipient: str
    support: str | None
    name: str
    department: str
    first_date: dt.date
    cases: int
    fills_gap: bool


@dataclass
class Activity:
    recipient: str
    support: str | None
    date: dt.date
    type: str
    topic: str
    participants: int


@dataclass
class MonthlyStat:
    hospital: str
    year: int
    month: int
    outpatient: int
    discharges: int
    surgeries: int
    referrals_out: int
    up_received: int
    down_received: int
    reported: dt.date


@dataclass
class CountyStat:
    county_code: str
    county_name: str
    year: int
    admissions: int
    outside: int


@dataclass
class Assessment:
    person: Person
    recipient: str
    support: str
    year: int
    month: int
    score: Decimal
    spot_checks: int
    present: int


@dataclass
class Planted:
    """A rule violation put into the data on purpose."""

    rule_id: str
    hospital_id: str          # the hospital the finding is about (recipient, or support for R19)
    period: str               # "2023", "2023-05" or a cycle
    detail: str
    support_id: str | None = None


@dataclass
class Effect:
    """True programme effects, for the difference-in-differences test."""

    referral_rate: float = -0.015       # change in referrals_out / discharges after pairing start
    discharges_pct: float = 0.08        # proportional change in discharges
    county_outside_share: float = -0.03  # change in the county's outside-county admission share


@dataclass
class Truth:
    seed: int
    years: tuple[int, ...]
    hospitals: list[Hospital]
    pairings: list[Pairing]
    deployments: list[Deployment]
    trainees: list[Trainee]
    techniques: list[Technique]
    activities: list[Activity]
    monthly: list[MonthlyStat]
    county: list[CountyStat]
    assessments: list[Assessment]
    planted: list[Planted]
    effect: Effect
    province: str = "青岚省"

    def hospital(self, hid: str) -> Hospital:
        return next(h for h in self.hospitals if h.hospital_id == hid)
