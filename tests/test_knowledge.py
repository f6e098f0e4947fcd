"""Tests for the knowledge base loader and the shipped knowledge files."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from trainer.simulation.knowledge import KnowledgeFact, default_knowledge_dir, load_knowledge

KNOWLEDGE = default_knowledge_dir()

GOOD = """\
topic: {topic}
title: {{et: "Pealkiri", ru: "Заголовок"}}
facts:
  - id: payment_day
    value: "5"
    text:
      et: "Pensionid makstakse 5. kuupäeval."
      ru: "Пенсии выплачиваются 5-го числа."
    source: "sotsiaalkindlustusamet.ee"
    checked: 2026-11-01
    review_by: 2027-04-01
    status: verified
  - id: no_value
    text: {{et: "Tekst", ru: "Текст"}}
    source: "sotsiaalkindlustusamet.ee"
    checked: 2026-11-01
    review_by: 2026-12-01
    status: needs_review
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def kb():
    return load_knowledge(KNOWLEDGE)


def test_shipped_files_load_without_problems(kb):
    assert [str(p) for p in kb.problems] == []
    # issue 11 §5 added topic files for the new first-weeks scenarios (crisis, complaints, identification
    # edge cases, SKA services, overpayments, redirects, account and residence)
    assert 15 <= len(kb.topics) <= 40
    assert 80 <= len(kb.facts()) <= 250


def test_every_fact_has_estonian_and_russian_text(kb):
    for ref, fact in kb.facts():
        assert fact.text.et.strip(), ref
        assert fact.text.ru and fact.text.ru.strip(), ref
    for topic in kb.topics.values():
        assert topic.title.ru, topic.topic


def test_russian_text_is_cyrillic_and_words_not_mixed(kb):
    mixed = re.compile(r"\b(?=\w*[А-Яа-яЁё])(?=\w*[A-Za-z])\w+\b")
    for ref, fact in kb.facts():
        ru = fact.text.ru or ""
        assert len(re.findall(r"[А-Яа-яЁё]", ru)) > len(re.findall(r"[A-Za-z]", ru)), ref
        assert not mixed.search(ru), (ref, mixed.search(ru))
        assert not re.search(r"[А-Яа-яЁё]", fact.text.et), ref


def test_estonian_text_uses_no_informal_you(kb):
    informal = re.compile(r"\b(sina|sinu|sind|sul|sulle|sa)\b", re.IGNORECASE)
    for ref, fact in kb.facts():
        assert not informal.search(fact.text.et), ref


def test_topic_ids_match_files_and_cover_the_facts_sheet(kb):
    for topic_id, (file, _) in kb.locations.items():
        if "." not in topic_id:
            assert Path(file).stem == topic_id
    expected = {
        "contact-points", "service-standards", "web-chat", "deadlines", "pension-payment", "old-age-pension",
        "pension-indexation", "children-and-pension", "pension-abroad", "foreign-pension", "russian-pension",
        "pensioner-living-alone", "family-benefits", "parental-benefit", "disability", "survivors-pension",
        "maintenance-support", "cross-border", "personal-data", "other-institutions", "internal-procedures",
    }
    assert expected <= set(kb.topics)


@pytest.mark.parametrize("ref, value", [
    ("contact-points.info_line", "16106"),
    ("pension-payment.payment_day", "5"),
    ("pension-indexation.average_old_age_pension", "860"),
    ("pension-indexation.national_pension", "414,10"),
    ("pension-indexation.tax_free_amount", "776"),
    ("deadlines.appeal_client_days", "30"),
    ("deadlines.appeal_pension_days", "60"),
    ("family-benefits.child_allowance", "80"),
    ("family-benefits.birth_grant", "320"),
    ("maintenance-support.payment_day", "10"),
    ("other-institutions.tootukassa", "15501"),
])
def test_key_values(kb, ref, value):
    assert kb.value(ref) == value


def test_unverifiable_facts_are_marked(kb):
    marked = {ref for ref, _ in kb.needs_review()}
    # the content review's verify items (V2-V4, F1's start date) stay marked until SKA answers
    assert {"other-institutions.tervisekassa", "contact-points.opening_hours", "contact-points.service_offices",
            "contact-points.good_service_agreements", "survivors-pension.child_benefit_start"} <= marked
    for ref, fact in kb.needs_review():
        assert fact.note, f"{ref}: say why it needs review"


