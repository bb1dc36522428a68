#!/usr/bin/env python3
"""Checks the instants of an exported calendar against the listing it came from.

Usage: check_ics.py EXPORT.ics EVENTS.json

EVENTS.json is the `confsched ... --json` array of the same events (objects with id, date,
start, end, assumedEnd, timeZone, startsAt, endsAt). Every event that has a date, a start and a
time zone must appear in the .ics as the VEVENT with UID `<id>@confsched`, and its start and end,
in UTC, must be the JSON's local date and time in that IANA zone (Python's zoneinfo); a missing
end is the JSON's assumedEnd, an end before the start falls on the next day. The JSON's own
startsAt and endsAt (ISO 8601 with the offset) must be those instants too. An event with a date
and no start must be an all-day VEVENT of that date. Each VEVENT is read twice: through the zone named by
its TZID (as most calendar programs do) and through the file's own VTIMEZONE block (as Outlook
does), so a wrong local time and a wrong VTIMEZONE both fail. No VEVENT may lack its JSON event.

Needs the `icalendar` package (pip install icalendar; written against 7.3). Exits 0 when all
match, 1 with one line per difference when not, 2 when the files cannot be read.
"""
import json
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

try:
    from icalendar import Calendar
except ImportError:
    sys.exit("check_ics: the icalendar package is missing (pip install icalendar)")


def expected_instants(event):
    """The UTC start and end the JSON event gives, or None when it has no place on a calendar."""
    if not (event.get("date") and event.get("start") and event.get("timeZone")):
        return None
    zone = ZoneInfo(event["timeZone"])
    day = datetime.strptime(event["date"], "%Y-%m-%d")

    def minutes(text):
        hours, mins = text.split(":")
        return int(hours) * 60 + int(mins)

    start = minutes(event["start"])
    end_text = event.get("end") or event.get("assumedEnd")
    end = minutes(end_text) if end_text else start
    if end < start:
        end += 24 * 60
    # 24:00 and after-midnight ends are plain minute counts past the day's midnight.
    return tuple(
        (day + timedelta(minutes=m)).replace(tzinfo=zone).astimezone(timezone.utc)
        for m in (start, end)
    )


def main(argv):
    if len(argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    try:
        with open(argv[1], "rb") as handle:
            calendar = Calendar.from_ical(handle.read())
        with open(argv[2], encoding="utf-8") as handle:
            listing = json.load(handle)
    except (OSError, ValueError) as error:
        print(f"check_ics: cannot read the input: {error}", file=sys.stderr)
        return 2

    problems = []
    expected = {}
    all_day = {}
    for event in listing:
        instants = expected_instants(event)
        if instants is not None:
            expected[f"{event['id']}@confsched"] = (event, instants)
            for key, instant in (("startsAt", instants[0]), ("endsAt", instants[1])):
                if key == "endsAt" and not event.get("end"):
                    if event.get("endsAt") is not None:
                        problems.append(f"{event['id']}: endsAt without an end")
                    continue
                got = event.get(key)
                if got is None or datetime.fromisoformat(got) != instant:
                    problems.append(
                        f"{event['id']}: {key} is {got}, zoneinfo gives"
                        f" {instant.astimezone(ZoneInfo(event['timeZone'])).isoformat()}"
                    )
        elif event.get("date") and not event.get("start"):
            all_day[f"{event['id']}@confsched"] = event

    own_zones = {
        str(component["TZID"]): component.to_tz(lookup_tzid=False)
        for component in calendar.walk("VTIMEZONE")
    }
    seen = set()
    for vevent in calendar.walk("VEVENT"):
        uid = str(vevent.get("UID"))
        if uid in seen:
            problems.append(f"{uid}: the UID occurs twice")
            continue
        seen.add(uid)
        if uid in all_day:
            day = datetime.strptime(all_day[uid]["date"], "%Y-%m-%d").date()
            if (vevent.start, vevent.end) != (day, day + timedelta(days=1)):
                problems.append(f"{uid}: not an all-day event of {day}")
            continue
        if uid not in expected:
            problems.append(f"{uid}: in the .ics but not a dated, timed, zoned event of the JSON")
            continue
        event, (want_start, want_end) = expected[uid]
        local = f"{event['date']} {event['start']}-{event.get('end') or ''} {event['timeZone']}"
        start, end = vevent.start, vevent.end
        if start.tzinfo is None:
            problems.append(f"{uid}: DTSTART is floating (no TZID, no Z)")
            continue
        tzid = vevent["DTSTART"].params.get("TZID")
        readings = [("TZID", start, end)]
        if tzid is not None:
            own = own_zones.get(str(tzid))
            if own is None:
                problems.append(f"{uid}: TZID={tzid} has no VTIMEZONE in the file")
            else:
                readings.append(
                    (
                        "VTIMEZONE",
                        start.replace(tzinfo=own),
                        end.replace(tzinfo=own),
                    )
                )
        for how, got_start, got_end in readings:
            got = (got_start.astimezone(timezone.utc), got_end.astimezone(timezone.utc))
            if got != (want_start, want_end):
                problems.append(
                    f"{uid}: {local} is {want_start:%Y-%m-%dT%H:%MZ}-{want_end:%Y-%m-%dT%H:%MZ},"
                    f" the .ics read through its {how} gives"
                    f" {got[0]:%Y-%m-%dT%H:%MZ}-{got[1]:%Y-%m-%dT%H:%MZ}"
                )
    for uid in (expected.keys() | all_day.keys()) - seen:
        problems.append(f"{uid}: in the JSON with a date, time and zone, but not in the .ics")

    for problem in sorted(problems):
        print(f"check_ics: {problem}", file=sys.stderr)
    if problems:
        print(f"check_ics: {len(problems)} problem(s) in {argv[1]}", file=sys.stderr)
        return 1
    print(f"check_ics: all {len(seen)} events of {argv[1]} are at the right UTC instants")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
