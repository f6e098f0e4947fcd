"""Status icons that screen readers skip: a Material Symbols glyph as an ``aria-hidden`` HTML span, so
the word written next to it ("tehtud", "ebaõnnestus") is its text alternative.

In Streamlit markdown ``:material/check_circle:`` becomes ``<span role="img" aria-label="check_circle
icon">``: a screen reader reads "check_circle icon" before the status, and copied text carries the
ligature name. Use :func:`icon` inside ``st.markdown(..., unsafe_allow_html=True)`` and always write the
status in words beside it; escape any other text that goes into that markdown.
"""

from __future__ import annotations

import html

#: text colours that read on the light theme (contrast >= 4.5:1 on white) and are not the only signal
COLORS = {"green": "#1b7a33", "red": "#c62828", "orange": "#a35200", "gray": "#5f6368"}
_STYLE = ("font-family:'Material Symbols Rounded';font-weight:normal;font-style:normal;font-size:1.1em;"
          "vertical-align:bottom;user-select:none;white-space:nowrap;color:{color}")


def icon(name: str, color: str = "gray") -> str:
    """A decorative Material Symbols glyph (``name`` like ``check_circle``) hidden from screen readers and
    from copied text."""
    style = _STYLE.format(color=COLORS.get(color, color))
    return (f'<span aria-hidden="true" translate="no" class="status-icon" style="{style}">'
            f'{html.escape(name)}</span>')