def test_review_corrections_are_in_the_knowledge_base(kb):
    """Content review 2026-11: the unsupported '30 working days' family-benefit fact is gone, and the
    corrected facts say what the review found (F1, F2, F4, F12)."""
    assert kb.fact("deadlines.family_benefit_processing_days_2025") is None
    assert kb.value("deadlines.family_benefit_processing_days") == "10"
    assert "toitjakaotustoetus" in kb.fact("survivors-pension.who_can_get").text.et
    assert "uus ekspertiisitaotlus" in kb.fact("disability.new_data_after_decision").text.et
    assert "Kõrgkoolis õppimine ei anna" in kb.fact("family-benefits.after_age_19").text.et
    assert "proportsionaalse vanaduspensioni" in kb.fact("foreign-pension.aggregation").text.et


def test_amounts_are_reviewed_by_next_change(kb):
    for ref in ("pension-indexation.national_pension", "family-benefits.child_allowance",
                "disability.child_profound", "pensioner-living-alone.amount"):
        assert kb.fact(ref).review_by <= date(2027, 4, 1), ref


def test_nothing_shipped_is_expired_now(kb):
    assert kb.expired(date(2026, 11, 29)) == []


def test_template_values(kb):
    values = kb.template_values()
    assert set(values) == set(kb.topics)
    assert values["pension-payment"]["payment_day"] == "5"
    assert values["pension-payment"]["weekend_rule_before_2025"] is None
    assert all(isinstance(v, str) or v is None for facts in values.values() for v in facts.values())


def test_fact_lookup(kb):
    assert kb.fact("pension-payment.payment_day").value == "5"
    assert kb.fact("pension-payment.nope") is None
    assert kb.fact("nope.payment_day") is None
    assert kb.fact("pension-payment") is None
    assert kb.missing_refs(["pension-payment", "pension-payment.payment_day", "x.y", "zzz"]) == ["x.y", "zzz"]


def test_reference_texts(kb):
    texts = kb.reference_texts(["pension-payment.payment_day", "pension-payment", "nope"], "ru")
    assert texts[0] == ("Выплата пенсий и пособий",
                        "Пенсии и социальные пособия выплачиваются 5-го числа каждого месяца.",
                        kb.fact("pension-payment.payment_day").source)
    assert len(texts) == len(kb.topics["pension-payment"].facts)  # no duplicate, unknown skipped
    assert kb.reference_texts(["pension-payment.payment_day"], "et")[0][0] == "Pensioni ja toetuste maksmine"


def test_expired_and_review_problems(tmp_path):
    write(tmp_path, "pay.yaml", GOOD.format(topic="pay"))
    kb = load_knowledge(tmp_path)
    assert kb.problems == []
    assert [ref for ref, _ in kb.expired(date(2026, 12, 2))] == ["pay.no_value"]
    assert [ref for ref, _ in kb.expired(date(2027, 4, 2))] == ["pay.payment_day", "pay.no_value"]
    assert kb.expired(date(2026, 12, 1)) == []
    warnings = kb.review_problems(date(2027, 4, 2))
    assert all(w.severity == "warning" and w.file.endswith("pay.yaml") for w in warnings)
    assert {(w.field, w.line) for w in warnings} >= {("pay.payment_day", 4), ("pay.no_value", 13)}
    assert [ref for ref, _ in kb.needs_review()] == ["pay.no_value"]


def test_broken_files_reported_and_others_still_load(tmp_path):
    write(tmp_path, "good.yaml", GOOD.format(topic="good"))
    misspelt = GOOD.format(topic="misspelt").replace("    review_by: 2027-04-01", "    reveiw_by: 2027-04-01")
    write(tmp_path, "misspelt.yaml", misspelt)
    write(tmp_path, "syntax.yaml", 'topic: syntax\ntitle: {et: "x"\nfacts: [\n')
    kb = load_knowledge(tmp_path)
    assert list(kb.topics) == ["good"]
    spelling = [p for p in kb.problems if p.file.endswith("misspelt.yaml") and "reveiw_by" in p.message]
    assert len(spelling) == 1
    assert spelling[0].line == 11
    assert spelling[0].hint == "did you mean 'review_by'?"
    assert spelling[0].field == "facts[0].reveiw_by"
    syntax = [p for p in kb.problems if p.file.endswith("syntax.yaml")]
    assert len(syntax) == 1 and syntax[0].line and "YAML syntax error" in syntax[0].message


