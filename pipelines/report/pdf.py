"""`duikou report --pdf`: print the report's HTML to an A4 PDF with headless Chromium.

The HTML carries its own print stylesheet (``sections.report_css``): A4 pages, page numbers
in the page margin, a cover page, wide tables on landscape pages, table headers repeated on
every page, no plotly toolbars. Chromium loads the file offline (no network at all), runs the
charts' JavaScript, then prints; the charts are drawn at the printable width of an A4 page
(``PRINT_WIDTH_PX``), so nothing is scaled or cut when the page is printed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from pipelines.errors import UserError

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# A4 portrait is 210 mm wide; the stylesheet's side margins are 14 mm: 182 mm at 96 px per inch
PRINT_WIDTH_PX = round((210 - 2 * 14) / 25.4 * 96)


def find_browser() -> str | None:
    """Chromium (or Chrome) on PATH, or named by DUIKOU_CHROMIUM."""
    named = os.environ.get("DUIKOU_CHROMIUM")
    if named:
        return shutil.which(named) or (named if os.access(named, os.X_OK) else None)
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None


def browser_command(browser: str, profile_dir: str, *args: str) -> list[str]:
    """Headless Chromium that reaches no network (the report works offline, and must)."""
    return [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--hide-scrollbars",
            f"--user-data-dir={profile_dir}", f"--window-size={PRINT_WIDTH_PX},1200", "--virtual-time-budget=20000", *args]


def html_to_pdf(html_path: Path, pdf_path: Path, timeout: int = 240) -> Path:
    """Print ``html_path`` to ``pdf_path`` (A4, page size and margins from the stylesheet)."""
    browser = find_browser()
    if browser is None:
        raise UserError("未找到 Chromium，无法生成 PDF（Debian：apt-get install chromium fonts-noto-cjk，或运行 "
                        "scripts/install-system-deps.sh） / Chromium not found, cannot write the PDF (Debian: apt-get install "
                        "chromium fonts-noto-cjk, or run scripts/install-system-deps.sh; DUIKOU_CHROMIUM names another)")
    pdf_path = Path(pdf_path).resolve()
    tmp_pdf = pdf_path.with_name(pdf_path.name + ".part")
    with tempfile.TemporaryDirectory(prefix="duikou-chromium-") as profile:
        cmd = browser_command(browser, profile, "--no-pdf-header-footer", f"--print-to-pdf={tmp_pdf}",
                              Path(html_path).resolve().as_uri())
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            tmp_pdf.unlink(missing_ok=True)
            raise UserError(f"Chromium 在 {timeout} 秒内未完成打印 / Chromium did not print the PDF within {timeout} s") from None
    if out.returncode != 0 or not tmp_pdf.exists() or tmp_pdf.stat().st_size == 0:
        tmp_pdf.unlink(missing_ok=True)
        tail = (out.stderr or "").strip().splitlines()[-1:] or [""]
        raise UserError(f"Chromium 未能生成 PDF / Chromium could not print the PDF (exit {out.returncode}): {tail[0][:200]}")
    tmp_pdf.replace(pdf_path)
    return pdf_path
