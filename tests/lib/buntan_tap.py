"""TAP output for the Python tests, written once (meson reads TAP; every test
used to print its own plan, numbers and diagnostics).

Two ways to use it:
- checks one after another: ``tap = Tap()``, ``tap.check(name, condition,
  detail)`` as often as needed, then ``sys.exit(tap.done())``;
- a list of test functions that raise on failure: ``sys.exit(run(TESTS))``.
  A function that returns a string starting with "SKIP" is reported skipped.
- unittest TestCase classes: ``sys.exit(run_cases(SomeTest, OtherTest))``;
  each test method is a check, and so is each failing subTest.

The plan ("1..N") comes last, so a test may decide its checks as it goes.
A test with nothing to run at all calls ``skip_all(reason)``.

Import it with tests/lib on the path (and no bytecode in the source tree):
    sys.dont_write_bytecode = True
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
"""

import sys
import traceback
import unittest

# A failing check's detail can be a whole tool's output; enough to see why.
DETAIL_LINES = 200


def diagnostic(detail):
    """Prints detail (text, or anything printable) as TAP comment lines."""
    lines = str(detail).splitlines()
    for line in lines[:DETAIL_LINES]:
        print(f"# {line}")
    if len(lines) > DETAIL_LINES:
        print(f"# … {len(lines) - DETAIL_LINES} more lines")


class Tap:
    """Numbers the checks, prints them as TAP and counts the failures."""

    def __init__(self):
        self.count = 0
        self.failed = 0

    def check(self, name, condition, detail=""):
        """One check; the detail is printed only when it fails. Returns condition."""
        self.count += 1
        if condition:
            print(f"ok {self.count} - {name}")
        else:
            self.failed += 1
            print(f"not ok {self.count} - {name}")
            if detail not in ("", None):
                diagnostic(detail)
        sys.stdout.flush()
        return condition

    def skip(self, name, reason):
        self.count += 1
        print(f"ok {self.count} - {name} # SKIP {reason}")

    def todo(self, name, reason):
        """A known gap: meson counts it as an expected failure, not as a pass."""
        self.count += 1
        print(f"not ok {self.count} - {name} # TODO {reason}")

    def done(self):
        """Prints the plan; returns the test's exit status."""
        print(f"1..{self.count}")
        return 1 if self.failed else 0


def skip_all(reason):
    """The whole test cannot run here (a tool is missing): says so, exits 0."""
    print(f"1..0 # SKIP {reason}")
    sys.exit(0)


def test_name(test):
    """test_joint_cells → joint-cells."""
    name = test.__name__
    return (name[5:] if name.startswith("test_") else name).replace("_", "-")


def run(tests):
    """Runs test functions, each a check of its own: one that raises fails
    with its traceback as diagnostics and the others still run. Entries are
    functions or (name, function) pairs. Returns the exit status."""
    tap = Tap()
    for entry in tests:
        name, test = entry if isinstance(entry, tuple) else (test_name(entry), entry)
        try:
            outcome = test()
        except Exception:  # report every failure, then go on
            tap.check(name, False, traceback.format_exc())
            continue
        if isinstance(outcome, str) and outcome.startswith("SKIP"):
            tap.skip(name, outcome[4:].strip())
        else:
            tap.check(name, True)
    return tap.done()


def case_name(test):
    """__main__.ChecklistTest.test_import → ChecklistTest.test_import."""
    return test.id().split(".", 1)[-1] if test.id().startswith("__main__.") else test.id()


class _TapResult(unittest.TestResult):
    """Reports each test as it ends, instead of unittest's own summary."""

    def __init__(self, tap):
        super().__init__()
        self.tap = tap

    def _fail(self, test, err):
        self.tap.check(case_name(test), False, "".join(traceback.format_exception(*err)))

    def addSuccess(self, test):
        super().addSuccess(test)
        self.tap.check(case_name(test), True)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._fail(test, err)

    def addError(self, test, err):
        super().addError(test, err)
        self._fail(test, err)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            self._fail(subtest, err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self.tap.skip(case_name(test), reason)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self.tap.todo(case_name(test), "expected failure")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self.tap.check(case_name(test), False, "expected to fail, but passed")


def run_cases(*cases):
    """Runs unittest TestCase classes (their class fixtures too) as TAP:
    a failure or error, including one in setUpClass, fails with its
    traceback as diagnostics. A run without a single test fails rather than
    passing empty. Returns the exit status."""
    tap = Tap()
    suite = unittest.TestSuite(unittest.defaultTestLoader.loadTestsFromTestCase(case)
                               for case in cases)
    suite.run(_TapResult(tap))
    if tap.count == 0:
        tap.check("at least one test ran", False, f"no tests in {[c.__name__ for c in cases]}")
    return tap.done()
