"""What the translation tests share: TAP output."""


class Tap:
    """Numbers the checks, prints them as TAP and counts the failures."""

    def __init__(self):
        self.count = 0
        self.failures = 0

    def report(self, ok, description, details=""):
        self.count += 1
        print(f"{'ok' if ok else 'not ok'} {self.count} - {description}")
        if not ok:
            self.failures += 1
            for line in details.strip().splitlines()[:60]:
                print(f"#   {line}")

    def finish(self):
        """Prints the plan; the exit status for the test."""
        print(f"1..{self.count}")
        return 1 if self.failures else 0
