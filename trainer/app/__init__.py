"""The Streamlit app: ``trainer/app/main.py`` is the entry point; one module per page in ``views/`` (not ``pages/``: Streamlit would treat that folder as v1 multipage pages)."""
