"""A bare Streamlit echo chat: the baseline for benchmarks/app_turn.py.

The same kinds of elements as the trainer's conversation page (chat messages with st.text, a chat
input), but the "client" just echoes the reply: what one chat turn costs in Streamlit itself.
"""

import streamlit as st

st.set_page_config(page_title="echo", layout="wide")
messages = st.session_state.setdefault("messages", [])
prompt = st.chat_input("Your message", key="reply")
if prompt:
    messages.append(("user", prompt))
    messages.append(("assistant", f"Echo: {prompt}"))
st.title("Echo")
for role, text in messages:
    with st.chat_message(role):
        st.text(text)
