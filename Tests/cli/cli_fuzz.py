#!/usr/bin/env python3
"""Give every `entente` command and option hostile values, one or two at a time, and check
each run: no signal, exit code 0, 1 or 64, a message on stderr when it is not 0, no special file
replaced, no file written but the outputs the command line names, and the database unchanged
unless the command writes.

    python3 Tests/cli/cli_fuzz.py --entente .build/debug/entente --cases 400 --seed 19

The commands and options come from `entente --help` and each command's `--help`, so a new
option is fuzzed without a change here. The first cases give each option of each command one
hostile value in turn; the rest are random pairs. Each case runs in a fresh scratch folder
holding a copy of a small real database (`entente demo`), a FIFO with a reader and one with a
writer, a device node (made with mknod as root; otherwise a link to /dev/null, which tests the
link but not a node of our own), a link to that device, a folder and a read-only file.
Exit status: 0 when every case passed, 1 otherwise. Standard library only.
"""
import argparse
import hashlib
import os
import random
import re
import shlex
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "EntenteTests", "Fixtures")

# Options whose value is a file the command writes; every other value is read, or is not a path.
OUTPUT_OPTIONS = {"-o", "--output", "--svg"}
# Commands that serve until stopped, and how long one is given to fail before it counts as started.
SERVING_COMMANDS = {"serve", "mcp"}
SERVING_GRACE = 3.0
# Commands that may change the database they are given.
WRITING_COMMANDS = {"demo", "ingest", "import triples", "import gdelt", "import icews", "migrate", "merge"}


def writes(command, argv):
    """True when the command may change its database: a writing command, or a server that takes articles."""
    return command.name in WRITING_COMMANDS or command.name == "serve" and "--allow-ingest" in argv
# The adjacency index file beside a database (`<db>.adjacency`, written through `<db>.adjacency.tmp-…`)
# is a cache: writing commands and searches write it, `index build` writes it, `index drop` removes it;
# none of them changes the database itself ("index" is not a writing command).
ADJACENCY_SUFFIX = ".adjacency"
# Arguments a folder given to which is read whole, recursively: '/' would read the machine.
FOLDER_READERS = {"<path>", "<file>", "--from"}

# Hostile values by what they attack; an option gets every value of its own group in the first
# pass, and any value later.
PATHS = [
    "", "-", "--", "/", ".", "..", "/dev/null", "{fifo}", "{device}", "{device-link}", "{folder}",
    "{missing}/out.file", "{read-only}", "a" * 4096, "x/" * 2000 + "y", "\u202eevil\u202c.svg",
]
NUMBERS = [
    "", "-", "99999999999999999999999", "9223372036854775807", "-9223372036854775808", "-1", "0", "-0", "1e308",
    "-1e308", "nan", "inf", "0.5", "0d", "-5d", "99999999999999y", "9223372036854775807d", "1y",
]
DATES = [
    "", "-", "2023-02-30", "2017-13", "2017-00-10", "0000", "0001-01-01", "9999-12-31", "10000", "2016-02-29",
    "2017..2016", "2015..2016..2017", "..", "-2017", "2017-1-1", "２０１７",
]
TEXT = [
    "", "-", "--", "a" * 4096, "\x01\x02\x1b[31mred\x7f", "\t\n\r", "\u202eevil\u202c \u0645\u0631\u062d\u0628\u0627",
    "e\u0301\u0308\u20dd", "\U0001F600", "--help", "-o", "=", "name=", "=value", "'", '"',
    "MATCH (a)-[r]->(b) RETURN a", "Turkey", "Russia", "{folder}", "-1", "{" * 5000, "(" * 5000,
    "MATCH (a)-[r]->(b) WHERE " + "NOT " * 3000 + "a RETURN a",
]
HOSTILE = list(dict.fromkeys(PATHS + NUMBERS + DATES + TEXT))
NUMERIC_WORDS = ("limit", "depth", "max", "min", "timeout", "size", "window", "below", "seconds")
DATE_SLOTS = {"--since", "--until", "--as-of", "<before>", "<after>"}

