#!/usr/bin/env python3
"""Other users while imports run (field findings item 5): four readers list trainees and one
clerk registers trainees one by one, first alone for a baseline, then while K imports of the
same file are posted at once. Prints each phase's request count and latency percentiles and
each import's status, time and answer size.
Usage: import_load.py BASE_URL CSV_FILE IMPORTS SECONDS"""
import json
import sys
import threading
import time
import urllib.error
import urllib.request

BASE, FILE, IMPORTS, SECONDS = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECKS = "10X98765432"


def call(method, path, token=None, body=None, content_type="application/json"):
    request = urllib.request.Request(BASE + path, data=body, method=method)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    if body is not None:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=600) as reply:
            return reply.status, reply.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def sign_in(user):
    status, body = call("POST", "/api/v1/sessions", body=json.dumps({"username": user, "password": "Sunshine@2026"}).encode())
    assert status == 201, body
    return json.loads(body)["token"]


def id_number(n):
    first17 = f"51010419{80 + n // 100000 % 20:02d}0{1 + n // 10000 % 9}{10 + n // 1000 % 18:02d}{n % 1000:03d}"
    return first17 + CHECKS[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] * 1000 if values else 0


def phase(name, token, stop, clerk_offset):
    reads, writes, failures = [], [], []

    def reader():
        while not stop.is_set():
            started = time.perf_counter()
            status, _ = call("GET", "/api/v1/trainees?limit=20", token)
            (reads if status == 200 else failures).append(time.perf_counter() - started)

    def clerk():
        n = clerk_offset
        while not stop.is_set():
            body = json.dumps({"name": "窗口登记", "id_number": id_number(n), "phone": f"139{n:08d}",
                               "household_region_code": "510104", "residence_region_code": "510104",
                               "groups": [], "employment_status": "employed"}).encode()
            started = time.perf_counter()
            status, answer = call("POST", "/api/v1/trainees", token, body)
            (writes if status == 201 else failures).append(time.perf_counter() - started)
            if status != 201 and len(failures) < 3:
                print("   clerk refused:", status, answer[:200])
            n += 1

    threads = [threading.Thread(target=reader) for _ in range(4)] + [threading.Thread(target=clerk)]
    for t in threads:
        t.start()
    return threads, reads, writes, failures


def report(name, reads, writes, failures):
    print(f"== {name}: reads {len(reads)} (p50 {percentile(reads, .5):.0f} ms, p99 {percentile(reads, .99):.0f} ms, "
          f"max {percentile(reads, 1):.0f} ms); writes {len(writes)} (p50 {percentile(writes, .5):.0f} ms, "
          f"p99 {percentile(writes, .99):.0f} ms, max {percentile(writes, 1):.0f} ms); failures {len(failures)}")


def main():
    token = sign_in("county_officer")
    importer = sign_in("county_officer")
    data = open(FILE, "rb").read()

    stop = threading.Event()
    threads, reads, writes, failures = phase("baseline", token, stop, 0)
    time.sleep(SECONDS)
    stop.set()
    for t in threads:
        t.join()
    report("baseline (no import)", reads, writes, failures)

    stop = threading.Event()
    threads, reads, writes, failures = phase("imports", token, stop, 500000)
    results = []

    def post():
        started = time.perf_counter()
        status, body = call("POST", "/api/v1/imports/trainees", importer, data, "text/csv; charset=utf-8")
        results.append((status, time.perf_counter() - started, len(body), body[:100]))

    importers = [threading.Thread(target=post) for _ in range(IMPORTS)]
    for t in importers:
        t.start()
    for t in importers:
        t.join()
    stop.set()
    for t in threads:
        t.join()
    report(f"during {IMPORTS} import(s) of {len(data) / 1e6:.1f} MB", reads, writes, failures)
    for status, seconds, size, head in results:
        print(f"   import: HTTP {status} in {seconds:.1f} s, answer {size / 1024:.1f} KB: {head.decode(errors='replace')}")


if __name__ == "__main__":
    main()
