#!/usr/bin/env python3
"""Hostile requests against a running precis-serve, then the checks that it is still well: a
100 MB body (with a length, and chunked), clients that send their headers a byte a second, 1,000
requests of random bytes, malformed JSON. Prints a Markdown section; exits 1 if a check fails."""
import argparse
import collections
import concurrent.futures
import http.client
import json
import os
import random
import socket
import sys
import time


def status_line(sock):
    data = b""
    try:
        while b"\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    except OSError:
        pass
    parts = data.split(b" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def request(port, method, path, body=None, content_type="application/json", timeout=60):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers={"Content-Type": content_type} if body is not None else {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def timed_health(port):
    start = time.perf_counter()
    status, _ = request(port, "GET", "/health")
    return status, (time.perf_counter() - start) * 1000


def rss(pid):
    fields = {}
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(("VmRSS", "VmHWM")):
            name, value = line.split(":")
            fields[name] = int(value.split()[0]) // 1024
    return f"VmRSS {fields['VmRSS']} MB, VmHWM {fields['VmHWM']} MB"


def big_body(port, size, chunked):
    sock = socket.create_connection(("127.0.0.1", port))
    sock.settimeout(60)
    start = time.perf_counter()
    head = b"POST /v1/analyze/raw HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
    head += b"Transfer-Encoding: chunked\r\n\r\n" if chunked else b"Content-Length: %d\r\n\r\n" % size
    sent = 0
    block = b"a" * (1 << 20)
    try:
        sock.sendall(head)
        while sent < size:
            sock.sendall(b"100000\r\n" + block + b"\r\n" if chunked else block)
            sent += len(block)
        if chunked:
            sock.sendall(b"0\r\n\r\n")
    except OSError:
        pass  # the server answered and closed before the body was all sent
    status = status_line(sock)
    sock.close()
    return status, sent, (time.perf_counter() - start) * 1000


def slow_client(port, seconds):
    """Sends a request head a byte a second; returns how long the server let it hang on."""
    sock = socket.create_connection(("127.0.0.1", port))
    head = b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n"
    start = time.perf_counter()
    try:
        for byte in head:
            sock.sendall(bytes([byte]))
            time.sleep(1)
            if time.perf_counter() - start > seconds:
                break
        return time.perf_counter() - start, status_line(sock)
    except OSError:
        return time.perf_counter() - start, "closed"
    finally:
        sock.close()


def random_request(port, kind, rng):
    body = rng.randbytes(rng.randint(1, 65536))
    if kind == "json":
        return request(port, "POST", "/v1/analyze", body)[0]
    if kind == "raw":
        return request(port, "POST", "/v1/analyze/raw", body, "application/octet-stream")[0]
    sock = socket.create_connection(("127.0.0.1", port))  # not HTTP at all
    sock.settimeout(30)
    try:
        sock.sendall(body)
        return status_line(sock) or "closed"
    except OSError:
        return "closed"
    finally:
        sock.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--slow-clients", type=int, default=20)
    parser.add_argument("--slow-seconds", type=int, default=45)
    args = parser.parse_args()
    port, failed = args.port, []
    print("\n## Hostile requests\n")
    print(f"Before: {rss(args.pid)}.\n")
    print("| request | answer | time |")
    print("|---|---|---:|")

    for chunked in (False, True):
        status, sent, ms = big_body(port, 100 << 20, chunked)
        print(f"| 100 MB body, {'chunked' if chunked else 'with Content-Length'} | {status} after {sent >> 20} MB sent | {ms:.0f} ms |")
        if status != 413:
            failed.append(f"100 MB body ({'chunked' if chunked else 'length'}): {status}")

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.slow_clients + 1) as pool:
        slow = [pool.submit(slow_client, port, args.slow_seconds) for _ in range(args.slow_clients)]
        time.sleep(3)
        health = [timed_health(port) for _ in range(5)]
        start = time.perf_counter()
        analyze, _ = request(port, "POST", "/v1/analyze", json.dumps({"text": "Town votes to bring the lake back to life. The council voted on Tuesday."}))
        analyze_ms = (time.perf_counter() - start) * 1000
        held = [future.result() for future in slow]
    longest = max(seconds for seconds, _ in held)
    print(f"| {args.slow_clients} clients sending headers a byte a second | cut off after {min(s for s, _ in held):.1f}–{longest:.1f} s ({collections.Counter(str(a) for _, a in held)}) | meanwhile /health {max(ms for _, ms in health):.1f} ms, analyze {analyze} in {analyze_ms:.0f} ms |")
    if longest >= args.slow_seconds or analyze != 200 or max(ms for _, ms in health) > 100:
        failed.append("slow clients")

    rng = random.Random(14)
    kinds = ["json"] * 400 + ["raw"] * 400 + ["tcp"] * 200
    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda kind: (kind, random_request(port, kind, random.Random(rng.random()))), kinds))
    ms = (time.perf_counter() - start) * 1000
    for kind, label in (("json", "POST /v1/analyze, random bytes (1 B–64 KB)"), ("raw", "POST /v1/analyze/raw, random bytes"), ("tcp", "random bytes instead of HTTP")):
        counts = collections.Counter(str(status) for k, status in results if k == kind)
        print(f"| {label}, {kinds.count(kind)}× | {dict(sorted(counts.items()))} | |")
        if any(str(status).startswith("5") for k, status in results if k == kind):
            failed.append(f"5xx for {kind}")
    print(f"| (the 1,000 random requests, 8 at a time) | | {ms:.0f} ms |")

    malformed = [b"", b"{", b'{"text": ', b"[]", b"null", b'"text"', b'{"text": 1}', b"{'text': 'a'}",
                 b'{"text": "\\ud800"', b'{"text": "a"} trailing', b"\xff\xfe{\x00", b'{"text": "a", "sentences": 1.5}', b'{"sentences": 3}']
    statuses = [request(port, "POST", "/v1/analyze", body)[0] for body in malformed]
    print(f"| malformed JSON, {len(malformed)} kinds | {dict(collections.Counter(statuses))} | |")
    # Foundation's JSON parser takes a trailing comma, in `precis batch --stdin-jsonl` as here.
    lenient = request(port, "POST", "/v1/analyze", b'{"text": "Some text here.",}')[0]
    print(f"| a trailing comma (accepted as `precis batch` accepts it) | {lenient} | |")
    if set(statuses) != {400}:
        failed.append(f"malformed JSON: {statuses}")

    health = [timed_health(port) for _ in range(10)]
    worst = max(ms for _, ms in health)
    print(f"\nAfterwards: /health answered {set(s for s, _ in health)} in at most {worst:.1f} ms (10 tries); {rss(args.pid)}.")
    if worst >= 100 or {s for s, _ in health} != {200}:
        failed.append("health afterwards")
    print("\n" + ("All checks passed." if not failed else "FAILED: " + "; ".join(failed)))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