# Values that pass validation, so that the hostile one next to them is reached.
VALID = {
    "--db": "graph.sqlite", "--as-of": "2016-06-30", "--since": "2015", "--until": "2017", "--around": "Turkey",
    "--about": "Turkey", "--depth": "2", "--window": "90d", "--limit": "5", "--search": "tur", "--by": "quarter",
    "--query": "MATCH (a)-[r]->(b) RETURN r LIMIT 5", "<query>": "MATCH (a)-[r]->(b) RETURN a LIMIT 5",
    "<first>": "Russia", "<second>": "Turkey", "<name>": "Turkey", "<before>": "2015", "<after>": "2016",
    "<format>": "dot", "--min-sources": "1", "--min-confidence": "0.2", "--dashed-below": "0.5",
    "--max-rows": "100", "--max-expansions": "1000", "--timeout": "5", "--batch-size": "100", "--busy-timeout": "1",
    "--param": "who=Turkey", "-o": "out.file", "--svg": "chart.svg",
}
VALID_INPUTS = {
    "ingest": os.path.join(ROOT, "Examples", "articles", "01-jet-downed.txt"),
    "extract": os.path.join(ROOT, "Examples", "articles", "01-jet-downed.txt"),
    "parse": os.path.join(ROOT, "Examples", "articles", "01-jet-downed.txt"),
    "evaluate": os.path.join(FIXTURES, "gold", "gaza-truce.txt"),
    "import triples": os.path.join(FIXTURES, "graph", "facts.jsonl"),
    "import gdelt": os.path.join(FIXTURES, "events", "gdelt2-slice.tsv"),
    "import icews": os.path.join(FIXTURES, "events", "icews-kg.tsv"),
}


class Command:
    """A leaf command as its help describes it: options with and without values, and arguments."""

    def __init__(self, name, help_text):
        self.name = name
        self.options, self.flags, self.arguments, self.required, self.choices = [], [], [], set(), {}
        self.value_names = {}
        usage = next((line for line in help_text.splitlines() if line.startswith("USAGE:")), "")
        self.required = {m for m in re.findall(r"(?<!\[)(--[\w-]+) <", usage)}
        section = None
        for line in help_text.splitlines():
            if line.endswith(":") and not line.startswith(" "):
                section = line[:-1]
                continue
            option = re.match(r"^  (?:(-\w), )?(--[\w-]+)(?: <([^>]+)>)?", line)
            argument = re.match(r"^  (<[^>]+>)( \.\.\.)?", line)
            if section == "OPTIONS" and option:
                short, long, value = option.groups()
                if long in ("--help", "--version"):
                    continue
                (self.options if value else self.flags).append(short or long)
                if value:
                    self.value_names[short or long] = value
            elif section == "ARGUMENTS" and argument:
                self.arguments.append(argument.group(1))
                if "[" + argument.group(1) not in usage:
                    self.required.add(argument.group(1))
            values = re.search(r"\(values: ([^)]*)\)", line)
            if values and self.options and section == "OPTIONS":
                self.choices[self.options[-1]] = values.group(1).split(", ")[0]
            if values and section == "ARGUMENTS" and self.arguments:
                self.choices[self.arguments[-1]] = values.group(1).split(", ")[0]

    def group(self, slot):
        """The hostile values aimed at this option or argument."""
        name = self.value_names.get(slot, slot)
        if slot in DATE_SLOTS:
            return DATES
        if slot in OUTPUT_OPTIONS or any(word in name for word in ("file", "path", "dir")):
            return PATHS
        if any(word in slot for word in NUMERIC_WORDS):
            return NUMBERS
        return TEXT

    @property
    def slots(self):
        return self.options + self.arguments

    def valid(self, slot):
        if slot in VALID_INPUTS and slot in ("<path>", "<file>", "<paths>"):
            return VALID_INPUTS[self.name]
        if slot in ("<path>", "<file>", "<paths>"):
            return VALID_INPUTS.get(self.name, "missing-input")
        return VALID.get(slot) or self.choices.get(slot) or "x"


def discover(entente, prefix=()):
    """Every leaf command, from `entente --help` down through subcommands."""
    text = subprocess.run([entente, *prefix, "--help"], capture_output=True, text=True).stdout
    names = []
    if "SUBCOMMANDS:" in text:
        for line in text.split("SUBCOMMANDS:")[1].splitlines():
            match = re.match(r"^  ([a-z][\w-]*)\s", line)
            if match and match.group(1) != "help":
                names.append(match.group(1))
    if not names:
        return [Command(" ".join(prefix), text)]
    commands = []
    for name in names:
        commands += discover(entente, prefix + (name,))
    return commands


