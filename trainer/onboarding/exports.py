"""Exports: CSV / XLSX tables and the two monthly sheets of duty 3.3 as PDF or XLSX.

* tables (readiness matrix, attempts): :func:`to_csv`, :func:`to_xlsx`; every text cell that a
  spreadsheet would read as a formula (starting with ``= + - @``, tab or CR) gets a leading ``'``;
* the call-listening feedback sheet and the call evaluation sheet, for one attempt or a month of a
  trainee's attempts: :func:`sheet_data`, then :func:`sheets_pdf` (fpdf2 with the bundled DejaVu
  font, so õäöü and Cyrillic render) or :func:`sheets_xlsx`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font

from trainer.i18n import Messages, t
from trainer.onboarding.review import reply_numbers
from trainer.outcome import criteria_outcome, format_score

if TYPE_CHECKING:
    from trainer.storage import Store
    from trainer.storage.records import ActorLike


FONT_DIR = Path(__file__).resolve().parent / "fonts"
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")

  # fmt: skip


# -- tables ----------------------------------------------------------------------------------------

# control characters XLSX cannot hold (openpyxl IllegalCharacterError) and PDF fonts cannot show:
# vertical tab and form feed (Word's soft line and page breaks) become line breaks, the rest goes
_CONTROL_MAP = {i: None for i in (*range(0, 9), *range(14, 32), 127, *range(0x80, 0xA0))}
_CONTROL_MAP.update({0x0B: "\n", 0x0C: "\n"})


def clean_text(value: str) -> str:
    """Text without control characters (tab, newline and carriage return stay; vertical tab and form
    feed become newlines), for XLSX cells and PDF lines (security review L2)."""
    return value.translate(_CONTROL_MAP)


def neutralise(value: Any) -> Any:
    """A cell value safe for spreadsheets: control characters removed (:func:`clean_text`),
    formula-like text gets a leading ``'``; aware datetimes become naive UTC (Excel has no time
    zones); NaN becomes empty."""
    if isinstance(value, str):
        value = clean_text(value)
        # a formula start after leading blanks or line breaks is neutralised too (security review, Info)
        return "'" + value if value.startswith(DANGEROUS) or value.lstrip(" \n").startswith(DANGEROUS) else value
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    if isinstance(value, float) and value != value:
        return None
    if value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, (list, tuple, set, dict)):
        return neutralise(", ".join(map(str, value)) if not isinstance(value, dict) else str(value))
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalars
        return value.item()
    return value


SEMICOLON_LANGUAGES = ("et", "ru")  # locales whose spreadsheets use a decimal comma and split CSV on ";"


def to_csv(df: pd.DataFrame, lang: str | None = None) -> bytes:
    """CSV (UTF-8 with BOM, so Excel opens õäöü and Cyrillic correctly), cells neutralised. For an
    Estonian or Russian ``lang`` the separator is ``;`` and decimals have a comma (``38,5``), as
    Excel and LibreOffice in those locales expect; otherwise ``,`` and a decimal point."""
    local = lang in SEMICOLON_LANGUAGES
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";" if local else ",", lineterminator="\r\n")
    writer.writerow([neutralise(str(c)) for c in df.columns])

    def cell(x: Any) -> Any:
        v = neutralise(x)
        if v is None:
            return ""
        if local and isinstance(v, float):
            return repr(v).replace(".", ",")
        return v

    for row in df.itertuples(index=False):
        writer.writerow([cell(x) for x in row])
    return buf.getvalue().encode("utf-8-sig")


def to_xlsx(sheets: dict[str, pd.DataFrame]) -> bytes:
    """An XLSX workbook with one sheet per DataFrame (bold frozen header, cells neutralised)."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, df in sheets.items():
        ws = wb.create_sheet(_sheet_name(name))
        ws.append([neutralise(str(c)) for c in df.columns])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in df.itertuples(index=False):
            ws.append([neutralise(v) for v in row])
        for cells in ws.iter_rows(min_row=2):
            for c in cells:  # typed cells: real dates and numbers, shown in a readable format
                if isinstance(c.value, dt.datetime):
                    c.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(c.value, dt.date):
                    c.number_format = "yyyy-mm-dd"
        ws.freeze_panes = "A2"
        for i, col in enumerate(df.columns, start=1):
            width = max([len(str(col))] + [len(str(v)) for v in df[col].head(200)]) + 2
            ws.column_dimensions[ws.cell(1, i).column_letter].width = min(width, 60)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _sheet_name(name: str) -> str:
    return "".join("_" if ch in "[]:*?/\\" else ch for ch in name)[:31] or "Sheet"


