#!/usr/bin/env python3
"""Start-up benchmark: the wall time from process start to the printed verdicts of the AMULET example, for each way
of running the library, interleaved round by round in one run so that every command meets the same machine load.

Commands (per checkout): java -jar on JDK 17 with no options (where the checkout has it, also with
FUNDINGRULES_RELAUNCH=0: the command in one JVM); bin/fundingrules on JDK 17 (AppCDS archive); java -jar
on JDK 25 with no options; bin/fundingrules on JDK 25 (AOT cache); a portal's start (bench/portal/PortalStart.java on
JDK 17: FundingRules.packaged(), then evaluate three times, each timed inside the JVM).

Usage: bench/startup.sh [ROUNDS]      (default 15 measured rounds after 2 warm-up rounds)
  BEFORE=/path/to/checkout  also runs the commands of another checkout of the project (built with mvn package), for a
                            before/after table from one run
  JDK25=/path/to/jdk        the JDK 25 (default: the first under /usr/lib/jvm whose release file says 25 or later)
Writes the table to target/startup.md and prints it: per command the median wall time, its range, and the median CPU
time (user and system, of the command and of the processes it waited for)."""
import glob, os, random, re, resource, shutil, statistics, subprocess, sys, time

HERE = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
CASE = "examples/amulet/case.json"


def feature(home):
    try:
        m = re.search(r'^JAVA_VERSION="(\d+)', open(os.path.join(home, "release")).read(), re.M)
        return int(m.group(1)) if m else 0
    except OSError:
        return 0


def jdk17():
    return os.path.dirname(os.path.dirname(os.path.realpath(shutil.which("java"))))


def jdk25():
    if os.environ.get("JDK25"):
        return os.environ["JDK25"]
    for home in sorted(glob.glob("/usr/lib/jvm/*")):
        if feature(home) >= 25 and os.access(os.path.join(home, "bin/java"), os.X_OK):
            return home
    return None


def library_jar(tree):
    jars = [j for j in glob.glob(os.path.join(tree, "target/fundingrules-*.jar"))
            if not re.search(r"-(kit|sources|javadoc|tests)\.jar$", j)]
    if len(jars) != 1:
        sys.exit(f"expected one library jar in {tree}/target, found {jars}: run mvn package there")
    return jars[0]


def relaunches(tree):
    """Whether the checkout's java -jar starts a second JVM with the cache (src/main/java/.../cli/Relaunch.java)."""
    return os.path.exists(os.path.join(tree, "src/main/java/org/fundingrules/cli/Relaunch.java"))


def commands(tag, tree, j17, j25):
    jar = library_jar(tree)
    classes = os.path.join(tree, "target/startup-bench")
    os.makedirs(classes, exist_ok=True)
    subprocess.run([os.path.join(j17, "bin/javac"), "-d", classes, "-cp", jar,
                    os.path.join(HERE, "bench/portal/PortalStart.java"),
                    os.path.join(HERE, "bench/portal/PortalWarmUp.java")], check=True)
    path17 = os.path.join(j17, "bin") + os.pathsep + os.environ["PATH"]
    out = [
        (f"{tag}: java -jar, JDK 17", [os.path.join(j17, "bin/java"), "-jar", jar, "evaluate", CASE], {}),
        (f"{tag}: bin/fundingrules, JDK 17", [os.path.join(tree, "bin/fundingrules"), "evaluate", CASE],
         {"JAVA_HOME": j17, "PATH": path17}),
    ]
    if relaunches(tree):
        # what a newcomer runs where JAVA_HOME is unset and the PATH gives JDK 17
        out.append((f"{tag}: bin/fundingrules, no JAVA_HOME, JDK 17 on the PATH",
                    [os.path.join(tree, "bin/fundingrules"), "evaluate", CASE], {"JAVA_HOME": None, "PATH": path17}))
        out.append((f"{tag}: java -jar, JDK 17, FUNDINGRULES_RELAUNCH=0 (one JVM)",
                    [os.path.join(j17, "bin/java"), "-jar", jar, "evaluate", CASE], {"FUNDINGRULES_RELAUNCH": "0"}))
    out += [
        (f"{tag}: portal start, JDK 17", [os.path.join(j17, "bin/java"), "-cp", classes + os.pathsep + jar,
                                          "PortalStart", CASE], {}),
    ]
    if j25:
        path25 = os.path.join(j25, "bin") + os.pathsep + os.environ["PATH"]
        out += [
            (f"{tag}: java -jar, JDK 25", [os.path.join(j25, "bin/java"), "-jar", jar, "evaluate", CASE], {}),
            (f"{tag}: bin/fundingrules, JDK 25", [os.path.join(tree, "bin/fundingrules"), "evaluate", CASE],
             {"JAVA_HOME": j25, "PATH": path25}),
        ]
    return out


