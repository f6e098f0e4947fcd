"""Conversation page: chat, persona card, checklist and hints, literal text, limits, resume (AppTest)."""

from __future__ import annotations

import pytest
from conftest_storage import FIXTURE_HOME

from trainer.app import testing as apptest
from trainer.app.views.conversation import CHECK_ICON
from trainer.i18n import t
from trainer.onboarding.practice import MAX_REPLY_CHARS
from trainer.simulation.library import load_library

SID = "pension-late-et"


@pytest.fixture
def app_env(app_home):
    apptest.seed_users({"mari": "trainee"})
    return app_home


def answers():
    return next(e for e in load_library(FIXTURE_HOME).get(SID).examples if e.kind == "exemplary").answers


def start(mode="practice"):
    at = apptest.login(apptest.new_app())
    at.button(key=f"{mode}_{SID}").click().run()
    assert not at.exception and at.chat_input(key="reply")
    return at


def chat_texts(at):
    return [e.value for e in at.text]


def test_practice_chat_shows_turns_persona_checklist_and_hint(app_env):
    at = start()
    md = apptest.markdown(at)
    assert t("persona.unidentified", "et") in md
    assert CHECK_ICON["open"] + " " + t("stage.greeting", "et") in md
    assert [e.value for e in at.info] == [t("conversation.opening_hint", "et")]  # the step hint
    a = answers()
    apptest.send(at, a[0])
    assert [e.value for e in at.info] == [load_library(FIXTURE_HOME).get(SID).step("opening").hint]
    assert a[0] in chat_texts(at)
    assert len(at.chat_message) == 2  # agent + client
    md = apptest.markdown(at)
    assert CHECK_ICON["done"] + " " + t("stage.greeting", "et") in md and CHECK_ICON["open"] + " " + t("stage.identification", "et") in md
    assert t("persona.unidentified", "et") in md  # not identified yet: nothing personal
    assert "812,40" not in "\n".join(chat_texts(at))
    apptest.send(at, a[1])  # asks for the personal code -> the client gives it
    md = apptest.markdown(at)
    assert t("persona.unidentified", "et") not in md
    assert t("persona.synthetic", "et") in md and t("persona.code", "et") in md
    assert any("812,40" in line for line in chat_texts(at))  # private facts after identification
    assert CHECK_ICON["done"] + " " + t("stage.identification", "et") in md


def test_test_mode_hides_checklist_and_hints(app_env):
    at = start("test")
    md = apptest.markdown(at)
    assert t("checklist.title", "et") not in md
    assert not at.info  # no hint
    apptest.send(at, answers()[0])
    assert t("checklist.title", "et") not in apptest.markdown(at)
    assert t("mode.test", "et") in apptest.markdown(at)


def test_html_markdown_emoji_and_rtl_are_shown_literally(app_env):
    at = start()
    reply = "<b>bold</b> <script>alert(1)</script> **not bold** [link](http://x) 😊 שלום"
    apptest.send(at, reply)
    assert reply in chat_texts(at)
    assert not any("<b>" in e.value or "<script>" in e.value for e in at.markdown)


def test_long_paste_is_refused_with_the_message_and_empty_reply_too(app_env):
    at = start()
    apptest.send(at, "a" * (MAX_REPLY_CHARS + 500))
    assert [e.value for e in at.error] == [t("error.too_long", "et", max=MAX_REPLY_CHARS,
                                               length=MAX_REPLY_CHARS + 500)]
    assert len(at.chat_message) == 0  # nothing was sent
    apptest.send(at, "   ")
    assert [e.value for e in at.error] == [t("error.empty", "et")]
    apptest.send(at, answers()[0])
    assert not at.error and len(at.chat_message) == 2


def test_reload_and_server_restart_resume_the_conversation(app_env):
    at = start()
    a = answers()
    apptest.send(at, a[0])
    apptest.send(at, a[1])
    before = chat_texts(at)
    from trainer.app.common import reset_stores

    reset_stores()  # "restart the server": the store is opened again
    at2 = apptest.login(apptest.new_app())  # "reload the tab": a new session
    at2.button(key="continue").click().run()
    assert [x for x in chat_texts(at2) if x in before] == [x for x in before if x in chat_texts(at2)]
    assert a[0] in chat_texts(at2) and a[1] in chat_texts(at2)
    assert len(at2.chat_message) == 4
    apptest.play(at2, a[2:])
    assert [e.value for e in at2.title] == [t("result.title", "et")]


def test_end_button_shows_the_result(app_env):
    at = start()
    apptest.send(at, answers()[0])
    apptest.end_conversation(at)
    assert not at.exception
    assert [e.value for e in at.title] == [t("result.title", "et")]
    assert at.metric[0].value != "100 / 100"


