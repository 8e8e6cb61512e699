#!/usr/bin/env python3
"""The hub's end-to-end speed over TLS (issue 7, "End-to-end speed"); run by `scripts/bench http`,
which builds the two programs in release mode and installs wrk first.

    bench_http.py PEERHUB TLSFLOOR [--duration S] [--warmup S] [--connections N] [--scale N]

On a database of SCALE synthetic partnerships (made with `peerhub seed --scale`, kept in
.build/bench-http/ with a researcher account, and made again only when the migrations or the
generator change), it starts `peerhub serve` on the loopback address
with the development certificate, checks one answer of each row for GraphQL errors, then loads
each row with wrk (a warm-up, then the measured run). Then the floor: TLSFloor, a bare Hummingbird
TLS endpoint answering the small query's answer, byte for byte, loaded the same way. It prints one
table (requests per second, p50, p99, errors, ratio to the floor) with the targets, and writes it
to scripts/bench-http/last-results.txt.
"""

import argparse
import hashlib
import http.client
import json
import os
import re
import socket
import sqlite3
import ssl
import subprocess
import sys
import time
import urllib.parse
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
HERE = ROOT / "scripts" / "bench-http"
WORK = ROOT / ".build" / "bench-http"
RESEARCHER = "researcher@bench.example.org"

# The rows: name, operation, variables (names of prepared values in {braces}), how it is sent.
SMALL = "query Org($id: ID!) { node(id: $id) { id ... on Organization { name } } }"
DASHBOARD = "{ stats { activePartnerships(from: 1995, to: 2025, groupBy: PROGRAM) { year group count } } }"
SEARCH = """query Search($text: String!) { practices(search: $text, first: 20) { totalCount
  edges { cursor node { id title municipality { name country { code name } } } } } }"""
NETWORK = """query Network($org: ID!) { network { neighbours(organization: $org, hops: 3, first: 100) {
  distance organization { name } } } }"""
PERSISTED = "query Program($key: String!) { program(key: $key) { acronym name plannedStart } }"


def fail(message):
    print(f"bench http: {message}", file=sys.stderr)
    sys.exit(1)


def store_version():
    """The last commit that changed the migrations or the generator: a database seeded before it
    may lack an index or a table the server now uses, so it is made again."""
    paths = ["Sources/HubStore/Migrations", "Sources/HubStore/Seeds", "seeds"]
    log = subprocess.run(["git", "log", "-1", "--format=%H", "--", *paths], cwd=ROOT, capture_output=True, text=True)
    return log.stdout.strip() or "unknown"


