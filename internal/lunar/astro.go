package lunar

import "math"

// Days are counted as integers from 1970-01-01 (day 0), each day running
// from midnight to midnight in Vietnam's time zone; instants are Julian
// dates, in Terrestrial Time (TT) where the series need it, else in UT.
const (
	// jdUnixEpoch is the Julian date of 1970-01-01 00:00 UT.
	jdUnixEpoch = 2440587.5
	// jdJ2000 is the Julian date of 2000-01-01 12:00 TT, the epoch of the
	// solar series.
	jdJ2000 = 2451545.0
	// daysPerCentury is a Julian century, the time unit of the solar series.
	daysPerCentury = 36525.0
	// daysPerYear is a Julian year, used to date an instant for ΔT.
	daysPerYear = 365.25
	// secondsPerDay turns ΔT, in seconds, into days.
	secondsPerDay = 86400.0
	// zoneOffset is Vietnam's offset from UT, UTC+7, in days: the calendar
	// has been computed for this zone since 1968 (the North used UTC+8
	// before), and it is why Vietnam's Tết can fall a day, or a month,
	// before China's.
	zoneOffset = 7.0 / 24
	// degrees converts degrees to radians.
	degrees = math.Pi / 180
)

// Mean new moon (Meeus, Astronomical Algorithms, chapter 49): lunation k
// is the k-th new moon after the one of 6 January 2000.
const (
	// newMoonEpoch is the mean new moon of lunation 0, a Julian date in TT.
	newMoonEpoch = 2451550.09766
	// synodicMonth is the mean time from one new moon to the next, in days.
	synodicMonth = 29.530588861
	// lunationsPerCentury turns a lunation number into Julian centuries
	// from J2000, the unit in which the slow secular terms are given.
	lunationsPerCentury = 1236.85
)

// A periodicTerm is one term of the correction from the mean to the true
// new moon: coef·E^|m|·sin(m·M + mp·M′ + f·F + om·Ω), in days, where M is
// the sun's mean anomaly, M′ the moon's, F the moon's argument of latitude
// and Ω the longitude of its ascending node. E, the decreasing
// eccentricity of the Earth's orbit, weighs the terms that involve the
// sun's anomaly (also the two smallest such terms, which Meeus leaves
// unweighted: a difference of a hundredth of a second).
type periodicTerm struct {
	coef         float64
	m, mp, f, om float64
}

// newMoonTerms are the periodic terms of the new moon from Meeus's table,
// largest first: with the planetary terms they bring the mean new moon
// within 20 seconds of the true one over 1967–2201 (against PyEphem's
// full lunar theory). They are read, never written.
var newMoonTerms = [...]periodicTerm{
	{-0.40720, 0, 1, 0, 0},
	{0.17241, 1, 0, 0, 0},
	{0.01608, 0, 2, 0, 0},
	{0.01039, 0, 0, 2, 0},
	{0.00739, -1, 1, 0, 0},
	{-0.00514, 1, 1, 0, 0},
	{0.00208, 2, 0, 0, 0},
	{-0.00111, 0, 1, -2, 0},
	{-0.00057, 0, 1, 2, 0},
	{0.00056, 1, 2, 0, 0},
	{-0.00042, 0, 3, 0, 0},
	{0.00042, 1, 0, 2, 0},
	{0.00038, 1, 0, -2, 0},
	{-0.00024, -1, 2, 0, 0},
	{-0.00017, 0, 0, 0, 1},
	{-0.00007, 2, 1, 0, 0},
	{0.00004, 0, 2, -2, 0},
	{0.00004, 3, 0, 0, 0},
	{0.00003, 1, 1, -2, 0},
	{0.00003, 0, 2, 2, 0},
	{-0.00003, 1, 1, 2, 0},
	{0.00003, -1, 1, 2, 0},
	{-0.00002, -1, 1, -2, 0},
	{-0.00002, 1, 3, 0, 0},
	{0.00002, 0, 4, 0, 0},
}

// A planetaryTerm is one of the small corrections to the new moon for the
// planets' pull: coef·sin(phase + rate·k), in days, with angles in degrees.
type planetaryTerm struct {
	coef, phase, rate float64
}

