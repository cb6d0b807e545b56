#!/usr/bin/env python3
"""Mutation testing of the functions that keep CounselDesk's rules (docs/testing.md).

Reads tests/mutate/targets.txt, and for every target makes each mutant in turn: a comparison
flipped (< and <=, > and >=, == and !=; in SQL text also != to =, AND to OR), && and || swapped,
a ! removed, an if condition negated, true and false swapped, or a replacement the target names.
For each mutant it writes the source, rebuilds the test binary the target names, runs only the
tests the target names (a Catch2 test spec) and counts the mutant killed when they fail (or time
out) and survived when they pass. The source is restored after every mutant, on Ctrl+C and on
any error; a copy kept in the build folder restores it even after a kill -9 (next run).

    tests/mutate/mutate.py [--build build] [--only RULE ...] [--list] [--report FILE]

Nothing of this runs in CI (.ci/run): `make mutate` runs it; a full run takes about 30 minutes.
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TARGETS = os.path.join(ROOT, "tests", "mutate", "targets.txt")
TEST_TIMEOUT = 600  # seconds; a mutant that hangs the tests counts as killed


class Target:
    def __init__(self, rule, path, scope, argument, binary, spec, lineno):
        self.rule, self.path, self.scope, self.argument = rule, path, scope, argument
        self.binary, self.spec, self.lineno = binary, spec, lineno


class Mutant:
    def __init__(self, target, line, start, end, replacement, description):
        self.target, self.line, self.start, self.end = target, line, start, end
        self.replacement, self.description = replacement, description
        self.result = None  # "killed", "survived", "timeout", "no build"


def read_targets():
    targets = []
    with open(TARGETS, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            fields = [p.strip() for p in re.split(r"\s\|\s", line)]
            if len(fields) != 5:
                sys.exit(f"{TARGETS}:{lineno}: expected 5 fields separated by " | ", got {len(fields)}")
            rule, path, where, binary, spec = fields
            scope, _, argument = where.partition(" ")
            if scope not in ("function", "line", "replace"):
                sys.exit(f"{TARGETS}:{lineno}: scope must be function, line or replace: {where}")
            targets.append(Target(rule, path, scope, argument.strip(), binary, spec, lineno))
    return targets


# ---- finding mutants -------------------------------------------------------------------------

def code_and_strings(line):
    """Splits a line into (start, end, is_string) spans; stops at a // comment outside strings."""
    spans, i, start, in_string = [], 0, 0, False
    while i < len(line):
        c = line[i]
        if in_string:
            if c == "\\":
                i += 2
                continue
            if c == '"':
                spans.append((start, i + 1, True))
                start, in_string = i + 1, False
        else:
            if line.startswith("//", i):
                break
            if c == "'":  # a character literal ('"' is no string)
                close = line.find("'", i + 2 if line.startswith("\\", i + 1) else i + 1)
                i = close + 1 if close > 0 else i + 1
                continue
            if c == '"':
                spans.append((start, i, False))
                start, in_string = i, True
        i += 1
    end = i if not in_string else len(line)
    spans.append((start, end, in_string))
    return [s for s in spans if s[1] > s[0]]


CODE_SWAPS = [(" <= ", " < "), (" >= ", " > "), (" < ", " <= "), (" > ", " >= "), (" == ", " != "),
              (" != ", " == "), (" && ", " || "), (" || ", " && ")]
SQL_SWAPS = [(" <= ", " < "), (" >= ", " > "), (" < ", " <= "), (" > ", " >= "), (" != ", " = "),
             (" AND ", " OR ")]
NEGATION = re.compile(r"(?<![\w)\]!=<>])!(?=[\w(*])")
BOOLEAN = re.compile(r"\b(true|false)\b")


