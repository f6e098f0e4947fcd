"""Exports: formula-injection-safe CSV / XLSX, the two monthly sheets as PDF (Estonian and Cyrillic
text really in the file) and XLSX, and xAPI statements."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zlib

import openpyxl
import pandas as pd
import pytest
from test_readiness_data import TODAY

from trainer.onboarding import exports as e
from trainer.onboarding import xapi
from trainer.onboarding.readiness import readiness_report


def pdf_text(data: bytes) -> str:
    """Crude text extraction for fpdf2 output: decode every text string with every ToUnicode map."""
    streams = []
    for raw in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            streams.append(zlib.decompress(raw))
        except zlib.error:
            streams.append(raw)
    cmaps = []
    for s in streams:
        if b"beginbfchar" in s:
            pairs = re.findall(rb"<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4,8})>", s.split(b"beginbfchar", 1)[1])
            cmaps.append({int(a, 16): chr(int(b, 16)) for a, b in pairs})
    out = []
    for s in streams:
        for lit in re.findall(rb"\((.*?)\) Tj", s, re.S):
            raw = re.sub(rb"\\(.)", lambda m: {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(m.group(1), m.group(1)), lit)
            codes = [int.from_bytes(raw[i:i + 2], "big") for i in range(0, len(raw) - 1, 2)]
            out += ["".join(cm.get(c, "?") for c in codes) for cm in cmaps]
    return "\n".join(out)


def test_neutralise_formula_like_cells() -> None:
    for bad in ("=1+2", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "\n=1+1", "  =HYPERLINK(\"http://x\")", "\n @cmd"):
        assert e.neutralise(bad) == "'" + bad
    assert e.neutralise("Mari\n=1") == "Mari\n=1"  # a formula sign later in the text is not a formula
    assert e.neutralise("Mari Tamm") == "Mari Tamm" and e.neutralise(-3) == -3 and e.neutralise(float("nan")) is None
    df = pd.DataFrame({"name": ["=HYPERLINK(\"http://x\")", "Õie Müür", "Жанна"], "score": [-5, 80.5, 0]})
    rows = list(csv.reader(io.StringIO(e.to_csv(df).decode("utf-8-sig"))))
    assert rows == [["name", "score"], ["'=HYPERLINK(\"http://x\")", "-5.0"], ["Õie Müür", "80.5"], ["Жанна", "0.0"]]
    wb = openpyxl.load_workbook(io.BytesIO(e.to_xlsx({"t": df})))
    ws = wb["t"]
    assert [c.value for c in ws[1]] == ["name", "score"]
    assert ws["A2"].value == "'=HYPERLINK(\"http://x\")" and ws["A2"].data_type == "s"
    assert ws["A3"].value == "Õie Müür" and ws["A4"].value == "Жанна" and ws["B2"].value == -5


def test_csv_uses_semicolon_and_decimal_comma_for_et_and_ru() -> None:
    df = pd.DataFrame({"nimi": ["Õie Müür", "Жанна; Петрова"], "tulemus": [80.5, 38.0], "katseid": [3, 1]})
    for lang in ("et", "ru"):
        rows = list(csv.reader(io.StringIO(e.to_csv(df, lang).decode("utf-8-sig")), delimiter=";"))
        assert rows == [["nimi", "tulemus", "katseid"], ["Õie Müür", "80,5", "3"], ["Жанна; Петрова", "38,0", "1"]]
    rows = list(csv.reader(io.StringIO(e.export_table({"t": df}, "csv", lang="en").decode("utf-8-sig"))))
    assert rows[1] == ["Õie Müür", "80.5", "3"]


def test_xlsx_cells_are_typed() -> None:
    df = pd.DataFrame({"name": ["Mari"], "score": [38.5], "progress": [0.75], "target": [dt.date(2026, 12, 1)],
                       "at": [pd.Timestamp("2026-11-30 09:15", tz="UTC")]})
    ws = openpyxl.load_workbook(io.BytesIO(e.to_xlsx({"t": df})))["t"]
    assert ws["B2"].data_type == "n" and ws["B2"].value == 38.5 and ws["C2"].value == 0.75
    assert ws["D2"].is_date and ws["D2"].number_format == "yyyy-mm-dd"
    assert ws["E2"].is_date and ws["E2"].value == dt.datetime(2026, 11, 30, 9, 15)
    assert ws["E2"].number_format == "yyyy-mm-dd hh:mm"

@pytest.fixture(scope="module")
def world(demo_world):
    return demo_world


def test_readiness_xlsx_and_csv(world) -> None:
    rep = readiness_report(world.store, world.lead, world.lib, world.rule, TODAY)
    sheets = e.readiness_sheets(rep, "ru")
    wb = openpyxl.load_workbook(io.BytesIO(e.export_table(sheets, "xlsx")))
    assert wb.sheetnames == ["readiness", "rule", "trends", "time_to_readiness", "most_failed", "calibration"]
    ws = wb["readiness"]
    header = [c.value for c in ws[1]]
    rows = {r[header.index("username")]: dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)}
    star = rows[world.star.username]
    assert star["status"] == "ready" and star["name"] == world.star.display_name
    assert any(re.search("[А-Яа-я]", r["name"]) for r in rows.values())
    assert "не менее 2 из последних 3" in wb["rule"]["A2"].value
    csv_text = e.export_table(sheets, "csv").decode("utf-8-sig")
    assert csv_text.startswith("user_id,username,name") and world.star.username in csv_text
    with pytest.raises(ValueError):
        e.export_table(sheets, "ods")


def test_sheets_for_one_attempt_pdf_and_xlsx(world) -> None:
    trainee = world.trainees[0]
    aid = world.store.list_attempts(trainee, user_id=trainee.id, status="finished")[0].id
    data = e.sheet_data(world.store, trainee, attempt_id=aid)
    pdf = e.sheets_pdf(data, "et")
    assert pdf.startswith(b"%PDF-") and pdf.count(b"/Type /Page\n") >= 2 and len(pdf) > 10_000
    text = pdf_text(pdf)
    assert "Kõnekuulamise tagasiside leht" in text and "Kõne hindamise leht" in text
    assert trainee.display_name in text
    wb = openpyxl.load_workbook(io.BytesIO(e.sheets_xlsx(data, "et")))
    fb, ev = wb.worksheets
    assert fb["A1"].value == "Kõnekuulamise tagasiside leht" and ev["A1"].value == "Kõne hindamise leht"
    assert fb["A2"].value.startswith("Spetsialist: " + trainee.display_name)
    assert ev["A6"].value == "Kriteerium" and ev["B6"].value.startswith(f"Kõne {aid} ")
    grid = [r for r in ev.iter_rows(min_row=7, values_only=True)]
    info = world.store.get_attempt(trainee, aid)
    titles = [c["title"] + (" (kriitiline)" if c["critical"] else "") for c in info.result["criteria"]]
    assert [r[0] for r in grid[: len(titles)]] == titles
    first = info.criteria[0]
    assert grid[0][1] == ("n/a" if first.result == "n/a" else f"{first.result} {first.points:g}/{first.max_points:g}")
    assert grid[len(titles)][0] == "Kokku"


def test_month_sheets_in_russian_with_overrides(world) -> None:
    trainee = next(t for t in world.trainees if t.language == "ru")
    mentor = world.mentor_ru
    attempts = world.store.list_attempts(mentor, user_id=trainee.id, status="finished")
    month = attempts[0].finished_at.strftime("%Y-%m")
    target = attempts[0].id
    crit = next(c for c in world.store.get_attempt(mentor, target).criteria if c.result in ("pass", "fail"))
    flipped = "fail" if crit.result == "pass" else "pass"
    world.store.override_criterion(mentor, target, crit.criterion_id, flipped, "прослушала звонок")
    data = e.sheet_data(world.store, mentor, user_id=trainee.id, month=month)
    in_month = [a for a in attempts if a.finished_at.strftime("%Y-%m") == month]
    assert sorted(a.id for a in data.attempts) == sorted(a.id for a in in_month)
    text = pdf_text(e.sheets_pdf(data, "ru"))
    assert "Лист обратной связи по прослушиванию звонков" in text and trainee.display_name in text
    wb = openpyxl.load_workbook(io.BytesIO(e.sheets_xlsx(data, "ru")))
    values = [v for r in wb.worksheets[1].iter_rows(values_only=True) for v in r if isinstance(v, str)]
    assert any(v.startswith(f"{flipped} ") and f"[автоматически: {crit.result}]" in v for v in values)
    notes = [v for r in wb.worksheets[0].iter_rows(values_only=True) for v in r if isinstance(v, str)]
    assert any("прослушала звонок" in v for v in notes)
    # the override reads as people say it: the criterion's title and the verdict in words, not ids
    verdict = {"pass": "выполнено", "fail": "не выполнено"}[flipped]
    title = next(c.get("title") for c in world.store.get_attempt(mentor, target).result["criteria"]
                 if c["id"] == crit.criterion_id)
    assert any(f"{title} → {verdict} (прослушала звонок)" in v for v in notes)


def test_xapi_statements(world, tmp_path) -> None:
    stmts = xapi.statements(world.store, world.lead, world.lib)
    sysa = world.store.system_actor()
    assert len(stmts) == len(world.store.list_attempts(sysa))
    star = [s for s in stmts if s["actor"]["account"]["name"] == world.star.username]
    assert star and all(s["verb"]["display"]["en-US"] == "passed" for s in star)
    assert all(s["result"]["score"]["scaled"] == 1.0 for s in star)
    for s in stmts:
        assert 0 <= s["result"]["score"]["scaled"] <= 1 and s["timestamp"].endswith("Z")
        crit = s["result"]["extensions"]["https://trainer.invalid/xapi/extensions/criteria"]
        assert crit and {"criterion_id", "result", "automatic_result"} <= set(crit[0])
        assert "name" not in s["actor"]  # no personal name leaves the trainer
    failed = [s for s in stmts if s["verb"]["display"]["en-US"] == "failed"]
    assert failed and all(not s["result"]["success"] for s in failed)
    assert len({s["id"] for s in stmts}) == len(stmts)
    path = tmp_path / "x.jsonl"
    assert xapi.write_jsonl(stmts, path) == len(stmts)
    assert [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()] == [s["id"] for s in stmts]


def test_control_characters_do_not_break_xlsx_or_pdf(world) -> None:
    """Security review L2: a review note with a vertical tab (Word's soft line break) or a display name
    with \\x01 / \\x07 / \\x1b made sheets_xlsx raise IllegalCharacterError."""
    assert e.clean_text("Tere\x0bsiit uus rida\x07\x1b[31m") == "Tere\nsiit uus rida[31m"
    assert e.neutralise("\x01=1+1") == "'=1+1"
    trainee = next(t for t in world.trainees if t.mentor_id == world.mentor_et.id)
    mentor = world.mentor_et
    aid = world.store.list_attempts(mentor, user_id=trainee.id, status="finished")[0].id
    world.store.add_review(mentor, aid, "Hea kõne.\x0bJärgmine kord küsi isikukoodi.\x01")
    world.store.update_user(world.store.system_actor(), trainee.id, display_name="Mari\x07 Tamm\x1b[31m")
    try:
        data = e.sheet_data(world.store, mentor, attempt_id=aid)
        wb = openpyxl.load_workbook(io.BytesIO(e.sheets_xlsx(data, "et")))
        cells = [v for ws in wb.worksheets for r in ws.iter_rows(values_only=True) for v in r if isinstance(v, str)]
        assert any("Hea kõne.\nJärgmine kord küsi isikukoodi." in v for v in cells)
        assert any("Mari Tamm[31m" in v for v in cells)
        assert not any(re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", v) for v in cells)
        text = pdf_text(e.sheets_pdf(data, "et"))
        assert "Järgmine kord küsi isikukoodi." in text and "Mari Tamm[31m" in text
    finally:
        world.store.update_user(world.store.system_actor(), trainee.id, display_name=trainee.display_name)


@pytest.mark.parametrize("month", ["9999-12", "0001-01", "2026-13", "kuu"])
def test_month_bounds_refuses_months_outside_the_calendar(month) -> None:
    """Security review M4: `9999-12` gave an OverflowError traceback on "Minu areng" and in the CLI."""
    with pytest.raises(ValueError):
        e.month_bounds(month)


def test_month_bounds_of_a_real_month() -> None:
    start, end = e.month_bounds("2026-12")
    assert (start.isoformat(), end.isoformat()) == ("2026-12-01T00:00:00+00:00", "2027-01-01T00:00:00+00:00")


def test_pdf_grid_survives_a_huge_cell(world) -> None:
    """Security review L3: a self-evaluation value of 10,000 characters (possible through the store
    API) made sheets_pdf raise "The row with index ... is too high and cannot be rendered on a single
    page". The PDF cell is shortened with a marker; the XLSX keeps the full text."""
    import dataclasses
    import datetime as dt

    from trainer.storage import SelfEvaluationInfo

    trainee = next(t for t in world.trainees if t.mentor_id == world.mentor_et.id)
    aid = world.store.list_attempts(world.mentor_et, user_id=trainee.id, status="finished")[0].id
    data = e.sheet_data(world.store, world.mentor_et, attempt_id=aid)
    long = "Küsisin isikukoodi ja selgitasin ootamise põhjust. " * 200  # 10,200 characters
    own = SelfEvaluationInfo(1, trainee.id, aid, "2026-11", {"identify": long, "closing": "Ответила вежливо"},
                             None, dt.datetime(2026, 11, 30, tzinfo=dt.UTC))
    data = dataclasses.replace(data, self_evaluations=[own])
    assert len(e.pdf_cell(long)) <= e.PDF_CELL_CHARS and e.pdf_cell(long).endswith("…")
    assert e.pdf_cell("lühike") == "lühike"
    text = pdf_text(e.sheets_pdf(data, "et"))
    assert "Enesehinnang 2026-11" in text
    # shortened: about 8 of the 200 sentences are drawn (each decoded once per font map)
    assert 0 < text.count("selgitasin") < 50
    wb = openpyxl.load_workbook(io.BytesIO(e.sheets_xlsx(data, "et")))
    cells = [v for r in wb.worksheets[1].iter_rows(values_only=True) for v in r if isinstance(v, str)]
    assert any(long.strip() in v and "closing: Ответила вежливо" in v for v in cells)
