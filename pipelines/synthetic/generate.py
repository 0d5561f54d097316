"""Generate the synthetic truth: a fictional province's counterpart-support programme.

Everything is deterministic for a seed. The default demo has 4 tertiary support hospitals,
8 county hospitals (one of them a TCM hospital) and 4 township health centres as recipients
(the townships supported by county hospitals), 3 comparison county hospitals that are never
paired (for the difference-in-differences evaluation), and years 2022-2024.

Clean data meet the strictest parameter of every programme profile; rule violations are
then planted on purpose (``plants``), each recorded in ``Truth.planted`` with the hospital
and period a correct validator must flag. Plants pick their target from the generated data
(the first eligible batch, pairing or year), so any year range works.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import numpy as np
from dateutil.relativedelta import relativedelta

from pipelines.errors import UserError
from pipelines.synthetic.model import (
    Activity,
    Assessment,
    CountyStat,
    Deployment,
    Effect,
    Hospital,
    MonthlyStat,
    Pairing,
    Person,
    Planted,
    Technique,
    Trainee,
    Truth,
)
from pipelines.synthetic.names import PROVINCE, id_number, person_name

# Violations planted in the default demo (one of each kind the demo years can show).
DEFAULT_PLANTS = ("R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08", "R09", "R10",
                  "R13", "R14", "R15", "R16", "R18", "DQR_MISSING", "DQR_LATE", "DQR_OUTLIER")

TERTIARY_PROGRAMME = "城乡医院对口支援"
TOWNSHIP_PROGRAMME = "县级医院对口支援乡镇卫生院"
TRAINING_TYPES = ("学术讲座", "教学查房", "手术示教", "疑难病例讨论", "死亡病例讨论", "技术培训")

# (id, name, level, grade, category, city, county, county_code, role, aliases, written_as)
_HOSPITALS = [
    ("QL001", "青岚省人民医院", "三级", "甲等", "综合医院", "明川市", "明川市辖区", "990101", "support", [], None),
    ("QL002", "青岚医科大学附属第一医院", "三级", "甲等", "综合医院", "明川市", "明川市辖区", "990101", "support", ["青医附一院"], None),
    ("QL003", "明川市中心医院", "三级", "甲等", "综合医院", "明川市", "明川市辖区", "990101", "support", [], None),
    ("QL004", "青岚省中医院", "三级", "甲等", "中医医院", "明川市", "明川市辖区", "990101", "support", ["青岚省中医医院"], None),
    ("QL101", "石桥县人民医院", "二级", "甲等", "综合医院", "明川市", "石桥县", "990121", "recipient", ["石桥县医院"], "石桥县医院"),
    ("QL102", "雁鸣县人民医院", "二级", "甲等", "综合医院", "明川市", "雁鸣县", "990122", "recipient", [], None),
    ("QL103", "雁鸣县中医医院", "二级", "甲等", "中医医院", "明川市", "雁鸣县", "990122", "recipient", ["雁鸣县中医院"], None),
    ("QL104", "青禾县人民医院", "二级", "甲等", "综合医院", "明川市", "青禾县", "990123", "recipient", [], None),
    ("QL105", "鹿溪县人民医院", "二级", "乙等", "综合医院", "明川市", "鹿溪县", "990124", "recipient", [], None),
    ("QL106", "望川县人民医院", "二级", "甲等", "综合医院", "云岫市", "望川县", "990221", "recipient", ["望川县总医院"], "望川县人民医院（望川县总医院）"),
    ("QL107", "枫林县人民医院", "二级", "甲等", "综合医院", "云岫市", "枫林县", "990222", "recipient", [], None),
    ("QL108", "银杏县人民医院", "二级", "乙等", "综合医院", "云岫市", "银杏县", "990223", "recipient", [], None),
    ("QL201", "石桥县青石镇卫生院", "一级", None, "乡镇卫生院", "明川市", "石桥县", "990121", "recipient", ["青石镇卫生院"], None),
    ("QL202", "石桥县柳塘乡卫生院", "一级", None, "乡镇卫生院", "明川市", "石桥县", "990121", "recipient", ["柳塘乡卫生院"], None),
    ("QL203", "青禾县桃源镇卫生院", "一级", None, "乡镇卫生院", "明川市", "青禾县", "990123", "recipient", ["桃源镇卫生院"], None),
    ("QL204", "鹿溪县溪口镇中心卫生院", "一级", None, "乡镇卫生院", "明川市", "鹿溪县", "990124", "recipient", ["溪口镇中心卫生院"], None),
    ("QL301", "杉湾县人民医院", "二级", "甲等", "综合医院", "云岫市", "杉湾县", "990224", "comparison", [], None),
    ("QL302", "白鹭县人民医院", "二级", "乙等", "综合医院", "云岫市", "白鹭县", "990225", "comparison", [], None),
    ("QL303", "云栖县人民医院", "二级", "甲等", "综合医院", "云岫市", "云栖县", "990226", "comparison", [], None),
]

# (support, recipient, programme, start offset in months from 1 January of the first year)
_PAIRINGS = [
    ("QL001", "QL101", TERTIARY_PROGRAMME, 0),
    ("QL001", "QL102", TERTIARY_PROGRAMME, 12),
    ("QL004", "QL103", TERTIARY_PROGRAMME, 0),
    ("QL002", "QL104", TERTIARY_PROGRAMME, 6),
    ("QL002", "QL105", TERTIARY_PROGRAMME, 18),
    ("QL003", "QL106", TERTIARY_PROGRAMME, 24),
    ("QL003", "QL107", TERTIARY_PROGRAMME, 0),
    ("QL003", "QL108", TERTIARY_PROGRAMME, 12),
    ("QL101", "QL201", TOWNSHIP_PROGRAMME, 0),
    ("QL101", "QL202", TOWNSHIP_PROGRAMME, 12),
    ("QL104", "QL203", TOWNSHIP_PROGRAMME, 6),
    ("QL105", "QL204", TOWNSHIP_PROGRAMME, 12),
]

_DEPARTMENTS = ["内科", "外科", "妇产科", "儿科", "急诊科", "麻醉科", "放射科", "检验科", "骨科", "心血管内科", "神经内科", "重症医学科"]
_TCM_DEPARTMENTS = ["针灸科", "中医内科", "推拿科", "中医骨伤科", "治未病科"]
_TECHNIQUES = [
    ("腹腔镜胆囊切除术", "外科"), ("无痛胃肠镜检查", "消化内科"), ("经皮冠状动脉介入治疗", "心血管内科"),
    ("血液透析", "肾内科"), ("宫腔镜检查与治疗", "妇产科"), ("膝关节镜手术", "骨科"), ("超声引导下神经阻滞", "麻醉科"),
    ("新生儿窒息复苏", "儿科"), ("经鼻高流量氧疗", "重症医学科"), ("静脉溶栓治疗急性脑梗死", "神经内科"),
    ("CT引导下肺穿刺活检", "放射科"), ("PICC置管术", "护理部"), ("腹腔镜阑尾切除术", "外科"), ("气管镜检查", "呼吸内科"),
    ("乳腺微创旋切术", "外科"), ("经尿道前列腺电切术", "泌尿外科"), ("中医针刀疗法", "针灸科"), ("穴位埋线", "中医内科"),
    ("无创呼吸机辅助通气", "呼吸内科"), ("冠脉CTA", "放射科"), ("胸腔闭式引流术", "外科"), ("分娩镇痛", "麻醉科"),
    ("脑卒中早期康复", "康复科"), ("糖尿病足清创", "内分泌科"),
]
_TOPICS = {
    "学术讲座": ["高血压规范化诊疗", "急性胸痛的识别", "合理使用抗菌药物", "脓毒症早期处理", "基层糖尿病管理"],
    "教学查房": ["肺部感染病例查房", "术后护理查房", "心衰患者查房", "脑梗死患者查房"],
    "手术示教": ["腹腔镜胆囊切除示教", "剖宫产术示教", "骨折内固定示教"],
    "疑难病例讨论": ["不明原因发热", "反复晕厥", "难治性高血压"],
    "死亡病例讨论": ["急性心梗死亡病例", "重症肺炎死亡病例"],
    "技术培训": ["心肺复苏培训", "院感防控培训", "病历书写规范", "急救技能培训", "超声基础培训"],
    "远程会诊": ["远程影像会诊", "远程心电会诊"],
    "义诊": ["乡村巡回义诊", "慢病筛查义诊"],
}


def _month_end(d: dt.date) -> dt.date:
    return d + relativedelta(day=31)


def _six_months_end(start: dt.date) -> dt.date:
    return start + relativedelta(months=6) - dt.timedelta(days=1)


def _overlaps(a0: dt.date, a1: dt.date, b0: dt.date, b1: dt.date) -> bool:
    return a0 <= b1 and b0 <= a1


class _Gen:
    def __init__(self, seed: int, years: tuple[int, ...], effect: Effect):
        self.seed = seed
        self.rng = random.Random(seed)
        self.np = np.random.default_rng(seed)
        self.years = tuple(years)
        self.y0, self.y1 = min(years), max(years)
        self.horizon = (dt.date(self.y0, 1, 1), dt.date(self.y1, 12, 31))
        self.effect = effect
        self.hospitals = [Hospital(i, n, lv, gr, cat, PROVINCE, city, county, code, list(al), role, wr)
                          for (i, n, lv, gr, cat, city, county, code, role, al, wr) in _HOSPITALS]
        self.h = {x.hospital_id: x for x in self.hospitals}
        self.person_busy: dict[str, list[tuple[dt.date, dt.date]]] = {}
        self.people: dict[str, list[Person]] = {}
        self.used_batches: set[str] = set()

    # ------------------------------------------------------------------ people
    def new_person(self, county_code: str, age_range=(30, 55)) -> Person:
        female = self.rng.random() < 0.5
        age = self.rng.randint(*age_range)
        birth = dt.date(self.y0 - age, self.rng.randint(1, 12), self.rng.randint(1, 28))
        return Person(person_name(self.rng), id_number(self.rng, county_code, birth, female), birth, female)

    def staff_for(self, support: str, start: dt.date, end: dt.date) -> Person:
        """A person of the support hospital free for [start, end]; sometimes one who served before."""
        pool = self.people.setdefault(support, [])
        free = [p for p in pool if all(not _overlaps(start - dt.timedelta(days=180), end, a, b) for a, b in self.person_busy.get(p.id_number, []))]
        if free and self.rng.random() < 0.2:
            p = self.rng.choice(free)
        else:
            p = self.new_person(self.h[support].county_code)
            pool.append(p)
        self.person_busy.setdefault(p.id_number, []).append((start, end))
        return p

    # ------------------------------------------------------------------ structure
    def pairings(self) -> list[Pairing]:
        out = []
        for s, r, prog, off in _PAIRINGS:
            start = dt.date(self.y0, 1, 1) + relativedelta(months=off)
            if start > self.horizon[1]:
                continue
            agreement = start - dt.timedelta(days=self.rng.randint(10, 45))
            out.append(Pairing(s, r, prog, start, None, agreement))
        return out

    def deployments(self, pairings: list[Pairing]) -> list[Deployment]:
        out = []
        for p in pairings:
            rec = self.h[p.recipient]
            tcm = rec.category == "中医医院"
            township = rec.category == "乡镇卫生院"
            size = 3 if (tcm or township) else 5
            start = p.start
            last = min(self.horizon[1], p.end or self.horizon[1])
            b = 0
            while start <= last:
                end = _six_months_end(start)
                b += 1
                batch = f"{p.support}-{p.recipient}-{b}"
                for k in range(size):
                    out.append(self.member(p, rec, start, end, batch, vp=(k == 0), tcm=tcm))
                start = end + dt.timedelta(days=1)
        return out

    def member(self, p: Pairing, rec: Hospital, start: dt.date, end: dt.date, batch: str, vp: bool, tcm: bool,
               title: str | None = None) -> Deployment:
        person = self.staff_for(p.support, start, end)
        if title is None:
            title = self.rng.choice(["主任医师", "副主任医师"]) if vp else self.rng.choices(
                ["主任医师", "副主任医师", "主治医师", "主管护师", "副主任护师", "主管技师"], [10, 45, 30, 7, 4, 4])[0]
        rank, cat = _TITLE_INFO[title]
        dept = "院办" if vp else self.rng.choice(_TCM_DEPARTMENTS if tcm else _DEPARTMENTS)
        if cat == "护理":
            dept = "护理部"
        ended = end <= self.horizon[1]
        return Deployment(person, p.support, p.recipient, dept, title, rank, "管理" if vp else cat,
                          "副院长" if vp else (self.rng.choice(["科主任", None, None]) if rank in ("正高级", "副高级") else None),
                          start, end, self.rng.randint(8, 28), Decimal(0), True if ended else None, batch)

    def active_years(self, p: Pairing) -> list[int]:
        return [y for y in self.years if p.start <= dt.date(y, 12, 31) and (p.end is None or p.end >= dt.date(y, 1, 1))]

    def trainees(self, pairings: list[Pairing]) -> list[Trainee]:
        out = []
        for p in pairings:
            for y in self.active_years(p):
                n = 3 + (self.rng.random() < 0.3)
                first = max(p.start, dt.date(y, 1, 1))
                for _ in range(n):
                    m0 = self.rng.randint(first.month, 12) if first.year == y else self.rng.randint(1, 12)
                    start = dt.date(y, m0, 1)
                    end = _six_months_end(start) if self.rng.random() < 0.7 else start + relativedelta(months=self.rng.choice([7, 8, 12])) - dt.timedelta(days=1)
                    person = self.new_person(self.h[p.recipient].county_code, (24, 45))
                    dept = self.rng.choice(_TCM_DEPARTMENTS if self.h[p.recipient].category == "中医医院" else _DEPARTMENTS)
                    completed = True if end <= self.horizon[1] else None
                    out.append(Trainee(person, p.recipient, p.support, dept, start, end, Decimal(0), completed))
        return out

    def techniques(self, pairings: list[Pairing]) -> list[Technique]:
        out = []
        for p in pairings:
            used: set[str] = set()
            for y in self.active_years(p):
                n = self.rng.choice([1, 2, 2, 3])
                first = max(p.start, dt.date(y, 1, 1))
                for _ in range(n):
                    name, dept = self.rng.choice([t for t in _TECHNIQUES if t[0] not in used])
                    used.add(name)
                    day = first + dt.timedelta(days=self.rng.randint(0, (dt.date(y, 12, 31) - first).days))
                    out.append(Technique(p.recipient, p.support, name, dept, day, self.rng.randint(3, 60), self.rng.random() < 0.4))
        return out

    def activities(self, pairings: list[Pairing]) -> list[Activity]:
        out = []
        for p in pairings:
            township = self.h[p.recipient].category == "乡镇卫生院"
            for y in self.active_years(p):
                first = max(p.start, dt.date(y, 1, 1))
                months = list(range(first.month, 13)) if first.year == y else list(range(1, 13))
                per_month = 1 if township else 2
                # at least 10 training-type events in every active year (xingan R12 is the strictest)
                n = max(len(months) * per_month, 12)
                days: set[dt.date] = set()
                for k in range(n):
                    m = months[k % len(months)]
                    while True:
                        d = dt.date(y, m, self.rng.randint(1, 28))
                        if d not in days:
                            days.add(d)
                            break
                    typ = TRAINING_TYPES[k % len(TRAINING_TYPES)] if k < 12 else self.rng.choice(list(_TOPICS))
                    out.append(Activity(p.recipient, p.support, d, typ, self.rng.choice(_TOPICS[typ]), self.rng.randint(8, 60)))
        return sorted(out, key=lambda a: (a.recipient, a.date))

    def treated_from(self, pairings: list[Pairing]) -> dict[str, dt.date]:
        return {p.recipient: p.start for p in pairings}

    def monthly(self, pairings: list[Pairing]) -> list[MonthlyStat]:
        treated = self.treated_from(pairings)
        out = []
        hospitals = [h for h in self.hospitals if h.role in ("recipient", "comparison")]
        months = [(y, m) for y in self.years for m in range(1, 13)]
        season = {m: 0.06 * np.cos((m - 1) / 12 * 2 * np.pi) for m in range(1, 13)}  # winter peak
        for h in hospitals:
            township = h.category == "乡镇卫生院"
            base_out = self.np.uniform(2500, 5000) if township else self.np.uniform(18000, 42000)
            base_dis = self.np.uniform(60, 160) if township else self.np.uniform(1400, 3800)
            surg_share = self.np.uniform(0.05, 0.12) if township else self.np.uniform(0.18, 0.3)
            base_rate = self.np.uniform(0.08, 0.13) if township else self.np.uniform(0.045, 0.085)
            for t, (y, m) in enumerate(months):
                post = h.hospital_id in treated and dt.date(y, m, 1) >= treated[h.hospital_id]
                trend = 1 + 0.004 * t
                dis_mean = base_dis * trend * (1 + season[m]) * (1 + (self.effect.discharges_pct if post else 0.0))
                dis = int(self.np.poisson(dis_mean))
                rate = base_rate - 0.0002 * t + 0.004 * season[m] / 0.06 + (self.effect.referral_rate if post else 0.0)
                rate = max(0.005, rate + self.np.normal(0, 0.002))
                ref = int(self.np.binomial(dis, rate))
                outp = int(self.np.poisson(base_out * trend * (1 + season[m])))
                surg = int(self.np.binomial(dis, surg_share))
                up = int(self.np.poisson(3 if township else 25))
                down = int(self.np.poisson(8 if township else 15))
                reported = _month_end(dt.date(y, m, 1)) + dt.timedelta(days=self.rng.randint(3, 12))
                out.append(MonthlyStat(h.hospital_id, y, m, outp, dis, surg, ref, up, down, reported))
        return out

    def county(self, pairings: list[Pairing]) -> list[CountyStat]:
        county_treated: dict[str, dt.date] = {}
        for p in pairings:
            rec = self.h[p.recipient]
            if p.programme == TERTIARY_PROGRAMME and rec.category == "综合医院":
                county_treated[rec.county_code] = min(p.start, county_treated.get(rec.county_code, p.start))
        counties = sorted({(h.county_code, h.county) for h in self.hospitals if h.role in ("recipient", "comparison")})
        out = []
        for code, name in counties:
            base_adm = self.np.uniform(45000, 120000)
            base_share = self.np.uniform(0.22, 0.30)
            for k, y in enumerate(self.years):
                start = county_treated.get(code)
                frac = 0.0
                if start is not None:
                    days = (dt.date(y, 12, 31) - max(start, dt.date(y, 1, 1))).days + 1
                    frac = min(1.0, max(0.0, days / (366 if y % 4 == 0 else 365)))
                share = base_share - 0.004 * k + self.effect.county_outside_share * frac + self.np.normal(0, 0.003)
                adm = int(self.np.poisson(base_adm * (1 + 0.02 * k)))
                out.append(CountyStat(code, name, y, adm, int(round(adm * share))))
        return out

    def assessments(self, deployments: list[Deployment]) -> list[Assessment]:
        out = []
        for d in deployments:
            m = dt.date(d.start.year, d.start.month, 1)
            while m <= min(d.end, self.horizon[1]):
                checks = self.rng.randint(3, 5)
                present = checks - (1 if self.rng.random() < 0.1 else 0)
                score = Decimal(self.rng.randint(8200, 9800)) / 100
                out.append(Assessment(d.person, d.recipient, d.support, m.year, m.month, score, checks, present))
                m += relativedelta(months=1)
        return out


_TITLE_INFO = {
    "主任医师": ("正高级", "医疗"), "副主任医师": ("副高级", "医疗"), "主治医师": ("中级", "医疗"), "住院医师": ("初级", "医疗"),
    "主管护师": ("中级", "护理"), "副主任护师": ("副高级", "护理"), "主管技师": ("中级", "医技"),
}


def generate(seed: int = 20240601, years: tuple[int, ...] = (2022, 2023, 2024), plants: tuple[str, ...] = DEFAULT_PLANTS,
             effect: Effect | None = None) -> Truth:
    years = tuple(sorted(years))
    if plants and len(years) < 2:
        # the planted rule breaches need batches of staff from two years that no other plant touches
        raise UserError("合成数据至少需要两年（--first-year 小于 --last-year） / the synthetic generator needs at least two years "
                        "(--first-year before --last-year)")
    g = _Gen(seed, years, effect or Effect())
    pairings = g.pairings()
    planted: list[Planted] = []
    # structural plants change pairings or batches before the rest is derived from them
    if "R17" in plants:
        _plant_r17(g, pairings, planted)
    if "R19" in plants:
        _plant_r19(g, pairings, planted)
    deployments = g.deployments(pairings)
    if "R06" in plants:
        deployments = _plant_r06(g, pairings, deployments, planted)
    trainees = g.trainees(pairings)
    techniques = g.techniques(pairings)
    activities = g.activities(pairings)
    monthly = g.monthly(pairings)
    county = g.county(pairings)
    t = Truth(seed, years, g.hospitals, pairings, deployments, trainees, techniques, activities, monthly, county, [], planted, g.effect)
    for code in plants:
        fn = _ROW_PLANTS.get(code)
        if fn:
            fn(g, t)
    t.assessments = g.assessments(t.deployments)
    for code in plants:
        fn = _ASSESSMENT_PLANTS.get(code)
        if fn:
            fn(g, t)
    return t


# ---------------------------------------------------------------------- plants
def _tertiary_batches(t: Truth, year: int | None = None, general_only: bool = True) -> dict[str, list[Deployment]]:
    out: dict[str, list[Deployment]] = {}
    for d in t.deployments:
        rec = t.hospital(d.recipient)
        if rec.level != "二级" or (general_only and rec.category != "综合医院"):
            continue
        if year is not None and d.start.year != year:
            continue
        out.setdefault(d.batch, []).append(d)
    return out


def _pick_year(t: Truth, offset: int = 1) -> int:
    return t.years[min(offset, len(t.years) - 1)]


def _pick_batch(t: Truth, year_offset: int, skip: int = 0, used: set[str] | None = None) -> list[Deployment]:
    batches = _tertiary_batches(t, _pick_year(t, year_offset))
    keys = sorted(batches)
    keys = [k for k in keys if not used or k not in used]
    return batches[keys[min(skip, len(keys) - 1)]]


def _take_batch(g: _Gen, t: Truth, year_offset: int) -> list[Deployment]:
    """A batch no other plant has touched, so plants do not mask each other."""
    b = _pick_batch(t, year_offset, used=g.used_batches)
    g.used_batches.add(b[0].batch)
    return b


def _plant_r01(g: _Gen, t: Truth) -> None:
    batch = _take_batch(g, t, 1)
    d = batch[-1]
    d.end = d.start + relativedelta(months=4) - dt.timedelta(days=1)
    t.planted.append(Planted("R01", d.recipient, str(d.start.year), f"stay of 4 months ({d.start}..{d.end})", d.support))


def _plant_r02(g: _Gen, t: Truth) -> None:
    batch = _take_batch(g, t, 1)
    p = next(x for x in t.pairings if x.support == batch[0].support and x.recipient == batch[0].recipient)
    d = g.member(p, t.hospital(p.recipient), batch[0].start, batch[0].end, batch[0].batch, vp=False, tcm=False, title="住院医师")
    t.deployments.append(d)
    t.planted.append(Planted("R02", d.recipient, str(d.start.year), "住院医师 (初级) dispatched", d.support))


def _plant_r03(g: _Gen, t: Truth) -> None:
    batch = _take_batch(g, t, 0)
    d = batch[1]
    d.years_of_service = 4
    t.planted.append(Planted("R03", d.recipient, str(d.start.year), "4 years of service", d.support))


def _plant_r04(g: _Gen, t: Truth) -> None:
    batch = _take_batch(g, t, len(t.years) - 1)
    d = batch[-1]
    t.deployments.remove(d)
    t.planted.append(Planted("R04", d.recipient, str(d.start.year), f"batch of {len(batch) - 1}", d.support))


def _plant_r05(g: _Gen, t: Truth) -> None:
    batch = _take_batch(g, t, 1)
    vp = next(d for d in batch if d.position == "副院长")
    vp.position = "科主任"
    vp.staff_category = _TITLE_INFO[vp.title][1]
    vp.department = "内科"
    t.planted.append(Planted("R05", vp.recipient, str(vp.start.year), "batch without a vice-president", vp.support))


def _plant_r06(g: _Gen, pairings: list[Pairing], deployments: list[Deployment], planted: list[Planted]) -> list[Deployment]:
    """A 20-day gap between two batches: every later batch of that pairing starts 20 days later."""
    cands = [p for p in pairings if p.programme == TERTIARY_PROGRAMME and g.h[p.recipient].category == "综合医院"
             and p.start.year == g.y0 + (1 if len(g.years) > 1 else 0) and p.start.month == 7] or \
            [p for p in pairings if p.programme == TERTIARY_PROGRAMME]
    p = cands[0]
    mine = [d for d in deployments if d.support == p.support and d.recipient == p.recipient]
    batches = sorted({d.start for d in mine})
    if len(batches) < 2:
        return deployments
    gap_from = batches[1]
    shift = dt.timedelta(days=20)
    for d in mine:
        if d.start >= gap_from:
            d.start += shift
            d.end = _six_months_end(d.start)
            d.written_assessment = True if d.end <= g.horizon[1] else None
    planted.append(Planted("R06", p.recipient, str(gap_from.year), f"no one on site {gap_from}..{gap_from + shift - dt.timedelta(days=1)}", p.support))
    return deployments


def _plant_r07(g: _Gen, t: Truth) -> None:
    y = t.years[-1]
    counts: dict[tuple[str, str], list[Trainee]] = {}
    for tr in t.trainees:
        if tr.start.year == y and t.hospital(tr.recipient).category == "综合医院":
            counts.setdefault((tr.recipient, tr.host), []).append(tr)
    key = sorted(counts)[-1]
    for tr in counts[key][2:]:
        t.trainees.remove(tr)
    t.planted.append(Planted("R07", key[0], str(y), "2 trainees in the year", key[1]))


def _extra_trainee(g: _Gen, t: Truth, year: int, skip: int = 0) -> Trainee:
    """One more trainee for a pairing-year (never the one planted short of trainees for R07)."""
    short = {(x.hospital_id, x.period) for x in t.planted if x.rule_id == "R07"}
    ps = [p for p in t.pairings if p.programme == TERTIARY_PROGRAMME and year in g.active_years(p)
          and (p.recipient, str(year)) not in short]
    p = ps[min(skip, len(ps) - 1)]
    start = max(dt.date(year, 3, 1), p.start)
    tr = Trainee(g.new_person(t.hospital(p.recipient).county_code, (24, 45)), p.recipient, p.support, "内科", start,
                 _six_months_end(start), Decimal(0), True if _six_months_end(start) <= g.horizon[1] else None)
    t.trainees.append(tr)
    return tr


def _plant_r08(g: _Gen, t: Truth) -> None:
    tr = _extra_trainee(g, t, _pick_year(t, 1), skip=2)
    tr.end = tr.start + relativedelta(months=3) - dt.timedelta(days=1)
    t.planted.append(Planted("R08", tr.recipient, str(tr.start.year), "training stay of 3 months", tr.host))


def _plant_r09(g: _Gen, t: Truth) -> None:
    tr = _extra_trainee(g, t, t.years[-1], skip=1)
    tr.fee = Decimal(3000)
    t.planted.append(Planted("R09", tr.recipient, str(tr.start.year), "fee of 3000 yuan", tr.host))


def _plant_r10(g: _Gen, t: Truth) -> None:
    y = _pick_year(t, 1)
    recips = sorted({k.recipient for k in t.techniques if k.first_date.year == y and t.hospital(k.recipient).category == "综合医院"})
    r = recips[min(2, len(recips) - 1)]
    t.techniques = [k for k in t.techniques if not (k.recipient == r and k.first_date.year == y)]
    sup = next(p.support for p in t.pairings if p.recipient == r)
    t.planted.append(Planted("R10", r, str(y), "no new technique in the year", sup))


def _plant_r11(g: _Gen, t: Truth) -> None:
    """Township centre with only 2 new techniques over the whole data period (cycle)."""
    r = next(p.recipient for p in t.pairings if p.programme == TOWNSHIP_PROGRAMME)
    mine = sorted([k for k in t.techniques if k.recipient == r], key=lambda k: k.first_date)
    for k in mine[2:]:
        t.techniques.remove(k)
    sup = next(p.support for p in t.pairings if p.recipient == r)
    t.planted.append(Planted("R11", r, "cycle", "2 new techniques in the cycle", sup))


def _plant_r12(g: _Gen, t: Truth) -> None:
    """Township centre with 8 training events in a year (xingan requires 10)."""
    y = t.years[-1]
    r = next(p.recipient for p in t.pairings if p.programme == TOWNSHIP_PROGRAMME and y in g.active_years(p))
    mine = [a for a in t.activities if a.recipient == r and a.date.year == y and a.type in TRAINING_TYPES]
    for a in mine[8:]:
        a.type = "义诊"
        a.topic = _TOPICS["义诊"][0]
    t.planted.append(Planted("R12", r, str(y), "8 training events in the year", mine[0].support))


def _plant_r15(g: _Gen, t: Truth) -> None:
    d = _take_batch(g, t, 0)[2]
    d.paid_by_recipient = Decimal(2000)
    t.planted.append(Planted("R15", d.recipient, str(d.start.year), "2000 yuan paid by the recipient", d.support))


def _plant_r16(g: _Gen, t: Truth) -> None:
    d = next(d for d in _take_batch(g, t, 1) if d.written_assessment)
    d.written_assessment = False
    t.planted.append(Planted("R16", d.recipient, str(d.start.year), "no written assessment at the end", d.support))


def _plant_r17(g: _Gen, pairings: list[Pairing], planted: list[Planted]) -> None:
    """A pairing ended early and the recipient handed to another support hospital."""
    p = next(p for p in pairings if p.programme == TERTIARY_PROGRAMME and p.start.year == g.y0 and g.h[p.recipient].category == "综合医院" and p.support != "QL001")
    cut = dt.date(g.y1, 6, 30) if g.y1 > p.start.year else p.start + relativedelta(months=6) - dt.timedelta(days=1)
    p.end = cut
    new = Pairing("QL001", p.recipient, p.programme, cut + dt.timedelta(days=1), None, cut - dt.timedelta(days=20))
    pairings.append(new)
    planted.append(Planted("R17", p.recipient, str(cut.year), f"pairing with {p.support} ended {cut}, replaced by QL001", p.support))


def _plant_r18(g: _Gen, t: Truth) -> None:
    p = sorted([p for p in t.pairings if p.programme == TERTIARY_PROGRAMME], key=lambda p: (p.start, p.recipient))[-1]
    p.agreement = None
    t.planted.append(Planted("R18", p.recipient, str(p.start.year), "no signed agreement", p.support))


def _plant_r19(g: _Gen, pairings: list[Pairing], planted: list[Planted]) -> None:
    """QL003 takes on a fourth county hospital (about 3 is the norm)."""
    r = next(p.recipient for p in pairings if p.support != "QL003" and p.programme == TERTIARY_PROGRAMME and g.h[p.recipient].category == "综合医院")
    start = dt.date(g.y1, 1, 1)
    pairings.append(Pairing("QL003", r, TERTIARY_PROGRAMME, start, None, start - dt.timedelta(days=30)))
    n = len({p.recipient for p in pairings if p.support == "QL003" and p.programme == TERTIARY_PROGRAMME})
    planted.append(Planted("R19", "QL003", str(g.y1), f"supports {n} county hospitals", "QL003"))


def _plant_r20(g: _Gen, t: Truth) -> None:
    """A dispatched doctor (title ...医师, as R20 concerns 派驻医师) who served only 20 days in the
    last year (a one-year cycle such as henan-2014's is the last data year)."""
    d = [x for x in _take_batch(g, t, len(t.years) - 1) if x.title.endswith("医师")][-1]
    d.end = d.start + dt.timedelta(days=19)
    t.planted.append(Planted("R20", d.recipient, "cycle", "20 days of support in the cycle", d.support))


def _plant_r21(g: _Gen, t: Truth) -> None:
    """A recipient whose first team of the last year arrived on 15 April, two weeks after a
    1 April deadline (henan-2014, xingan-2014 with 2014 as the last data year).

    The recipient is one whose batch no other plant has touched and where no one else is on
    site in that year before the new arrival date."""
    y = g.y1
    start = dt.date(y, 4, 15)
    firsts: dict[str, str] = {}
    for d in sorted(t.deployments, key=lambda d: (d.start, d.batch)):
        if d.start.year == y and d.start < start and t.hospital(d.recipient).category == "综合医院":
            firsts.setdefault(d.recipient, d.batch)
    for rec, batch in sorted(firsts.items(), key=lambda kv: kv[1]):
        others = [d for d in t.deployments if d.recipient == rec and d.batch != batch
                  and d.start < start and d.end >= dt.date(y, 1, 1)]
        if batch not in g.used_batches and not others:
            break
    else:
        return
    g.used_batches.add(batch)
    for d in t.deployments:
        if d.batch == batch:
            d.start, d.end = start, _six_months_end(start)
            d.written_assessment = True if d.end <= g.horizon[1] else None
            sup = d.support
    t.planted.append(Planted("R21", rec, "cycle", f"first team of {y} arrived {start}, after the deadline", sup))


def _plant_dqr_missing(g: _Gen, t: Truth) -> None:
    """A comparison hospital that never sent one month's statistics."""
    y = _pick_year(t, 1)
    h = next(h.hospital_id for h in t.hospitals if h.role == "comparison")
    t.monthly = [m for m in t.monthly if not (m.hospital == h and m.year == y and m.month == 8)]
    t.planted.append(Planted("DQR_MISSING", h, f"{y}-08", "monthly statistics not submitted"))


def _plant_dqr_late(g: _Gen, t: Truth) -> None:
    y = t.years[-1]
    m = next(m for m in t.monthly if m.hospital == "QL102" and m.year == y and m.month == 5)
    m.reported = _month_end(dt.date(y, 5, 1)) + dt.timedelta(days=45)
    t.planted.append(Planted("DQR_LATE", m.hospital, f"{y}-05", "reported 45 days after the month"))


def _plant_dqr_outlier(g: _Gen, t: Truth) -> None:
    y = t.years[-1]
    m = next(m for m in t.monthly if m.hospital == "QL107" and m.year == y and m.month == 3)
    m.outpatient = int(m.outpatient * 2.5)
    t.planted.append(Planted("DQR_OUTLIER", m.hospital, f"{y}-03", "outpatient visits 2.5x the usual"))


def _plant_dqr_consistency(g: _Gen, t: Truth) -> None:
    """Operations reported above the month's discharges (surgeries > discharges x 1.1), as when
    a figure is typed into the wrong column. It is an outlier of surgeries as well."""
    y = t.years[-1]
    m = next(m for m in t.monthly if m.hospital == "QL105" and m.year == y and m.month == 10)
    m.surgeries = int(m.discharges * 1.3)
    t.planted.append(Planted("DQR_CONSISTENCY", m.hospital, f"{y}-10", "surgeries 1.3 x discharges"))


def _plant_r13(g: _Gen, t: Truth) -> None:
    a = next(a for a in t.assessments if a.year == _pick_year(t, 1) and a.month == 3)
    a.score = Decimal("75.00")
    t.planted.append(Planted("R13", a.recipient, f"{a.year}-{a.month:02d}", "monthly score 75", a.support))


def _plant_r14(g: _Gen, t: Truth) -> None:
    a = next(a for a in t.assessments if a.year == t.years[0] and a.month == 9 and t.hospital(a.recipient).category == "中医医院")
    a.spot_checks = 2
    a.present = 2
    t.planted.append(Planted("R14", a.recipient, f"{a.year}-{a.month:02d}", "2 spot checks in the month", a.support))


_ROW_PLANTS = {
    "R01": _plant_r01, "R02": _plant_r02, "R03": _plant_r03, "R04": _plant_r04, "R05": _plant_r05,
    "R07": _plant_r07, "R08": _plant_r08, "R09": _plant_r09, "R10": _plant_r10, "R11": _plant_r11,
    "R12": _plant_r12, "R15": _plant_r15, "R16": _plant_r16, "R18": _plant_r18, "R20": _plant_r20,
    "R21": _plant_r21, "DQR_MISSING": _plant_dqr_missing, "DQR_LATE": _plant_dqr_late, "DQR_OUTLIER": _plant_dqr_outlier,
    "DQR_CONSISTENCY": _plant_dqr_consistency,
}
_ASSESSMENT_PLANTS = {"R13": _plant_r13, "R14": _plant_r14}
