"""Year-round coverage (全年驻点覆盖): did the recipient have dispatched staff on site every day?"""

from __future__ import annotations

import pandas as pd

from pipelines.derived import create_derived
from pipelines.indicators._common import rate, years_clause
from pipelines.programme.defaults import DEFAULT_PROFILE
from pipelines.programme.profiles import load_profile


def coverage_recipient_year(con, years=None, profile: str = DEFAULT_PROFILE) -> pd.DataFrame:
    """全年驻点覆盖率 per recipient-year = days with at least one dispatched person on site /
    days on which a pairing of the recipient was active, in % (rule R06 wants 100%).

    One row per recipient-year of ``d_recipient_year`` (pipelines/derived/): the recipients
    and years the profile judges (its scope, and its cycle within the data's years; without
    either, every recipient with a pairing in a data year). ``uncovered_days`` is the gap in
    days, the number rule R06 judges. A stay without an end date covers every day from its
    start; an open pairing runs to 31 December of the data's last year.
    """
    create_derived(con, load_profile(profile))
    where, params = years_clause("r.year", years)
    df = con.execute(f"""
        SELECT r.recipient_hospital_id, h.name AS hospital_name, h.city, h.county, h.county_code, h.category,
               CAST(r.year AS INTEGER) AS year, r.covered_days AS numerator, r.active_days AS denominator
        FROM d_recipient_year r LEFT JOIN hospitals h ON h.hospital_id = r.recipient_hospital_id
        WHERE {where}
        ORDER BY r.recipient_hospital_id, r.year""", params).df()
    df["value"] = rate(df["numerator"], df["denominator"], 100.0)
    df["uncovered_days"] = df["denominator"] - df["numerator"]
    return df
