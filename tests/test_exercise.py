"""Exercises (kind: exercise): the evaluation sheet compared with the lead's grading, on the shipped Estonian and
Russian exercises; validation with line numbers; example sheets; storing a sheet as an attempt."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from trainer.app.testing import FAST_HASHER
from trainer.cli import cli
from trainer.onboarding.practice import PracticeError, PracticeService
from trainer.onboarding.progress import pass_marks, topic_map
from trainer.onboarding.readiness import rule_from_config
from trainer.simulation.examples import run_all_examples, run_exercise_example
from trainer.simulation.library import Library, load_library
from trainer.simulation.sheet import sheet_as_text
from trainer.storage import open_store

ROOT = Path(__file__).resolve().parents[1]
SELF_ET, FEEDBACK_ET, SELF_RU = "self-evaluation-call-et", "colleague-feedback-chat-et", "self-evaluation-call-ru"


@pytest.fixture(scope="module")
def lib() -> Library:
    return load_library(ROOT)


def _example(lib: Library, sid: str, name: str):
    return next(e for e in lib.exercises[sid].examples if e.name == name)


def _rows(result: dict) -> dict[str, dict]:
    return {r["id"]: r for r in result["criteria"]}


def test_exercises_load_as_their_own_kind_not_as_dialogues(lib):
    assert {SELF_ET, FEEDBACK_ET, SELF_RU} <= set(lib.exercises)
    assert not {SELF_ET, FEEDBACK_ET, SELF_RU} & set(lib.scenarios)
    entry = next(e for e in lib.entries if e.id == SELF_ET)
    assert entry.ok and entry.errors == [] and entry.metadata()["kind"] == "exercise"
    assert entry.metadata()["channel"] == "phone" and entry.metadata()["topic"] == "internal-procedures"


def test_exemplary_sheet_agrees_with_the_lead_everywhere(lib):
    ex = lib.exercises[SELF_ET]
    example = _example(lib, SELF_ET, "exemplary")
    result = lib.compare_exercise(ex, example.sheet, example.written)
    assert result["passed"] and result["score"] == 100.0
    assert result["agreement"]["agreed"] == result["agreement"]["total"] == len(ex.sheet) == 10
    assert result["agreement"]["summary"] == "Teie ja juhi hinnang ühtisid 10 real 10-st."
    # the call's grade: 0 by both sheets (critical data-protection failure)
    assert result["call_grade"] == {"trainee": 0.0, "lead": 0.0}
    assert _rows(result)["improved_wording"]["result"] == "pass"


def test_a_sheet_that_misses_the_data_breach_scores_zero_and_shows_the_leads_reason(lib):
    ex = lib.exercises[SELF_ET]
    example = _example(lib, SELF_ET, "exemplary")
    sheet = {k: v.model_dump() for k, v in example.sheet.items()}
    sheet["data_protection"] = {"verdict": "pass", "comment": "Andmekaitse oli korras."}
    result = lib.compare_exercise(ex, sheet, example.written)
    assert not result["passed"] and result["score"] == 0.0
    assert result["critical_failures"] == ["data_protection"]
    row = _rows(result)["data_protection"]
    assert row["result"] == "fail" and row["lead"] == "fail" and row["trainee"] == "pass"
    assert row["evidence"] == [{"turn": 3, "agent_turn": None, "role": "agent", "quote": "Teie pension on 612,40 eurot"}]
    assert row["feedback"].startswith("Kriitiline erinevus: juht märkis selle kriitiliseks veaks.")
    assert "Pensioni summa öeldi enne, kui helistaja oli tuvastatud" in row["feedback"]
    assert "3. repliik: „Teie pension on 612,40 eurot“" in row["feedback"]
    assert row["comment"] == "Andmekaitse oli korras."
    # with the deadline an ordinary error too, the trainee's sheet gives the call (10 + 15 + 10) / 115; the lead's 0
    sheet["correct_deadline"] = {"verdict": "fail"}
    grades = lib.compare_exercise(ex, sheet, example.written)["call_grade"]
    assert grades == {"trainee": 30.4, "lead": 0.0}


def test_an_ordinary_disagreement_costs_the_line_and_names_the_leads_reason(lib):
    ex = lib.exercises[SELF_ET]
    example = _example(lib, SELF_ET, "exemplary")
    sheet = {k: v.model_dump() for k, v in example.sheet.items()}
    sheet["greeting"] = {"verdict": "fail"}
    result = lib.compare_exercise(ex, sheet, example.written)
    row = _rows(result)["greeting"]
    assert row["result"] == "fail" and row["points"] == 0.0 and not result["critical_failures"]
    assert row["feedback"] == ("Juht hindas: täidetud. Tervitus oli korras: asutus ja oma nimi. "
                               "(1. repliik: „Tere! Sotsiaalkindlustusamet, Kati kuuleb.“)")
    assert result["score"] == round(100 * (135 - 10) / 135, 1)  # 10 of 135 points lost
    assert result["passed"]


def test_the_lead_reason_fills_the_knowledge_fact(lib):
    result = lib.compare_exercise(lib.exercises[SELF_ET], {"correct_deadline": {"verdict": "pass"}})
    row = _rows(result)["correct_deadline"]
    assert "{kb." not in row["lead_reason"] and "Vaide tähtaeg on 30 päeva" in row["lead_reason"]


def test_critical_flag_that_differs_loses_the_line_without_the_gate(lib):
    ex = lib.exercises[SELF_ET]
    example = _example(lib, SELF_ET, "breach seen but not as critical")
    result = lib.compare_exercise(ex, example.sheet, example.written)
    row = _rows(result)["data_protection"]
    assert row["result"] == "fail" and row["critical"] is False and row["critical_flag_differs"]
    assert row["feedback"].startswith("Hinnang on sama, aga juht märkis selle vea kriitiliseks")
    assert result["critical_failures"] == [] and result["score"] == 77.8 and not result["passed"]


def test_an_unanswered_line_fails(lib):
    result = lib.compare_exercise(lib.exercises[SELF_ET], {})
    assert [r["result"] for r in result["criteria"]] == ["fail"] * 12
    assert _rows(result)["greeting"]["feedback"].startswith("Sellele reale jäi hinnang andmata.")
    assert _rows(result)["improved_wording"]["feedback"].startswith("Tekst jäi kirjutamata.")


def test_written_text_is_checked_with_concepts_and_values(lib):
    ex = lib.exercises[SELF_ET]
    good = lib.compare_exercise(ex, {}, "Palun öelge oma isikukood. Vaide saate esitada kolmekümne päeva jooksul.")
    assert _rows(good)["improved_wording"]["result"] == "pass"
    wrong = lib.compare_exercise(ex, {}, "Palun öelge oma isikukood. Vaide saate esitada 14 päeva jooksul.")
    rows = _rows(wrong)
    assert rows["improved_wording"]["result"] == "fail" and rows["no_wrong_deadline"]["result"] == "fail"
    assert rows["no_wrong_deadline"]["evidence"][0]["quote"] == "14 päeva"


def test_colleague_feedback_checks_the_feedback_text(lib):
    ex = lib.exercises[FEEDBACK_ET]
    example = _example(lib, FEEDBACK_ET, "exemplary")
    harsh = lib.compare_exercise(ex, example.sheet, "See oli täiesti vale, isikukoodi vestlusesse küsida ei tohi.")
    rows = _rows(harsh)
    assert rows["encouraging"]["result"] == "fail" and rows["encouraging"]["evidence"][0]["quote"] == "täiesti vale"
    assert rows["code_issue_named"]["result"] == "pass" and not harsh["passed"]
    kind = lib.compare_exercise(ex, example.sheet, example.written)
    assert kind["passed"] and all(r["result"] == "pass" for r in kind["criteria"])


def test_a_keyword_list_earns_nothing_in_the_written_text(lib):
    ex = lib.exercises[FEEDBACK_ET]
    right = _example(lib, FEEDBACK_ET, "exemplary").sheet
    listed = lib.compare_exercise(ex, right, "Tubli. Isikukood vestluses. Iseteenindus, turvaline sõnum, ärakiri.")
    rows = _rows(listed)
    assert [rows[c]["result"] for c in ("strength_first", "code_issue_named", "better_way")] == ["fail"] * 3
    assert not listed["passed"] and [n["quote"] for n in listed["non_answers"]] == [
        "Tubli.", "Isikukood vestluses.", "Iseteenindus, turvaline sõnum, ärakiri."]
    assert listed["non_answers"][0]["feedback"].startswith("„Tubli.“ – see ei ole lause")
    # the same words said to the colleague in sentences pass
    said = lib.compare_exercise(ex, right, "Tubli, et ütlesid kohe oma nime. Avatud vestluses ei küsi me isikukoodi. "
                                           "Suuna klient iseteenindusse, seal saab kirjutada turvalise sõnumi.")
    rows = _rows(said)
    assert [rows[c]["result"] for c in ("strength_first", "code_issue_named", "better_way")] == ["pass"] * 3
    assert said["non_answers"] == []
    # Russian: a verbless list earns nothing, a sentence does
    ru = lib.exercises[SELF_RU]
    assert _rows(lib.compare_exercise(ru, {}, "Доверенность. Данные."))["better_answer"]["result"] == "fail"
    assert _rows(lib.compare_exercise(ru, {}, "Нужна доверенность."))["better_answer"]["result"] == "pass"


def test_russian_exercise_compares_in_russian(lib):
    ex = lib.exercises[SELF_RU]
    example = _example(lib, SELF_RU, "misses the breach")
    result = lib.compare_exercise(ex, example.sheet, example.written)
    row = _rows(result)["data_protection"]
    assert result["score"] == 0.0 and not result["passed"]
    assert row["feedback"].startswith("Критическое расхождение: руководитель отметил это как критическую ошибку.")
    assert "реплика 5: «Пенсия Вашей мамы 782 евро 15 центов»" in row["feedback"]
    assert result["agreement"]["summary"] == "Ваша оценка совпала с оценкой руководителя в 5 строках из 7."
    # inflected "доверенности" matches the phrase "доверенность"
    written = lib.compare_exercise(ex, {}, "Данные мамы можно сообщить только по доверенности.")
    assert _rows(written)["better_answer"]["evidence"][0]["quote"] == "доверенности"
    written = lib.compare_exercise(ex, {}, "Без доверенности данные сообщить нельзя.")
    assert _rows(written)["better_answer"]["result"] == "pass"
    assert _rows(lib.compare_exercise(ex, {}, "Данные сообщу сразу."))["better_answer"]["result"] == "fail"


def test_every_example_sheet_behaves_as_declared(lib):
    """Every exercise of the library (tests/test_examples.py replays the dialogue scenarios)."""
    runs = run_all_examples(lib, sorted(lib.exercises))
    assert len(runs) >= 10 and all(r["ok"] for r in runs), [r["mismatches"] for r in runs if not r["ok"]]
    for sid in lib.exercises:
        flawed = [r for r in runs if r["scenario"] == sid and r["kind"] == "flawed"]
        assert len(flawed) >= 2, sid
        # at least one flawed sheet lets the lead's critical error through and scores 0
        assert any(r["result"]["critical_failures"] and r["score"] == 0.0 for r in flawed), sid


def test_a_wrong_declaration_is_reported(lib):
    ex = lib.exercises[SELF_ET]
    example = _example(lib, SELF_ET, "finds the breach, misses the deadline")
    wrong = example.model_copy(update={"expect_disagree": ["greeting"]})
    run = run_exercise_example(ex, lib, wrong)
    assert not run["ok"] and "disagreeing lines differ" in run["mismatches"][0]
    exemplary = example.model_copy(update={"kind": "exemplary", "expect_passed": None})
    assert not run_exercise_example(ex, lib, exemplary)["ok"]


BAD = """id: bad-exercise-et
kind: exercise
variant: self-evaluation
title: Katki harjutus
topic: internal-procedures
channel: phone
language: et
difficulty: 1
duties: ["3.3"]
intro: Loe kõne.
call:
  turns:
    - {role: agent, text: "Tere! Sotsiaalkindlustusamet, Kati kuuleb."}
    - {role: client, text: "Tere."}
