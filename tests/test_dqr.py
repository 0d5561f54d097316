"""The data quality review (pipelines/validation/dqr.py) against the generator's truth.

Planted problems (DQR_MISSING, DQR_LATE, DQR_OUTLIER in the demo; DQR_CONSISTENCY in the
cycle case) are flagged at exactly their hospital and period; everything else flagged is
what the thresholds say about the truth's own numbers, computed here with the statistics
module from the truth objects. Small hand-made databases pin the definitions down.
"""

from __future__ import annotations

import datetime as dt
import statistics

import duckdb
import pytest

from test_rules_fixtures import synthetic
from pipelines.errors import UserError
from pipelines.validation import dqr

NOW = dt.datetime(2030, 1, 1)
INDICATORS = {"outpatient_visits": "outpatient", "discharges": "discharges", "surgeries": "surgeries",
              "referrals_out": "referrals_out"}


def _review(db) -> "dqr.pd.DataFrame":
    con = duckdb.connect(str(db), read_only=True)
    try:
        return dqr.review(con, "TEST", "national-2009", NOW)
    finally:
        con.close()


def _flagged(df, metric, level="item", with_indicator=False) -> set:
    f = df[(df["metric"] == metric) & (df["level"] == level) & (df["flagged"] == True)]  # noqa: E712
    if with_indicator:
        return set(zip(f["hospital_id"], f["period"], f["indicator"]))
    return set(zip(f["hospital_id"], f["period"]))


def _planted(truth, code) -> set:
    return {(p.hospital_id, p.period) for p in truth.planted if p.rule_id == code}


# ------------------------------------------------------------------ oracle from the truth
def _series(truth) -> dict[tuple[str, str], list[tuple[str, float]]]:
    out: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for m in sorted(truth.monthly, key=lambda m: (m.hospital, m.year, m.month)):
        for col, attr in INDICATORS.items():
            out.setdefault((m.hospital, col), []).append((f"{m.year}-{m.month:02d}", float(getattr(m, attr))))
    return out


def oracle_outliers(truth, cfg) -> dict[str, set]:
    o = cfg["outliers"]
    got = {"outlier_extreme": set(), "outlier_moderate": set(), "outlier_modified_z": set(), "hospital_year": set()}
    for (hid, col), s in _series(truth).items():
        if len(s) < o["min_months"]:
            continue
        xs = [v for _, v in s]
        mean, sd, med = statistics.mean(xs), statistics.stdev(xs), statistics.median(xs)
        mad = statistics.median(abs(v - med) for v in xs)
        per_year: dict[str, int] = {}
        for period, v in s:
            z = (v - mean) / sd if sd else 0.0
            if abs(z) > o["extreme_sd"]:
                got["outlier_extreme"].add((hid, period, col))
            elif abs(z) > o["moderate_sd"]:
                got["outlier_moderate"].add((hid, period, col))
                per_year[period[:4]] = per_year.get(period[:4], 0) + 1
            if mad and abs(0.6745 * (v - med) / mad) > o["modified_z"]:
                got["outlier_modified_z"].add((hid, period, col))
        got["hospital_year"] |= {(hid, y, col) for y, n in per_year.items() if n >= o["moderate_per_year_flag"]}
    return got


def oracle_consistency_time(truth, cfg) -> tuple[set, set]:
    """(flagged, judged) hospital-year-indicator triples."""
    c = cfg["consistency_over_time"]
    means: dict[tuple[str, str, int], float] = {}
    for (hid, col), s in _series(truth).items():
        for y in sorted({int(p[:4]) for p, _ in s}):
            means[(hid, col, y)] = statistics.mean(v for p, v in s if p.startswith(f"{y}-"))
    flagged, judged = set(), set()
    for (hid, col, y), cur in means.items():
        prior = [means[(hid, col, py)] for py in range(y - c["prior_years"], y) if (hid, col, py) in means]
        if prior:
            judged.add((hid, str(y), col))
            if abs(cur / statistics.mean(prior) - 1) * 100 > c["max_deviation_pct"]:
                flagged.add((hid, str(y), col))
    return flagged, judged


