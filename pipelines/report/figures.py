"""Plotly figures for the report, displayed with their JavaScript embedded.

Executed headless with plotly's default renderer, figures come out as a mime bundle that
nbconvert's HTML export leaves empty. ``show`` emits plain HTML instead: the first figure
of a notebook carries plotly.js inline (no CDN, so the report works offline), later ones
reuse it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

_state = {"js_sent": False}
# one colour per meaning, everywhere (the tables' cells use the same: report.css duikou-ok/-miss)
MET = "#1b6e20"          # meets the requirement
MISS = "#b00020"         # short of it (and the requirement's dashed line)
NOT_JUDGED = "#9aa5b1"   # not judged against it
NEUTRAL = "#2b6cb0"      # a value with no requirement (and periods before a pairing starts)
POST = "#7b3fa0"         # periods after a pairing starts (event studies): not red, which means short of a requirement
LINES_PER_CHART = 8      # more lines than this in one chart: small multiples
FONT = "Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, PingFang SC, sans-serif"


def reset() -> None:
    _state["js_sent"] = False


def to_html(fig: go.Figure) -> str:
    include = not _state["js_sent"]
    _state["js_sent"] = True
    fig.update_layout(font_family=FONT, template="plotly_white")
    if fig.layout.margin.t is None:   # a figure may need more room above (small multiples' subtitle)
        fig.update_layout(margin=dict(l=40, r=20, t=60, b=40))
    return fig.to_html(full_html=False, include_plotlyjs=include, config={"displaylogo": False, "responsive": True})


def show(fig: go.Figure) -> None:
    from IPython.display import HTML, display

    display(HTML(to_html(fig)))


def trend_figure(df: pd.DataFrame, x: str, y: str, color: str, title: str, y_title: str, target: float | None = None,
                 target_label: str | None = None) -> go.Figure:
    fig = go.Figure()
    for key, g in df.sort_values(x).groupby(color, sort=True):
        fig.add_trace(go.Scatter(x=g[x], y=g[y], mode="lines+markers", name=str(key)))
    if target is not None:
        fig.add_hline(y=target, line_dash="dash", line_color=MISS)
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines", line=dict(color=MISS, dash="dash"), name=target_label or str(target)))
    fig.update_layout(title=title, yaxis_title=y_title, xaxis=dict(dtick=1 if x == "year" else None), legend_title_text="")
    return fig


def threshold_bars(df: pd.DataFrame, x: str, y: str, title: str, y_title: str, threshold: float | None,
                   threshold_label: str | None = None, judged: list | None = None, legend: dict | None = None) -> go.Figure:
    """Bars, red where short of ``threshold`` (a programme requirement), green where they meet
    it, blue without one. ``judged``: per bar, True/False when judged against the requirement,
    None when not (drawn grey). The requirement's dashed line is named in the legend, not on
    the line (a label there collides with the bars' values); ``legend``: the legend's texts
    (keys met, miss, unjudged, target)."""
    legend = legend or {}
    if threshold is None and judged is None:
        colors = [NEUTRAL] * len(df)
    elif judged is None:
        colors = [MISS if v < threshold - 1e-9 else MET for v in df[y]]
    else:
        colors = [NOT_JUDGED if j is None else (MET if j else MISS) for j in judged]
    text = [f"{v:g}" if pd.notna(v) else "" for v in df[y].round(1)]
    fig = go.Figure(go.Bar(x=df[x], y=df[y], marker_color=colors, text=text, textposition="outside", cliponaxis=False,
                           showlegend=False))
    if threshold is not None:
        fig.add_hline(y=threshold, line_dash="dash", line_color=MISS)
        label = threshold_label or legend.get("target") or f"≥ {threshold:g}"
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines", line=dict(color=MISS, dash="dash"), name=label))
        for key, color in (("met", MET), ("miss", MISS), ("unjudged", NOT_JUDGED)):
            if color in colors and legend.get(key):
                fig.add_trace(go.Bar(x=[None], y=[None], marker_color=color, name=legend[key]))
        top = max([float(v) for v in df[y] if pd.notna(v)] + [threshold])
        fig.update_yaxes(range=[0, top * 1.15 if top > 0 else 1])   # room for the values above the bars
    fig.update_layout(title=title, yaxis_title=y_title, showlegend=threshold is not None,
                      legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1))
    return fig


def small_multiples(df: pd.DataFrame, x: str, y: str, facet: str, title: str, y_title: str, shared_y: bool = True,
                    target: float | None = None, target_label: str | None = None, cols: int = 4,
                    x_tickformat: str | None = None) -> go.Figure:
    """One small line chart per ``facet`` value (a county, a hospital), for more lines than one
    chart can tell apart. ``shared_y``: the same vertical scale in every panel (rates); else
    each its own (counts of hospitals whose sizes differ by orders of magnitude)."""
    from plotly.subplots import make_subplots

    keys = sorted(df[facet].dropna().unique(), key=str)
    rows = max(1, -(-len(keys) // cols))
    fig = make_subplots(rows=rows, cols=cols, subplot_titles=[str(k) for k in keys], shared_yaxes="all" if shared_y else False,
                        horizontal_spacing=0.06 if shared_y else 0.08, vertical_spacing=min(0.12, 0.5 / rows))
    for i, key in enumerate(keys):
        g = df[df[facet] == key].sort_values(x)
        r, c = i // cols + 1, i % cols + 1
        fig.add_trace(go.Scatter(x=g[x], y=g[y], mode="lines" if len(g) > 12 else "lines+markers", name=str(key),
                                 line=dict(color=NEUTRAL, width=2), marker=dict(size=4), showlegend=False), row=r, col=c)
        if target is not None:
            fig.add_hline(y=target, line_dash="dash", line_color=MISS, row=r, col=c)
    if target is not None:
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines", line=dict(color=MISS, dash="dash"),
                                 name=target_label or f"{target:g}"))
    if shared_y:
        values = pd.to_numeric(df[y], errors="coerce").dropna().tolist() + ([target] if target is not None else [])
        if values:
            lo, hi = min(values), max(values)
            pad = (hi - lo) * 0.08 or 1
            fig.update_yaxes(range=[lo - pad, hi + pad])
    fig.update_annotations(font_size=11)
    if x_tickformat:   # dates: one tick a year, not rotated
        fig.update_xaxes(tickformat=x_tickformat, dtick="M12", tickangle=0, tickfont=dict(size=9))
    else:
        fig.update_xaxes(nticks=4, tickfont=dict(size=9))
    fig.update_yaxes(tickfont=dict(size=9))
    fig.update_layout(title=dict(text=title, y=0.99, yanchor="top"), height=170 + 190 * rows, showlegend=target is not None,
                      margin=dict(l=50, r=20, t=110 if "<sub>" in title else 80, b=40),
                      legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1))
    fig.update_yaxes(title_text=y_title, row=1, col=1)
    if x == "year":
        fig.update_xaxes(dtick=1)
    return fig


def spans_magnitudes(df: pd.DataFrame, y: str, by: str, ratio: float = 10.0) -> bool:
    """Whether the units' typical sizes (median of ``y`` per ``by``) differ by ``ratio`` or more:
    township centres (~100 discharges a month) beside county hospitals (~3,000)."""
    med = pd.to_numeric(df[y], errors="coerce").groupby(df[by]).median().dropna()
    med = med[med > 0]
    return len(med) > 1 and med.max() / med.min() >= ratio


def event_study_figure(coefs: pd.DataFrame, title: str, y_title: str, x_title: str, binned: bool = True) -> go.Figure:
    """Estimates by event time with their confidence intervals; the dashed line marks the
    pairing's start. ``binned`` (the two-way fixed-effects event study): the reference period
    (-1) is 0 by construction and the end bins collect everything further out. Otherwise
    (Callaway–Sant'Anna) every point is an estimate; a missing interval draws no bar."""
    fig = go.Figure(go.Scatter(
        x=coefs["event_time"], y=coefs["estimate"], mode="markers+lines",
        error_y=dict(type="data", symmetric=False, array=coefs["ci_high"] - coefs["estimate"],
                     arrayminus=coefs["estimate"] - coefs["ci_low"]),
        marker=dict(color=["#888" if e == -1 else (NEUTRAL if e < 0 else POST) for e in coefs["event_time"]]),
        line=dict(color="#999", width=1), showlegend=False))
    fig.add_hline(y=0, line_color="#444", line_width=1)
    fig.add_vline(x=-0.5, line_dash="dash", line_color=POST)
    lo, hi = int(coefs["event_time"].min()), int(coefs["event_time"].max())
    ticks = {lo: f"≤{lo}", hi: f"≥{hi}"} if binned else {}
    if not binned:
        fig.update_traces(marker=dict(color=[NEUTRAL if e < 0 else POST for e in coefs["event_time"]]))
        fig.update_layout(title=title, yaxis_title=y_title, xaxis=dict(title=x_title))
        return fig
    fig.update_layout(title=title, yaxis_title=y_title, xaxis=dict(title=x_title, tickmode="array", tickvals=list(range(lo, hi + 1)),
                                                                  ticktext=[ticks.get(k, str(k)) for k in range(lo, hi + 1)]))
    return fig


# ---------------------------------------------------------------------- distributions (national scale)
def _nice_width(span: float, max_bins: int = 25) -> float:
    """A round bin width (1, 2, 2.5 or 5 times a power of ten) giving at most ``max_bins`` bins."""
    if span <= 0:
        return 1.0
    raw = span / max_bins
    power = 10 ** np.floor(np.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= raw:
            return float(m * power)
    return float(10 * power)


def _numbers(values) -> np.ndarray:
    return pd.to_numeric(pd.Series(list(values), dtype="object"), errors="coerce").dropna().to_numpy("float64")


def histogram(values, threshold: float | None = None, integer: bool = False, width: float | None = None,
              max_bins: int = 25, span: tuple[float, float] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(edges, counts) of left-closed bins [e_i, e_i+1); ``threshold`` is always an edge, so
    every bin is wholly on one side of a requirement. Whole numbers get bins of width 1 while
    they span at most ``max_bins`` values. ``span``: a range the bins cover even where no
    value falls (0-100 for a percentage, from 0 for a count)."""
    v = _numbers(values)
    lo = min([*v.tolist(), *(span or ())], default=0.0)
    hi = max([*v.tolist(), *(span or ())], default=1.0)
    if width is None:
        width = 1.0 if integer and hi - lo <= max_bins else _nice_width(hi - lo, max_bins)
        if integer:
            width = max(1.0, float(np.ceil(width)))
    anchor = float(threshold) if threshold is not None else 0.0
    origin = anchor - np.ceil((anchor - lo) / width) * width
    n = int(np.floor((hi - origin) / width)) + 1
    edges = origin + width * np.arange(n + 1)
    counts = np.bincount(np.clip(np.searchsorted(edges, v, side="right") - 1, 0, n - 1), minlength=n) if len(v) else np.zeros(n, int)
    return edges, counts


def distribution_figure(series: list[tuple[str, object, float | None, str]], title: str, x_title: str, y_title: str,
                        op: str = ">=", integer: bool = False, width: float | None = None, threshold_label: str | None = None,
                        percent: bool = False) -> go.Figure:
    """How many units have each value, for charts that would otherwise have one bar per
    hospital: bars over shared bins for each (name, values, requirement, colour), the
    requirement as a dashed line. With one series, bins short of the requirement are red.
    ``percent``: bins of 0-100 (the last one, 100 exactly, on its own)."""
    thresholds = [t for _, _, t, _ in series if t is not None]
    anchor = thresholds[0] if thresholds else None
    span = (0.0, 100.0) if percent else ((0.0, 0.0) if integer else None)
    everything = [x for _, v, _, _ in series for x in _numbers(v).tolist()]
    edges, _ = histogram(everything, anchor, integer, width, span=span)
    w = float(edges[1] - edges[0])
    lo, hi = edges[:-1], edges[1:]
    labels = [f"{a:g}" if (integer and w == 1) or (percent and a >= 100) else f"{a:g}–{b:g}" for a, b in zip(lo, hi)]
    fig = go.Figure()
    for name, values, threshold, color in series:
        v = _numbers(values)
        counts = np.bincount(np.clip(np.searchsorted(edges, v, side="right") - 1, 0, len(lo) - 1), minlength=len(lo)) if len(v) \
            else np.zeros(len(lo), int)
        if threshold is not None and len(series) == 1:
            short = (hi <= threshold + 1e-9) if op == ">=" else (lo > threshold + 1e-9)
        else:
            short = np.zeros(len(lo), bool)
        fig.add_trace(go.Bar(x=labels, y=counts, name=name, marker_color=[MISS if s_ else color for s_ in short],
                             hovertext=[f"{name} {lab}: {c:,}" for lab, c in zip(labels, counts)], hoverinfo="text",
                             text=[f"{c:,}" if c else "" for c in counts], textposition="outside", cliponaxis=False))
    for name, _, threshold, _ in series:
        if threshold is None:
            continue
        at = int(np.searchsorted(lo, threshold - 1e-9))   # the first bin at or above the requirement
        text = threshold_label or f"{'≥' if op == '>=' else '≤'} {threshold:g}"
        # the requirement named in the legend, not beside the line (it would collide with the bars' counts)
        fig.add_vline(x=at - 0.5, line_dash="dash", line_color=MISS)
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines", line=dict(color=MISS, dash="dash"),
                                 name=text if len(series) == 1 else f"{name} {text}"))
    has_line = any(t is not None for _, _, t, _ in series)
    fig.update_layout(title=title, xaxis_title=x_title, yaxis_title=y_title, barmode="group", bargap=0.1,
                      xaxis=dict(type="category"), showlegend=len(series) > 1 or has_line)
    return fig


def distribution_trend_figure(df: pd.DataFrame, x: str, y: str, pooled: dict, title: str, y_title: str, pooled_name: str,
                              target: float | None = None, target_label: str | None = None) -> go.Figure:
    """Per ``x`` (year): a box of the units' values (quartiles; whiskers at the 5th and 95th
    percentiles, computed here so the figure carries 5 numbers per year, not every unit) and
    the pooled value as a line."""
    xs, q = [], {k: [] for k in ("p5", "q1", "median", "q3", "p95")}
    for key, g in df.dropna(subset=[y]).groupby(x, sort=True):
        p = np.percentile(g[y].astype("float64"), [5, 25, 50, 75, 95])
        xs.append(key)
        for k, v in zip(q, p):
            q[k].append(round(float(v), 2))
    fig = go.Figure(go.Box(x=xs, lowerfence=q["p5"], q1=q["q1"], median=q["median"], q3=q["q3"], upperfence=q["p95"],
                           name="P5–P25–P50–P75–P95", boxpoints=False, marker_color="#7b9acc"))
    px = sorted(pooled)
    fig.add_trace(go.Scatter(x=px, y=[pooled[k] for k in px], mode="lines+markers", name=pooled_name, line=dict(color="#2b6cb0", width=3)))
    if target is not None:
        fig.add_hline(y=target, line_dash="dash", line_color="#b00020", annotation_text=target_label or str(target))
    fig.update_layout(title=title, yaxis_title=y_title, xaxis=dict(dtick=1 if x == "year" else None), legend_title_text="")
    return fig