def test_duplicate_topic_and_fact_ids(tmp_path):
    write(tmp_path, "a.yaml", GOOD.format(topic="a"))
    write(tmp_path, "b.yaml", GOOD.format(topic="a"))
    dup_fact = GOOD.format(topic="c").replace("  - id: no_value", "  - id: payment_day")
    write(tmp_path, "c.yaml", dup_fact)
    kb = load_knowledge(tmp_path)
    messages = [(Path(p.file).name, p.line, p.message) for p in kb.problems]
    assert ("b.yaml", 1, "duplicate topic id 'a'") in messages
    assert ("c.yaml", 13, "duplicate fact id 'payment_day'") in messages
    assert any("differs from the file name" in m for _, _, m in messages)  # b.yaml says topic: a
    assert len(kb.topics["c"].facts) == 1
    assert set(kb.topics) == {"a", "c"}


@pytest.mark.parametrize("change, field, fragment", [
    (("review_by: 2027-04-01", "review_by: 2026-01-01"), "facts[0]", "before checked"),
    (('value: "5"', "value: 414.10"), "facts[0].value", "quote decimal"),
    (("id: payment_day", "id: Payment-Day"), "facts[0].id", "pattern"),
    (("status: verified", "status: ok"), "facts[0].status", "verified"),
    (('source: "sotsiaalkindlustusamet.ee"\n    checked: 2026-11-01\n    review_by: 2027-04-01',
      "checked: 2026-11-01\n    review_by: 2027-04-01"), "facts[0].source", "required"),
])
def test_schema_errors_name_field(tmp_path, change, field, fragment):
    write(tmp_path, "t.yaml", GOOD.format(topic="t").replace(*change, 1))
    kb = load_knowledge(tmp_path)
    assert "t" not in kb.topics
    assert any(p.field == field and fragment in p.message and p.line for p in kb.problems), kb.problems


def test_bad_topic_id(tmp_path):
    write(tmp_path, "Bad_Topic.yaml", GOOD.format(topic="Bad_Topic"))
    kb = load_knowledge(tmp_path)
    assert kb.topics == {} and kb.problems[0].field == "topic"


def test_integer_value_becomes_text():
    fact = KnowledgeFact.model_validate({
        "id": "x", "value": 16106, "text": {"et": "a"}, "source": "abc",
        "checked": "2026-11-01", "review_by": "2027-01-01", "status": "verified"})
    assert fact.value == "16106" and fact.text.get("ru") == "a"


def test_untranslated(tmp_path, kb):
    write(tmp_path, "u.yaml", GOOD.format(topic="u").replace(', ru: "Текст"', ""))
    small = load_knowledge(tmp_path)
    assert small.problems == []
    assert small.untranslated(["u"], "ru") == ["u.no_value"]
    assert small.untranslated(["u.payment_day", "missing"], "ru") == []
    assert small.reference_texts(["u.no_value"], "ru")[0][1] == "Tekst"  # falls back to Estonian
    assert kb.untranslated(list(kb.topics), "ru") == []


def test_missing_folder(tmp_path):
    kb = load_knowledge(tmp_path / "none")
    assert kb.topics == {} and kb.problems


def test_copy_of_shipped_folder_with_one_broken_file(tmp_path):
    folder = tmp_path / "kb"
    shutil.copytree(KNOWLEDGE, folder)
    path = folder / "pension-payment.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("review_by:", "reveiw_by:", 1), encoding="utf-8")
    kb = load_knowledge(folder)
    assert "pension-payment" not in kb.topics
    assert len(kb.topics) == len(load_knowledge(KNOWLEDGE).topics) - 1
    assert any(p.hint == "did you mean 'review_by'?" and p.line for p in kb.problems)


def test_first_weeks_topics_have_sources_and_review_questions(kb):
    """The topics added for the first-weeks scenarios (issue 11 §5): every fact names a public address,
    and every fact that could not be verified from the domain notes says which question to ask SKA."""
    new_topics = {"ska-services", "overpayments", "redirects", "account-and-residence"}
    assert new_topics <= set(kb.topics)
    unverified = 0
    for topic in new_topics:
        for fact in kb.topics[topic].facts:
            assert "http" in fact.source, f"{topic}.{fact.id} has no public source address"
            assert fact.review_by > fact.checked
            if fact.status == "needs_review":
                unverified += 1
                assert fact.note and "?" in fact.note, f"{topic}.{fact.id} needs_review without a question"
            assert fact.text.ru, f"{topic}.{fact.id} has no Russian text"
    assert unverified >= 1
    services = {f.id: f for f in kb.topics["ska-services"].facts}
    assert services["victim_support_line"].value == "116 006" and services["victim_support_line"].status == "verified"