class Scratch:
    """One case's folder: the database and the special files the hostile values name."""

    def __init__(self, parent, database):
        self.path = tempfile.mkdtemp(prefix="case-", dir=parent)
        shutil.copy(database, self.file("graph.sqlite"))
        os.mkfifo(self.file("fifo-out"))
        os.mkfifo(self.file("fifo-in"))
        if os.geteuid() == 0:
            os.mknod(self.file("device"), 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        else:
            os.symlink("/dev/null", self.file("device"))
        os.symlink("device", self.file("device-link"))
        os.mkdir(self.file("folder"))
        with open(self.file("folder/inside.txt"), "w") as handle:
            handle.write("Turkey met Russia in Ankara on 2 May 2016.\n")
        with open(self.file("read-only"), "w") as handle:
            handle.write("kept\n")
        os.chmod(self.file("read-only"), 0o444)
        self.stop = False
        self.threads = [threading.Thread(target=self.drain, daemon=True), threading.Thread(target=self.feed, daemon=True)]
        for thread in self.threads:
            thread.start()

    def file(self, name):
        return os.path.join(self.path, name)

    def drain(self):
        """Reads whatever is written to fifo-out, as often as it is opened."""
        while not self.stop:
            try:
                with open(self.file("fifo-out"), "rb") as handle:
                    while handle.read(65536):
                        pass
            except OSError:  # the FIFO was replaced or removed: the check reports it
                return

    def feed(self):
        """Gives an article to whatever opens fifo-in for reading."""
        while not self.stop:
            try:
                with open(self.file("fifo-in"), "w") as handle:
                    handle.write("Turkey met Russia in Ankara on 2 May 2016.\n")
            except BrokenPipeError:
                pass
            except OSError:
                return

    def close(self):
        # Opening each FIFO from the other side releases a thread waiting in open(); a thread
        # may reach open() only after a first try, so try until both have ended.
        self.stop = True
        for _ in range(200):
            if not any(thread.is_alive() for thread in self.threads):
                break
            for name, flags in (("fifo-out", os.O_WRONLY | os.O_NONBLOCK), ("fifo-in", os.O_RDONLY | os.O_NONBLOCK)):
                try:
                    os.close(os.open(self.file(name), flags))
                except OSError:
                    pass
            for thread in self.threads:
                thread.join(timeout=0.01)
        shutil.rmtree(self.path, ignore_errors=True)


def value_for(template, slot, scratch):
    if template == "{fifo}":
        return "fifo-out" if slot in OUTPUT_OPTIONS else "fifo-in"
    return template.replace("{missing}", "missing").strip("{}") if template.startswith("{") else template


def snapshot(top):
    """Every entry under `top`, links not followed: kind, device, link target, size, time, inode."""
    entries = {}
    for directory, folders, files in os.walk(top):
        for name in folders + files:
            path = os.path.join(directory, name)
            info = os.lstat(path)
            target = os.readlink(path) if stat.S_ISLNK(info.st_mode) else None
            entries[os.path.relpath(path, top)] = (stat.S_IFMT(info.st_mode), info.st_rdev, target, info.st_size, info.st_mtime_ns, info.st_ino)
    return entries


def digest(path):
    if not os.path.exists(path) or not os.path.isfile(path):
        return None
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def allowed_changes(command, argv, scratch):
    """The paths (relative to the scratch folder) the command line names as outputs."""
    named = set()
    for index, word in enumerate(argv[:-1]):
        if word in OUTPUT_OPTIONS:
            named.add(argv[index + 1])
        if word == "--db" and writes(command, argv):
            named.add(argv[index + 1])
    if writes(command, argv) and "--db" not in argv:
        named.add("entente.sqlite")
    allowed = set()
    # Any command that opens a database may build its adjacency index file beside it.
    databases = [argv[index + 1] for index, word in enumerate(argv[:-1]) if word == "--db"] or ["entente.sqlite"]
    for value in databases:
        if value not in ("", "-"):
            allowed.add(os.path.normpath(os.path.join(scratch.path, value)) + ADJACENCY_SUFFIX)
    for value in named:
        if value in ("", "-"):
            continue
        path = os.path.normpath(os.path.join(scratch.path, value))
        allowed |= {path, path + "-wal", path + "-shm", path + "-journal"}
        stem = os.path.splitext(path)[0] if "." in os.path.basename(path)[1:] else path
        allowed |= {stem + "." + extension for extension in ("svg", "png", "pdf")}
        if os.path.islink(path):
            allowed.add(os.path.normpath(os.path.join(os.path.dirname(path), os.readlink(path))))
    return allowed


def is_allowed(relative, allowed, scratch):
    path = os.path.normpath(os.path.join(scratch.path, relative))
    # SQLite's shared-memory and log files beside the database, and what lies in a named folder (frames).
    return (
        path in allowed
        or relative in ("graph.sqlite-shm", "graph.sqlite-wal")
        or any(path.startswith(a + os.sep) for a in allowed)
        or any(a.endswith(ADJACENCY_SUFFIX) and path.startswith(a + ".tmp-") for a in allowed)
    )


SPECIALS = ("fifo-out", "fifo-in", "device", "device-link")


def system_null_replaced():
    """True, after putting it back, when /dev/null is no longer the null device (an `-o /dev/null`
    run by a broken build as root replaces it, and every later program then writes into a file)."""
    info = os.lstat("/dev/null")
    if stat.S_ISCHR(info.st_mode) and info.st_rdev == os.makedev(1, 3):
        return False
    if os.geteuid() == 0:
        os.unlink("/dev/null")
        os.mknod("/dev/null", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        os.chmod("/dev/null", 0o666)
    return True


def run_server(entente, argv, cwd, environment, timeout):
    """A command that serves until stopped (`serve`; `mcp` ends with its standard input): one still
    running after SERVING_GRACE seconds has started, and must stop on SIGTERM with exit code 0."""
    process = subprocess.Popen([entente, *argv], cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, errors="replace", env=environment)
    try:
        stdout, stderr = process.communicate(timeout=SERVING_GRACE)
        return subprocess.CompletedProcess(argv, process.returncode, stdout, stderr)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGTERM)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        return None
    if process.returncode != 0:
        stderr = (stderr or "") + f"\n(after SIGTERM the server exited with {process.returncode})"
        return subprocess.CompletedProcess(argv, process.returncode if process.returncode < 0 else 2, stdout, stderr)
    return subprocess.CompletedProcess(argv, 0, stdout, stderr)


def check(command, argv, result, before, after, db_before, db_after, dev_before, dev_after, scratch):
    problems = []
    if system_null_replaced():
        problems.append("the system's /dev/null was replaced" + (" (made again)" if os.geteuid() == 0 else ""))
    if result is None:
        return ["no answer within the time limit"]
    if result.returncode < 0:
        problems.append(f"killed by signal {-result.returncode}")
    elif result.returncode not in (0, 1, 64):
        problems.append(f"exit code {result.returncode}")
    if result.returncode != 0 and not result.stderr.strip():
        problems.append("a non-zero exit with nothing on stderr")
    for name in SPECIALS:
        if before.get(name)[:3] != (after.get(name) or (None,) * 3)[:3]:
            problems.append(f"the special file '{name}' was replaced or removed")
    allowed = allowed_changes(command, argv, scratch)
    for relative in sorted(set(before) | set(after)):
        if relative in SPECIALS or before.get(relative) == after.get(relative):
            continue
        if relative not in after:
            if not (relative.endswith(ADJACENCY_SUFFIX) and is_allowed(relative, allowed, scratch)):
                problems.append(f"'{relative}' was removed")
        elif not is_allowed(relative, allowed, scratch):
            problems.append(f"'{relative}' was {'written' if relative in before else 'created'} though no option names it")
    if not writes(command, argv) and db_before != db_after:
        problems.append("the database changed under a command that only reads")
    if dev_after != dev_before:
        problems.append(f"/dev changed: {sorted(set(dev_after) ^ set(dev_before))}")
    return problems


def cases(commands, count, rng):
    """Every value of its group for each option of each command first (in a shuffled order), then
    random pairs, each value drawn from the option's group or, one time in three, from all."""
    def allowed(slot, value):
        return not (value == "/" and slot in FOLDER_READERS)

    singles = [(command, {slot: value}) for command in commands for slot in command.slots
               for value in command.group(slot) if allowed(slot, value)]
    rng.shuffle(singles)
    planned = singles[:count]
    while len(planned) < count:
        command = rng.choice(commands)
        values = {}
        for slot in rng.sample(command.slots, min(2, len(command.slots))):
            pool = [v for v in (HOSTILE if rng.random() < 1 / 3 else command.group(slot)) if allowed(slot, v)]
            values[slot] = rng.choice(pool)
        planned.append((command, values))
    for command, values in planned:
        yield command, values, [flag for flag in command.flags if rng.random() < 0.2]


def arguments(command, values, flags, scratch):
    argv = command.name.split()
    for option in command.options:
        if option in values:
            argv += [option, value_for(values[option], option, scratch)]
        elif option == "--db" or option in command.required:
            argv += [option, command.valid(option)]
    argv += flags
    for argument in command.arguments:
        if argument in values:
            argv.append(value_for(values[argument], argument, scratch))
        elif argument in command.required or (argument == "<path>" and command.name == "evaluate"):
            argv.append(command.valid(argument))
    return argv


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entente", default=os.path.join(ROOT, ".build", "debug", "entente"))
    parser.add_argument("--cases", type=int, default=400)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--timeout", type=float, default=60, help="seconds a case may take before it counts as a hang")
    parser.add_argument("--verbose", action="store_true", help="print every case with its exit code")
    parser.add_argument("--commands", help="only these commands, comma-separated (e.g. serve,mcp)")
    arguments_ = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # failures show as they happen, also in CI's log
    entente = os.path.abspath(arguments_.entente)
    rng = random.Random(arguments_.seed)
    commands = discover(entente)
    if arguments_.commands:
        wanted = set(arguments_.commands.split(","))
        commands = [command for command in commands if command.name in wanted]
    work = tempfile.mkdtemp(prefix="entente-cli-fuzz-")
    database = os.path.join(work, "base.sqlite")
    built = subprocess.run([entente, "demo", "--db", database], capture_output=True, text=True)
    if built.returncode != 0:
        sys.exit(f"entente demo failed: {built.stderr}")
    environment = dict(os.environ, SWIFT_BACKTRACE="enable=no", COLUMNS="100")
    environment.pop("ENTENTE_DB", None)
    root = os.geteuid() == 0
    first_pass = sum(len(c.group(slot)) for c in commands for slot in c.slots)
    print(f"{len(commands)} commands, {sum(len(c.slots) for c in commands)} options and arguments, {first_pass} single values; "
          f"seed {arguments_.seed}; device nodes: {'made with mknod' if root else 'links to /dev/null (not root)'}")
    started = time.monotonic()
    failures = 0
    done = 0
    spent = {}
    for command, values, flags in cases(commands, arguments_.cases, rng):
        scratch = Scratch(work, database)
        argv = arguments(command, values, flags, scratch)
        before = snapshot(scratch.path)
        db_before = digest(scratch.file("graph.sqlite"))
        dev_before = sorted(os.listdir("/dev"))
        case_started = time.monotonic()
        if command.name in SERVING_COMMANDS:
            result = run_server(entente, argv, scratch.path, environment, arguments_.timeout)
        else:
            try:
                result = subprocess.run([entente, *argv], cwd=scratch.path, stdin=subprocess.DEVNULL, capture_output=True,
                                        text=True, errors="replace", timeout=arguments_.timeout, env=environment)
            except subprocess.TimeoutExpired:
                result = None
        problems = check(command, argv, result, before, snapshot(scratch.path), db_before, digest(scratch.file("graph.sqlite")),
                         dev_before, sorted(os.listdir("/dev")), scratch)
        done += 1
        spent[command.name] = spent.get(command.name, 0) + time.monotonic() - case_started
        if arguments_.verbose:
            status = "hang" if result is None else result.returncode
            message = (result.stderr.strip().splitlines() or [""])[0][:160] if result is not None else ""
            print(f"{status:>4} {shlex.join(argv)[:200]}  | {message}")
        if problems:
            failures += 1
            shown = shlex.join(["entente", *argv])
            print(f"FAIL {shown if len(shown) < 400 else shown[:400] + '…'}")
            for problem in problems:
                print(f"     {problem}")
            if result is not None and result.stderr:
                print("     stderr: " + result.stderr.strip().splitlines()[-1][:300])
        scratch.close()
    shutil.rmtree(work, ignore_errors=True)
    seconds = time.monotonic() - started
    slowest = sorted(spent.items(), key=lambda item: -item[1])[:4]
    print("slowest commands: " + ", ".join(f"{name} {total:.0f} s" for name, total in slowest))
    print(f"{done} cases in {seconds:.0f} s: {done - failures} passed, {failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