def readiness_sheets(report: Any, lang: str = "et", criteria: bool = True) -> dict[str, pd.DataFrame]:
    """The lead's readiness data as named tables (matrix, rule, trends, time to readiness, and with
    ``criteria`` the most-failed criteria and calibration, which read every criterion row)."""
    from trainer.onboarding import readiness as r

    sheets = {"readiness": report.matrix,
              "rule": pd.DataFrame({"rule": r.describe_rule(report.rule, lang)}),
              "trends": r.cohort_trends(report.attempts),
              "time_to_readiness": r.time_to_readiness(report)}
    if criteria:
        sheets["most_failed"] = r.most_failed_criteria(report.criteria)
        sheets["calibration"] = r.calibration(report.criteria)
    return sheets


def export_table(sheets: dict[str, pd.DataFrame], fmt: str, lang: str | None = None) -> bytes:
    """CSV of the first table, or XLSX of all of them (``fmt``: ``csv`` or ``xlsx``); ``lang`` chooses
    the CSV separator and decimal mark (:func:`to_csv`)."""
    if fmt == "csv":
        return to_csv(next(iter(sheets.values())), lang)
    if fmt == "xlsx":
        return to_xlsx(sheets)
    raise ValueError(f"unknown format {fmt!r} (csv or xlsx)")


# -- the monthly sheets ----------------------------------------------------------------------------

@dataclass
class SheetData:
    """What the two sheets show: a trainee, a period and the attempts (full, with criteria)."""

    user: Any
    period: str
    attempts: list[Any]
    self_evaluations: list[Any]
    authors: dict[int, str]


def month_bounds(month: str) -> tuple[dt.datetime, dt.datetime]:
    """'YYYY-MM' -> [first instant, first instant of the next month) in UTC. ValueError for text that is
    not a month, and for months at the edge of the calendar (``0001-01``, ``9999-12``: security
    review M4, an OverflowError traceback before)."""
    start = dt.datetime.strptime(month, "%Y-%m").replace(tzinfo=dt.UTC)
    if not 1900 <= start.year <= 9000:
        raise ValueError(f"month {month!r} is out of range")
    end = (start + dt.timedelta(days=32)).replace(day=1)
    return start, end


def sheet_data(store: Store, actor: ActorLike, attempt_id: int | None = None, user_id: int | None = None,
               month: str | None = None) -> SheetData:
    """Gather one attempt (``attempt_id``) or a trainee's finished attempts of ``month`` ('YYYY-MM')."""
    if attempt_id is not None:
        attempts = [store.get_attempt(actor, attempt_id)]
        user = store.get_user(actor, attempts[0].user_id)
        period = attempts[0].finished_at.strftime("%Y-%m-%d") if attempts[0].finished_at else ""
    elif user_id is not None and month:
        start, end = month_bounds(month)
        user = store.get_user(actor, user_id)
        found = store.list_attempts(actor, user_id=user_id, status="finished", since=start - dt.timedelta(days=1))
        ids = sorted((a.finished_at, a.id) for a in found if a.finished_at and start <= a.finished_at < end)
        attempts = [store.get_attempt(actor, aid) for _, aid in ids]
        period = month
    else:
        raise ValueError("give attempt_id, or user_id and month")
    evals = [e for e in store.self_evaluations(actor, user.id)
             if (attempt_id is not None and e.attempt_id == attempt_id) or (attempt_id is None and e.month == period)]
    authors = {}
    for u in store.list_users(actor):
        authors[u.id] = u.display_name
    return SheetData(user, period, attempts, evals, authors)