def run(cmd):
    label, argv, env = cmd
    e = dict(os.environ)
    e.pop("JDK_JAVA_OPTIONS", None)
    e.pop("JAVA_TOOL_OPTIONS", None)
    e.pop("FUNDINGRULES_RELAUNCH", None)
    for k, v in env.items():
        if v is None:
            e.pop(k, None)
        else:
            e[k] = v
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    p = subprocess.run(argv, cwd=HERE, env=e, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # user and system CPU of the command and every process it waited for (the second JVM of a relaunch too): a start
    # on 2 cores that uses close to twice its wall time in CPU is bound by CPU, not by one thread
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode not in (0, 1):
        sys.exit(f"{label} exited {p.returncode}: {p.stderr[-2000:]}")
    inner = dict(re.findall(r"(\w+)=(\d+)", p.stdout)) if "portal" in label else {}
    return wall, cpu, inner


def fmt(xs, scale=1000.0):
    xs = sorted(xs)
    return f"{statistics.median(xs) * scale:,.0f} | {xs[0] * scale:,.0f}-{xs[-1] * scale:,.0f}".replace(",", " ")


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    j17, j25 = jdk17(), jdk25()
    cmds = commands("after" if os.environ.get("BEFORE") else "this checkout", HERE, j17, j25)
    if os.environ.get("BEFORE"):
        cmds = commands("before", os.path.abspath(os.environ["BEFORE"]), j17, j25) + cmds
    walls = {c[0]: [] for c in cmds}
    cpus = {c[0]: [] for c in cmds}
    inner = {c[0]: [] for c in cmds}
    load_before = os.getloadavg()
    rng = random.Random(17)
    for r in range(rounds + 2):
        order = list(cmds)
        rng.shuffle(order)            # no command always runs after the same one
        for c in order:
            wall, cpu, parts = run(c)
            if r >= 2:                # two warm-up rounds fill the OS file cache
                walls[c[0]].append(wall)
                cpus[c[0]].append(cpu)
                if parts:
                    inner[c[0]].append(parts)
    load_after = os.getloadavg()
    lines = [f"Start-up, AMULET example, {rounds} interleaved rounds after 2 warm-up rounds; {os.cpu_count()} cores; "
             f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after; JDK 17 {j17}, JDK 25 {j25}.", "",
             "| Command | median ms | min-max ms | CPU ms, median (user + system) |", "|---|---:|---:|---:|"]
    for c in cmds:
        cpu = f"{statistics.median(cpus[c[0]]) * 1000:,.0f}".replace(",", " ")
        lines.append(f"| {c[0]} (process, to the printed verdict) | {fmt(walls[c[0]])} | {cpu} |")
        if inner[c[0]]:
            for key, what in (("packaged", "FundingRules.packaged()"), ("first", "first evaluate"),
                              ("second", "second evaluate"), ("third", "third evaluate")):
                lines.append(f"| {c[0]}: {what} | {fmt([int(p[key]) for p in inner[c[0]]], 1)} | |")
            to_first = [sum(int(p[k]) for k in ("main", "packaged", "read", "first")) for p in inner[c[0]]]
            lines.append(f"| {c[0]}: JVM start to first verdict (main + read + packaged + first) | "
                         f"{fmt(to_first, 1)} | |")
    text = "\n".join(lines) + "\n"
    os.makedirs(os.path.join(HERE, "target"), exist_ok=True)
    open(os.path.join(HERE, "target/startup.md"), "w").write(text)
    print(text)


if __name__ == "__main__":
    main()