def matching_paren(text, open_at):
    depth = 0
    for i in range(open_at, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def mutants_of_line(target, lines, index):
    text = lines[index]
    stripped = text.strip()
    if stripped.startswith("//") or stripped.startswith("for ("):  # loop bounds are no rules
        return []
    found = []
    for start, end, is_string in code_and_strings(text):
        segment = text[start:end]
        for old, new in (SQL_SWAPS if is_string else CODE_SWAPS):
            for m in re.finditer(re.escape(old), segment):
                at = start + m.start()
                # "<" of "<=" and ">" of ">=" are found by their own entries
                if old in (" < ", " > ") and text[at + len(old) - 1:at + len(old)] == "=":
                    continue
                found.append(Mutant(target, index, at, at + len(old), new, f"'{old.strip()}' -> '{new.strip()}'"))
        if is_string:
            continue
        for m in NEGATION.finditer(segment):
            at = start + m.start()
            found.append(Mutant(target, index, at, at + 1, "", "'!' removed"))
        for m in BOOLEAN.finditer(segment):
            at = start + m.start()
            flipped = "false" if m.group(1) == "true" else "true"
            found.append(Mutant(target, index, at, at + len(m.group(1)), flipped, f"{m.group(1)} -> {flipped}"))
        for m in re.finditer(r"\bif \(", segment):
            open_at = start + m.end() - 1
            close_at = matching_paren(text, open_at)
            if close_at < 0:
                continue  # a condition over several lines: its operators are mutated one by one
            condition = text[open_at + 1:close_at]
            # Only a bare condition ("if (ok)", "if (equals(a, b))"): where it has an operator or a
            # leading "!", flipping those already makes its negation. Not init-statements either.
            if ";" in condition or NEGATION.search(condition) or any(
                    old in condition for old, _ in CODE_SWAPS):
                continue
            found.append(Mutant(target, index, open_at + 1, close_at, f"!({condition})", "if condition negated"))
    return found


def function_lines(lines, signature):
    """Indexes of the lines of the function whose definition starts with `signature`."""
    starts = [i for i, l in enumerate(lines) if l.startswith(signature)]
    if len(starts) != 1:
        return None
    depth, seen_open = 0, False
    for i in range(starts[0], len(lines)):
        for span_start, span_end, is_string in code_and_strings(lines[i]):
            if is_string:
                continue
            for c in lines[i][span_start:span_end]:
                if c == "{":
                    depth, seen_open = depth + 1, True
                elif c == "}":
                    depth -= 1
        if seen_open and depth == 0:
            return list(range(starts[0], i + 1))
    return None


def find_mutants(target):
    path = os.path.join(ROOT, target.path)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    where = f"{TARGETS}:{target.lineno}"
    if target.scope == "function":
        indexes = function_lines(lines, target.argument)
        if indexes is None:
            sys.exit(f"{where}: no single function starting '{target.argument}' in {target.path}")
        return [m for i in indexes[1:] for m in mutants_of_line(target, lines, i)]
    if target.scope == "line":
        indexes = [i for i, l in enumerate(lines) if target.argument in l]
        if not indexes:
            sys.exit(f"{where}: no line holds '{target.argument}' in {target.path}")
        return [m for i in indexes for m in mutants_of_line(target, lines, i)]
    old, sep, new = target.argument.partition(" => ")
    if not sep:
        sys.exit(f"{where}: replace needs 'old => new'")
    new = "" if new == "(nothing)" else new
    found = []
    for i, l in enumerate(lines):
        at = l.find(old)
        if at >= 0:
            found.append(Mutant(target, i, at, at + len(old), new, f"'{old}' -> '{new or '(nothing)'}'"))
    if not found:
        sys.exit(f"{where}: no line holds '{old}' in {target.path}")
    return found


# ---- running them ----------------------------------------------------------------------------

class Sources:
    """Writes mutants and always puts the original back (a copy waits in the build folder)."""

    def __init__(self, build):
        self.stash = os.path.join(build, "mutate-stash")
        self.current = None  # (path, original bytes)

    def recover(self):
        """A previous run killed with -9 left a file mutated: put it back first."""
        if not os.path.isdir(self.stash):
            return
        for name in os.listdir(self.stash):
            with open(os.path.join(self.stash, name), "rb") as f:
                rel, _, content = f.read().partition(b"\0")
            print(f"mutate: restoring {rel.decode()} left mutated by an interrupted run")
            with open(os.path.join(ROOT, rel.decode()), "wb") as out:
                out.write(content)
            os.remove(os.path.join(self.stash, name))

    def write(self, mutant):
        path = os.path.join(ROOT, mutant.target.path)
        with open(path, "rb") as f:
            original = f.read()
        os.makedirs(self.stash, exist_ok=True)
        with open(os.path.join(self.stash, "file"), "wb") as f:
            f.write(mutant.target.path.encode() + b"\0" + original)
        self.current = (path, original)
        lines = original.decode("utf-8").split("\n")
        line = lines[mutant.line]
        lines[mutant.line] = line[:mutant.start] + mutant.replacement + line[mutant.end:]
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        return line.strip(), lines[mutant.line].strip()

    def restore(self):
        if self.current:
            path, original = self.current
            with open(path, "wb") as f:
                f.write(original)
            self.current = None
        stashed = os.path.join(self.stash, "file")
        if os.path.exists(stashed):
            os.remove(stashed)


def run(command, timeout=None, **kwargs):
    """Runs in its own process group, so a timeout ends the whole tree."""
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True, **kwargs)
    try:
        out, _ = proc.communicate(timeout=timeout)
        return proc.returncode, out.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return None, ""
    except BaseException:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise


def build(build_dir, binary, jobs):
    code, out = run(["cmake", "--build", build_dir, "-j", str(jobs), "--target", binary])
    return code == 0, out


def run_tests(build_dir, binary, spec):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return run([os.path.join(build_dir, "tests", binary), spec], timeout=TEST_TIMEOUT, env=env)


def check_baseline(build_dir, targets, jobs):
    """Every binary builds and every test spec selects tests that pass, before anything is mutated."""
    for binary in sorted({t.binary for t in targets}):
        ok, out = build(build_dir, binary, jobs)
        if not ok:
            sys.exit(f"mutate: {binary} does not build unmutated:\n{out[-3000:]}")
    for binary, spec in sorted({(t.binary, t.spec) for t in targets}):
        code, out = run([os.path.join(build_dir, "tests", binary), spec, "--list-test-names-only"])
        if not [l for l in out.splitlines() if l.strip() and not l.startswith("QStandardPaths")]:
            sys.exit(f"mutate: '{spec}' selects no test in {binary}")
        code, out = run_tests(build_dir, binary, spec)
        if code != 0:
            sys.exit(f"mutate: the unmutated tests '{spec}' of {binary} fail:\n{out[-3000:]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default="build", help="the CMake build folder (default: build)")
    parser.add_argument("--only", nargs="*", default=[], help="run only these rules (first column of targets.txt)")
    parser.add_argument("--list", action="store_true", help="list the mutants, change nothing")
    parser.add_argument("--report", help="also write the results to this file")
    parser.add_argument("--jobs", type=int, default=2, help="build jobs (default 2)")
    args = parser.parse_args()
    build_dir = os.path.abspath(args.build)

    targets = [t for t in read_targets() if not args.only or t.rule in args.only]
    mutants = [m for t in targets for m in find_mutants(t)]
    if args.list:
        for m in mutants:
            print(f"{m.target.rule:12} {m.target.path}:{m.line + 1}: {m.description}")
        print(f"{len(mutants)} mutants")
        return 0

    sources = Sources(build_dir)
    sources.recover()

    def interrupted(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupted)
    signal.signal(signal.SIGHUP, interrupted)

    print(f"mutate: {len(mutants)} mutants in {len(targets)} targets; checking the unmutated build first")
    check_baseline(build_dir, targets, args.jobs)
    began = time.monotonic()
    try:
        for n, m in enumerate(mutants, 1):
            try:
                m.before, m.after = sources.write(m)
                ok, _ = build(build_dir, m.target.binary, args.jobs)
                if not ok:
                    m.result = "no build"
                else:
                    code, _ = run_tests(build_dir, m.target.binary, m.target.spec)
                    m.result = "timeout" if code is None else "killed" if code != 0 else "survived"
            finally:
                sources.restore()
            print(f"[{n}/{len(mutants)}] {m.result:8} {m.target.rule:12} {m.target.path}:{m.line + 1}: "
                  f"{m.description}", flush=True)
    except KeyboardInterrupt:
        print("\nmutate: interrupted; the source is restored", file=sys.stderr)
        return 130
    finally:
        sources.restore()
        for binary in sorted({t.binary for t in targets}):
            build(build_dir, binary, args.jobs)  # the binaries match the source again

    minutes = (time.monotonic() - began) / 60
    counts = {r: sum(1 for m in mutants if m.result == r) for r in ("killed", "timeout", "survived", "no build")}
    report = [f"{len(mutants)} mutants in {minutes:.0f} min: {counts['killed']} killed, {counts['timeout']} timed "
              f"out (killed), {counts['survived']} survived, {counts['no build']} did not build", ""]
    survivors = [m for m in mutants if m.result == "survived"]
    report.append("Survivors:" if survivors else "No survivors.")
    for m in survivors:
        report.append(f"  {m.target.rule:12} {m.target.path}:{m.line + 1}: {m.description}  [{m.target.spec}]")
        report.append(f"      {m.before}")
        report.append(f"   -> {m.after}")
    print("\n" + "\n".join(report))
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            f.write("\n".join(report) + "\n\nAll mutants:\n")
            for m in mutants:
                f.write(f"  {m.result:8} {m.target.rule:12} {m.target.path}:{m.line + 1}: {m.description}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
