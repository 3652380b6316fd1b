#!/usr/bin/env python3
"""Sets up what bench/checkin_load.sh uploads against, through the API of a demo server started
with a zero-day filing notice and 24-hour days: a training project, a venue, 50 trainees, an
approved class with one session covering today, and a terminal at the venue with the public
key given. Prints "class session trainee,ids... key_id" for checkin_load.
Usage: checkin_setup.py PORT PUBLIC_KEY_BASE64"""
import datetime
import json
import sys
import urllib.request

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECKS = "10X98765432"
BASE = f"http://127.0.0.1:{sys.argv[1]}"


def call(method, path, body=None, token=None, expect=(200, 201)):
    request = urllib.request.Request(BASE + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request) as reply:
            return json.loads(reply.read() or b"{}")
    except urllib.error.HTTPError as error:
        sys.exit(f"{method} {path}: {error.code} {error.read().decode()}")


def sign_in(username):
    return call("POST", "/api/v1/sessions", {"username": username, "password": "Sunshine@2026"})["token"]


def id_number(n):
    first17 = f"510104{1980 + n // 300:04d}{1 + (n // 28) % 12:02d}{1 + n % 28:02d}{n % 1000:03d}"
    return first17 + CHECKS[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]


def main():
    province, county, institution = sign_in("province_officer"), sign_in("county_officer"), sign_in("institution")
    cook = call("GET", "/api/v1/occupations?q=4-03-02-01", token=province)["items"][0]["id"]
    project = call("POST", "/api/v1/training-projects",
                   {"name": "压测班（五级）", "occupation_id": cook, "level": 5, "training_type": "employment_skills",
                    "standard_hours": 24, "subsidy_fen": 120000, "valid_from": "2026-01-01"}, province)["id"]
    own = call("GET", "/api/v1/institutions", token=institution)["items"][0]["id"]
    base = f"/api/v1/institutions/{own}"
    venue = call("POST", base + "/venues",
                 {"name": "压测实训室", "address": "成都市锦江区东大街8号", "region_code": "510104", "latitude": 30.657,
                  "longitude": 104.081, "datum": "wgs84", "capacity": 50}, institution)["id"]
    call("POST", base + "/projects", {"project_id": project, "valid_from": "2026-01-01", "valid_to": "2030-12-31"}, county)
    trainees = []
    for n in range(50):
        trainees.append(call("POST", "/api/v1/trainees",
                             {"name": f"压测学员{n}", "id_number": id_number(n), "phone": f"139{n:08d}",
                              "household_region_code": "510104", "residence_region_code": "510104", "groups": [],
                              "employment_status": "employed"}, institution)["id"])
    today = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=8)).strftime("%Y-%m-%d")
    klass = call("POST", "/api/v1/classes",
                 {"name": "压测班", "project_id": project, "training_type": "employment_skills", "mode": "offline",
                  "venue_id": venue, "start_date": today, "end_date": today,
                  "teachers": [{"name": "王师傅", "id_number": id_number(999), "qualification": "二级"}],
                  "sessions": [{"date": today, "start": "00:00", "end": "23:59", "topic": "全天", "teacher": 0}],
                  "roster": [{"trainee_id": t} for t in trainees]}, institution)
    call("POST", f"/api/v1/classes/{klass['id']}/actions/submit", {}, institution)
    call("POST", f"/api/v1/classes/{klass['id']}/actions/approve", {}, county)
    terminal = call("POST", "/api/v1/terminals", {"name": "压测终端", "public_key": sys.argv[2], "venue_ids": [venue]},
                    institution)
    print(klass["id"], klass["sessions"][0]["id"], ",".join(map(str, trainees)), terminal["key_id"])


main()