def _check_against_oracle(review, truth):
    cfg = dqr.config()
    want = oracle_outliers(truth, cfg)
    for metric in ("outlier_extreme", "outlier_moderate", "outlier_modified_z"):
        assert _flagged(review, metric, with_indicator=True) == want[metric], metric
    assert _flagged(review, "outlier_moderate", "hospital_year", with_indicator=True) == want["hospital_year"]
    flagged, judged = oracle_consistency_time(truth, cfg)
    ct = review[(review["metric"] == "consistency_time") & (review["level"] == "hospital_year")]
    assert set(zip(ct.loc[ct["flagged"].notna(), "hospital_id"], ct.loc[ct["flagged"].notna(), "period"],
                   ct.loc[ct["flagged"].notna(), "indicator"])) == judged
    assert _flagged(review, "consistency_time", "hospital_year", with_indicator=True) == flagged


# ------------------------------------------------------------------ the demo's plants
@pytest.fixture(scope="module")
def demo_review(demo_db):
    return _review(demo_db)


def test_missing_report_flagged_exactly(demo_truth, demo_review):
    assert _planted(demo_truth, "DQR_MISSING")
    assert _flagged(demo_review, "completeness") == _planted(demo_truth, "DQR_MISSING")


def test_late_report_flagged_exactly(demo_truth, demo_review):
    assert _planted(demo_truth, "DQR_LATE")
    assert _flagged(demo_review, "timeliness") == _planted(demo_truth, "DQR_LATE")


def test_outlier_flagged_exactly_and_nothing_else_beyond_the_thresholds(demo_truth, demo_review):
    (hid, period), = _planted(demo_truth, "DQR_OUTLIER")
    assert _flagged(demo_review, "outlier_extreme", with_indicator=True) == {(hid, period, "outpatient_visits")}
    assert (hid, period, "outpatient_visits") in _flagged(demo_review, "outlier_modified_z", with_indicator=True)
    _check_against_oracle(demo_review, demo_truth)
    assert _flagged(demo_review, "consistency_internal") == set()


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)


def test_rates_match_the_truth(demo_truth, demo_review):
    """Completeness and timeliness per year, counted from the truth: a recipient owes the
    months it is paired, a hospital in no pairing every month of a year it reports in, a
    support hospital a roster for every year it has a pairing."""
    ov = demo_review[demo_review["level"] == "overall"].set_index(["metric", "form_type", "period"])["value"]
    due = dqr.config()["completeness"]["forms"]["hospital_monthly_stats"]["due_days"]
    t = demo_truth
    in_pairing = {p.recipient for p in t.pairings} | {p.support for p in t.pairings}
    received = {(m.hospital, m.year, m.month): m.reported for m in t.monthly}
    for y in t.years:
        expected = {(p.recipient, y, mo) for p in t.pairings for mo in range(1, 13)
                    if p.start <= _month_end(y, mo) and (p.end is None or p.end >= dt.date(y, mo, 1))}
        expected |= {(m.hospital, y, mo) for m in t.monthly if m.year == y and m.hospital not in in_pairing for mo in range(1, 13)}
        got = expected & set(received)
        assert ov[("completeness", "hospital_monthly_stats", str(y))] == pytest.approx(100 * len(got) / len(expected))
        on_time = [k for k in got if (received[k] - _month_end(k[1], k[2])).days <= due]
        assert ov[("timeliness", "hospital_monthly_stats", str(y))] == pytest.approx(100 * len(on_time) / len(got))
        supports = {p.support for p in t.pairings if p.start.year <= y and (p.end is None or p.end.year >= y)}
        rosters = {d.support for d in t.deployments if d.start.year == y}
        assert ov[("completeness", "deployments", str(y))] == pytest.approx(100 * len(supports & rosters) / len(supports))


def test_clean_data_flag_only_what_the_thresholds_say(tmp_path_factory):
    case = synthetic("modern_clean", tmp_path_factory)
    review = _review(case.db)
    for metric in ("completeness", "timeliness", "consistency_internal"):
        assert not (review.loc[review["metric"] == metric, "flagged"] == True).any(), metric  # noqa: E712
    _check_against_oracle(review, case.truth)


