"""What the app writes into the browser page besides Streamlit elements, once per full run: the pending
cookie change ("stay signed in"), the watcher that replaces Streamlit's English developer dialogs
(connection lost, page not found) by a short message in the user's language, the Back-button guard (a
page reached with Back that forwards to where the user came from, such as an ended conversation that
opens its result, is skipped), and the CSS of the phone layout. All of it goes into one hidden
container, so it takes no room on the page.
"""

from __future__ import annotations

import json

import streamlit as st

from trainer.app.common import tr, write_cookie

SCRIPTS_KEY = "trainer_scripts"
#: below this width (px) the page is laid out for a phone
PHONE_WIDTH = 640

# Streamlit's own dialogs are recognised by their (English) text; they are hidden and our message is
# shown instead. "Connection error" / "Is Streamlit still running?" / "not responding": the server is
# gone (restart, network); "Page not found": an address of a page this user does not have.
OFFLINE_MARKERS = ("Connection error", "Is Streamlit still running", "Streamlit server is not responding",
                   "Connection timed out", "Bad message format")
NOT_FOUND_MARKERS = ("Page not found",)

CSS = f"""<style>
.st-key-{SCRIPTS_KEY} {{ display: none; }}
#trainer-notice {{ position: fixed; top: 0.75rem; left: 50%; transform: translateX(-50%); z-index: 1000100;
  max-width: min(36rem, 92vw); padding: 0.75rem 1.25rem; border-radius: 0.5rem; font-size: 1rem;
  background: #fff4e5; color: #4a2c00; border: 1px solid #f0b35b; box-shadow: 0 2px 10px rgba(0,0,0,.15); }}
body:has(#trainer-notice) [data-testid="stStatusWidget"] {{ visibility: hidden; }}  /* its "CONNECTING" is English */
@media (max-width: {PHONE_WIDTH}px) {{
  /* conversation: the side panel (client card, checklist, hint) comes before the chat, and the chat
     is shorter, so the hint and the checklist sit right above the chat and its input */
  [data-testid="stHorizontalBlock"]:has(.st-key-chat_history) > [data-testid="stColumn"]:last-child {{ order: -1; }}
  [data-testid="stLayoutWrapper"]:has(> .st-key-chat_history), .st-key-chat_history {{ max-height: 45vh !important; }}
}}
</style>"""

_WATCHER = """<script>(function(){
var w = window; w.__trainerNotice = %(texts)s;
if (w.__trainerWatching) { return; } w.__trainerWatching = true;
var OFFLINE = %(offline)s, NOT_FOUND = %(not_found)s;
function has(text, markers) { return markers.some(function (m) { return text.indexOf(m) >= 0; }); }
function notice(text) {
  var box = document.getElementById('trainer-notice');
  if (!text) { if (box) { box.remove(); } return; }
  if (!box) { box = document.createElement('div'); box.id = 'trainer-notice'; box.setAttribute('role', 'alert');
              document.body.appendChild(box); }
  if (box.textContent !== text) { box.textContent = text; }
}
var notFoundUntil = 0;
function check() {
  var offline = false;
  document.querySelectorAll('[role="dialog"]').forEach(function (d) {
    var text = d.textContent || '';
    var lost = has(text, OFFLINE), missing = has(text, NOT_FOUND);
    if (!lost && !missing) { return; }
    var root = d.closest('[data-baseweb="modal"]') || d;
    if (root.style.display !== 'none') { root.style.display = 'none'; }
    if (lost) { offline = true; } else { notFoundUntil = Date.now() + 6000; setTimeout(check, 6100); }
  });
  notice(offline ? w.__trainerNotice.offline : (Date.now() < notFoundUntil ? w.__trainerNotice.not_found : ''));
}
var queued = false;  /* at most one check per 100 ms, however busy the page is */
new MutationObserver(function () {
  if (!queued) { queued = true; setTimeout(function () { queued = false; check(); }, 100); }
}).observe(document.body, {childList: true, subtree: true});
check();
/* Back must not loop: a page reached with Back that sends the user straight on to the page they came
   from (an ended conversation opens its result) is skipped, one more step back instead. */
var here = location.pathname, popped = null;
window.addEventListener('popstate', function () {
  popped = {from: here, to: location.pathname, at: Date.now()}; here = location.pathname;
});
['pointerdown', 'keydown'].forEach(function (kind) {
  window.addEventListener(kind, function () { popped = null; }, true);  /* the user did something */
});
var push = history.pushState, replace = history.replaceState;
history.pushState = function (state, title, url) {
  var target = url ? new URL(url, location.href).pathname : location.pathname;
  if (popped && Date.now() - popped.at < 30000 && target === popped.from && location.pathname === popped.to) {
    popped = null; history.back(); return;
  }
  popped = null; here = target;
  return push.apply(history, arguments);
};
history.replaceState = function (state, title, url) {
  if (url) { here = new URL(url, location.href).pathname; }
  return replace.apply(history, arguments);
};
})();</script>"""


def watcher_script() -> str:
    """The script that hides Streamlit's English dialogs and shows our message (in the user's language)."""
    texts = {"offline": tr("session.offline"), "not_found": tr("session.page_not_found")}
    return _WATCHER % {"texts": json.dumps(texts, ensure_ascii=False), "offline": json.dumps(OFFLINE_MARKERS),
                       "not_found": json.dumps(NOT_FOUND_MARKERS)}


def page_extras() -> None:
    """Write the CSS, the dialog watcher and a pending cookie change into the page (hidden)."""
    st.html(CSS)
    with st.container(key=SCRIPTS_KEY):
        st.html(watcher_script(), unsafe_allow_javascript=True)
        cookie = write_cookie()
        if cookie:
            st.html(cookie, unsafe_allow_javascript=True)


def is_phone() -> bool:
    """Whether the browser says it is a phone (``Mobi`` in its User-Agent, as MDN recommends); the
    server cannot see the window width, so phone-first defaults (collapsed filters) use this."""
    try:
        agent = st.context.headers.get("User-Agent") or ""
    except Exception:  # noqa: BLE001 - no request context (bare mode, AppTest)
        return False
    return "Mobi" in agent