def test_web_chat_opens_with_the_client_and_shows_the_response_time(app_env):
    chat = sorted(sid for sid, s in load_library(FIXTURE_HOME).scenarios.items() if s.channel == "chat")
    if not chat:
        pytest.skip("no web-chat scenario in the library")
    at = apptest.login(apptest.new_app())
    at.button(key=f"practice_{chat[0]}").click().run()
    assert not at.exception
    assert len(at.chat_message) == 1  # the client's opening message
    md = apptest.markdown(at)
    assert t("conversation.response.waiting", "et", seconds=0).split("0")[0] in md
    apptest.send(at, "Tere! Mari kuuleb, kuidas saan aidata?")
    assert t("conversation.response.waiting", "et", seconds=0).split("0")[0] in apptest.markdown(at) or (
        t("conversation.response.none", "et") in apptest.markdown(at))


def test_a_reply_reruns_only_the_chat_fragment(app_env):
    """In the browser a submitted reply reruns only the fragment of the chat input: that run alone
    renders the reply, the client's answer, the updated checklist and the persona card, and stores
    both turns; the page header, sidebar and navigation are not rerun."""
    apptest.enable_fragment_reruns()
    at = start()
    assert apptest.chat_input_fragment()
    a = answers()
    apptest.send_in_fragment(at, a[0])
    assert not at.exception
    assert not at.title and not at.sidebar.children  # nothing outside the fragment was rendered
    assert a[0] in chat_texts(at) and len(at.chat_message) == 2
    assert at.chat_message[-1].name == "assistant"
    md = apptest.markdown(at)
    assert CHECK_ICON["done"] + " " + t("stage.greeting", "et") in md
    apptest.send_in_fragment(at, a[1])  # the client gives the personal code: the card fills in
    assert t("persona.synthetic", "et") in apptest.markdown(at) and len(at.chat_message) == 4
    at.run()  # a full rerun (reload) shows the same, stored conversation
    assert [e.value for e in at.title] and a[1] in chat_texts(at) and len(at.chat_message) == 4
    apptest.play(at, a[2:])  # the last reply ends the conversation: the result page
    assert [e.value for e in at.title] == [t("result.title", "et")]


def test_fragment_rerun_after_the_attempt_was_replaced_reruns_the_page(app_env):
    """Another tab started a new attempt: the fragment rerun of the old tab shows the new one in full."""
    apptest.enable_fragment_reruns()
    at = start()
    other = apptest.login(apptest.new_app())
    other.button(key=f"test_{SID}").click().run()  # abandons the first attempt
    apptest.send_in_fragment(at, answers()[0])
    assert not at.exception
    assert [e.value for e in at.title] and t("mode.test", "et") in apptest.markdown(at)
    assert len(at.chat_message) == 0  # the reply was not played into the abandoned attempt


def test_ending_asks_for_confirmation_and_cancel_keeps_talking(app_env):
    at = start()
    apptest.send(at, answers()[0])
    at.button(key="end").click().run()
    assert not at.exception
    assert [e.value for e in at.warning] == [t("confirm.end", "et")]
    assert at.chat_input(key="reply")  # still the conversation, nothing scored
    at.button(key="end_cancel").click().run()
    assert not at.warning and at.button(key="end") and at.chat_input(key="reply")
    apptest.send(at, answers()[1])
    assert len(at.chat_message) == 4
    apptest.end_conversation(at)
    assert [e.value for e in at.title] == [t("result.title", "et")]


def test_an_over_long_paste_keeps_its_text(app_env):
    at = start()
    text = "Tere! " + "Sotsiaalkindlustusamet kuulab. " * 200
    assert len(text) > MAX_REPLY_CHARS
    apptest.send(at, text)
    assert [e.value for e in at.error] == [t("error.too_long", "et", max=MAX_REPLY_CHARS, length=len(text.strip()))]
    kept = [e.value for e in at.text_area]
    assert kept == [text]


def test_the_history_scrolls_itself_to_the_newest_message(app_env):
    at = start()
    apptest.send(at, answers()[0])

    def scrolling(node):
        proto = getattr(node, "proto", None)
        if proto is not None and hasattr(proto, "height_config") and proto.height_config.pixel_height:
            yield node
        for child in getattr(node, "children", {}).values():
            yield from scrolling(child)

    found = list(scrolling(at.main))
    assert len(found) == 1, "the chat history is one fixed-height, scrolling container"
    history = found[0]
    assert history.proto.autoscroll  # the browser keeps it scrolled to the newest message

    def messages(node):
        return sum(1 for c in getattr(node, "children", {}).values() if getattr(c, "type", "") == "chat_message") + \
            sum(messages(c) for c in getattr(node, "children", {}).values())

    assert messages(history) == len(at.chat_message) == 2


def test_a_system_event_is_on_the_screen_in_test_mode_too(app_env):
    sid = "invalid-code-et"
    if sid not in load_library().scenarios:
        pytest.skip("no invalid-code scenario")
    at = apptest.login(apptest.new_app())
    at.button(key=f"test_{sid}").click().run()
    replies = ["Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan aidata?",
               "Palun öelge oma isikukood, et saaksin Teid tuvastada."]
    for reply in replies:
        apptest.send(at, reply)
        if any("Süsteem" in e.value for e in at.warning):
            break
    warnings = [e.value for e in at.warning]
    assert any(t("system.title", "et") in w and "sellist isikukoodi ei ole" in w for w in warnings), warnings
    assert not any("Ärge avaldage" in w for w in warnings)  # the coaching part stays a practice-mode hint
    assert not at.info or all("Ärge avaldage" not in e.value for e in at.info)


