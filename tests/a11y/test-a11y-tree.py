#!/usr/bin/python3
"""Walks the accessibility tree of the real buntan window, as a screen reader sees it.

Starts itself again under dbus-run-session (whose bus starts the AT-SPI bus
on demand) and xvfb-run, starts src/buntan on the sample project with the
AT-SPI bridge on, reads the window's accessible tree over the accessibility
bus with pyatspi, and checks:

  - no interactive element (buttons, toggles, dropdowns, check boxes, text
    fields, spin buttons, focusable list items, tabs, menu items) is nameless:
    an empty name, or GTK's fallback of the widget's type name ("GtkToggleButton"),
    counts as none;
  - no name reads out a mnemonic underscore ("_Open") or says itself twice;
  - the responsibility matrix preview names its marks (Lead, Supporting), not ◎ ○;
  - the summary chart has a name and a description with the numbers;
  - the parties dialog, the primary menu and a new (empty) window obey the
    same rules;
  - every control that Tab reaches from the start of the window has a name.

With BUNTAN_A11Y_FOLDED=WIDTHxHEIGHT (meson's a11y-tree-folded) the window
is that small, so the detail pane folds away before it is ever shown: the
test brings it over the list with its toggle, as a user does, and checks the
names of everything then on screen (GTK 4.8 left the controls of a pane
folded before it was shown nameless).

Prints TAP; skips when python3-pyatspi, at-spi2-core, dbus-run-session or
xvfb-run is missing. Offending elements are printed with their path.
Usage: test-a11y-tree.py [BUNTAN]   (default: $BUNTAN_BUILD_ROOT/src/buntan)
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import buntan_tap  # noqa: E402

SOURCE_ROOT = os.environ.get("BUNTAN_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "..", ".."))
BUILD_ROOT = os.environ.get("BUNTAN_BUILD_ROOT", "")
SAMPLE = os.path.join(SOURCE_ROOT, "data", "examples", "sample.buntan")
FOLDED = os.environ.get("BUNTAN_A11Y_FOLDED", "")
INNER = "--inside-session"


skip = buntan_tap.skip_all


# G_DEBUG=fatal-warnings is for buntan: libatspi warns about applications that
# come and go on the bus, which must not abort this reader.
BUNTAN_G_DEBUG = os.environ.pop("G_DEBUG", None)

try:
    import gi

    gi.require_version("Atspi", "2.0")
    from gi.repository import GLib
    import pyatspi
except (ImportError, ValueError) as error:
    skip(f"python3-pyatspi is not installed ({error})")

if not any(os.path.exists(p) for p in ("/usr/libexec/at-spi-bus-launcher",
                                       "/usr/lib/at-spi2-core/at-spi-bus-launcher")) \
        and shutil.which("at-spi-bus-launcher") is None:
    skip("at-spi2-core (at-spi-bus-launcher) is not installed")


def run_inside_session():
    """Runs this script again on a private session bus and display. The
    bus's helpers (the AT-SPI registry) write to its standard output, so the
    child's output is relayed with anything that is not TAP made a comment."""
    for tool in ("dbus-run-session", "xvfb-run"):
        if shutil.which(tool) is None:
            skip(f"{tool} is not installed")
    env = dict(os.environ)
    if BUNTAN_G_DEBUG is not None:
        env["G_DEBUG"] = BUNTAN_G_DEBUG
    child = subprocess.Popen(
        ["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
         sys.executable, os.path.abspath(__file__), INNER] + sys.argv[1:],
        env=env, stdout=subprocess.PIPE, text=True)
    for line in child.stdout:
        if not re.match(r"^(ok |not ok |1\.\.|#|Bail out!)", line):
            line = "# " + line
        print(line, end="", flush=True)
    sys.exit(child.wait())


if len(sys.argv) < 2 or sys.argv[1] != INNER:
    run_inside_session()
ARGS = sys.argv[2:]

if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") or not os.environ.get("DISPLAY"):
    print("Bail out! no session bus or no display inside dbus-run-session and xvfb-run")
    sys.exit(1)

BUNTAN = ARGS[0] if ARGS else os.path.join(BUILD_ROOT, "src", "buntan")
if not os.path.exists(BUNTAN):
    print(f"Bail out! {BUNTAN} does not exist")
    sys.exit(1)

