"""The shipped lexicons pass ``tools/check_lexicons.py`` (types, sorted
lines, no surface form claimed by two entries of different types)."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_shipped_lexicons_are_consistent():
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "check_lexicons.py")],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "errors: 0;" in out.stdout
