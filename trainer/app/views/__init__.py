"""App pages (views): each module defines ``PAGE = PageSpec(...)``, registered in ``trainer/app/main.py``."""