# build-aux/test-sanitizers makes everything slower and says by how much.
SCALE = max(1, int(os.environ.get("BUNTAN_TEST_TIMEOUT_SCALE", "1")))
# libatspi gives up on a call the application has not answered in 800 ms (15 s
# while it starts); under the sanitizers building a page takes longer.
pyatspi.setTimeout(800 * SCALE, 15000 * SCALE)

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_LINK, pyatspi.ROLE_LIST_ITEM,
}
# GTK 4.8 names a widget nothing names after its type.
TYPE_NAME = re.compile(r"^(Gtk|Adw|Buntan)[A-Z]\w*$")
MNEMONIC = re.compile(r"(^|[\s(（])_\w")

tap = buntan_tap.Tap()


def report(ok, description, details=()):
    tap.check(description, ok, "\n".join(str(line) for line in details))


def pump(seconds=0.0):
    """Lets the accessibility events in: pyatspi listens on GLib's main context."""
    context = GLib.MainContext.default()
    deadline = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if time.monotonic() >= deadline:
            return
        time.sleep(0.02)


class Node:
    __slots__ = ("acc", "role", "role_name", "name", "description", "states", "path")

    def __init__(self, acc, path):
        self.acc = acc
        self.role = acc.getRole()
        self.role_name = acc.getRoleName()
        self.name = acc.name or ""
        self.description = acc.description or ""
        self.states = acc.getState()
        self.path = path


def walk(acc, path=""):
    """Every accessible under acc, depth first, with a readable path."""
    nodes = []
    stack = [(acc, path or acc.getRoleName())]
    while stack:
        current, current_path = stack.pop()
        try:
            node = Node(current, current_path)
        except Exception:  # a row recycled while we read it
            continue
        nodes.append(node)
        children = []
        for i in range(current.childCount):
            child = current.getChildAtIndex(i)
            if child is None:
                continue
            label = f"{child.getRoleName()}[{i}]"
            if child.name:
                label += f" '{child.name[:40]}'"
            children.append((child, f"{current_path} / {label}"))
        stack.extend(reversed(children))
    return nodes


def is_nameless(node):
    name = node.name.strip()
    return name == "" or TYPE_NAME.match(name) is not None


def misread(node):
    name = node.name.strip()
    words = name.split(" ")
    half = len(words) // 2
    doubled = len(words) % 2 == 0 and half > 0 and words[:half] == words[half:]
    return MNEMONIC.search(name) is not None or doubled


def check_names(nodes, where):
    interactive = [n for n in nodes if n.role in INTERACTIVE
                   and (n.role != pyatspi.ROLE_LIST_ITEM
                        or n.states.contains(pyatspi.STATE_FOCUSABLE))]
    nameless = [n for n in interactive if is_nameless(n)]
    report(len(interactive) > 0 and not nameless,
           f"{where}: all {len(interactive)} interactive elements have a name",
           [f"{n.role_name} named {n.name!r}: {n.path}" for n in nameless[:40]]
           + ([f"... and {len(nameless) - 40} more"] if len(nameless) > 40 else []))
    wrong = [n for n in interactive if not is_nameless(n) and misread(n)]
    report(not wrong, f"{where}: no name reads out a mnemonic or repeats itself",
           [f"{n.role_name} named {n.name!r}: {n.path}" for n in wrong[:40]])


def find(nodes, predicate):
    return next((n for n in nodes if predicate(n)), None)


def wait_for(predicate, seconds=20, what="something"):
    """Polls predicate until it returns something true. A call the application
    did not answer in time (GLib.Error) counts as not yet."""
    deadline = time.monotonic() + seconds * SCALE
    last_error = None
    while time.monotonic() < deadline:
        pump(0.1)
        try:
            result = predicate()
        except GLib.Error as error:
            last_error = error
            continue
        if result:
            return result
    raise TimeoutError(f"gave up waiting for {what}"
                       + (f" (last error: {last_error.message})" if last_error else ""))


