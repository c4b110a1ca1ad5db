"""Would the text model help beyond its fallback scope? Leave-one-source-out, first passes.

Usage: PYTHONPATH=src:. python bench/reason_model_scope.py   (needs `make train-deps`)

Each held-out table (and unseen-8) meets its first-pass classifier (reason_model_train's
FIRST_PASS commits) and a model trained without it; reason_model_train.SCOPES say where the
model's answer replaces the classifier's, THRESHOLDS how sure it must be (a lower bar for
soft reasons, a higher one for those that make the bounce hard). Prints reason accuracy,
hard accuracy and soft bounces wrongly called hard for each.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reason_model_train import first_pass_sets, grid, load


def main() -> int:
    """Print one line per scope and (soft, hard) threshold pair."""
    print(grid(first_pass_sets(load()), 10.0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
