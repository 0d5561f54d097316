"""Teaching and training events held at recipients (带教、培训活动)."""

from __future__ import annotations

import pandas as pd

from pipelines.indicators._common import recipient_year_indicator, years_clause

# activity_type values of the data contract, in the order the report lists them
ACTIVITY_TYPES = ("学术讲座", "教学查房", "手术示教", "疑难病例讨论", "死亡病例讨论", "技术培训", "远程会诊", "义诊", "其他")


def activities_by_type_recipient_year(con, years=None) -> pd.DataFrame:
    """带教培训活动次数 by type per recipient-year: one row per recipient, year and activity
    type (every type of the data contract, 0 when none), ``participants`` summed."""
    base = recipient_year_indicator(con, """
        SELECT recipient_hospital_id, year(activity_date) AS year, count(*) AS numerator
        FROM activities GROUP BY 1, 2""", years)
    where, params = years_clause("year(activity_date)", years)
    counts = con.execute(f"""
        SELECT recipient_hospital_id, CAST(year(activity_date) AS INTEGER) AS year, activity_type,
               count(*) AS n, CAST(sum(participants) AS BIGINT) AS participants
        FROM activities WHERE {where} GROUP BY 1, 2, 3""", params).df()
    keys = base.drop(columns=["numerator", "denominator", "value"])
    types = pd.DataFrame({"activity_type": list(ACTIVITY_TYPES)})
    out = keys.merge(types, how="cross").merge(counts, how="left", on=["recipient_hospital_id", "year", "activity_type"])
    out["numerator"] = out.pop("n").fillna(0).astype("int64")
    out["denominator"] = pd.Series(pd.NA, index=out.index, dtype="Int64")
    out["value"] = out["numerator"].astype("float64")
    out["participants"] = out["participants"].fillna(0).astype("int64")
    return out.sort_values(["recipient_hospital_id", "year"], kind="stable").reset_index(drop=True)


def training_events_recipient_year(con, years=None, profile: str | None = None) -> pd.DataFrame:
    """培训活动次数 per recipient-year: events of the types the programme profile counts as
    training (its ``training_types``; by default 学术讲座, 教学查房, 手术示教, 疑难病例讨论,
    死亡病例讨论, 技术培训; rule R12)."""
    from pipelines.programme.profiles import TRAINING_TYPES, load_profile

    types = load_profile(profile).training_types if profile else TRAINING_TYPES
    return recipient_year_indicator(con, """
        SELECT recipient_hospital_id, year(activity_date) AS year, count(*) AS numerator
        FROM activities WHERE activity_type IN (SELECT unnest(?)) GROUP BY 1, 2""", years, params=[list(types)])