def application_of(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def toplevels(app):
    return [app.getChildAtIndex(i) for i in range(app.childCount)
            if app.getChildAtIndex(i) is not None]


def click_action(node):
    """The click action of node, or of the first thing inside it that can be
    clicked (a menu button is a box around a toggle button), as (action,
    index); None if there is none, or if node has left the bus meanwhile."""
    for candidate in walk(node.acc, node.path):
        try:
            action = candidate.acc.queryAction()
            for i in range(action.nActions):
                if action.getName(i) in ("click", "press", "activate", "toggle"):
                    return action, i
        except Exception:  # no Action interface, or an accessible gone from the bus
            continue
    return None


def do_action(node, description):
    """Clicks node (see click_action)."""
    found = click_action(node)
    if found is None:
        raise AssertionError(f"{description} has no click action")
    action, i = found
    action.doAction(i)


def click_tab(tab_lists, name):
    """Clicks the page tab named name and waits until it is the selected one.
    The tabs are read afresh from tab_lists (the view switchers), and waited
    for: a slow process (under the sanitizers) may still be settling its
    header. There is a switcher for each width and GTK reports no "showing"
    state, so every tab of that name is clicked; the hidden ones ignore it."""
    def tabs_named():
        return [n for tab_list in tab_lists for n in walk(tab_list.acc, tab_list.path)
                if n.role == pyatspi.ROLE_PAGE_TAB and n.name == name]

    def clickable_tabs():
        return [found for found in map(click_action, tabs_named()) if found is not None]

    for action, i in wait_for(clickable_tabs, 10, f"the {name} tab with a click action"):
        action.doAction(i)
    wait_for(lambda: any(n.states.contains(pyatspi.STATE_SELECTED) for n in tabs_named()),
             10, f"the {name} tab to be selected")


def main():
    with open(SAMPLE, encoding="utf-8") as sample:
        vendors = [p["name"] for p in json.load(sample)["parties"] if p["kind"] == "vendor"]

    env = dict(os.environ)
    # The bridge must be on: the shared test environment turns it off.
    env.pop("GTK_A11Y", None)
    env.pop("NO_AT_BRIDGE", None)
    env["LC_ALL"] = "C.UTF-8"
    if BUNTAN_G_DEBUG is not None:
        env["G_DEBUG"] = BUNTAN_G_DEBUG
    env.pop("LANGUAGE", None)
    # A window wide enough for the detail pane beside the list (narrower, it
    # folds away and is not on screen to be read): the window's size comes
    # from its settings, here a key file of the test's own. GTK keeps a window
    # inside the screen, so the screen (above) is wider still.
    config = tempfile.mkdtemp(prefix="buntan-a11y-")
    os.makedirs(os.path.join(config, "glib-2.0", "settings"))
    with open(os.path.join(config, "glib-2.0", "settings", "keyfile"), "w", encoding="utf-8") as f:
        width, height = FOLDED.split("x") if FOLDED else ("1560", "900")
        f.write(f"[io/github/buntan/Buntan]\nwindow-width={width}\nwindow-height={height}\n")
    env["GSETTINGS_BACKEND"] = "keyfile"
    env["XDG_CONFIG_HOME"] = config
    # A file, not a pipe: a pipe nobody reads until the end could fill up.
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as errors:
        process = subprocess.Popen([BUNTAN, SAMPLE], env=env, stderr=errors)
        try:
            run_checks(process, vendors)
        finally:
            process.terminate()
            shutil.rmtree(config, ignore_errors=True)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            errors.seek(0)
            warnings = [line for line in errors.read().splitlines()
                        if re.search(r"WARNING|CRITICAL|ERROR", line)]
            report(not warnings, "buntan wrote no warnings while being read", warnings[:20])

    sys.exit(tap.done())


def run_checks(process, vendors):
    def started():
        if process.poll() is not None:
            raise TimeoutError(f"buntan exited with status {process.returncode} before it was "
                               "on the accessibility bus")
        return application_of(process.pid)

    app = wait_for(started, what="buntan on the accessibility bus")

    def window_loaded():
        for top in toplevels(app):
            nodes = walk(top)
            if find(nodes, lambda n: n.role == pyatspi.ROLE_PAGE_TAB) and \
                    find(nodes, lambda n: n.name == "Responsibility matrix"
                         and n.role == pyatspi.ROLE_TREE_TABLE):
                return top, nodes
        return None

    window, nodes = wait_for(window_loaded, what="the window with the sample open")
    report(True, f"the window is on the accessibility bus ({len(nodes)} accessibles)")

    # Visit every page through its tab, as a user does: GTK builds a page's
    # widgets up (realizes them) when it is first shown.
    tab_names = []
    for tab in nodes:
        if tab.role == pyatspi.ROLE_PAGE_TAB and tab.name not in tab_names:
            tab_names.append(tab.name)
    report(tab_names == ["Part 1", "Part 2", "Responsibility matrix", "Summary"],
           "the view switcher's tabs are named after the pages", [f"tabs: {tab_names}"])
    tab_lists = [n for n in nodes if n.role == pyatspi.ROLE_PAGE_TAB_LIST]
    for name in tab_names:
        click_tab(tab_lists, name)
        pump(0.5)
    click_tab(tab_lists, "Part 2")
    pump(0.5)
    if FOLDED:
        check_folded_detail(window)
        return

    nodes = walk(window)
    check_names(nodes, "main window")
    check_list_cells(nodes)

    # The matrix preview: its marks must be words, not ◎ and ○ alone.
    matrix = find(nodes, lambda n: n.role == pyatspi.ROLE_TREE_TABLE
                  and n.name == "Responsibility matrix")
    matrix_nodes = walk(matrix.acc, matrix.path)
    cell_texts = [n.name for n in matrix_nodes if n.role == pyatspi.ROLE_LABEL]
    report("Lead" in cell_texts and "Supporting" in cell_texts
           and not any(t.strip() in ("◎", "○") for t in cell_texts),
           "the matrix preview names its marks (Lead, Supporting), not ◎ ○",
           [f"labels seen: {sorted(set(cell_texts))[:30]}"])
    # Its header row is ours (GTK 4.8's column headers take no accessible
    # name): short names on screen, the full names for screen readers.
    headers = [n.name for n in nodes if n.role == pyatspi.ROLE_LABEL and n.name in vendors
               and "'BuntanMatrixHeader'" in n.path]
    report(set(headers) == set(vendors), "the matrix preview's columns are named after the vendors",
           [f"vendor columns seen: {headers}", f"vendors: {vendors}"])

    # The summary chart: a picture, so it needs a name and the numbers in words.
    charts = [n for n in nodes if n.role == pyatspi.ROLE_IMAGE and n.description
              and "Part 2" in n.description]
    chart = charts[0] if charts else None
    report(chart is not None and not is_nameless(chart)
           and all(v in chart.description for v in vendors)
           and re.search(r"\d+ agreed", chart.description) is not None,
           "the summary chart has a name and describes the numbers and every vendor",
           [f"chart: {chart.name!r} {chart.description!r}" if chart else "no chart found"])

    # The parties dialog, opened as a keyboard user would, through its button.
    parties_button = find(nodes, lambda n: n.role == pyatspi.ROLE_PUSH_BUTTON and n.name == "Parties")
    report(parties_button is not None, "the header has a button named Parties")
    if parties_button is not None:
        do_action(parties_button, "the Parties button")

        def dialog_open():
            for top in toplevels(app):
                if top.name == "Parties":
                    found = walk(top)
                    if find(found, lambda n: n.role == pyatspi.ROLE_TEXT):
                        return top, found
            return None

        try:
            dialog, dialog_nodes = wait_for(dialog_open, 10, "the parties dialog")
            check_names(dialog_nodes, "parties dialog")
            close = find(dialog_nodes, lambda n: n.role == pyatspi.ROLE_PUSH_BUTTON
                         and n.name == "Close")
            if close is not None:
                do_action(close, "the dialog's Close button")
                pump(0.5)
        except TimeoutError as error:
            report(False, f"parties dialog: {error}")

    # The primary menu: its items are read out too.
    menu_button = find(nodes, lambda n: n.name == "Main Menu"
                       and n.role in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON))
    report(menu_button is not None, "the header has a button named Main Menu")
    if menu_button is not None:
        do_action(menu_button, "the Main Menu button")
        try:
            menu_nodes = wait_for(lambda: [n for top in toplevels(app) for n in walk(top)
                                           if n.role == pyatspi.ROLE_MENU_ITEM] or None,
                                  10, "the menu items")
            check_names(menu_nodes, f"primary menu ({len(menu_nodes)} items)")
        except TimeoutError as error:
            report(False, f"primary menu: {error}")
        subprocess.run(["xdotool", "key", "Escape"], check=False)
        pump(0.3)

    check_tab_order(app, window)
    if menu_button is not None:
        check_empty_window(app, menu_button)


