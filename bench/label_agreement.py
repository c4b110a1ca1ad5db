"""Agreement of two labellers on reasons, and of the classifier's first pass with each.

A second careful labeller (B) labelled the reply texts of some tables blind, with the same
conventions (tests/data/inbound/README.md, docs/inbound.md), without seeing the tables'
labels (A) or the classifier's answers. Two studies (`--study`):
- session5: tests/data/inbound/second-labels/session5-q4-sw3.json, where `q4-007` is
  `test_quoted_texts_4.CASES[7]` and `sw3-012` is `test_software_texts_3.CASES[12]`;
- session11: second-labels/session11-q14-q16-sw9.json over quoted rounds 14, 15 and 16 and
  software round 9 (`q15-003`, `sw9-021`, ...).
Labels are `{id: {"reason", "sure"}}`.

This script reads the two tables as source (ast.literal_eval of `CASES`; no import of the
project, standard library only), A's labels and the classifier's first-pass answers as frozen
in second-labels/<study>-first-pass.json (written from the tables' labels and the
first-pass classifier's answers before any fix), and prints:

- A-B agreement on reason: overall, on B's "sure" and "unsure" texts, per table, and by
  both labellers' confidence (A's "uncertain"/"unsure" comment right above a case);
- the disagreements by label pair (A -> B) with counts, and by unordered pair;
- agreement on `hard` (userunknown, hostunknown, hasmoved, and notaccept with a 5xx code);
- Cohen's kappa on reason and on hard (computed here);
- the classifier's first-pass answer per text against A and against B, and the three-way
  cases.

Usage (from the repository root):
    python bench/label_agreement.py [--study session5|session11] [--labels PATH] [--examples N]
"""

from __future__ import annotations

import argparse
import ast
import json
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SECOND = ROOT / "tests" / "data" / "inbound" / "second-labels"
TESTS = ROOT / "tests" / "inbound"
# Per study: labeller B's file and the tables (short name -> source). Labeller A's labels
# and the classifier's answers as they were at the first pass are in
# "<study>-first-pass.json" (written before any fix): later fixes take cases off
# KNOWN_MISSES and may correct a label, and the study is of the first pass.
STUDIES = {
    "session5": (
        SECOND / "session5-q4-sw3.json",
        {"q4": TESTS / "test_quoted_texts_4.py", "sw3": TESTS / "test_software_texts_3.py"},
    ),
    "session11": (
        SECOND / "session11-q14-q16-sw9.json",
        {
            "q14": TESTS / "test_quoted_texts_14.py",
            "q15": TESTS / "test_quoted_texts_15.py",
            "q16": TESTS / "test_quoted_texts_16.py",
            "sw9": TESTS / "test_software_texts_9.py",
        },
    ),
}
HARD = {"userunknown", "hostunknown", "hasmoved"}


def literal(path: Path, name: str) -> Any:
    """The literal value assigned to a module-level `name` in a Python source file."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                assert node.value is not None
                return ast.literal_eval(node.value)
    raise KeyError(f"{name} not found in {path}")


def unsure_cases(path: Path) -> list[bool]:
    """Per case of `CASES`, whether the comment block right above it says the label is unsure.

    The tables mark an uncertain label with a comment containing "uncertain" or "unsure"
    directly above the case (possibly under a source comment).
    """
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    for node in ast.parse(source).body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "CASES"
            and isinstance(node.value, ast.List)
        ):
            flags = []
            for element in node.value.elts:
                above, i = [], element.lineno - 2
                while i >= 0 and lines[i].strip().startswith("#"):
                    above.append(lines[i].lower())
                    i -= 1
                flags.append(any("uncertain" in x or "unsure" in x for x in above))
            return flags
    raise KeyError(f"CASES not found in {path}")


def is_hard(reason: str, code: int) -> bool:
    """The `hard` flag the conventions derive from a reason and the reply code."""
    return reason in HARD or (reason == "notaccept" and 500 <= code < 600)


def kappa(pairs: list[tuple[Any, Any]]) -> float:
    """Cohen's kappa of two raters' labels, given as (a, b) pairs."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    count_a = Counter(a for a, _ in pairs)
    count_b = Counter(b for _, b in pairs)
    expected = sum(count_a[k] * count_b[k] for k in count_a) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def pct(part: int, whole: int) -> str:
    """`part/whole = xx.x%`."""
    return f"{part}/{whole} = {100 * part / whole:.1f}%" if whole else "0/0"


def load(labels_path: Path, tables: dict[str, Path], frozen_path: Path) -> list[dict[str, Any]]:
    """One row per labelled text: id, table, code, text, A, B, sure, classifier answer."""
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    cases = {t: literal(p, "CASES") for t, p in tables.items()}
    frozen = json.loads(frozen_path.read_text(encoding="utf-8"))
    a_unsure = {t: unsure_cases(p) for t, p in tables.items()}
    rows = []
    for key, b in labels.items():
        table, index = key.split("-")
        family, code, _enhanced, text, _label_now = cases[table][int(index)]
        a, classifier = frozen[key]["a"], frozen[key]["classifier"]
        formats = frozen[key]["formats"]
        rows.append(
            {
                "id": key,
                "table": table,
                "family": family,
                "code": code,
                "text": text,
                "a": a,
                "b": b["reason"],
                "sure": b["sure"],
                "a_sure": not a_unsure[table][int(index)],
                "c": classifier,
                "c_formats": formats,
            }
        )
    return rows


