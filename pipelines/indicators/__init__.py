"""Outcome indicators. Each function takes a DuckDB connection (and ``years=``) and returns a
DataFrame with the grain's keys, numerator, denominator and value; definitions and
citations are in catalogue/indicators.yaml (``catalogue.definitions()``), and
``catalogue.compute(id, con, years)`` runs one by its catalogue id."""

from pipelines.indicators.activities import (
    activities_by_type_recipient_year,
    training_events_recipient_year,
)
from pipelines.indicators.assessment import (
    assessment_pass_rate_recipient_year,
    on_duty_rate_recipient_year,
)
from pipelines.indicators.catalogue import compute, definitions
from pipelines.indicators.compliance import (
    compliance_rate_pairing,
    compliance_rate_support,
)
from pipelines.indicators.coverage import coverage_recipient_year
from pipelines.indicators.referral import (
    referral_rate_county_year,
    referral_rate_recipient_year,
    within_county_rate_county_year,
)
from pipelines.indicators.staffing import (
    dispatched_headcount_recipient_year,
    dispatched_person_months_recipient_year,
    dispatched_senior_share_recipient_year,
    vice_president_posts_recipient_year,
)
from pipelines.indicators.techniques import (
    techniques_county_gap_share_recipient_year,
    techniques_cumulative_recipient_year,
    techniques_recipient_year,
)
from pipelines.indicators.training import (
    trainees_completed_6m_recipient_year,
    trainees_free_share_recipient_year,
    trainees_recipient_year,
)
from pipelines.indicators.workload import (
    workload_recipient_month,
    workload_recipient_year,
)

__all__ = [
    "compute", "definitions",
    "referral_rate_recipient_year", "referral_rate_county_year", "within_county_rate_county_year",
    "trainees_recipient_year", "trainees_completed_6m_recipient_year", "trainees_free_share_recipient_year",
    "techniques_recipient_year", "techniques_cumulative_recipient_year", "techniques_county_gap_share_recipient_year",
    "dispatched_headcount_recipient_year", "dispatched_person_months_recipient_year",
    "dispatched_senior_share_recipient_year", "vice_president_posts_recipient_year",
    "coverage_recipient_year", "activities_by_type_recipient_year", "training_events_recipient_year",
    "workload_recipient_month", "workload_recipient_year",
    "assessment_pass_rate_recipient_year", "on_duty_rate_recipient_year",
    "compliance_rate_pairing", "compliance_rate_support",
]