def check_folded_detail(window):
    """The pane folded away from the start, brought over the list by its
    toggle: its controls are named as they are when it starts beside the list."""
    nodes = walk(window)
    toggle = find(nodes, lambda n: n.name == "Show detail"
                  and n.role in (pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PUSH_BUTTON))
    report(toggle is not None, f"at {FOLDED} the pane is folded away, with a Show detail toggle")
    if toggle is None:
        return
    do_action(toggle, "the Show detail toggle")

    def detail_shown():
        found = walk(window)
        return found if find(found, lambda n: n.name == "First check") else None

    nodes = wait_for(detail_shown, 10, "the detail pane's First check control")
    check_names(nodes, f"main window at {FOLDED} with the folded pane shown")
    # The face of the detail's First check dropdown: the button inside it.
    dropdown_faces = [n for n in nodes
                      if n.role in (pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PUSH_BUTTON)
                      and re.search(r"combo box\[\d+\] 'First check' / [^/]+$", n.path)]
    report(dropdown_faces and all(not is_nameless(n) for n in dropdown_faces),
           f"the detail's First check dropdown face is named ({len(dropdown_faces)} seen), "
           "not GtkToggleButton",
           [f"{n.role_name} named {n.name!r}: {n.path}" for n in dropdown_faces])


def check_list_cells(nodes):
    """The Part 2 list read out cell by cell, as a screen reader reads it: an
    empty 完了日 cell too (GTK 4.8 read a NULL text with g_utf8_strlen), and
    no cell or row named after its GTK type."""
    labels = [n for n in nodes if n.role == pyatspi.ROLE_LABEL]
    for node in labels:
        try:
            text = node.acc.queryText()
            text.getText(0, text.characterCount)
        except Exception:  # a row recycled while we read it, or no text
            pass
    pump(0.3)
    type_named = [n for n in nodes
                  if re.match(r"^Gtk(Inscription|ListItemWidget|ColumnViewCell)$", n.name.strip())]
    report(labels and not type_named,
           f"the list's {len(labels)} texts are read, and no cell or row is named after its type",
           [f"{n.role_name} named {n.name!r}: ...{n.path[-120:]}" for n in type_named[:20]])