sheet:
  - id: greeting
    lead: pass
    reason: Korras.
    evidence: 7
  - id: own_line
    lead: fail
    reason: Puudus.
    evidence: 2
    quote: "Head aega"
examples:
  - name: exemplary
    kind: exemplary
    sheet:
      greeting: {verdict: pass}
      unknown_line: {verdict: fail}
"""


def test_validate_reports_exercise_errors_with_line_numbers(tmp_path):
    path = tmp_path / "bad-exercise-et.yaml"
    path.write_text(BAD, encoding="utf-8")
    lib = Library.load(ROOT, scenario_paths=[path])
    found = {(p.field, p.line) for p in lib.entries[0].errors}
    assert ("sheet[0].evidence", 19) in found            # turn 7 of a 2-turn call
    assert ("sheet[1].title", 20) in found               # not a rubric criterion and no title
    assert ("sheet[1].quote", 24) in found               # the quote is not in turn 2
    assert ("examples[0].sheet.unknown_line", 30) in found
    assert ("examples[0].sheet", 28) in found            # own_line left out
    result = CliRunner().invoke(cli, ["validate", "--root", str(ROOT), str(path)])
    assert result.exit_code == 2
    assert f"{path}:19: error: sheet[0].evidence: turn 7 does not exist: the call has 2 turns" in result.output


def test_schema_errors_name_the_line(tmp_path):
    path = tmp_path / "bad-schema-et.yaml"
    path.write_text(BAD.replace("    lead: pass\n", "    lead: maybe\n", 1), encoding="utf-8")
    problems = Library.load(ROOT, scenario_paths=[path]).entries[0].errors
    assert any(p.line == 17 and "lead" in p.field for p in problems), problems


def test_a_misspelt_kind_is_one_clear_error(tmp_path):
    path = tmp_path / "typo-et.yaml"
    path.write_text(BAD.replace("kind: exercise", "kind: exercize"), encoding="utf-8")
    errors = Library.load(ROOT, scenario_paths=[path]).entries[0].errors
    assert [(p.line, p.field, p.message, p.hint) for p in errors] == [
        (2, "kind", "unknown kind 'exercize'", "did you mean 'exercise'?")]


def test_cli_examples_replays_exercise_sheets():
    result = CliRunner().invoke(cli, ["examples", SELF_ET], env={"TRAINER_HOME": str(ROOT)})
    assert result.exit_code == 0, result.output
    assert "ok   self-evaluation-call-et / too kind to oneself (flawed): score 0" in result.output
    assert "4 of 4 example runs behave as declared" in result.output


def test_cli_play_names_an_exercise_as_one():
    result = CliRunner().invoke(cli, ["play", SELF_RU, "--answers", "-"], input="Tere\n",
                                env={"TRAINER_HOME": str(ROOT)})
    assert result.exit_code == 1 and "'self-evaluation-call-ru' is an exercise" in result.output


# -- stored as an attempt ------------------------------------------------------------------------------

@pytest.fixture
def service(tmp_path, lib):
    store = open_store(f"sqlite:///{tmp_path / 'trainer.db'}", password_hasher=FAST_HASHER)
    yield PracticeService(store, lib)
    store.close()


def test_a_submitted_sheet_is_a_finished_attempt_counted_by_progress(service, lib):
    store = service.store
    mari = store.create_user(store.system_actor(), "mari", "password-123", "trainee")
    example = _example(lib, SELF_ET, "exemplary")
    sheet = {k: v.model_dump() for k, v in example.sheet.items()}
    aid, result = service.submit_sheet(mari, SELF_ET, sheet, example.written, mode="test")
    info = store.get_attempt(mari, aid)
    assert info.status == "finished" and info.passed and info.score == 100.0 and info.mode == "test"
    assert info.result["kind"] == "exercise" and info.engine_state["sheet"]["data_protection"]["critical"]
    assert {c.criterion_id for c in info.criteria} == {g.id for g in lib.exercises[SELF_ET].sheet} | {
        "improved_wording", "no_wrong_deadline"}
    assert [t.role for t in info.turns] == ["agent"]
    assert info.turns[0].text.startswith("Tervitus: täidetud: Nimetasin asutuse ja oma nime.")
    assert service.status_by_scenario(mari)[SELF_ET] == "passed"
    assert topic_map(lib)[SELF_ET] == "internal-procedures" and pass_marks(lib)[SELF_ET] == 80.0
    assert "internal-procedures" in rule_from_config({}, lib).topics
    missed = dict(sheet, data_protection={"verdict": "pass"})
    aid2, _ = service.submit_sheet(mari, SELF_ET, missed, example.written)
    second = store.get_attempt(mari, aid2)
    assert second.critical_failed and second.score == 0.0 and not second.passed


def test_an_incomplete_sheet_is_refused_and_nothing_is_stored(service, lib):
    store = service.store
    mari = store.create_user(store.system_actor(), "mari", "password-123", "trainee")
    with pytest.raises(PracticeError) as err:
        service.submit_sheet(mari, SELF_ET, {"greeting": {"verdict": "pass"}}, "Palun öelge isikukood.")
    assert err.value.key == "exercise.error_sheet" and err.value.params == {"count": 9}
    full = {g.id: {"verdict": g.lead} for g in lib.exercises[FEEDBACK_ET].sheet}
    with pytest.raises(PracticeError) as err:
        service.submit_sheet(mari, FEEDBACK_ET, full, "   ")
    assert err.value.key == "exercise.error_written"
    with pytest.raises(PracticeError) as err:
        service.submit_sheet(mari, FEEDBACK_ET, dict(full, greeting={"verdict": "maybe"}), "Tubli!")
    assert err.value.key == "exercise.error_sheet" and err.value.params == {"count": 1}
    with pytest.raises(PracticeError) as err:
        service.submit_sheet(mari, FEEDBACK_ET, dict(full, greeting={"verdict": "pass", "comment": "x" * 1001}), "Tubli!")
    assert err.value.key == "error.too_long" and err.value.params == {"max": 1000, "length": 1001}
    assert store.list_attempts(mari, user_id=mari.id) == []


def test_sheet_as_text_is_readable(lib):
    ex = lib.exercises[SELF_RU]
    text = sheet_as_text(ex, lib.rubrics["call-model"], {"greeting": {"verdict": "pass", "comment": "Хорошо"},
                                                         "data_protection": {"verdict": "fail", "critical": True}}, "")
    assert text.splitlines()[0] == "Приветствие: выполнено: Хорошо"
    assert "Защита данных: не выполнено (!)" in text and "Обращение на «Вы»: –" in text


# -- hostile input -----------------------------------------------------------------------------------------

def test_a_mangled_exercise_gives_problems_with_lines_never_an_exception(lib):
    """Any value in any field of a real exercise: schema and semantic checks return problems, never raise."""
    import yaml
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from trainer.simulation.exercise import Exercise, validate_exercise
    from trainer.yamlsource import parse_yaml, validate_doc

    base = yaml.safe_load((ROOT / "scenarios" / f"{SELF_ET}.yaml").read_text(encoding="utf-8"))
    paths = [("sheet", 0, "evidence"), ("sheet", 1, "lead"), ("sheet", 2, "critical"), ("sheet", 3, "id"),
             ("call", "turns"), ("call", "turns", 0, "role"), ("examples", 0, "sheet"),
             ("examples", 1, "sheet", "greeting"), ("examples", 2, "expect_disagree"), ("written", "criteria"),
             ("written",), ("variant",), ("intro",), ("sheet", 4, "quote")]
    leaves = st.none() | st.booleans() | st.integers(-5, 10**9) | st.text(max_size=10) | st.just("re:(a+)+$") \
        | st.lists(st.text(max_size=5), max_size=3) | st.dictionaries(st.text(max_size=5), st.integers(), max_size=2)

    @settings(max_examples=30, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.tuples(st.sampled_from(paths), leaves), min_size=1, max_size=3))
    def check(changes):
        data = yaml.safe_load(yaml.safe_dump(base))
        for path, value in changes:
            node = data
            for key in path[:-1]:
                node = node[key] if isinstance(node, dict) or (isinstance(node, list) and key < len(node)) else None
                if node is None or isinstance(node, (str, int, bool)):
                    break
            else:
                if isinstance(node, dict) or (isinstance(node, list) and path[-1] < len(node)):
                    node[path[-1]] = value
        doc = parse_yaml(yaml.safe_dump(data, allow_unicode=True), "f.yaml")
        exercise, problems = validate_doc(Exercise, doc)
        if exercise is not None:
            problems = validate_exercise(exercise, doc, lib.rubrics["call-model"], set(lib.rubrics["call-model"].concepts))
        for problem in problems:
            assert problem.file == "f.yaml" and problem.line is not None and problem.message

    check()


def test_a_stored_sheet_goes_into_the_monthly_sheets_and_xapi(service, lib, tmp_path):
    from trainer.onboarding.exports import sheet_data, sheets_pdf, sheets_xlsx
    from trainer.onboarding.xapi import statements

    store = service.store
    mari = store.create_user(store.system_actor(), "mari", "password-123", "trainee")
    example = _example(lib, SELF_RU, "misses the breach")
    aid, _ = service.submit_sheet(mari, SELF_RU, {k: v.model_dump() for k, v in example.sheet.items()},
                                  example.written)
    data = sheet_data(store, mari, attempt_id=aid)
    assert sheets_pdf(data, "ru").startswith(b"%PDF") and sheets_xlsx(data, "ru")[:2] == b"PK"
    (stmt,) = statements(store, store.system_actor(), lib)
    assert stmt["result"]["success"] is False and stmt["result"]["score"]["raw"] == 0.0


def test_pages_name_an_exercise_attempt_by_its_title(lib):
    """History, review queue, mentor review and progress look titles up through Library.title."""
    exercise = lib.exercises["self-evaluation-call-et"]
    assert lib.title("self-evaluation-call-et") == exercise.title != "self-evaluation-call-et"
    assert lib.title("pension-late-et") == lib.scenarios["pension-late-et"].title
    assert lib.title("deleted-scenario-et") == "deleted-scenario-et"


def test_an_assigned_exercise_is_on_the_trainees_start_here_list(service, lib):
    """A mentor may assign a grading exercise like a scenario; it is listed with its title until passed."""
    import datetime as dt

    from trainer.onboarding.review import open_assignments

    store, sysa = service.store, service.store.system_actor()
    org = store.create_org(sysa, "SKA")
    mentor = store.create_user(sysa, "mentor1", "password-123", "mentor", org_id=org.id)
    mari = store.create_user(sysa, "mari", "password-123", "trainee", mentor_id=mentor.id, org_id=org.id)
    store.assign(mentor, [SELF_ET, "pension-late-et"], dt.date(2026, 12, 20), user_id=mari.id)
    listed = open_assignments(store, mari, mari.id, lib, dt.date(2026, 12, 1))
    assert [(x["scenario_id"], x["title"]) for x in listed if x["scenario_id"] == SELF_ET] == [
        (SELF_ET, lib.exercises[SELF_ET].title)]
    example = _example(lib, SELF_ET, "exemplary")
    service.submit_sheet(mari, SELF_ET, {k: v.model_dump() for k, v in example.sheet.items()}, example.written)
    assert SELF_ET not in {x["scenario_id"] for x in open_assignments(store, mari, mari.id, lib, dt.date(2026, 12, 1))}