// planetaryTerms are Meeus's additional corrections to every phase of the
// moon; each is under half a minute, together under two. (The first one's
// term in T², a hundredth of a degree by 2200, is left out.) They are
// read, never written.
var planetaryTerms = [...]planetaryTerm{
	{0.000325, 299.77, 0.107408},
	{0.000165, 251.88, 0.016321},
	{0.000164, 251.83, 26.651886},
	{0.000126, 349.42, 36.412478},
	{0.000110, 84.66, 18.206239},
	{0.000062, 141.74, 53.303771},
	{0.000060, 207.14, 2.453732},
	{0.000056, 154.84, 7.306860},
	{0.000047, 34.52, 27.261239},
	{0.000042, 207.19, 0.121824},
	{0.000040, 291.34, 1.844379},
	{0.000037, 161.72, 24.198154},
	{0.000035, 239.56, 25.513099},
	{0.000023, 331.55, 3.592518},
}

// A lunation holds the arguments of the new-moon series for one lunation
// number: its mean new moon and the angles the periodic terms are made of.
type lunation struct {
	k    float64 // the lunation number
	mean float64 // the mean new moon, a Julian date in TT
	e    float64 // the eccentricity factor E
	// m, mp, f and om are M, M′, F and Ω, in radians.
	m, mp, f, om float64
}

// newLunation returns the arguments of lunation k (Meeus, 49.1 to 49.7).
func newLunation(k int) lunation {
	kf := float64(k)
	t := kf / lunationsPerCentury
	t2 := t * t
	return lunation{
		k:    kf,
		mean: newMoonEpoch + synodicMonth*kf + t2*(0.00015437+t*(-0.000000150+t*0.00000000073)),
		e:    1 - t*(0.002516+t*0.0000074),
		m:    (2.5534 + 29.10535670*kf - t2*(0.0000014+t*0.00000011)) * degrees,
		mp:   (201.5643 + 385.81693528*kf + t2*(0.0107582+t*(0.00001238-t*0.000000058))) * degrees,
		f:    (160.7108 + 390.67050284*kf - t2*(0.0016118+t*(0.00000227-t*0.000000011))) * degrees,
		om:   (124.7746 - 1.56375588*kf + t2*(0.0020672+t*0.00000215)) * degrees,
	}
}

// periodic returns the sum of the given periodic terms, in days.
func (l lunation) periodic(terms []periodicTerm) float64 {
	sum := 0.0
	for _, p := range terms {
		c := p.coef
		for range int(math.Abs(p.m)) {
			c *= l.e
		}
		sum += c * math.Sin(p.m*l.m+p.mp*l.mp+p.f*l.f+p.om*l.om)
	}
	return sum
}

// planetary returns the sum of the planetary corrections, in days.
func (l lunation) planetary() float64 {
	sum := 0.0
	for _, p := range planetaryTerms {
		sum += p.coef * math.Sin((p.phase+p.rate*l.k)*degrees)
	}
	return sum
}

// newMoon returns the instant, a Julian date in TT, of the true new moon
// of lunation k, from the whole series.
func newMoon(k int) float64 {
	l := newLunation(k)
	return l.mean + l.periodic(newMoonTerms[:]) + l.planetary()
}

// Most new moons fall hours from midnight, where the largest terms of the
// series already place them on their day; newMoonDay sums the rest of the
// series only for those that the rest could move across a midnight. Its
// days are those of newMoon, at a quarter of the cost.
const (
	// mainTerms is how many of newMoonTerms, the largest, are always summed.
	mainTerms = 7
	// restBound, in days, exceeds the largest sum the other periodic terms
	// and the planetary ones can reach, the sum of their coefficients
	// (0.0042 and 0.001292 days, eight minutes in all), with a margin.
	restBound = 0.0065
)

// newMoonDay returns the local day of the new moon of lunation k: the
// first day of a lunar month.
func newMoonDay(k int) int {
	l := newLunation(k)
	jde := l.mean + l.periodic(newMoonTerms[:mainTerms])
	if day, sure := dayOfWithin(jde, restBound); sure {
		return day
	}
	return dayOf(jde + l.periodic(newMoonTerms[mainTerms:]) + l.planetary())
}