def check_empty_window(app, menu_button):
    """A new window, opened from the menu, starts empty: its start page too."""
    before = toplevels(app)
    do_action(menu_button, "the Main Menu button")
    try:
        item = wait_for(lambda: find([n for top in toplevels(app) for n in walk(top)],
                                     lambda n: n.role == pyatspi.ROLE_MENU_ITEM
                                     and n.name == "New Window"),
                        10, "the New Window menu item")
        do_action(item, "New Window")

        def new_window():
            for top in toplevels(app):
                if top not in before and top.getRole() == pyatspi.ROLE_FRAME:
                    found = walk(top)
                    if find(found, lambda n: n.name == "Open the Sample"):
                        return found
            return None

        check_names(wait_for(new_window, 10, "a new, empty window"), "empty window")
    except TimeoutError as error:
        report(False, f"empty window: {error}")


def check_tab_order(app, window):
    """Tabs through the window and checks that whatever takes the focus has a name."""
    if shutil.which("xdotool") is None:
        report(True, "Tab order # SKIP xdotool is not installed")
        return

    focused = []

    def on_focus(event):
        if event.detail1 == 1 and event.source is not None:
            try:
                if event.source.get_process_id() == app.get_process_id():
                    focused.append((event.source.getRoleName(), event.source.name or "",
                                    event.source.getRole()))
            except Exception:
                pass

    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    for _ in range(30):
        subprocess.run(["xdotool", "key", "Tab"], check=False)
        pump(0.15)
    pyatspi.Registry.deregisterEventListener(on_focus, "object:state-changed:focused")

    print("# focus order: " + " → ".join(f"{name or role}" for role, name, _ in focused))
    nameless = [f"{role} named {name!r}" for role, name, r in focused
                if name.strip() == "" or TYPE_NAME.match(name.strip())]
    distinct = {(role, name) for role, name, r in focused}
    report(len(distinct) >= 5 and not nameless,
           f"Tab moves the focus through {len(distinct)} controls, every one named",
           nameless[:20] + [f"focus went to: {[f'{r}:{n}' for r, n, _ in focused][:40]}"])


if __name__ == "__main__":
    try:
        main()
    except TimeoutError as error:
        print(f"Bail out! {error}")
        sys.exit(1)