LEAK = "Teie pension 812,40 eurot maksti välja 7. detsembril."


def test_practice_warns_the_moment_personal_data_goes_out_before_identification(app_env):
    at = start()
    apptest.send(at, "Tere, Sotsiaalkindlustusamet, Mari kuuleb.")
    assert not at.error
    apptest.send(at, LEAK)
    reply = t("review.reply_label", "et", n=2)
    alert = t("coach.alert.disclosed_before", "et", quote="812,40", turn=reply)
    assert [e.value.replace("\\", "") for e in at.error] == [alert]
    md = apptest.markdown(at)
    failed = f":gray[({t('coach.failed', 'et')})]"  # in words, not only a red icon
    assert f"{CHECK_ICON['failed']} {t('stage.identification', 'et')} {failed}" in md
    assert f"{CHECK_ICON['failed']} {t('coach.data_protection', 'et')} {failed}" in md
    assert f"{t('stage.closing', 'et')} :gray[({t('coach.at_end', 'et')})]" in md
    apptest.send(at, "Palun öelge oma isikukood.")  # too late: the warning and the failed state stay
    assert [e.value.replace("\\", "") for e in at.error] == [alert]
    assert f"{CHECK_ICON['failed']} {t('stage.identification', 'et')} {failed}" in apptest.markdown(at)


def test_test_mode_does_not_coach(app_env):
    at = start("test")
    apptest.send(at, "Tere, Sotsiaalkindlustusamet, Mari kuuleb.")
    apptest.send(at, LEAK)
    assert not at.error and t("coach.data_protection", "et") not in apptest.markdown(at)


def test_the_reply_shows_at_once_with_a_typing_indicator(app_env, monkeypatch):
    """The trainee's reply and "the client is typing" reach the browser before the client's answer is
    computed; afterwards the answer stands where the indicator was."""
    from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

    from trainer.onboarding.practice import PracticeService

    seen: list[list[str]] = []
    plain_send = PracticeService.send

    def send(self, *args, **kwargs):
        runner = get_script_run_ctx()._enqueue.__self__  # the forward messages sent so far in this run
        shown = []
        for msg in runner.forward_msgs():
            element = msg.delta.new_element if msg.HasField("delta") else None
            if element is not None and element.WhichOneof("type") in ("text", "markdown"):
                shown.append(getattr(element, element.WhichOneof("type")).body)
        seen.append(shown)
        return plain_send(self, *args, **kwargs)

    monkeypatch.setattr(PracticeService, "send", send)
    at = start()
    a = answers()
    apptest.send(at, "  " + a[0] + "  ")
    [before] = seen
    assert a[0] in before  # the reply, stripped as it is stored, already on the page
    typing = [x for x in before if t("coach.typing", "et") in x]
    assert typing and before.index(a[0]) < before.index(typing[0])
    assert chat_texts(at).count(a[0]) == 1 and len(at.chat_message) == 2  # one bubble each afterwards
    answer = chat_texts(at)[-1]
    assert answer != a[0] and answer not in before  # the client's answer came after the indicator
    assert t("coach.typing", "et") not in apptest.markdown(at)


def test_checklist_icons_are_hidden_from_screen_readers(app_env):
    at = start()
    apptest.send(at, answers()[0])
    [box] = [e.value for e in at.markdown if t("checklist.title", "et") in e.value]
    assert ":material/" not in box  # markdown icons are read as "check_circle icon"
    assert box.count('aria-hidden="true"') == 6  # one per stage, each followed by its state in words
    assert box.count(":gray[(") == 6


def test_the_warning_in_the_russian_ui_on_a_russian_call(app_env):
    from trainer.app.testing import FAST_HASHER, PASSWORD
    from trainer.onboarding.practice import PracticeService
    from trainer.storage import open_store

    store = open_store(password_hasher=FAST_HASHER)
    try:
        olga = store.create_user(store.system_actor(), "olga", PASSWORD, "trainee", display_name="Ольга",
                                 language="ru")
        PracticeService(store, load_library(FIXTURE_HOME)).start(olga, "pension-weekend-ru", "practice", seed=1)
    finally:
        store.close()
    at = apptest.login(apptest.new_app(), "olga")
    at.button(key="continue").click().run()
    apptest.send(at, "Здравствуйте, Департамент социального страхования, Мария слушает.")
    assert not at.error
    apptest.send(at, "Ваша пенсия 694,80 евро выплачена 7 декабря.")
    alert = t("coach.alert.disclosed_before", "ru", quote="694,80", turn=t("review.reply_label", "ru", n=2))
    assert [e.value.replace("\\", "") for e in at.error] == [alert]
    md = apptest.markdown(at)
    assert f"{CHECK_ICON['failed']} {t('stage.identification', 'ru')} :gray[({t('coach.failed', 'ru')})]" in md
