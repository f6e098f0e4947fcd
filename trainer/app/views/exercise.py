"""Exercise page (``kind: exercise``, duties 3.3 and 3.6): the recorded call beside the evaluation sheet form
(pass / fail, critical, comment per line, and the written text where the exercise asks for one); after
submitting, the comparison with the team lead's grading: agreement per line with the lead's reason and the
call turn where they differ, the score, and the call's grade by the trainee's sheet and by the lead's.

Which exercise: ``?exercise=ID`` (the catalogue's buttons; ``&mode=test`` from its Test button), else a chooser; ``?attempt=ID`` shows a stored
sheet's comparison. Thin: :meth:`PracticeService.submit_sheet` stores and compares.
"""

from __future__ import annotations

import streamlit as st

from trainer.app.common import PageSpec, get_library, get_service, goto, lang, md_escape, require_user, tr
from trainer.onboarding.practice import PracticeError
from trainer.onboarding.review import format_number
from trainer.simulation.exercise import Exercise
from trainer.simulation.sheet import line_title
from trainer.storage import NotFound, PermissionDenied

RESULT_KEY = "exercise_result"
ICON = {"pass": ":green[:material/check_circle:]", "fail": ":red[:material/cancel:]"}


def _chosen(library) -> Exercise | None:
    wanted = st.query_params.get("exercise")
    if wanted in library.exercises:
        return library.exercises[wanted]
    if not library.exercises:
        st.info(tr("exercise.none"))
        return None
    ids = sorted(library.exercises, key=lambda sid: (library.exercises[sid].language != lang(), sid))
    sid = st.selectbox(tr("exercise.choose"), ids, format_func=lambda s: library.exercises[s].title, key="exercise_pick")
    return library.exercises[sid]


def _call(exercise: Exercise) -> None:
    st.markdown(f"**{tr('exercise.call')}**")
    if exercise.call.note:
        st.caption(exercise.call.note)
    who = {"agent": exercise.call.agent or tr("exercise.agent"), "client": tr("exercise.client")}
    with st.container(border=True, key="recorded_call"):
        for n, turn in enumerate(exercise.call.turns, start=1):
            st.markdown(f"`{n}` **{md_escape(who[turn.role])}:** {md_escape(turn.text)}")


def _form(exercise: Exercise, library) -> None:
    rubric = library.rubrics.get(exercise.rubric)
    options = ["pass", "fail"]
    labels = {v: tr(f"exercise.{v}") for v in options}  # built in the run (format_func may be called later)
    modes = {m: tr(f"mode.{m}") for m in ("practice", "test")}
    with st.form(key=f"sheet_{exercise.id}"):
        st.markdown(f"**{tr('exercise.sheet')}**")
        values = {}
        for grade in exercise.sheet:
            with st.container(border=True):
                verdict = st.radio(line_title(grade, rubric, lang()), options, index=None, horizontal=True,
                                   key=f"verdict_{grade.id}", format_func=labels.__getitem__)
                critical = st.checkbox(tr("exercise.critical"), key=f"critical_{grade.id}")
                comment = st.text_input(tr("exercise.comment"), key=f"comment_{grade.id}", max_chars=1000)
                values[grade.id] = {"verdict": verdict, "critical": critical, "comment": comment}
        written = ""
        if exercise.written is not None:
            written = st.text_area(exercise.written.prompt, key=f"written_{exercise.id}", max_chars=5000)
        mode = st.radio(tr("exercise.mode"), list(modes), horizontal=True, key="exercise_mode",
                        index=1 if st.query_params.get("mode") == "test" else 0,  # the catalogue's Test button
                        format_func=modes.__getitem__)
        submitted = st.form_submit_button(tr("exercise.submit"), type="primary")
    if submitted:
        try:
            attempt_id, result = get_service().submit_sheet(require_user(), exercise.id, values, written, mode)
        except PracticeError as exc:
            st.error(tr(exc.key, **exc.params))
            return
        st.session_state[RESULT_KEY] = (exercise.id, attempt_id, result)
        st.rerun()


def comparison(result: dict) -> None:
    """The comparison of a sheet with the lead's grading (also used for a stored attempt)."""
    verdict = tr("exercise.passed" if result["passed"] else "exercise.failed")
    st.subheader(tr("exercise.result", score=format_number(result["score"], lang()), verdict=verdict))
    st.markdown(md_escape(result["agreement"]["summary"]))
    grades = result["call_grade"]
    st.caption(tr("exercise.call_grade", mine=format_number(grades["trainee"], lang()),
                  lead=format_number(grades["lead"], lang())))
    if result["critical_failures"]:
        st.error(tr("exercise.critical_missed"))
    for item in result.get("non_answers") or []:  # keyword lists in the written text earn nothing
        st.warning(item["feedback"])
    for row in result["criteria"]:
        with st.container(border=True, key=f"line_{row['id']}"):
            if row["kind"] == "sheet":
                mine = tr(f"exercise.{row['trainee']}") if row.get("trainee") else "–"
                lead = tr(f"exercise.{row['lead']}")
                st.markdown(f"{ICON[row['result']]} **{md_escape(row['title'])}** · "
                            + tr("exercise.yours_vs_lead", mine=mine, lead=lead))
            else:
                st.markdown(f"{ICON.get(row['result'], '')} **{md_escape(row['title'])}** · {tr('exercise.written')}")
            st.markdown(md_escape(row.get("feedback") or ""))
            if row.get("comment"):
                st.caption(tr("exercise.your_comment", comment=row["comment"]))


def _debrief(exercise: Exercise, result: dict) -> None:
    """What the lead (or the colleague) says after the comparison, by its outcome."""
    words = exercise.debrief.get("passed" if result["passed"] else "failed")
    if words:
        with st.chat_message("user"):
            st.markdown(md_escape(words))


def _stored(user, service) -> dict | None:
    wanted = st.query_params.get("attempt")
    if not (wanted and str(wanted).isdigit()):
        return None
    try:
        info = service.store.get_attempt(user, int(wanted))
    except (NotFound, PermissionDenied):
        st.warning(tr("result.not_available"))
        return None
    return info.result if info.result and info.result.get("kind") == "exercise" else None


def render() -> None:
    user = require_user()
    library = get_library()
    st.title(tr("exercise.title"))
    stored = _stored(user, get_service())
    if stored is not None:
        exercise = library.exercises.get(stored["scenario"])
        if exercise is None:  # no longer in the library: the comparison alone
            comparison(stored)
            return
        st.subheader(exercise.title)
        left, right = st.columns([1, 1])
        with left:
            _call(exercise)
        with right:
            comparison(stored)
            _debrief(exercise, stored)
            if st.button(tr("exercise.again"), key="exercise_again"):
                goto("exercise", exercise=exercise.id)
        return
    exercise = _chosen(library)
    if exercise is None:
        return
    st.subheader(exercise.title)
    st.info(exercise.intro)
    done = st.session_state.get(RESULT_KEY)
    left, right = st.columns([1, 1])
    with left:
        _call(exercise)
    with right:
        if done is not None and done[0] == exercise.id:
            comparison(done[2])
            _debrief(exercise, done[2])
            if st.button(tr("exercise.again"), key="exercise_again"):
                st.session_state.pop(RESULT_KEY, None)
                st.rerun()
        else:
            _form(exercise, library)


PAGE = PageSpec(key="exercise", title_key="exercise.nav", render=render, icon=":material/fact_check:")
