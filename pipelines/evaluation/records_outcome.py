"""The programme effect on the records outcome (issue 21 item 2): the within-county inpatient
rate of a county's residents per month (县域内住院率), from the patient-level records
(``records_county_month``), estimated with the same Callaway–Sant'Anna estimator and the same
inference as the form-based outcomes (``effects.staggered_estimate``; assumptions in
``methods``). Nothing here changes the form-based estimates: this is one more outcome on its
own panel.

County-month panel: every county-level unit with resident discharges in the records, one row
per month with any. A county is *treated* from the first month whose first day is on or after
the first start of a pairing whose recipient is a county general hospital (综合医院) in the
county — the rule of the county-year panel (``panel.county_year``), at monthly resolution now
that the outcome is monthly. Counties never paired are the comparison group (with fewer than
five of them the not-yet-paired join, as for the other outcomes). The outcome is in percent;
the effect in percentage points. A county's months are weighted by its mean monthly resident
discharges before pairing (time-invariant, as the estimator requires), so the estimand is the
discharge-weighted average effect — the same choice as for the referral rate.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from pipelines.evaluation.effects import Estimate, Outcome, cs_row, staggered_estimate
from pipelines.evaluation.staggered import StaggeredResult

OUTCOME = Outcome("records_within_county_rate", "county_month", "within_county_pct", "treated", "county_code", "t",
                  "resident_discharges", "pp", first="first_treated_t")


def pairing_starts(con) -> dict[str, dt.date]:
    """County code -> the first start of a pairing whose recipient is a county general hospital
    (综合医院) in it: the database's pairings, as ``panel.county_year`` reads them."""
    rows = con.execute("""SELECT h.county_code, min(p.start_date) FROM pairings p
                          JOIN hospitals h ON h.hospital_id = p.recipient_hospital_id
                          WHERE h.category = '综合医院' AND h.county_code IS NOT NULL AND p.start_date IS NOT NULL
                          GROUP BY 1""").fetchall()
    return {str(c): d for c, d in rows}


def county_month_panel(con, paired_from: dict[str, dt.date | str] | None = None) -> pd.DataFrame:
    """The records county-month panel (columns of ``OUTCOME`` plus the counts). ``paired_from``:
    county code -> pairing start, when given (a design known otherwise, e.g. a generator's
    truth); default the database's pairings (``pairing_starts``)."""
    df = con.execute("""SELECT county_code, CAST(year AS INTEGER) AS year, CAST(month AS INTEGER) AS month,
                               CAST(resident_discharges AS BIGINT) AS resident_discharges,
                               CAST(resident_discharges_in_county AS BIGINT) AS resident_discharges_in_county
                        FROM records_county_month WHERE resident_discharges > 0
                        ORDER BY county_code, year, month""").df()
    starts = pairing_starts(con) if paired_from is None else paired_from
    starts = {str(k): pd.Timestamp(v) for k, v in starts.items() if v is not None}
    y0 = int(df["year"].min()) if len(df) else 0
    df["t"] = (df["year"] - y0) * 12 + df["month"] - 1
    start = pd.to_datetime(df["county_code"].map(starts))
    # first treated month: the start month if the pairing starts on its first day, else the next
    first = (start.dt.year - y0) * 12 + start.dt.month - 1 + (start.dt.day > 1).astype(int)
    df["paired_from"] = start
    df["first_treated_t"] = first.where(start.notna())
    df["treated"] = (df["t"] >= df["first_treated_t"]).astype(float)   # NaN >= x is False: never treated
    df["ever_treated"] = df["first_treated_t"].notna()
    df["within_county_pct"] = 100.0 * df["resident_discharges_in_county"] / df["resident_discharges"]
    return df


def records_effect(con, paired_from: dict[str, dt.date | str] | None = None, level: float = 0.95,
                   control: str = "never") -> tuple[Estimate, StaggeredResult]:
    """(the effects-table row, the full Callaway–Sant'Anna result) for the records outcome; a
    design that identifies nothing gives ``ok=False`` with the statement, never an exception."""
    df = county_month_panel(con, paired_from)
    res = staggered_estimate(OUTCOME, df, level=level, control=control)
    return cs_row(OUTCOME, res, len(df), level), res
