#!/usr/bin/env python3
"""Alert latency (issue 15 item 3): uploads one signed batch that a rule flags (checkin_load's
events are all captured at one instant: a terminal checking twenty people in at once, the
terminal_burst rule) and polls the province officer's alert queue every 20 ms until the alert is
there. Prints the seconds from the start of the upload to the alert.
Usage: risk_latency.py PORT CHECKIN_LOAD_ARGS..."""
import json
import subprocess
import sys
import time
import urllib.request

BASE = f"http://127.0.0.1:{sys.argv[1]}"


def call(method, path, body=None, token=None):
    request = urllib.request.Request(BASE + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request) as reply:
        return json.loads(reply.read() or b"{}")


def main():
    token = call("POST", "/api/v1/sessions", {"username": "province_officer", "password": "Sunshine@2026"})["token"]
    path = "/api/v1/risk/alerts?rule=terminal_burst"
    if call("GET", path, token=token)["items"]:
        sys.exit("a terminal_burst alert is there before the upload")
    started = time.monotonic()
    subprocess.run(sys.argv[2:], check=True, stdout=subprocess.DEVNULL)
    uploaded = time.monotonic()
    while not call("GET", path, token=token)["items"]:
        if time.monotonic() - started > 120:
            sys.exit("no alert within 120 s")
        time.sleep(0.02)
    alerted = time.monotonic()
    print(f"upload {uploaded - started:.3f} s, alert {alerted - started:.3f} s after the upload began")


if __name__ == "__main__":
    main()
