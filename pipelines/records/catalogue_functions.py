"""The records indicators of pipelines/catalogue/records_indicators.yaml, in the catalogue's
shape (``fn(con, years=None)`` → grain keys, numerator, denominator, value), reading the views
``records_county_month`` and ``records_hospital_month`` of the database. Year figures are sums of
the months' exact counts (and of stay days and cost, recovered from the monthly averages times
their discharges), never averages of monthly rates."""

from __future__ import annotations

import pandas as pd


def _years(column: str, years) -> tuple[str, list]:
    if not years:
        return "TRUE", []
    years = [int(y) for y in years]
    return f"{column} IN ({', '.join('?' * len(years))})", years


def _rate(num: pd.Series, den: pd.Series, factor: float | None) -> pd.Series:
    v = num.astype("float64") / den.where(den > 0).astype("float64")
    return v * factor if factor else v


def within_county_rate_county_month(con, years=None) -> pd.DataFrame:
    where, params = _years("year", years)
    df = con.execute(f"""SELECT county_code, year, month, resident_discharges_in_county AS numerator,
                                resident_discharges AS denominator
                         FROM records_county_month WHERE {where} AND resident_discharges > 0
                         ORDER BY county_code, year, month""", params).df()
    df["value"] = _rate(df["numerator"], df["denominator"], 100.0)
    return df


def within_county_rate_county_year(con, years=None) -> pd.DataFrame:
    where, params = _years("year", years)
    df = con.execute(f"""SELECT county_code, year, CAST(sum(resident_discharges_in_county) AS BIGINT) AS numerator,
                                CAST(sum(resident_discharges) AS BIGINT) AS denominator, count(*) AS months_reported
                         FROM records_county_month WHERE {where} AND resident_discharges > 0
                         GROUP BY county_code, year ORDER BY county_code, year""", params).df()
    df["value"] = _rate(df["numerator"], df["denominator"], 100.0)
    return df


def outward_transfers_county_year(con, years=None) -> pd.DataFrame:
    where, params = _years("year", years)
    df = con.execute(f"""SELECT county_code, year, CAST(sum(outward_transfers) AS BIGINT) AS numerator
                         FROM records_county_month WHERE {where}
                         GROUP BY county_code, year ORDER BY county_code, year""", params).df()
    df["denominator"] = pd.NA
    df["value"] = df["numerator"]
    return df


def _hospital_year(con, years, num_sql: str, den_sql: str) -> pd.DataFrame:
    where, params = _years("year", years)
    return con.execute(f"""SELECT hospital_code, any_value(hospital_id) AS hospital_id, year,
                                  {num_sql} AS numerator, {den_sql} AS denominator, count(*) AS months_reported
                           FROM records_hospital_month WHERE {where}
                           GROUP BY hospital_code, year ORDER BY hospital_code, year""", params).df()


def transfer_rate_hospital_year(con, years=None) -> pd.DataFrame:
    df = _hospital_year(con, years, "CAST(sum(transfers_out) AS BIGINT)", "CAST(sum(discharges) AS BIGINT)")
    df["value"] = _rate(df["numerator"], df["denominator"], 100.0)
    return df


def discharges_hospital_year(con, years=None) -> pd.DataFrame:
    df = _hospital_year(con, years, "CAST(sum(discharges) AS BIGINT)", "NULL")
    df["value"] = df["numerator"]
    return df


def avg_length_of_stay_hospital_year(con, years=None) -> pd.DataFrame:
    df = _hospital_year(con, years, "round(sum(avg_length_of_stay * discharges))",
                        "CAST(sum(discharges) FILTER (WHERE avg_length_of_stay IS NOT NULL) AS BIGINT)")
    df["value"] = _rate(df["numerator"], df["denominator"], None)
    return df


def avg_total_cost_hospital_year(con, years=None) -> pd.DataFrame:
    df = _hospital_year(con, years, "round(sum(avg_total_cost * discharges), 2)",
                        "CAST(sum(discharges) FILTER (WHERE avg_total_cost IS NOT NULL) AS BIGINT)")
    df["value"] = _rate(df["numerator"], df["denominator"], None)
    return df
