"""The architecture is visible and enforced: the doc matches the tree, the import contract holds."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("architecture", ROOT / "scripts" / "architecture.py")
architecture = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(architecture)


def test_architecture_doc_is_generated_from_the_tree():
    assert (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8") == architecture.render(), (
        "docs/architecture.md is stale: run python scripts/architecture.py")


def test_every_module_has_one_line_with_a_docstring():
    doc = architecture.render()
    for path in sorted((ROOT / "trainer").rglob("*.py")):
        rel = path.relative_to(ROOT)
        if "versions" in rel.parts or (path.name == "__init__.py" and len(rel.parts) > 3):
            continue
        line = next((ln for ln in doc.splitlines() if ln.startswith(f"| `{rel}` |")), None)
        assert line is not None, f"{rel} missing from docs/architecture.md"
        assert "(no docstring)" not in line, f"{rel} has no module docstring"


def test_layer_packages_exist_and_no_flat_modules_are_left():
    flat = sorted(p.stem for p in (ROOT / "trainer").glob("*.py") if p.stem != "__init__")
    assert flat == ["conditions", "config", "i18n", "outcome", "yamlsource"]
    for package, _noun, _what in architecture.LAYERS:
        assert (ROOT / package.replace(".", "/") / "__init__.py").is_file()


def test_import_contract_holds():
    exe = str(Path(sys.executable).with_name("lint-imports"))
    out = subprocess.run([exe if Path(exe).exists() else "lint-imports", "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 broken" in out.stdout