def prepare_database(peerhub, scale):
    """The seeded database and the researcher's password, made once and reused while the
    migrations and the generator stay the same."""
    WORK.mkdir(parents=True, exist_ok=True)
    database, password_file = WORK / f"hub-{scale}.sqlite", WORK / f"hub-{scale}.researcher"
    stamp, version = WORK / f"hub-{scale}.version", store_version()
    if database.exists() and password_file.exists() and stamp.exists() and stamp.read_text().strip() == version:
        return database, password_file.read_text().strip()
    print(f"== seeding {database} (--scale {scale}, once)", flush=True)
    partial = WORK / "seeding.sqlite"
    started = time.monotonic()
    subprocess.run([peerhub, "seed", "--database", partial, "--scale", str(scale), "--force"], check=True)
    password = os.urandom(18).hex()
    subprocess.run(
        [peerhub, "user", "create", "--email", RESEARCHER, "--role", "researcher", "--database", partial],
        input=password + "\n", text=True, check=True,
    )  # fmt: skip
    # The last commits may still be in the write-ahead log (the command's connections need not
    # have checkpointed it): copy them into the file, then rename it alone. Deleting the log
    # instead loses them and corrupts the database.
    with closing(sqlite3.connect(partial)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
    partial.rename(database)  # only a complete database is ever reused
    password_file.write_text(password + "\n")
    stamp.write_text(version + "\n")
    print(f"   seeded in {time.monotonic() - started:.0f} s", flush=True)
    return database, password


def start(command, pattern, log):
    """Starts a server and waits for the line giving its port; returns the process and port."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, cwd=ROOT)
    deadline = time.monotonic() + 120
    for line in process.stdout:
        match = re.search(pattern, line.decode(errors="replace"))
        if match:
            return process, int(match.group(1))
        if time.monotonic() > deadline:
            break
    process.kill()
    fail(f"{command[0]} did not start; see {log.name}")


def memory_mb(pid):
    """VmHWM, the peak resident set size, and the resident set now split into RssAnon (the
    process's own memory) and RssFile (pages of mapped files, the database's included when the
    store maps it into memory: shared with the page cache, given back under pressure), in MB."""
    with open(f"/proc/{pid}/status") as status:
        fields = dict(line.split(":", 1) for line in status)
    return {name: int(fields[name].split()[0]) / 1024 for name in ("VmHWM", "RssAnon", "RssFile")}


class Endpoint:
    """HTTPS requests to a server on the loopback address, trusting the development CA."""

    def __init__(self, port):
        self.port = port
        self.context = ssl.create_default_context(cafile=str(WORK / "ca.pem"))

    def send(self, method, path, body=None, token=None):
        connection = http.client.HTTPSConnection("127.0.0.1", self.port, context=self.context, timeout=60)
        headers = {"Accept": "application/graphql-response+json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if token:
            headers["Authorization"] = f"Bearer {token}"
        connection.request(method, path, body, headers)
        response = connection.getresponse()
        answer = response.read()
        connection.close()
        return response.status, answer

    def graphql(self, query, variables=None, token=None, extensions=None):
        document = {"query": query, "variables": variables or {}}
        if extensions:
            document["extensions"] = extensions
        status, answer = self.send("POST", "/graphql", json.dumps(document).encode(), token)
        return status, json.loads(answer), answer


def check_answer(status, answer):
    """"ok", or what is wrong with a sample answer (status, GraphQL errors, no data)."""
    try:
        document = json.loads(answer)
    except ValueError:
        return f"status {status}, not JSON"
    if status != 200 or "errors" in document or not document.get("data"):
        message = (document.get("errors") or [{}])[0].get("message", "no data")
        return f"status {status}: {message[:60]}"
    return "ok"


def wrk(url, seconds, connections, method="GET", body=None, token=None):
    """Loads `url` with wrk; returns the figures request.lua prints."""
    body_file = ""
    if body is not None:
        body_file = str(WORK / "request-body.json")
        Path(body_file).write_bytes(body)
    environment = dict(os.environ, BENCH_METHOD=method, BENCH_BODY=body_file, BENCH_TOKEN=token or "")
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", str(HERE / "request.lua"), url]
    run = subprocess.run(command, capture_output=True, text=True, env=environment)
    match = re.search(r"^BENCH (\{.*\})$", run.stdout, re.MULTILINE)
    if run.returncode != 0 or not match:
        fail(f"wrk failed: {run.stderr.strip() or run.stdout.strip()}")
    return json.loads(match.group(1))


def measure(name, url, endpoint_check, arguments, **request):
    """A row: one sample answer checked, a warm-up, then the measured run."""
    # A slow row leaves requests queued in the server after wrk stops; the next row starts once
    # they are done (the server answers 503 SERVER_BUSY while its execution slots are all taken).
    deadline = time.monotonic() + 300
    while (sample := endpoint_check()).startswith("status 503") and time.monotonic() < deadline:
        time.sleep(1)
    print(f"== {name}: sample answer {sample}; {arguments.warmup} s warm-up, {arguments.duration} s measured", flush=True)
    wrk(url, arguments.warmup, arguments.connections, **request)
    figures = wrk(url, arguments.duration, arguments.connections, **request)
    figures.update(row=name, sample=sample)
    return figures


def hub_rows(peerhub, database, password, arguments, log, cached=True):
    """The rows of the hub; returns them, the small query's answer and the server's peak memory.

    With `cached` false, the server runs with its response cache off (`--response-cache-mb 0`)
    and only the anonymous rows the cache would answer are loaded, named "(cache off)": what a
    request costs when it runs."""
    settings = [] if cached else ["--response-cache-mb", "0"]
    suffix = "" if cached else " (cache off)"
    process, port = start(
        [peerhub, "serve", "--host", "127.0.0.1", "--port", "0", "--data", WORK, "--database", database,
         "--metrics-port", "off", *settings],
        r"Serving https://127\.0\.0\.1:(\d+)/graphql", log,
    )  # fmt: skip
    try:
        hub = Endpoint(port)
        url = f"https://127.0.0.1:{port}/graphql"
        # The network starts where scripts/bench-store's 3-hop row does (on smaller databases, halfway).
        start_key = f"synthetic-{min(123_456, arguments.scale // 2):08d}"
        _, answer, _ = hub.graphql(
            '{ montreal: organization(key: "ca-montreal") { id } hub: organization(key: $key) { id } }'
            .replace("$key", json.dumps(start_key))
        )  # fmt: skip
        ids = answer["data"]
        _, answer, _ = hub.graphql(
            "mutation ($e: String!, $p: String!) { signIn(input: {email: $e, password: $p}) { token userErrors { message } } }",
            {"e": RESEARCHER, "p": password},
        )  # fmt: skip
        token = answer["data"]["signIn"]["token"] or fail(f"the researcher cannot sign in: {answer}")

        def post(query, variables, token=None):
            body = json.dumps({"query": query, "variables": variables}).encode()
            return body, lambda: check_answer(*hub.send("POST", "/graphql", body, token))

        rows = []
        small_body, small_check = post(SMALL, {"id": ids["montreal"]["id"]})
        small_answer = hub.send("POST", "/graphql", small_body)[1]
        rows.append(measure("small query by ID" + suffix, url, small_check, arguments, method="POST", body=small_body))
        body, checker = post(DASHBOARD, {})
        rows.append(measure("dashboard (stats)" + suffix, url, checker, arguments, method="POST", body=body))
        body, checker = post(SEARCH, {"text": "waste collection"})
        rows.append(measure("search page of 20" + suffix, url, checker, arguments, method="POST", body=body))
        if not cached:
            return rows, small_answer, memory_mb(process.pid)
        body, checker = post(NETWORK, {"org": ids["hub"]["id"]}, token)
        rows.append(measure("3-hop network", url, checker, arguments, method="POST", body=body, token=token))

        # Automatic persisted query: registered once by POST with its hash, then GET by hash alone.
        digest = hashlib.sha256(PERSISTED.encode()).hexdigest()
        extensions = {"persistedQuery": {"version": 1, "sha256Hash": digest}}
        status, answer, _ = hub.graphql(PERSISTED, {"key": "mped"}, extensions=extensions)
        if status != 200:
            fail(f"registering the persisted query failed: {status} {answer}")
        path = "/graphql?" + urllib.parse.urlencode(
            {"variables": json.dumps({"key": "mped"}), "extensions": json.dumps(extensions)}
        )  # fmt: skip
        rows.append(
            measure(
                "persisted query (GET)", f"https://127.0.0.1:{port}{path}",
                lambda: check_answer(*hub.send("GET", path)), arguments,
            )  # fmt: skip
        )
        return rows, small_answer, memory_mb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=60)


def floor_row(floor, small_answer, arguments, log):
    """The bare TLS endpoint, answering the small query's answer."""
    body_file = WORK / "floor-body.json"
    body_file.write_bytes(small_answer)
    with socket.socket() as probe:  # a free port for it
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([floor, str(port), WORK / "server.pem", WORK / "server-key.pem", body_file], stderr=log)
    deadline = time.monotonic() + 60
    while True:  # until it accepts connections
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                fail(f"TLSFloor did not start; see {log.name}")
            time.sleep(0.1)
    try:
        endpoint = Endpoint(port)
        body = json.dumps({"query": SMALL}).encode()
        row = measure(
            "floor: bare Hummingbird TLS", f"https://127.0.0.1:{port}/graphql",
            lambda: check_answer(*endpoint.send("POST", "/graphql", body)), arguments, method="POST", body=body,
        )  # fmt: skip
        return row, memory_mb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=60)


