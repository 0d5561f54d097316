"""Plotly figures for the report, displayed with their JavaScript embedded.

Executed headless with plotly's default renderer, figures come out as a mime bundle that
nbconvert's HTML export leaves empty. ``show`` emits plain HTML instead: the first figure
of a notebook carries plotly.js inline (no CDN, so the report works offline), later ones
reuse it.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

_state = {"js_sent": False}
FONT = "Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, PingFang SC, sans-serif"


def reset() -> None:
    _state["js_sent"] = False


def to_html(fig: go.Figure) -> str:
    include = not _state["js_sent"]
    _state["js_sent"] = True
    fig.update_layout(font_family=FONT, template="plotly_white", margin=dict(l=40, r=20, t=60, b=40))
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
        fig.add_hline(y=target, line_dash="dash", line_color="#b00020", annotation_text=target_label or str(target))
    fig.update_layout(title=title, yaxis_title=y_title, xaxis=dict(dtick=1 if x == "year" else None), legend_title_text="")
    return fig


def threshold_bars(df: pd.DataFrame, x: str, y: str, title: str, y_title: str, threshold: float | None,
                   threshold_label: str | None = None) -> go.Figure:
    """Bars, red where short of ``threshold`` (a programme requirement)."""
    colors = ["#b00020" if (threshold is not None and v < threshold - 1e-9) else "#2b6cb0" for v in df[y]]
    text = [f"{v:g}" if pd.notna(v) else "" for v in df[y].round(1)]
    fig = go.Figure(go.Bar(x=df[x], y=df[y], marker_color=colors, text=text, textposition="outside"))
    if threshold is not None:
        fig.add_hline(y=threshold, line_dash="dash", line_color="#b00020", annotation_text=threshold_label or f"≥ {threshold}")
    fig.update_layout(title=title, yaxis_title=y_title, showlegend=False)
    return fig


def event_study_figure(coefs: pd.DataFrame, title: str, y_title: str, x_title: str) -> go.Figure:
    """Estimates by event time with their confidence intervals; the reference period (-1) is
    0 by construction, the dashed line marks the pairing's start."""
    fig = go.Figure(go.Scatter(
        x=coefs["event_time"], y=coefs["estimate"], mode="markers+lines",
        error_y=dict(type="data", symmetric=False, array=coefs["ci_high"] - coefs["estimate"],
                     arrayminus=coefs["estimate"] - coefs["ci_low"]),
        marker=dict(color=["#888" if e == -1 else ("#2b6cb0" if e < 0 else "#b00020") for e in coefs["event_time"]]),
        line=dict(color="#999", width=1), showlegend=False))
    fig.add_hline(y=0, line_color="#444", line_width=1)
    fig.add_vline(x=-0.5, line_dash="dash", line_color="#b00020")
    lo, hi = int(coefs["event_time"].min()), int(coefs["event_time"].max())
    ticks = {lo: f"≤{lo}", hi: f"≥{hi}"}
    fig.update_layout(title=title, yaxis_title=y_title, xaxis=dict(title=x_title, tickmode="array", tickvals=list(range(lo, hi + 1)),
                                                                  ticktext=[ticks.get(k, str(k)) for k in range(lo, hi + 1)]))
    return fig