def short(text: str, width: int = 90) -> str:
    """A reply text cut to one line."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def report(rows: list[dict[str, Any]], tables: list[str], examples: int) -> None:
    """Print every number of the agreement study."""
    n = len(rows)
    agree = [r for r in rows if r["a"] == r["b"]]
    sizes = ", ".join(f"{t} {sum(r['table'] == t for r in rows)}" for t in tables)
    print(f"texts: {n} ({sizes})")
    print(f"A-B reason agreement: {pct(len(agree), n)}")
    for sure, name in ((True, "sure"), (False, "unsure")):
        part = [r for r in rows if r["sure"] is sure]
        print(f"  B {name:6}: {pct(sum(r['a'] == r['b'] for r in part), len(part))}")
    for table in tables:
        part = [r for r in rows if r["table"] == table]
        print(f"  table {table:4}: {pct(sum(r['a'] == r['b'] for r in part), len(part))}")
    for a_sure, b_sure in ((True, True), (True, False), (False, True), (False, False)):
        part = [r for r in rows if r["a_sure"] is a_sure and r["sure"] is b_sure]
        name = f"A {'sure' if a_sure else 'uncertain'}, B {'sure' if b_sure else 'unsure'}"
        print(f"  {name:26}: {pct(sum(r['a'] == r['b'] for r in part), len(part))}")
    print(f"Cohen's kappa (reason): {kappa([(r['a'], r['b']) for r in rows]):.3f}")

    hard_pairs = [(is_hard(r["a"], r["code"]), is_hard(r["b"], r["code"])) for r in rows]
    print(f"A-B hard agreement: {pct(sum(a == b for a, b in hard_pairs), n)}")
    print(
        f"  hard by A: {sum(a for a, _ in hard_pairs)}, by B: {sum(b for _, b in hard_pairs)}, "
        f"both: {sum(a and b for a, b in hard_pairs)}"
    )
    print(f"Cohen's kappa (hard): {kappa(hard_pairs):.3f}")

    off = [r for r in rows if r["a"] != r["b"]]
    print(f"\nDisagreements by unordered pair ({len(off)}):")
    unordered = Counter(tuple(sorted((r["a"], r["b"]))) for r in off)
    for (x, y), count in unordered.most_common():
        print(f"  {count:3}  {x} / {y}")
    print("\nDisagreements A -> B, with examples:")
    ordered = Counter((r["a"], r["b"]) for r in off)
    for (a, b), count in ordered.most_common():
        print(f"  {count:3}  A {a} -> B {b}")
        for r in [r for r in off if (r["a"], r["b"]) == (a, b)][:examples]:
            sure = ("A sure" if r["a_sure"] else "A uncertain") + (
                ", B sure" if r["sure"] else ", B unsure"
            )
            print(f"         {r['id']} [{r['family']} {r['code']}] ({sure}) {short(r['text'])}")

    print("\nClassifier first pass (as frozen at the first pass):")
    partial = [r["id"] for r in rows if r["c_formats"] not in ("", "both formats")]
    if partial:
        print(f"  (missed in one format only, counted as a miss: {', '.join(partial)})")
    for table in (*tables, None):
        part = [r for r in rows if table is None or r["table"] == table]
        name = table or "all"
        with_a = pct(sum(r["c"] == r["a"] for r in part), len(part))
        with_b = pct(sum(r["c"] == r["b"] for r in part), len(part))
        either = pct(sum(r["c"] in (r["a"], r["b"]) for r in part), len(part))
        print(f"  {name:4} vs A {with_a:18} vs B {with_b:18} vs A or B {either}")
    sure = [r for r in rows if r["sure"]]
    print(
        f"  on B-sure texts: vs A {pct(sum(r['c'] == r['a'] for r in sure), len(sure))}, "
        f"vs B {pct(sum(r['c'] == r['b'] for r in sure), len(sure))}"
    )
    print(
        f"  on texts where A = B: {pct(sum(r['c'] == r['a'] for r in agree), len(agree))}; "
        f"kappa C-B {kappa([(r['c'], r['b']) for r in rows]):.3f}, "
        f"C-A {kappa([(r['c'], r['a']) for r in rows]):.3f}"
    )
    groups = {
        "A = B = C": [r for r in rows if r["a"] == r["b"] == r["c"]],
        "A = B, C differs": [r for r in rows if r["a"] == r["b"] != r["c"]],
        "C = B, A differs": [r for r in rows if r["c"] == r["b"] != r["a"]],
        "C = A, B differs": [r for r in rows if r["c"] == r["a"] != r["b"]],
        "all three differ": [r for r in rows if len({r["a"], r["b"], r["c"]}) == 3],
    }
    print("\nThree-way (A original, B second labeller, C classifier):")
    for name, part in groups.items():
        print(f"  {name:17} {len(part):3}")
    for name in ("C = B, A differs", "all three differ"):
        print(f"\n{name}:")
        for r in groups[name]:
            print(f"  {r['id']:8} A {r['a']:15} B {r['b']:15} C {r['c']:15} {short(r['text'], 60)}")


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--study", choices=sorted(STUDIES), default="session5")
    parser.add_argument("--labels", type=Path, help="labeller B's JSON file (the study's)")
    parser.add_argument("--examples", type=int, default=3, help="examples per label pair")
    args = parser.parse_args()
    labels, tables = STUDIES[args.study]
    frozen = SECOND / f"{args.study}-first-pass.json"
    report(load(args.labels or labels, tables, frozen), list(tables), args.examples)


if __name__ == "__main__":
    main()