def table(rows, floor, hub_memory, uncached_memory, floor_memory, answer_bytes, arguments):
    """The results as text: one line a row, then the targets met or the gaps."""
    for row in rows + [floor]:
        row["rps"] = row["requests"] / (row["duration_us"] / 1e6)
    lines = [
        f"{'row':<28} {'req/s':>8} {'vs floor':>9} {'p50 ms':>7} {'p99 ms':>7} {'non-2xx':>8} {'socket':>7}  sample answer",
    ]
    for row in rows + [floor]:
        # No answer at all within wrk's 10-second timeout: no latency to show, only that.
        p50, p99 = (f"{row['p50_us'] / 1000:.2f}", f"{row['p99_us'] / 1000:.2f}") if row["requests"] else (">10000",) * 2
        lines.append(
            f"{row['row']:<28} {row['rps']:>8.0f} {row['rps'] / floor['rps']:>8.0%} {p50:>7} {p99:>7} "
            f"{row['non_2xx']:>8} {row['socket_errors']:>7}  {row['sample']}"
        )
    small = rows[0]
    ratio = small["rps"] / floor["rps"]
    # The targets are for the server as configured by default; the "(cache off)" rows show what
    # a request costs when it runs, for the reader.
    slow = [
        row["row"]
        for row in rows
        if row["row"] != "3-hop network" and "(cache off)" not in row["row"]
        and (row["p99_us"] >= 10_000 or not row["requests"])
    ]  # fmt: skip
    errors = sum(row["non_2xx"] + row["socket_errors"] for row in rows + [floor])
    peak = max(hub_memory["VmHWM"], uncached_memory["VmHWM"])
    lines += [
        "",
        f"peak resident memory (VmHWM): hub {hub_memory['VmHWM']:.0f} MB (database of {arguments.scale:,} partnerships), "
        f"hub with the cache off {uncached_memory['VmHWM']:.0f} MB, floor {floor_memory['VmHWM']:.0f} MB",
        f"hub's resident memory at the end: {hub_memory['RssAnon']:.0f} MB its own (RssAnon), "
        f"{hub_memory['RssFile']:.0f} MB of mapped files (RssFile, the database's pages included)",
        "rows named (cache off): a second server with --response-cache-mb 0, every request executed",
        f"answer of the small query: {answer_bytes} bytes (the floor sends the same bytes)",
        "",
        "targets:",
        f"  small query >= 60% of the floor's req/s: {ratio:.0%} "
        + ("met" if ratio >= 0.6 else f"NOT met (gap: {0.6 * floor['rps'] - small['rps']:.0f} req/s)"),
        "  p99 < 10 ms on every row but the network: "
        + ("met" if not slow else "NOT met (" + ", ".join(slow) + ")"),
        f"  peak memory < 200 MB: {peak:.0f} MB " + ("met" if peak < 200 else "NOT met"),
        f"  errors: {errors} non-2xx or socket errors; sample answers "
        + ("all ok" if all(row["sample"] == "ok" for row in rows + [floor]) else "NOT all ok"),
    ]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("peerhub")
    parser.add_argument("floor")
    parser.add_argument("--duration", type=int, default=15, help="measured seconds per row (15)")
    parser.add_argument("--warmup", type=int, default=3, help="warm-up seconds per row (3)")
    parser.add_argument("--connections", type=int, default=64, help="wrk connections (64)")
    parser.add_argument("--scale", type=int, default=1_000_000, help="synthetic partnerships (1000000)")
    arguments = parser.parse_args()
    load_before = os.getloadavg()[0]

    database, password = prepare_database(arguments.peerhub, arguments.scale)
    with open(WORK / "server.log", "ab") as log:
        rows, small_answer, hub_memory = hub_rows(arguments.peerhub, database, password, arguments, log)
        uncached, _, uncached_memory = hub_rows(arguments.peerhub, database, password, arguments, log, cached=False)
        floor, floor_memory = floor_row(arguments.floor, small_answer, arguments, log)
    report = table(rows + uncached, floor, hub_memory, uncached_memory, floor_memory, len(small_answer), arguments)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    header = (
        f"scripts/bench http, {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, commit {commit}, "
        f"{os.cpu_count()} CPUs, load average before {load_before:.2f}\n"
        f"wrk -t2 -c{arguments.connections}, {arguments.warmup} s warm-up + {arguments.duration} s a row, "
        "TLS on the loopback address\n\n"
    )
    print("\n" + header + report)
    (HERE / "last-results.txt").write_text(header + report + "\n")


if __name__ == "__main__":
    main()
