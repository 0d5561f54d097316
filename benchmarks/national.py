"""A national-scale year of forms for the benchmark (issue 6).

The 2014 national programme had 1,400+ support hospitals and 3,700+ recipients (seed
003_0b244856e4da35b0.txt 篇3 §2.2); one year of forms is about 5,000 workbooks: one per
recipient (techniques, activities, monthly statistics, staff assessments) and one per
support hospital (roster, trainees), plus the registry and county statistics.

Everything is fictional and marked synthetic: ten invented provinces, generated place
names, region codes starting with 9.
"""

from __future__ import annotations

import datetime as dt

from pipelines.synthetic.generate import TERTIARY_PROGRAMME, _Gen
from pipelines.synthetic.model import Effect, Hospital, Pairing, Truth

PRESETS = {
    "national": {"recipients": 3700, "supports": 1400},
    "national3x": {"recipients": 11100, "supports": 4200},  # issue 20: the growth of ingest time past the national year
    "province": {"recipients": 100, "supports": 40},
    "small": {"recipients": 20, "supports": 8},
}

_PROVINCES = ["青岚省", "云岫省", "澄川省", "丹岭省", "碧泉省", "宁岫省", "松澜省", "翠屏省", "玉溪省", "霞浦省"]
_A = "青云丹碧宁松翠玉霞澄岚岫川岭泉澜屏溪浦枫桂兰柳杉梧桐槐榆橡栗竹梅荷菱萍苇蒲茗芷芸蕙"
_B = "山水河湖江海原野田林谷峰岩石坪坝塘湾洲滩桥亭台阁安宁平和康乐丰盛兴隆昌泰福寿"


def _places(n: int) -> list[str]:
    out, seen = [], set()
    # the second pass (third characters beyond the eighth) only after the first is used up: the
    # national and smaller presets keep the names they were measured with
    for thirds in (("", *_A[:8]), _A[8:]):
        for a in _A:
            for b in _B:
                for c in thirds:
                    name = a + b + c
                    if name not in seen:
                        seen.add(name)
                        out.append(name)
                    if len(out) >= n:
                        return out
    raise ValueError("not enough place names")


class ScaledGen(_Gen):
    """The demo generator's machinery over a programmatically built set of hospitals."""

    def __init__(self, seed: int, year: int, recipients: int, supports: int):
        super().__init__(seed, (year,), Effect())
        places = _places(recipients + supports)
        self.hospitals = []
        self._pairings: list[Pairing] = []
        for i in range(supports):
            prov = _PROVINCES[i % len(_PROVINCES)]
            city = places[recipients + i] + "市"
            self.hospitals.append(Hospital(f"S{i + 1:05d}", f"{city}第一人民医院", "三级", "甲等", "综合医院", prov, city, city + "辖区",
                                           f"9{i + 1:05d}"[:6], [], "support"))
        for j in range(recipients):
            sup = self.hospitals[j % supports]
            county = places[j] + "县"
            code = f"9{50000 + j:05d}"[-6:]
            tcm = j % 9 == 4
            name = f"{county}{'中医医院' if tcm else '人民医院'}"
            self.hospitals.append(Hospital(f"R{j + 1:05d}", name, "二级", "甲等", "中医医院" if tcm else "综合医院", sup.province,
                                           sup.city, county, code, [], "recipient"))
            start = dt.date(year, 1, 1)  # paired since the start of the year: a full year of forms
            self._pairings.append(Pairing(sup.hospital_id, f"R{j + 1:05d}", TERTIARY_PROGRAMME, start, None, start - dt.timedelta(days=30)))
        self.h = {x.hospital_id: x for x in self.hospitals}

    def pairings(self) -> list[Pairing]:
        return list(self._pairings)


def build_truth(preset: str = "national", year: int = 2024, seed: int = 14) -> Truth:
    spec = PRESETS[preset]
    g = ScaledGen(seed, year, spec["recipients"], spec["supports"])
    pairings = g.pairings()
    deployments = g.deployments(pairings)
    t = Truth(seed, (year,), g.hospitals, pairings, deployments, g.trainees(pairings), g.techniques(pairings),
              g.activities(pairings), g.monthly(pairings), g.county(pairings), [], [], g.effect, province="（多省）")
    t.assessments = g.assessments(t.deployments)
    return t