def test_internal_consistency_plant_flagged_exactly(tmp_path_factory):
    case = synthetic("cycle_planted", tmp_path_factory)
    review = _review(case.db)
    (hid, period), = _planted(case.truth, "DQR_CONSISTENCY")
    assert _flagged(review, "consistency_internal", with_indicator=True) == {(hid, period, "surgeries_le_discharges")}


def test_validate_stores_the_review_with_the_run(validated_db):
    """duikou validate writes dqr_results rows for each run, tied to the run's id."""
    con = duckdb.connect(str(validated_db), read_only=True)
    try:
        runs = con.execute("SELECT DISTINCT run_id FROM validation_results").fetchall()
        with_dqr = con.execute("SELECT DISTINCT run_id FROM dqr_results").fetchall()
        assert set(runs) == set(with_dqr) and len(runs) >= 3
        per_run = con.execute("SELECT count(*) FROM dqr_results GROUP BY run_id").fetchall()
        assert len({n for (n,) in per_run}) == 1  # the review does not depend on the profile
    finally:
        con.close()


# ------------------------------------------------------------------ definitions, on hand-made data
def _db_with(pairings=(), monthly=(), submissions=(), deployments=()):
    from pipelines.db.schema import ensure_schema

    con = duckdb.connect(":memory:")
    ensure_schema(con)
    for i, (sup, rec, start, end) in enumerate(pairings):
        con.execute("INSERT INTO pairings (pairing_id, support_hospital_id, recipient_hospital_id, start_date, end_date, submission_id, source_row) "
                    "VALUES (?, ?, ?, ?, ?, 'S0', ?)", [f"P{i}", sup, rec, start, end, i + 1])
    for sid, hid, period, reported, form in submissions:
        con.execute("INSERT INTO ingest.submissions (submission_id, file_name, file_sha256, form_type, reporting_hospital_id, period, reported_date) "
                    "VALUES (?, 'f.xlsx', 'x', ?, ?, ?, ?)", [sid, form, hid, period, reported])
    for hid, y, m, values, sid in monthly:
        out, dis, surg, ref = values
        con.execute("INSERT INTO hospital_monthly_stats (recipient_hospital_id, year, month, outpatient_visits, discharges, surgeries, "
                    "referrals_out, submission_id, source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)", [hid, y, m, out, dis, surg, ref, sid])
    for i, (sup, rec, start, end, sid) in enumerate(deployments):
        con.execute("INSERT INTO deployments (deployment_id, person_id, support_hospital_id, recipient_hospital_id, start_date, end_date, "
                    "submission_id, source_row) VALUES (?, ?, ?, ?, ?, ?, ?, 1)", [f"D{i}", f"P{i}", sup, rec, start, end, sid])
    return con


def test_expected_reports_follow_the_pairing_months():
    """A recipient paired from 15 March to 10 June owes March-June; it sent April and May
    (May one day late, on the 16th day); a comparison hospital sent 11 months of 12."""
    d = dt.date
    monthly = [("R1", 2023, 4, (100, 10, 2, 1), "S4"), ("R1", 2023, 5, (100, 10, 2, 1), "S5")]
    subs = [("S4", "R1", "2023-04", d(2023, 5, 15), "hospital_monthly_stats"), ("S5", "R1", "2023-05", d(2023, 6, 16), "hospital_monthly_stats")]
    for m in range(1, 12):
        monthly.append(("C1", 2023, m, (100, 10, 2, 1), f"C{m}"))
        subs.append((f"C{m}", "C1", f"2023-{m:02d}", None, "hospital_monthly_stats"))
    con = _db_with(pairings=[("S1", "R1", d(2023, 3, 15), d(2023, 6, 10))], monthly=monthly, submissions=subs,
                   deployments=[("S1", "R1", d(2023, 3, 15), d(2023, 6, 10), "SD")])
    con.execute("INSERT INTO ingest.submissions (submission_id, file_name, file_sha256, form_type, reporting_hospital_id, period, reported_date) "
                "VALUES ('SD', 'r.xlsx', 'y', 'deployments', 'S1', '2023', DATE '2024-01-31')")
    review = dqr.review(con, "T", "p", NOW)
    assert _flagged(review, "completeness") == {("R1", "2023-03"), ("R1", "2023-06"), ("C1", "2023-12")}
    hy = review[(review["metric"] == "completeness") & (review["level"] == "hospital_year")].set_index("hospital_id")
    assert hy.loc["R1", "value"] == pytest.approx(50.0) and bool(hy.loc["R1", "flagged"])
    assert hy.loc["C1", "value"] == pytest.approx(100 * 11 / 12) and not hy.loc["C1", "flagged"]  # 91.7% meets 90%
    assert _flagged(review, "timeliness") == {("R1", "2023-05")}
    unknown = review[(review["metric"] == "timeliness") & (review["form_type"] == "hospital_monthly_stats") & review["flagged"].isna()]
    assert "11" in unknown.iloc[0]["note"]  # the comparison hospital's undated reports are counted apart
    roster = review[(review["metric"] == "timeliness") & (review["form_type"] == "deployments") & (review["level"] == "overall")]
    assert roster.iloc[0]["value"] == pytest.approx(100.0)  # 31 days after the year: on time