def _fmt_time(value: dt.datetime | None) -> str:
    return "" if value is None else value.strftime("%Y-%m-%d %H:%M")


def feedback_rows(data: SheetData, lang: str = "et") -> list[dict[str, str]]:
    """The feedback sheet as rows: one per call, with what went well, what to improve and notes."""
    w = Messages("sheet", lang)
    rows = []
    for a in data.attempts:
        crit = (a.result or {}).get("criteria", [])
        eff = {c.criterion_id: c for c in a.criteria}
        good = [c.get("title", c["id"]) for c in crit if eff.get(c["id"]) and eff[c["id"]].result == "pass"]
        bad = [f"{c.get('title', c['id'])}: {c.get('feedback') or ''}".strip(": ")
               for c in crit if eff.get(c["id"]) and eff[c["id"]].result == "fail"]
        notes = [f"{data.authors.get(r.mentor_id, r.mentor_id)}: {r.comment}" for r in a.reviews]
        numbers = reply_numbers([tn.role for tn in a.turns])  # "vastus 2" = the agent's 2nd reply, as the feedback
        notes += [f"{w['turn']} {numbers.get(c.turn_idx, c.turn_idx + 1)}: {c.text}" for c in a.turn_comments]
        titles = {c["id"]: c.get("title", c["id"]) for c in crit}
        notes += [f"{titles.get(o.criterion_id, o.criterion_id)} → {t(f'verdict.{o.new_result}', lang)} ({o.reason})"
                  for o in a.overrides]
        rows.append({w["call"]: str(a.id), w["date"]: _fmt_time(a.finished_at), w["scenario"]: a.scenario_id,
                     w["channel"]: a.channel, w["language"]: a.language, w["mode"]: a.mode,
                     w["score"]: _score(a), w["good"]: "; ".join(good) or w["none"],
                     w["improve"]: "\n".join(bad) or w["none"], w["mentor"]: "\n".join(notes) or w["none"]})
    return rows


def _score(a: Any) -> str:
    eff, _critical = criteria_outcome(a.criteria)
    auto = a.score if a.score is not None else 0.0
    return format_score(eff) if eff == auto else f"{format_score(eff)} ({format_score(auto)})"


def evaluation_rows(data: SheetData, lang: str = "et") -> list[list[str]]:
    """The evaluation sheet as a grid: criteria down, calls across (effective result and points;
    an override shows the automatic result too), then totals and the self-evaluation if any."""
    w = Messages("sheet", lang)
    order: dict[str, str] = {}
    for a in data.attempts:
        for c in (a.result or {}).get("criteria", []):
            order.setdefault(c["id"], c.get("title", c["id"]) + (f" ({w['critical']})" if c.get("critical") else ""))
    header = [w["criterion"]] + [f"{w['call']} {a.id} {a.finished_at:%d.%m}" if a.finished_at else str(a.id)
                                 for a in data.attempts]
    grid = [header]
    for cid, title in order.items():
        row = [title]
        for a in data.attempts:
            c = next((x for x in a.criteria if x.criterion_id == cid), None)
            if c is None:
                row.append("")
            elif c.result == "n/a":
                row.append("n/a")
            else:
                cell = f"{c.result} {c.points:g}/{c.max_points:g}"
                row.append(cell + (f" [{w['automatic']}: {c.automatic_result}]" if c.overridden else ""))
        grid.append(row)
    grid.append([w["total"]] + [_score(a) for a in data.attempts])
    grid.append([w["passed"]] + [w["yes"] if a.passed else w["no"] for a in data.attempts])
    for e in data.self_evaluations:
        grid.append([f"{w['self']} {e.month}" + (f" ({w['call']} {e.attempt_id})" if e.attempt_id else "")]
                    + [", ".join(f"{k}: {v}" for k, v in e.results.items()) if a.id == e.attempt_id else ""
                       for a in data.attempts])
    return grid


def _title_lines(data: SheetData, lang: str) -> list[str]:
    w = Messages("sheet", lang)
    return [f"{w['specialist']}: {data.user.display_name} ({data.user.username})", f"{w['period']}: {data.period}",
            f"{w['made']}: {dt.date.today().isoformat()}"]


