"""Writes ephemeris.txt: the Vietnamese lunar calendar of 1968-2199 computed
independently of package lunar, from PyEphem's full ephemerides of the sun
and moon (and its own Delta T), by the same rules: months begin on the day,
at UTC+7, of a new moon; month 11 holds the December solstice; in a span of
13 months from one month 11 to the next, the first month after month 11
with no major solar term (a multiple of 30 degrees of the sun's apparent
longitude) is the leap month.

Run from this folder, with Debian's python3-ephem installed:

    python3 ephemeris.py > ephemeris.txt

Each line: the lunar year, its Tet (Gregorian), its leap month (0 if none),
and the lengths of its months in order, 1 for 30 days and 0 for 29 (the leap
month in its place).
"""
import datetime
import math

import ephem

ZONE = 7 / 24  # UTC+7, in days
EPHEM_EPOCH_JD = 2415020.0  # ephem's date 0 as a Julian date
UNIX_EPOCH_JD = 2440587.5
UNIX_EPOCH = datetime.date(1970, 1, 1)
FIRST, LAST = 1968, 2199


def local_day(d):
    """Days from 1970-01-01 of the UTC+7 day in which ephem date d falls."""
    return math.floor(float(d) + EPHEM_EPOCH_JD - UNIX_EPOCH_JD + ZONE)


def sun_longitude(d):
    """The sun's apparent geocentric longitude, of date, in degrees."""
    sun = ephem.Sun()
    sun.compute(d, epoch=d)
    eq = ephem.Equatorial(sun.g_ra, sun.g_dec, epoch=d)
    return math.degrees(float(ephem.Ecliptic(eq, epoch=d).lon))


def crossing(target, guess):
    """The instant near guess at which the sun's longitude is target."""
    d = float(guess)
    for _ in range(30):
        diff = (target - sun_longitude(ephem.Date(d)) + 180) % 360 - 180
        d += diff / 0.9856
        if abs(diff) < 1e-8:
            break
    return ephem.Date(d)


def new_moon_days(start, end):
    days, d = [], start
    while d < end:
        d = ephem.next_new_moon(d)
        days.append(local_day(d))
        d = ephem.Date(d + 1)
    return days


def major_terms(start, end):
    """{local day: [longitudes]} of the major solar terms in [start, end)."""
    terms, d = {}, start
    lon = math.floor(sun_longitude(d) / 30 + 1) * 30 % 360
    while d < end:
        guess = ephem.Date(d + ((lon - sun_longitude(d)) % 360) / 0.9856)
        t = crossing(lon, guess)
        terms.setdefault(local_day(t), []).append(lon)
        d = ephem.Date(t + 1)
        lon = (lon + 30) % 360
    return terms


def months():
    """[start, end, number, leap] of every month, numbered."""
    start, end = ephem.Date('%d/10/1' % (FIRST - 2)), ephem.Date('%d/6/1' % (LAST + 2))
    moons, terms = new_moon_days(start, end), major_terms(start, end)
    ms = []
    for a, b in zip(moons, moons[1:]):
        lons = [l for day in range(a, b) for l in terms.get(day, [])]
        ms.append({'start': a, 'end': b, 'term': bool(lons), 'solstice': 270 in lons})
    elevens = [i for i, m in enumerate(ms) if m['solstice']]
    for i, j in zip(elevens, elevens[1:]):
        leap = None
        if j - i == 13:
            leap = next(x for x in range(i + 1, j) if not ms[x]['term'])
        n = 11
        for x in range(i, j):
            if x == leap:
                ms[x]['number'], ms[x]['leap'] = ms[x - 1]['number'], True
                continue
            ms[x]['number'], ms[x]['leap'] = n, False
            n = n % 12 + 1
    return [m for m in ms if 'number' in m]


def main():
    years, year = {}, None
    for m in months():
        if m['number'] == 1 and not m['leap']:
            year = (UNIX_EPOCH + datetime.timedelta(days=m['start'])).year
        if year is not None:
            years.setdefault(year, []).append(m)
    print('# Written by ephemeris.py from PyEphem %s: year, Tet, leap month, month lengths (1 = 30 days).' % ephem.__version__)
    for y in range(FIRST, LAST + 1):
        ms = years[y]
        tet = UNIX_EPOCH + datetime.timedelta(days=ms[0]['start'])
        leap = next((m['number'] for m in ms if m['leap']), 0)
        lengths = ''.join('1' if m['end'] - m['start'] == 30 else '0' for m in ms)
        print(y, tet.isoformat(), leap, lengths)


main()