// sunLongitude returns the apparent geocentric longitude of the sun, in
// degrees in [0, 360), at jde, a Julian date in TT: the mean longitude
// plus the equation of centre, corrected for aberration and nutation
// (Meeus, chapter 25). It is good to about 0.01°, a quarter of an hour of
// the sun's motion, and within 40″ of PyEphem over 1967–2201: a solar term
// can be put on the wrong day only when it falls minutes from midnight.
func sunLongitude(jde float64) float64 {
	t := (jde - jdJ2000) / daysPerCentury
	l0 := 280.46646 + t*(36000.76983+t*0.0003032)
	m := (357.52911 + t*(35999.05029-t*0.0001537)) * degrees
	centre := (1.914602-t*(0.004817+t*0.000014))*math.Sin(m) +
		(0.019993-t*0.000101)*math.Sin(2*m) +
		0.000289*math.Sin(3*m)
	node := (125.04 - 1934.136*t) * degrees
	lambda := l0 + centre - 0.00569 - 0.00478*math.Sin(node)
	return normalize(lambda)
}

// normalize brings an angle in degrees into [0, 360).
func normalize(deg float64) float64 {
	deg = math.Mod(deg, 360)
	if deg < 0 {
		deg += 360
	}
	return deg
}

// A deltaTSpan is one piece of Espenak and Meeus's fit of ΔT = TT − UT:
// up to the year until, ΔT in seconds is the polynomial coef in
// (year − origin).
type deltaTSpan struct {
	until, origin float64
	coef          []float64
}

// deltaTSpans cover the supported years (and run on past them, so that any
// year gets a value); the last pieces are the parabola of Morrison and
// Stephenson, the usual guess for the future, which is uncertain by
// minutes at the end of the range. They are read, never written.
var deltaTSpans = [...]deltaTSpan{
	{1986, 1975, []float64{45.45, 1.067, -1.0 / 260, -1.0 / 718}},
	{2005, 2000, []float64{63.86, 0.3345, -0.060374, 0.0017275, 0.000651814, 0.00002373599}},
	{2050, 2000, []float64{62.92, 0.32217, 0.005589}},
	{2150, 1820, []float64{-20 - 0.5628*330, 0.5628, 0.0032}},
	{math.Inf(1), 1820, []float64{-20, 0, 0.0032}},
}

// deltaT returns ΔT = TT − UT, in days, at the Julian date jd.
func deltaT(jd float64) float64 {
	year := 2000 + (jd-jdJ2000)/daysPerYear
	span := deltaTSpans[len(deltaTSpans)-1]
	for _, s := range deltaTSpans {
		if year < s.until {
			span = s
			break
		}
	}
	t := year - span.origin
	sec := 0.0
	for i := len(span.coef) - 1; i >= 0; i-- {
		sec = sec*t + span.coef[i]
	}
	return sec / secondsPerDay
}

// dayOf returns the local day in which the instant jde, in TT, falls.
func dayOf(jde float64) int {
	ut := jde - deltaT(jde)
	return int(math.Floor(ut - jdUnixEpoch + zoneOffset))
}

// dayOfWithin returns the local day in which the instant jde, in TT,
// falls, and whether every instant within margin days of it falls on that
// day too.
func dayOfWithin(jde, margin float64) (int, bool) {
	local := jde - deltaT(jde) - jdUnixEpoch + zoneOffset
	day := math.Floor(local)
	frac := local - day
	return int(day), frac >= margin && frac < 1-margin
}

// dayStart returns the instant, in TT, at which local day n begins.
func dayStart(n int) float64 {
	ut := jdUnixEpoch + float64(n) - zoneOffset
	return ut + deltaT(ut)
}

// sunAtDayStart returns the sun's longitude as local day n begins: a major
// solar term falls on day n when the longitude at its start and at the
// next day's start are in different 30° sectors.
func sunAtDayStart(n int) float64 {
	return sunLongitude(dayStart(n))
}
