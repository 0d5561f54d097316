"""SYNTHETIC discharge records over several years with a planted programme effect (issue 21
item 5): the within-county share of paired counties' residents rises by a configured amount
from the pairing's start. ``duikou records generate`` writes them; the effect estimate on the
records outcome (pipelines/evaluation/records_outcome.py) should recover what was planted.

The fictional province (codes 9903xx and 990401: region codes that do not exist; every name
carries SYNTHETIC):

- ``counties`` county-level units 990301, 990302, …, each with a county general hospital
  (二级甲等, 综合医院) and a township health centre (一级);
- a city district 990401 with two tertiary hospitals, where residents treated outside their
  county go (its own residents are not in the data).

How a record is made. Every county has a baseline probability that a resident's discharge is
from a hospital in the county, drawn once (uniform 0.62–0.78); a common trend (+``trend_pp``
percentage points a year) and a common season (±1 pp) move every county alike, so the
parallel-trends assumption holds by construction. The first ``treated`` counties are paired:
half of them from 1 January, the other half from 1 July of the second year (two cohorts, each
with at least a year before its start). **From the first month of its pairing, a paired
county's probability rises by ``effect_pp`` percentage points** — the planted effect. Each
county-month has a Poisson number of discharges (mean ``rows`` / (counties × months)); each
is inside the county with its county-month probability (then the general hospital, or the
health centre one time in four), else at a tertiary hospital of the city. 离院方式 1, except
about 3% transferred (离院方式 2) from a county hospital to a tertiary one.

The truth written beside the records (``planted_effect.json``): the planted effect, each
county's pairing start, baseline and expected share per month. The expected ATT on the
within-county rate in percentage points is ``effect_pp`` exactly (every paired county-month
after the start has its probability raised by it, nothing else differs).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.records.synthetic import LABEL, check_digits

CITY = "990401"
TRUTH_FILE = "planted_effect.json"
DICTIONARY_FILE = "机构字典_SYNTHETIC.csv"


@dataclass
class PanelTruth:
    """What the generator decided: the planted effect and the design."""
    effect_pp: float                      # rise of the within-county share (percentage points) from the pairing's start
    years: list[int]
    paired_from: dict[str, str]           # county code -> pairing start (ISO date); never-paired counties absent
    baseline: dict[str, float]            # county code -> baseline probability of a within-county discharge
    trend_pp: float                       # common trend, percentage points per year
    rows: int                             # records written
    seed: int
    label: str = LABEL
    counties: list[str] = field(default_factory=list)

    def expected_share(self, county: str, year: int, month: int) -> float:
        """The probability the generator used for a county-month (without noise)."""
        return _probability(self, county, year, month)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2)

    @classmethod
    def read(cls, folder: str | Path) -> "PanelTruth":
        return cls(**json.loads((Path(folder) / TRUTH_FILE).read_text(encoding="utf-8")))


def _month_index(t: "PanelTruth", year: int, month: int) -> int:
    return (year - t.years[0]) * 12 + month - 1


def _first_paired_month(start: dt.date) -> tuple[int, int]:
    """The first month whose first day is on or after the start (a start on the 1st: that month)."""
    y, m = start.year, start.month + (start.day > 1)
    return (y + 1, 1) if m == 13 else (y, m)


def _probability(t: PanelTruth, county: str, year: int, month: int) -> float:
    k = _month_index(t, year, month)
    p = t.baseline[county] + t.trend_pp / 100 * k / 12 + 0.01 * np.sin(2 * np.pi * (month - 1) / 12)
    if county in t.paired_from:
        fy, fm = _first_paired_month(dt.date.fromisoformat(t.paired_from[county]))
        if (year, month) >= (fy, fm):
            p += t.effect_pp / 100
    return float(min(max(p, 0.0), 1.0))


def facilities(counties: list[str]) -> pd.DataFrame:
    rows = [(f"H{CITY}001", f"澄州市第一人民医院（{LABEL}）", CITY, "三级甲等"),
            (f"H{CITY}002", f"澄州市中心医院（{LABEL}）", CITY, "三级乙等")]
    for i, c in enumerate(counties):
        rows += [(f"H{c}001", f"澄州第{i + 1}县人民医院（{LABEL}）", c, "二级甲等"),
                 (f"H{c}101", f"澄州第{i + 1}县中心卫生院（{LABEL}）", c, "一级")]
    return pd.DataFrame(rows, columns=["机构代码", "机构名称", "所在地行政区划代码", "机构级别"])


def design(rows: int, counties: int = 12, treated: int = 6, years: tuple[int, ...] = (2022, 2023, 2024),
           effect_pp: float = 5.0, trend_pp: float = 1.0, seed: int = 21) -> PanelTruth:
    """The design of a panel: which counties are paired when, and their baselines."""
    if counties < 2 or not 0 <= treated <= counties or len(years) < 2:
        raise ValueError("至少 2 个县、2 年；结对县数不超过县数 / at least 2 counties and 2 years; treated ≤ counties")
    rng = np.random.default_rng(seed)
    codes = [f"9903{i + 1:02d}" for i in range(counties)]
    second = years[1]
    starts = {c: (dt.date(second, 1, 1) if i % 2 == 0 else dt.date(second, 7, 1)).isoformat()
              for i, c in enumerate(codes[:treated])}
    base = dict(zip(codes, np.round(rng.uniform(0.62, 0.78, counties), 4).tolist()))
    return PanelTruth(effect_pp=float(effect_pp), years=list(years), paired_from=starts, baseline=base,
                      trend_pp=float(trend_pp), rows=0, seed=seed, counties=codes)


def generate_panel(t: PanelTruth, rows: int) -> pd.DataFrame:
    """The records of the design ``t`` (Chinese headers, every cell text), ``t.rows`` set."""
    rng = np.random.default_rng(t.seed + 1)
    fac = facilities(t.counties)
    months = [(y, m) for y in t.years for m in range(1, 13)]
    mean = rows / (len(t.counties) * len(months))
    cells = [(c, y, m, int(n)) for c in t.counties for (y, m) in months
             for n in [rng.poisson(mean)]]
    county = np.repeat(np.array([c for c, _, _, _ in cells]), [n for *_, n in cells])
    year = np.repeat(np.array([y for _, y, _, _ in cells]), [n for *_, n in cells])
    month = np.repeat(np.array([m for _, _, m, _ in cells]), [n for *_, n in cells])
    p = np.repeat(np.array([_probability(t, c, y, m) for c, y, m, _ in cells]), [n for *_, n in cells])
    n = len(county)
    inside = rng.random(n) < p
    # hospital: the county's general hospital (3 in 4) or health centre, else a city tertiary hospital
    centre = rng.random(n) < 0.25
    tertiary = np.where(rng.random(n) < 0.5, f"H{CITY}001", f"H{CITY}002")
    code = np.where(inside, np.char.add(np.char.add("H", county), np.where(centre, "101", "001")), tertiary).astype(object)
    names = dict(zip(fac["机构代码"], fac["机构名称"]))
    first = pd.to_datetime(pd.DataFrame({"year": year, "month": month, "day": 1})).to_numpy().astype("datetime64[D]")
    days = ((first.astype("datetime64[M]") + 1).astype("datetime64[D]") - first).astype(np.int64)
    discharge = first + (rng.random(n) * days).astype("timedelta64[D]")
    stay = rng.integers(1, 15, n)
    admission = discharge - stay.astype("timedelta64[D]")
    # 离院方式 2 (transfer to a tertiary hospital) for about 3% of a county hospital's discharges
    transfer = inside & (rng.random(n) < 0.03)
    method = np.where(transfer, "2", "1")
    recv = np.where(transfer, names[f"H{CITY}001"], "").astype(object)
    birth = np.datetime64("1940-01-01") + rng.integers(0, 365 * 80, n).astype("timedelta64[D]")
    birth_s = np.datetime_as_string(birth, unit="D")
    first17 = np.char.add(np.char.add(county.astype(str), np.char.replace(birth_s, "-", "")),
                          np.char.zfill(rng.integers(0, 1000, n).astype(str), 3))
    ids = np.char.add(first17, check_digits(first17))
    cost = rng.integers(80_000, 3_000_000, n)
    t.rows = n
    return pd.DataFrame({
        "医疗机构代码": code, "医疗机构名称": [names[c] for c in code],
        "病案号": np.char.add("PN", np.char.zfill(np.arange(1, n + 1).astype(str), 10)),
        "性别": rng.choice(np.array(["1", "2"]), n), "出生日期": birth_s, "身份证号": ids,
        "现住址行政区划代码": county, "户口地址行政区划代码": county,
        "入院途径": rng.choice(np.array(["1", "2"]), n, p=[0.35, 0.65]),
        "入院日期": np.datetime_as_string(admission, unit="D"), "出院日期": np.datetime_as_string(discharge, unit="D"),
        "离院方式": method, "拟接收医疗机构名称": recv,
        "主要诊断编码": np.array(["J18.9", "I63.9", "K35.8", "I10.x"])[rng.integers(0, 4, n)],
        "总费用": np.char.add(np.char.add((cost // 100).astype(str), "."), np.char.zfill((cost % 100).astype(str), 2)),
    })


def write(out: str | Path, rows: int, **design_args) -> PanelTruth:
    """Generate and write: one Parquet file per month of discharge
    (``出院记录_SYNTHETIC_<YYYY-MM>.parquet``), the facility dictionary and ``planted_effect.json``
    beside them (JSON: the ingest reads only .csv / .txt / .parquet records)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    t = design(rows, **design_args)
    df = generate_panel(t, rows)
    key = df["出院日期"].str[:7]
    table = pa.Table.from_pandas(df.astype(str), preserve_index=False)
    for ym in sorted(key.unique()):
        pq.write_table(table.filter(pa.array((key == ym).to_numpy())), out / f"出院记录_{LABEL}_{ym}.parquet",
                       compression="zstd")
    facilities(t.counties).to_csv(out / DICTIONARY_FILE, index=False, encoding="utf-8")
    (out / TRUTH_FILE).write_text(t.to_json(), encoding="utf-8")
    return t