def sheets_xlsx(data: SheetData, lang: str = "et") -> bytes:
    """Both sheets in one XLSX workbook (one worksheet each)."""
    w = Messages("sheet", lang)
    wb = Workbook()
    ws = wb.active
    ws.title = _sheet_name(w["feedback"])
    fb = feedback_rows(data, lang)
    for line in [w["feedback"], *_title_lines(data, lang), ""]:
        ws.append([neutralise(line)])
    ws["A1"].font = Font(bold=True, size=14)
    keys = list(fb[0]) if fb else [w["call"]]
    ws.append(keys)
    for row in fb:
        ws.append([neutralise(row[k]) for k in keys])
    ws2 = wb.create_sheet(_sheet_name(w["evaluation"]))
    for line in [w["evaluation"], *_title_lines(data, lang), ""]:
        ws2.append([neutralise(line)])
    ws2["A1"].font = Font(bold=True, size=14)
    for row in evaluation_rows(data, lang):
        ws2.append([neutralise(v) for v in row])
    for sheet in (ws, ws2):
        sheet.column_dimensions["A"].width = 40
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


class _Pdf(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", format="A4")
        self.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(True, margin=12)

    def footer(self) -> None:
        self.set_y(-10)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, str(self.page_no()), align="R")


def sheets_pdf(data: SheetData, lang: str = "et") -> bytes:
    """Both sheets as one PDF (A4 landscape; the feedback sheet first, then the evaluation grid)."""
    w = Messages("sheet", lang)
    pdf = _Pdf()
    for title, body in ((w["feedback"], _pdf_feedback), (w["evaluation"], _pdf_evaluation)):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 14)
        pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        for line in _title_lines(data, lang):
            pdf.cell(0, 5, clean_text(line).replace("\n", " "), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        body(pdf, data, lang)
    return bytes(pdf.output())


def _pdf_feedback(pdf: _Pdf, data: SheetData, lang: str) -> None:
    w = Messages("sheet", lang)
    for row in feedback_rows(data, lang):
        pdf.set_font("DejaVu", "B", 10)
        head = (f"{w['call']} {row[w['call']]} · {row[w['date']]} · {row[w['scenario']]} · "
                f"{row[w['channel']]}/{row[w['language']]} · {w['score']} {row[w['score']]}")
        pdf.cell(0, 6, clean_text(head).replace("\n", " "), new_x="LMARGIN", new_y="NEXT")
        for key in ("good", "improve", "mentor"):
            pdf.set_font("DejaVu", "B", 9)
            pdf.cell(0, 5, w[key], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 9)
            pdf.multi_cell(0, 4.5, clean_text(row[w[key]]), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)


#: the longest text of one evaluation-grid cell in the PDF: a table row must fit on one page (fpdf2
#: raises otherwise; security review L3); 400 characters fill about 21 lines of the narrowest column
PDF_CELL_CHARS = 400


def pdf_cell(text: str) -> str:
    """Control characters removed and, beyond :data:`PDF_CELL_CHARS`, shortened with "…" (the XLSX
    sheet keeps the full text)."""
    text = clean_text(text)
    return text if len(text) <= PDF_CELL_CHARS else text[:PDF_CELL_CHARS - 1].rstrip() + "…"


def _pdf_evaluation(pdf: _Pdf, data: SheetData, lang: str) -> None:
    grid = evaluation_rows(data, lang)
    per_page = 6
    for first in range(1, max(len(grid[0]), 2), per_page):
        cols = [0] + list(range(first, min(first + per_page, len(grid[0]))))
        widths = [70] + [(pdf.epw - 70) / max(len(cols) - 1, 1)] * (len(cols) - 1)
        pdf.set_font("DejaVu", "", 7.5)
        with pdf.table(col_widths=widths, first_row_as_headings=True, line_height=4) as table:
            for row in grid:
                table.row([pdf_cell(str(row[i])) if i < len(row) else "" for i in cols])
        pdf.ln(3)