def test_outlier_definitions_by_hand():
    """Ten months of 100 and one each of 130 and 70: mean 100, SD sqrt(1800/11) = 12.79, so
    both are 2.35 SD away: two moderate outliers in the year flag the hospital. MAD is 0, so
    no modified z-score. A hospital with 11 months is not judged."""
    vals = [100] * 10 + [130, 70]
    monthly = [("H1", 2023, m + 1, (v, 10, 1, 1), "S") for m, v in enumerate(vals)]
    monthly += [("H2", 2023, m + 1, (500 if m == 5 else 100, 10, 1, 1), "S") for m in range(11)]
    con = _db_with(monthly=monthly)
    review = dqr.review(con, "T", "p", NOW)
    assert _flagged(review, "outlier_moderate", with_indicator=True) == {("H1", "2023-11", "outpatient_visits"), ("H1", "2023-12", "outpatient_visits")}
    assert _flagged(review, "outlier_moderate", "hospital_year", with_indicator=True) == {("H1", "2023", "outpatient_visits")}
    assert _flagged(review, "outlier_extreme") == set() and _flagged(review, "outlier_modified_z") == set()
    h2 = review[(review["hospital_id"] == "H2") & (review["metric"] == "outlier_extreme") & (review["indicator"] == "outpatient_visits")]
    assert h2.iloc[0]["flagged"] is None or h2["flagged"].isna().all()
    assert "11" in h2.iloc[0]["note"]


def test_consistency_over_time_and_between_figures_by_hand():
    """2022 monthly mean 100, 2023 mean 140 (ratio 1.40 > 1.33: flagged, with a note that only
    one prior year exists); surgeries 11 > discharges 10 x 1.1 is not, 12 is."""
    monthly = [("H1", 2022, m, (100, 10, 11, 1), "S") for m in range(1, 13)]
    monthly += [("H1", 2023, m, (140, 10, 12 if m == 6 else 5, 1), "S") for m in range(1, 13)]
    con = _db_with(monthly=monthly)
    review = dqr.review(con, "T", "p", NOW)
    ct = review[(review["metric"] == "consistency_time") & (review["indicator"] == "outpatient_visits") & (review["level"] == "hospital_year")]
    row22, row23 = ct.sort_values("period").to_dict("records")
    assert row22["flagged"] is None and "no prior year" in row22["note"]
    assert row23["flagged"] is True and row23["value"] == pytest.approx(140) and row23["reference"] == pytest.approx(100)
    assert "only 1 of 3 prior years" in row23["note"]
    assert _flagged(review, "consistency_internal", with_indicator=True) == {("H1", "2023-06", "surgeries_le_discharges")}


@pytest.mark.parametrize("change, words", [
    ({"completeness": {"threshold_pct": "ninety", "forms": {}}}, "completeness.threshold_pct"),
    ({"outliers": {"indicators": ["beds"]}}, "unknown columns"),
    ({"consistency_internal": {"tolerance_pct": 10, "relations": [{"id": "x", "a": "surgeries"}]}}, "id, a, b"),
])
def test_bad_configuration_is_a_clear_error(change, words):
    import copy

    cfg = copy.deepcopy(dqr.config())
    for section, values in change.items():
        cfg[section] = {**cfg[section], **values}
    with pytest.raises(UserError, match=words):
        dqr.check_config(cfg)
