"""SYNTHETIC discharge records for tests and benchmarks, with their own truth.

Fictional province: counties with codes 99xxxx (a region code that does not exist), fictional
hospitals, synthetic ID numbers with correct GB 11643 check digits, 病案号 that are fictional.
Every name carries (SYNTHETIC). The generator decides each record's true residence county,
hospital county, discharge month, 离院方式, receiving county, stay and cost, and which records
must be rejected and why; ``Truth`` turns those decisions into the expected indicator tables
with pandas, independently of pipelines/records. Then it writes the records the way exports
spell them, hostile spellings included (``hostile=True``): YYYYMMDD and datetime dates, 15-digit
IDs, IDs inside 拟接收医疗机构名称, names padded with full-width spaces, names outside GBK, blank
离院方式, and records to reject (impossible dates, discharge before admission, blank, malformed or
unknown residence codes).

Vectorised with numpy so that the benchmark can make millions of rows quickly.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

LABEL = "SYNTHETIC"

# county code -> name; 990102 is a city district (it has the city's tertiary hospitals)
COUNTIES = {"990102": "澄湖区", "990121": "青岚县", "990122": "石梁县", "990123": "柳川县", "990124": "云溪县"}
RESIDENT_COUNTIES = list(COUNTIES)
OUTSIDE_COUNTY = "990202"   # a county of the dictionary whose residents are not in the data


def _facilities() -> pd.DataFrame:
    rows = [("H990102001", "青州市第一人民医院", "990102", "三级甲等"),
            ("H990102002", "青州市中医院", "990102", "三级乙等"),
            ("H990202001", "远山市中心医院", OUTSIDE_COUNTY, "三级甲等"),
            # a name outside GBK (U+4DAE, U+20BB7): only GB18030 or UTF-8 can carry it
            ("H990202002", "远山市䶮𠮷专科医院", OUTSIDE_COUNTY, "二级")]
    for i, (code, county) in enumerate(list(COUNTIES.items())[1:]):
        rows += [(f"H{code}001", f"{county}人民医院", code, "二级甲等"),
                 (f"H{code}002", f"{county}中医医院", code, "二级"),
                 (f"H{code}101", f"{county}第{i + 1}镇卫生院", code, "一级")]
    df = pd.DataFrame(rows, columns=["机构代码", "机构名称", "所在地行政区划代码", "机构级别"])
    df["机构名称"] = df["机构名称"] + f"（{LABEL}）"
    return df


FACILITIES = _facilities()
HEADERS_ZH = ["医疗机构代码", "医疗机构名称", "病案号", "姓名", "性别", "出生日期", "年龄", "身份证号",
              "现住址行政区划代码", "户口地址行政区划代码", "入院途径", "入院日期", "出院日期", "离院方式",
              "拟接收医疗机构名称", "主要诊断编码", "总费用"]
HEADERS_PINYIN = ["ZZJGDM", "JGMC", "BAH", "XM", "XB", "CSRQ", "NL", "SFZH", "XZZ_XZQH", "HKDZ_XZQH", "RYTJ",
                  "RYSJ", "CYSJ", "LYFS", "YZZY_JGMC", "JBDM", "ZFY"]
DIAGNOSES = np.array(["J18.9", "I63.9", "K35.8", "O80.0", "S72.0", "C34.9", "E11.9", "N18.5", "I10.x", "Z51.1"])
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK = np.array(list("10X98765432"))
REJECTS = ["ADMISSION_DATE_IMPOSSIBLE", "DISCHARGE_DATE_IMPOSSIBLE", "DISCHARGE_BEFORE_ADMISSION",
           "RESIDENCE_COUNTY_BLANK", "RESIDENCE_COUNTY_MALFORMED", "RESIDENCE_COUNTY_UNKNOWN"]


def check_digits(first17: np.ndarray) -> np.ndarray:
    """GB 11643-1999 check characters of an array of 17-digit strings."""
    digits = np.frombuffer("".join(first17).encode("ascii"), dtype=np.uint8).reshape(-1, 17) - 48
    return CHECK[(digits.astype(np.int64) @ np.array(WEIGHTS)) % 11]


LEVEL_RANK = {"三级": 3, "二级": 2, "一级": 1}   # the first two characters of 机构级别


def _plant_downward_transfers(rng, n, res, hosp, admission, discharge, stay_raw, route, method,
                              recv_name, recv_county, birth, seq) -> np.ndarray:
    """Plant downward transfers (下转) and look-alikes that are not, in place; returns their indices.

    A planted transfer: a patient discharged by a tertiary (三级) city hospital with 离院方式 2 to
    their own county's secondary hospital, admitted there with 入院途径 3 the same day or 1–2 days
    later (the same person: same residence, birth date and sequence, so the same ID number).
    Look-alikes, one kind each: admitted 3–10 days after the tertiary stay; sent by another
    secondary hospital (same level); admitted through 门诊 (入院途径 2) the next day. The truth
    does not read these labels: it finds transfers from the records' own dates and levels."""
    fac = FACILITIES
    level = fac["机构级别"].str[:2].map(LEVEL_RANK).to_numpy()[hosp]
    county = fac["所在地行政区划代码"].to_numpy()[hosp]
    m = max(4, n // 100)
    d = max(2, m // 4)
    receivers = rng.permutation(np.flatnonzero((level == 2) & (county == res) & (res != "990102")))[:m + 3 * d]
    tertiary = rng.permutation(np.setdiff1d(np.flatnonzero(level == 3), receivers))[:m + 2 * d]
    secondary = rng.permutation(np.setdiff1d(np.flatnonzero(level == 2), receivers))[:d]
    if len(receivers) < m + 3 * d or len(tertiary) < m + 2 * d or len(secondary) < d:
        return np.array([], dtype=np.int64)   # too few records to plant any
    senders = np.concatenate([tertiary[:m + d], secondary, tertiary[m + d:]])
    gaps = np.concatenate([rng.integers(0, 3, m), rng.integers(3, 11, d), rng.integers(0, 3, d), np.ones(d, dtype=np.int64)])
    routes = np.array(["3"] * (m + 2 * d) + ["2"] * d)
    names = fac["机构名称"].to_numpy()
    for i, j, gap, r in zip(senders, receivers, gaps, routes):
        res[i], birth[i], seq[i] = res[j], birth[j], seq[j]
        admission[j] = discharge[i] + np.timedelta64(int(gap), "D")
        discharge[j] = admission[j] + np.timedelta64(int(stay_raw[j]), "D")
        route[j] = r
        method[i] = "2"
        recv_name[i], recv_county[i] = names[hosp[j]], county[j]
    return np.concatenate([senders, receivers])


@dataclass
class Generated:
    records: pd.DataFrame     # as written (text), Chinese headers
    truth: pd.DataFrame       # per record: what it really is
    id_numbers: set           # every ID number written, in the spellings written and 18-digit
    record_numbers: set       # every 病案号 written


def generate(n: int, seed: int = 7, hostile: bool = True, year: int = 2024) -> Generated:
    rng = np.random.default_rng(seed)
    fac = FACILITIES
    res = np.array(RESIDENT_COUNTIES)[rng.integers(0, len(RESIDENT_COUNTIES), n)]
    # hospital: in the county of residence with probability 0.8 (a district resident: the city's hospitals)
    in_county = rng.random(n) < 0.8
    by_county = {c: np.flatnonzero(fac["所在地行政区划代码"].to_numpy() == c) for c in [*COUNTIES, OUTSIDE_COUNTY]}
    outside_choices = np.concatenate([by_county["990102"], by_county[OUTSIDE_COUNTY]])
    hosp = np.empty(n, dtype=np.int64)
    for c in COUNTIES:
        m = res == c
        own = by_county[c]
        hosp[m & in_county] = own[rng.integers(0, len(own), (m & in_county).sum())]
        other = np.array([i for i in outside_choices if fac["所在地行政区划代码"].iat[i] != c])
        hosp[m & ~in_county] = other[rng.integers(0, len(other), (m & ~in_county).sum())]
    hosp_code = fac["机构代码"].to_numpy()[hosp]
    hosp_name = fac["机构名称"].to_numpy()[hosp]
    hosp_county = fac["所在地行政区划代码"].to_numpy()[hosp]

    start = np.datetime64(f"{year}-01-01")
    admission = start + rng.integers(0, 366, n).astype("timedelta64[D]")
    stay_raw = rng.integers(0, 21, n)                    # 0: discharged the day of admission
    discharge = admission + stay_raw.astype("timedelta64[D]")
    los = np.maximum(stay_raw, 1)
    cost_fen = rng.integers(50_000, 5_000_000, n)

    method = rng.choice(np.array(["1", "2", "3", "4", "5", "9"]), n, p=[0.84, 0.08, 0.03, 0.02, 0.01, 0.02]).astype(object)
    # receiving institution of a transfer: another dictionary facility, or one the dictionary lacks
    recv_idx = rng.integers(0, len(fac), n)
    recv_known = rng.random(n) < 0.85
    recv_name = np.where(recv_known, fac["机构名称"].to_numpy()[recv_idx], f"外省某大学附属医院（{LABEL}）").astype(object)
    recv_county = np.where(recv_known, fac["所在地行政区划代码"].to_numpy()[recv_idx], None).astype(object)
    is_transfer = method == "2"
    recv_name[~is_transfer & (method != "3")] = ""
    recv_county[~is_transfer] = None
    route = rng.choice(np.array(["1", "2", "3", "9"]), n, p=[0.3, 0.6, 0.07, 0.03])

    birth = np.datetime64("1940-01-01") + rng.integers(0, 365 * 80, n).astype("timedelta64[D]")
    seq = np.char.zfill(rng.integers(0, 1000, n).astype(str), 3)
    planted = _plant_downward_transfers(rng, n, res, hosp, admission, discharge, stay_raw, route, method,
                                        recv_name, recv_county, birth, seq)
    birth_s = np.datetime_as_string(birth, unit="D")
    first17 = np.char.add(np.char.add(res.astype(str), np.char.replace(birth_s, "-", "")), seq)
    ids = np.char.add(first17, check_digits(first17)).astype(object)
    mrn = np.char.add("ZY", np.char.zfill(np.arange(1, n + 1).astype(str), 10)).astype(object)
    names = np.char.add("测试", np.array(list("甲乙丙丁戊己庚辛壬癸"))[rng.integers(0, 10, n)]).astype(object)

    reject = np.full(n, None, dtype=object)
    adm_s = np.datetime_as_string(admission, unit="D").astype(object)
    dis_s = np.datetime_as_string(discharge, unit="D").astype(object)
    res_s = res.astype(object).copy()
    written_method = method.copy()
    written_hosp_name = hosp_name.astype(object).copy()
    written_ids = ids.copy()
    all_ids = set(ids.tolist())
    if hostile:
        k = max(3, n // 1000)
        pool = rng.permutation(np.setdiff1d(np.arange(n), planted))   # the planted transfers stay clean
        groups = {name: pool[i * k:(i + 1) * k] for i, name in enumerate(
            REJECTS + ["blank_method", "yyyymmdd", "datetime", "id15", "id_in_text", "padded", "rare_name", "padded_recv"])}
        g = groups
        adm_s[g["ADMISSION_DATE_IMPOSSIBLE"]] = f"{year}-02-30"
        dis_s[g["DISCHARGE_DATE_IMPOSSIBLE"]] = f"{year}-13-01"
        i = g["DISCHARGE_BEFORE_ADMISSION"]
        stay_raw_pos = np.maximum(stay_raw[i], 1)
        dis_s[i] = np.datetime_as_string(admission[i] - stay_raw_pos.astype("timedelta64[D]"), unit="D")
        res_s[g["RESIDENCE_COUNTY_BLANK"]] = ""
        res_s[g["RESIDENCE_COUNTY_MALFORMED"]] = "99012"
        res_s[g["RESIDENCE_COUNTY_UNKNOWN"]] = "990199"
        for name in REJECTS:
            reject[g[name]] = name
        written_method[g["blank_method"]] = ""           # not a reject: a discharge, not a transfer
        method[g["blank_method"]] = None
        recv_county[g["blank_method"]] = None
        for i in g["yyyymmdd"]:
            adm_s[i] = adm_s[i].replace("-", "")
            dis_s[i] = dis_s[i].replace("-", "")
        for i in g["datetime"]:
            adm_s[i] = adm_s[i] + " 08:15:00"
            dis_s[i] = dis_s[i] + " 16:40"
        for i in g["id15"]:                                # legacy 15 digits: region + yymmdd + seq
            written_ids[i] = ids[i][:6] + ids[i][8:17]
            all_ids.add(written_ids[i])
        for i in g["id_in_text"]:                          # an ID typed into the receiving institution
            method[i] = written_method[i] = "2"
            recv_name[i] = f"转往上级医院 患者身份证{ids[i]}"
            recv_county[i] = None                          # not an institution: cannot be located
        for i in g["padded"]:
            written_hosp_name[i] = "\u3000" + written_hosp_name[i] + "  \u3000"
        rare = fac.index[fac["机构代码"] == "H990202002"][0]
        for i in g["rare_name"]:                           # a transfer to the facility named outside GBK
            names[i] = "王䶮𠮷"
            method[i] = written_method[i] = "2"
            recv_name[i] = fac["机构名称"].iat[rare]
            recv_county[i] = OUTSIDE_COUNTY
        for i in g["padded_recv"]:                         # padded with full-width spaces: still resolves
            method[i] = written_method[i] = "2"
            j = recv_idx[i]
            recv_name[i] = "\u3000" + fac["机构名称"].iat[j] + "\u3000"
            recv_county[i] = fac["所在地行政区划代码"].iat[j]

    diagnosis = DIAGNOSES[rng.integers(0, len(DIAGNOSES), n)]
    records = pd.DataFrame({
        "医疗机构代码": hosp_code, "医疗机构名称": written_hosp_name, "病案号": mrn, "姓名": names,
        "性别": rng.choice(np.array(["1", "2"]), n), "出生日期": birth_s, "年龄": (2024 - birth.astype("datetime64[Y]").astype(int) - 1970).astype(str),
        "身份证号": written_ids, "现住址行政区划代码": res_s, "户口地址行政区划代码": res.astype(str),
        "入院途径": route, "入院日期": adm_s, "出院日期": dis_s, "离院方式": written_method,
        "拟接收医疗机构名称": recv_name, "主要诊断编码": diagnosis,
        "总费用": [f"{c // 100}.{c % 100:02d}" for c in cost_fen.tolist()],
    })
    # the person as the pipeline identifies them: the 18-digit number, or for a legacy 15-digit
    # one the number converted the standard way (19 + yymmdd), which is another number for
    # someone born in 2000 or later: the conversion cannot know
    person = ids.copy()
    for i in np.flatnonzero(np.array([len(x) == 15 for x in written_ids])):
        s17 = written_ids[i][:6] + "19" + written_ids[i][6:]
        person[i] = s17 + check_digits(np.array([s17]))[0]
    truth = pd.DataFrame({
        "person": person, "admission_route": route, "admission_day": admission, "discharge_day": discharge,
        "diagnosis_code": diagnosis,
        "residence_county_code": res, "hospital_code": hosp_code, "hospital_county_code": hosp_county,
        "year": discharge.astype("datetime64[Y]").astype(int) + 1970,
        "month": discharge.astype("datetime64[M]").astype(int) % 12 + 1,
        "discharge_method": method, "receiving_county_code": recv_county,
        "length_of_stay": los, "total_cost_fen": cost_fen, "reject": reject,
    })
    return Generated(records, truth, all_ids, set(mrn.tolist()))


# the truth's own tables: the level of each fictional hospital and the chapter of each code
HOSPITAL_LEVEL = dict(zip(FACILITIES["机构代码"], FACILITIES["机构级别"].str[:2].map(LEVEL_RANK)))
CHAPTER_OF = {"J18.9": "X", "I63.9": "IX", "K35.8": "XI", "O80.0": "XV", "S72.0": "XIX", "C34.9": "II",
              "E11.9": "IV", "N18.5": "XIV", "I10.x": "IX", "Z51.1": "XXI"}


class Truth:
    """Expected indicator tables from the generator's own decisions (pandas, not pipelines/records)."""

    def __init__(self, truth: pd.DataFrame, file_names: pd.Series | None = None, levels: dict[str, int] | None = None):
        self.all = truth
        self.kept = truth[truth["reject"].isna()]
        self.levels = HOSPITAL_LEVEL if levels is None else levels

    def county_month(self) -> pd.DataFrame:
        k = self.kept
        res = (k.assign(inside=(k["hospital_county_code"] == k["residence_county_code"]).astype(int))
               .groupby(["residence_county_code", "year", "month"])
               .agg(resident_discharges=("inside", "size"), resident_discharges_in_county=("inside", "sum"))
               .rename_axis(["county_code", "year", "month"]))
        out_mask = (k["discharge_method"] == "2") & k["receiving_county_code"].notna() & (
            k["receiving_county_code"] != k["hospital_county_code"])
        tr = (k[out_mask].groupby(["hospital_county_code", "year", "month"]).size().rename("outward_transfers")
              .rename_axis(["county_code", "year", "month"]))
        df = res.join(tr, how="outer").fillna(0).astype("int64").reset_index()
        df["within_county_rate"] = df["resident_discharges_in_county"] / df["resident_discharges"].where(df["resident_discharges"] > 0)
        return df.sort_values(["county_code", "year", "month"]).reset_index(drop=True)

    def downward(self) -> pd.Series:
        """Per kept record: a downward transfer received — 入院途径 3, and the same person
        discharged by a hospital of a higher level on the admission day or the 2 days before."""
        k = self.kept
        level = k["hospital_code"].map(self.levels)
        r = k[(k["admission_route"] == "3") & level.notna()].assign(level=level)
        senders = k.assign(level=level).dropna(subset=["level"])[["person", "level", "discharge_day"]]
        pairs = r.reset_index().merge(senders, on="person", suffixes=("", "_sender"))
        ok = ((pairs["level_sender"] > pairs["level"]) & (pairs["discharge_day_sender"] <= pairs["admission_day"])
              & (pairs["discharge_day_sender"] >= pairs["admission_day"] - pd.Timedelta(days=2)))
        hit = set(pairs.loc[ok, "index"])
        return pd.Series(k.index.isin(list(hit)), index=k.index)

    def hospital_month(self) -> pd.DataFrame:
        k = self.kept.assign(transfer=(self.kept["discharge_method"] == "2").astype(int),
                             transfer_in=(self.kept["admission_route"] == "3").astype(int),
                             down=self.downward().astype(int))
        df = (k.groupby(["hospital_code", "year", "month"])
              .agg(discharges=("transfer", "size"), transfers_out=("transfer", "sum"),
                   stay_days=("length_of_stay", "sum"), total_cost_fen=("total_cost_fen", "sum"),
                   transfers_in=("transfer_in", "sum"), downward_transfers_in=("down", "sum")).reset_index())
        df["avg_length_of_stay"] = df["stay_days"] / df["discharges"]
        df["avg_total_cost"] = df["total_cost_fen"] / (df["discharges"] * 100)
        df["discharges_with_stay"] = df["discharges_with_cost"] = df["discharges"]
        return df.sort_values(["hospital_code", "year", "month"]).reset_index(drop=True)

    def diagnosis_month(self, conditions: dict[str, list[str]]) -> pd.DataFrame:
        """Discharges per hospital, month and diagnosis group: the ICD-10 chapter of each
        generated code (written out in CHAPTER_OF) and the conditions given as
        {condition: ["I60-I64", "I26", ...]} (a three-character category within a range)."""
        k = self.kept
        cat = k["diagnosis_code"].str[:3]
        keys = ["hospital_code", "year", "month"]
        frames = [k.assign(group_kind="icd10_chapter", group_code=k["diagnosis_code"].map(CHAPTER_OF))]
        member = pd.Series(False, index=k.index)
        for name, ranges in conditions.items():
            m = pd.Series(False, index=k.index)
            for r in ranges:
                lo, _, hi = r.partition("-")
                m |= (cat >= lo) & (cat <= (hi or lo))
            member |= m
            frames.append(k[m].assign(group_kind="condition", group_code=name))
        frames.append(k[member].assign(group_kind="condition", group_code="*"))
        df = pd.concat(frames).groupby([*keys, "group_kind", "group_code"]).size().rename("discharges").reset_index()
        return df.sort_values([*keys, "group_kind", "group_code"]).reset_index(drop=True)

    def rejects(self) -> dict[str, int]:
        return self.all["reject"].dropna().value_counts().to_dict()


def write_facilities(path: Path, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    FACILITIES.to_csv(path, index=False, encoding=encoding)
    return path


def write_csv(df: pd.DataFrame, path: Path, encoding: str = "utf-8", headers: str = "zh") -> Path:
    """One CSV as a platform exports it (every cell text). GB18030 is written by transcoding
    pyarrow's UTF-8 output, which is much faster than pandas' encoder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    out = df.copy()
    if headers == "pinyin":
        out.columns = [HEADERS_PINYIN[HEADERS_ZH.index(c)] for c in out.columns]
    table = pa.Table.from_pandas(out.astype(str), preserve_index=False)
    sink = pa.BufferOutputStream()
    pacsv.write_csv(table, sink)
    data = sink.getvalue().to_pybytes()
    if encoding.lower() not in ("utf-8", "utf8"):
        data = data.decode("utf-8").encode(encoding)
    path.write_bytes(data)
    return path


def write_parquet(df: pd.DataFrame, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pandas(df.astype(str), preserve_index=False), path)
    return path


def split_by_month(df: pd.DataFrame, truth: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The export cut into one file per month of discharge (as platforms partition it)."""
    key = truth["year"].astype(str) + "-" + truth["month"].astype(str).str.zfill(2)
    return {k: df[key == k] for k in sorted(key.unique())}


# ---------------------------------------------------------------------- from the demo's forms
def other_facility_code(county_code: str) -> str:
    return f"F{county_code}900"


def from_forms(con, year: int, fraction: float = 0.02, seed: int = 2024) -> tuple[Generated, pd.DataFrame]:
    """SYNTHETIC discharges of ``year`` consistent with the forms already in the database (the
    demo province): a sample of ``fraction`` of them, drawn so that, within rounding and noise,

    - each county's residents have ``fraction`` × the county's 县域内常住居民住院总人次 discharges
      (county_inpatient_stats), ``fraction`` × its 县域外住院人次 of them at hospitals outside the
      county (the province's tertiary hospitals);
    - each recipient has ``fraction`` × its monthly 出院人数 (hospital_monthly_stats), month by
      month, with ``fraction`` × its 外转人次 discharged with 离院方式 2 to a tertiary hospital and
      ``fraction`` × its 下转接收 admitted with 入院途径 3 after the same patient's discharge from a
      tertiary hospital 0–2 days before (those tertiary stays are among the county's outside ones);
    - the county's other in-county discharges are at a facility the programme's registry lacks,
      "<county>其他医疗机构（SYNTHETIC）", which the returned facility dictionary (机构字典) locates.

    Hospitals are the database's (code, name, level, county). A few records are planted as rejects
    (a blank residence code, a discharge before admission). Returns the records with their truth
    (``Truth(g.truth, levels=...)`` with the levels of ``levels_of(con)``) and the dictionary.
    """
    rng = np.random.default_rng(seed)
    hosp = con.execute("""SELECT hospital_id, coalesce(code, hospital_id) AS code, name, level, county_code FROM hospitals
                          WHERE county_code IS NOT NULL ORDER BY hospital_id""").df()
    counties = con.execute("""SELECT county_code, any_value(county_name) AS county_name, sum(resident_admissions) AS admissions,
                                     sum(resident_admissions_outside_county) AS outside
                              FROM county_inpatient_stats WHERE year = ? AND resident_admissions > 0
                              GROUP BY county_code ORDER BY county_code""", [year]).df()
    monthly = con.execute("""SELECT m.recipient_hospital_id AS hospital_id, m.month, coalesce(m.discharges, 0) AS discharges,
                                    coalesce(m.referrals_out, 0) AS referrals_out, coalesce(m.referrals_down_received, 0) AS down
                             FROM hospital_monthly_stats m JOIN hospitals h ON h.hospital_id = m.recipient_hospital_id
                             WHERE m.year = ? ORDER BY 1, 2""", [year]).df()
    tertiary = hosp[hosp["level"] == "三级"].reset_index(drop=True)
    if tertiary.empty or counties.empty:
        raise ValueError("数据库中没有三级医院或县域住院数据 / the database has no tertiary hospitals or county inpatient figures")

    def draw(x: np.ndarray | float) -> np.ndarray:     # fraction of a count, rounded at random (unbiased)
        v = np.asarray(x, dtype="float64") * fraction
        return (np.floor(v) + (rng.random(v.shape) < v - np.floor(v))).astype(np.int64)

    # one frame per hospital-month of the recipients, then per county its other facility's and its
    # residents' outside stays: code, county of residence, month, 离院方式, 入院途径, planted 下转
    parts = []
    recip_county = dict(zip(hosp["hospital_id"], hosp["county_code"]))
    code_of = dict(zip(hosp["hospital_id"], hosp["code"]))
    senders_needed: dict[str, int] = {}
    for r in monthly.itertuples():
        c = recip_county[r.hospital_id]
        n, out, down = (int(v) for v in draw(np.array([r.discharges, r.referrals_out, r.down])))
        out, down = min(out, n), min(down, n)
        method = np.array(["2"] * out + ["1"] * (n - out), dtype=object)
        route = np.array(["3"] * down + list(rng.choice(["1", "2", "9"], n - down, p=[0.33, 0.64, 0.03])), dtype=object)
        rng.shuffle(method)
        parts.append(pd.DataFrame({"code": code_of[r.hospital_id], "res": c, "month": r.month, "method": method,
                                   "route": route, "down": route == "3"}))
        senders_needed[c] = senders_needed.get(c, 0) + down
    n_recipient_frames = len(parts)
    for cty in counties.itertuples():
        n_in, n_out = (int(v) for v in draw(np.array([cty.admissions - cty.outside, cty.outside])))
        n_other = max(n_in - sum(len(f) for f in parts[:n_recipient_frames] if f["res"].iat[0] == cty.county_code), 0)
        parts.append(pd.DataFrame({"code": other_facility_code(cty.county_code), "res": cty.county_code,
                                   "month": rng.integers(1, 13, n_other), "method": "1",
                                   "route": rng.choice(["1", "2"], n_other), "down": False}))
        n_out = max(n_out, senders_needed.get(cty.county_code, 0))
        parts.append(pd.DataFrame({"code": tertiary["code"].to_numpy()[rng.integers(0, len(tertiary), n_out)],
                                   "res": cty.county_code, "month": rng.integers(1, 13, n_out), "method": "1",
                                   "route": rng.choice(["1", "2", "3"], n_out, p=[0.3, 0.6, 0.1]), "down": False}))
    df = pd.concat([f for f in parts if len(f)], ignore_index=True)
    n = len(df)

    # days: discharge within its month, a stay of 1–14 days before it
    first = pd.to_datetime(pd.DataFrame({"year": year, "month": df["month"], "day": 1})).to_numpy().astype("datetime64[D]")
    days_in = (first.astype("datetime64[M]") + 1).astype("datetime64[D]") - first
    discharge = first + (rng.random(n) * days_in.astype(np.int64)).astype("timedelta64[D]")
    stay = rng.integers(1, 15, n)
    admission = discharge - stay.astype("timedelta64[D]")
    birth = np.datetime64("1940-01-01") + rng.integers(0, 365 * 80, n).astype("timedelta64[D]")
    seq = np.char.zfill(rng.integers(0, 1000, n).astype(str), 3)
    res = df["res"].to_numpy().astype(str)
    code = df["code"].to_numpy().astype(object)
    method = df["method"].to_numpy().astype(object)
    route = df["route"].to_numpy().astype(object)
    recv_name = np.full(n, "", dtype=object)
    names = dict(zip(hosp["code"], hosp["name"]))
    county_of = {**dict(zip(hosp["code"], hosp["county_code"])),
                 **{other_facility_code(c): c for c in counties["county_code"]}}
    t_idx = rng.integers(0, len(tertiary), n)
    recv_name[method == "2"] = tertiary["name"].to_numpy()[t_idx[method == "2"]]
    recv_county = np.where(method == "2", tertiary["county_code"].to_numpy()[t_idx], None).astype(object)

    # each downward transfer's sender: one of the county's tertiary stays, made the same person,
    # discharged with 离院方式 2 to the recipient 0–2 days before the admission
    is_tertiary = np.isin(code, tertiary["code"].to_numpy())
    for c in counties["county_code"]:
        receivers = np.flatnonzero(df["down"].to_numpy() & (res == c))
        pool = rng.permutation(np.flatnonzero(is_tertiary & (res == c)))[:len(receivers)]
        for i, j in zip(pool, receivers):
            discharge[i] = admission[j] - np.timedelta64(int(rng.integers(0, 3)), "D")
            admission[i] = discharge[i] - np.timedelta64(int(rng.integers(1, 10)), "D")
            birth[i], seq[i] = birth[j], seq[j]
            method[i], route[i] = "2", "1"
            recv_name[i], recv_county[i] = names[code[j]], county_of[code[j]]
    first17 = np.char.add(np.char.add(res, np.char.replace(np.datetime_as_string(birth, unit="D"), "-", "")), seq)
    ids = np.char.add(first17, check_digits(first17)).astype(object)

    reject = np.full(n, None, dtype=object)
    res_s = res.astype(object).copy()
    adm_s = np.datetime_as_string(admission, unit="D").astype(object)
    dis_s = np.datetime_as_string(discharge, unit="D").astype(object)
    clean_rows = rng.permutation(np.flatnonzero(~df["down"].to_numpy() & (method != "2")))
    k = max(1, n // 2000)
    res_s[clean_rows[:k]] = ""
    reject[clean_rows[:k]] = "RESIDENCE_COUNTY_BLANK"
    bad = clean_rows[k:2 * k]
    dis_s[bad] = np.datetime_as_string(admission[bad] - np.timedelta64(1, "D"), unit="D")
    reject[bad] = "DISCHARGE_BEFORE_ADMISSION"

    cost_fen = rng.integers(80_000, 3_000_000, n)
    diagnosis = DIAGNOSES[rng.integers(0, len(DIAGNOSES), n)]
    names_all = {**names, **{other_facility_code(c): f"{nm}其他医疗机构（{LABEL}）" for c, nm in
                             zip(counties["county_code"], counties["county_name"].fillna(counties["county_code"]))}}
    records = pd.DataFrame({
        "医疗机构代码": code, "医疗机构名称": [names_all[c] for c in code], "病案号": np.char.add("DM", np.char.zfill(np.arange(1, n + 1).astype(str), 9)).astype(object),
        "姓名": f"测试（{LABEL}）", "性别": rng.choice(np.array(["1", "2"]), n), "出生日期": np.datetime_as_string(birth, unit="D"),
        "身份证号": ids, "现住址行政区划代码": res_s, "户口地址行政区划代码": res, "入院途径": route,
        "入院日期": adm_s, "出院日期": dis_s, "离院方式": method, "拟接收医疗机构名称": recv_name,
        "主要诊断编码": diagnosis, "总费用": [f"{c // 100}.{c % 100:02d}" for c in cost_fen.tolist()],
    })
    truth = pd.DataFrame({
        "person": ids, "admission_route": route, "admission_day": admission, "discharge_day": discharge,
        "diagnosis_code": diagnosis, "residence_county_code": res, "hospital_code": code,
        "hospital_county_code": [county_of[c] for c in code],
        "year": discharge.astype("datetime64[Y]").astype(int) + 1970,
        "month": discharge.astype("datetime64[M]").astype(int) % 12 + 1,
        "discharge_method": method, "receiving_county_code": recv_county,
        "length_of_stay": np.maximum((discharge - admission).astype(np.int64), 1), "total_cost_fen": cost_fen, "reject": reject,
    })
    dictionary = pd.DataFrame({"机构代码": [other_facility_code(c) for c in counties["county_code"]],
                               "机构名称": [names_all[other_facility_code(c)] for c in counties["county_code"]],
                               "所在地行政区划代码": counties["county_code"], "机构级别": "一级"})
    return Generated(records, truth, set(ids.tolist()), set(records["病案号"])), dictionary


def levels_of(con, dictionary: pd.DataFrame | None = None) -> dict[str, int]:
    """Level rank of each hospital code (registry, then the dictionary) for ``Truth(levels=...)``."""
    h = con.execute("SELECT coalesce(code, hospital_id) AS code, level FROM hospitals").df()
    out = dict(zip(h["code"], h["level"].str[:2].map(LEVEL_RANK)))
    if dictionary is not None:
        out.update({c: LEVEL_RANK.get(str(lv)[:2]) for c, lv in zip(dictionary["机构代码"], dictionary["机构级别"])})
    return {k: v for k, v in out.items() if v == v and v is not None}
