package numbers

import (
	"errors"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

// maxCoef bounds the coefficient of a Decimal: 18 significant digits.
const maxCoef = 999_999_999_999_999_999

// maxExp bounds the decimal exponent of a Decimal, so that String stays short.
const maxExp = 60

// A Decimal is an exact decimal number: a signed coefficient of at most 18
// significant digits times a power of ten. It never rounds silently: an
// operation whose exact result does not fit reports failure instead.
//
// The zero value is 0. Decimals are values; compare them with [Decimal.Cmp]
// or [Decimal.Equal], not with ==, since 1.50 and 1.5 are equal numbers.
type Decimal struct {
	coef int64 // normalised: no trailing zeros unless coef == 0
	exp  int32 // value = coef × 10^exp
}

// ErrRange reports a number whose exact value does not fit in a Decimal.
var ErrRange = errors.New("numbers: value out of range")

// NewDecimal returns coef × 10^exp.
// It returns ErrRange when the exponent is beyond ±60.
func NewDecimal(coef int64, exp int) (Decimal, error) {
	if coef == 0 {
		return Decimal{}, nil
	}
	for coef%10 == 0 {
		coef /= 10
		exp++
	}
	if exp > maxExp || exp < -maxExp || coef > maxCoef || coef < -maxCoef {
		return Decimal{}, ErrRange
	}
	return Decimal{coef: coef, exp: int32(exp)}, nil
}

// decimalOf returns the integer n as a Decimal.
func decimalOf(n int64) Decimal {
	d, _ := NewDecimal(n, 0)
	return d
}

// ParseDecimal parses a plain decimal string such as "-12", "1.5" or
// "90000000000": an optional sign, digits, and an optional "." followed by
// digits. It accepts no grouping separators and no exponent; errors are
// *ParseError wrapping ErrSyntax or ErrRange.
func ParseDecimal(s string) (Decimal, error) {
	fail := func(off int, err error) (Decimal, error) {
		return Decimal{}, &ParseError{Func: "ParseDecimal", Input: strings.Clone(s), Offset: off, Err: err}
	}
	i := 0
	neg := false
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		neg = s[i] == '-'
		i++
	}
	var coef uint64
	exp := 0
	digits, seenDot, sig := 0, false, 0
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.' && !seenDot:
			seenDot = true
		case c >= '0' && c <= '9':
			digits++
			if coef == 0 && c == '0' {
				if seenDot {
					exp--
				}
				continue
			}
			if sig >= 18 {
				if c != '0' {
					return fail(i, ErrRange)
				}
				if !seenDot {
					exp++
				}
				continue
			}
			coef = coef*10 + uint64(c-'0')
			sig++
			if seenDot {
				exp--
			}
		default:
			return fail(i, ErrSyntax)
		}
	}
	if digits == 0 {
		return fail(len(s), ErrSyntax)
	}
	c := int64(coef)
	if neg {
		c = -c
	}
	d, err := NewDecimal(c, exp)
	if err != nil {
		return fail(0, err)
	}
	return d, nil
}

// IsZero reports whether d is 0.
func (d Decimal) IsZero() bool { return d.coef == 0 }

// Sign returns -1, 0 or +1.
func (d Decimal) Sign() int {
	switch {
	case d.coef < 0:
		return -1
	case d.coef > 0:
		return 1
	}
	return 0
}

// Neg returns -d.
func (d Decimal) Neg() Decimal { return Decimal{coef: -d.coef, exp: d.exp} }

// Digits returns the number of significant digits of d (0 for zero).
func (d Decimal) Digits() int {
	n := 0
	for c := abs64(d.coef); c > 0; c /= 10 {
		n++
	}
	return n
}

// Exp returns the power of ten of d's last significant digit:
// 2 for 4400 (44 × 10²), -1 for 1.5, 0 for zero.
func (d Decimal) Exp() int { return int(d.exp) }

// String returns d in plain notation with no exponent and no grouping:
// "90000000000", "1.5", "-0.25".
func (d Decimal) String() string {
	var buf [40]byte
	return string(d.Append(buf[:0]))
}

// Float64 returns the float64 nearest d, and false when d is beyond the
// range of a float64 (the value is then ±Inf), as strconv.ParseFloat does
// with d's String, without making the string.
func (d Decimal) Float64() (float64, bool) {
	var buf [40]byte
	f, err := strconv.ParseFloat(string(d.Append(buf[:0])), 64)
	return f, err == nil
}

// Append appends the digits of d to dst, as String writes them, and
// returns the extended slice: one allocation for String, none for a
// caller with room.
func (d Decimal) Append(dst []byte) []byte {
	if d.coef == 0 {
		return append(dst, '0')
	}
	c := d.coef
	if c < 0 {
		dst = append(dst, '-')
		c = -c
	}
	var buf [20]byte
	n := len(buf)
	for c > 0 {
		n--
		buf[n] = byte('0' + c%10)
		c /= 10
	}
	ds := buf[n:]
	switch e := int(d.exp); {
	case e >= 0:
		dst = append(dst, ds...)
		for range e {
			dst = append(dst, '0')
		}
	case -e < len(ds):
		dst = append(dst, ds[:len(ds)+e]...)
		dst = append(dst, '.')
		dst = append(dst, ds[len(ds)+e:]...)
	default:
		dst = append(dst, "0."...)
		for range -e - len(ds) {
			dst = append(dst, '0')
		}
		dst = append(dst, ds...)
	}
	return dst
}

// MarshalText implements encoding.TextMarshaler with [Decimal.String].
func (d Decimal) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseDecimal].
func (d *Decimal) UnmarshalText(b []byte) error {
	v, err := ParseDecimal(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Cmp compares d and e and returns -1, 0 or +1.
func (d Decimal) Cmp(e Decimal) int {
	if ds, es := d.Sign(), e.Sign(); ds != es || ds == 0 {
		return cmpInt(ds, es)
	}
	// Same non-zero sign: compare magnitudes by order of size, then digits.
	mag := func(x Decimal) int { return x.Digits() + int(x.exp) }
	r := 0
	if md, me := mag(d), mag(e); md != me {
		r = cmpInt(md, me)
	} else {
		a, b := abs64(d.coef), abs64(e.coef)
		// Pad the shorter coefficient with zeros; both have ≤ 18 digits.
		for da, db := d.Digits(), e.Digits(); da < db; da++ {
			a *= 10
		}
		for da, db := d.Digits(), e.Digits(); db < da; db++ {
			b *= 10
		}
		r = cmpInt64(a, b)
	}
	if d.coef < 0 {
		return -r
	}
	return r
}

// Equal reports whether d and e are the same number.
func (d Decimal) Equal(e Decimal) bool { return d.coef == e.coef && d.exp == e.exp }

// Add returns d+e, and false if the exact sum does not fit.
func (d Decimal) Add(e Decimal) (Decimal, bool) {
	if d.coef == 0 {
		return e, true
	}
	if e.coef == 0 {
		return d, true
	}
	// Align to the smaller exponent.
	a, b := d, e
	if a.exp < b.exp {
		a, b = b, a
	}
	ac := a.coef
	for x := a.exp; x > b.exp; x-- {
		if abs64(ac) > maxCoef/10 {
			return Decimal{}, false
		}
		ac *= 10
	}
	s := ac + b.coef
	r, err := NewDecimal(s, int(b.exp))
	return r, err == nil
}

// Mul returns d×e, and false if the exact product does not fit.
func (d Decimal) Mul(e Decimal) (Decimal, bool) {
	if d.coef == 0 || e.coef == 0 {
		return Decimal{}, true
	}
	hi, lo := bits.Mul64(uint64(abs64(d.coef)), uint64(abs64(e.coef)))
	if hi != 0 || lo > maxCoef {
		return Decimal{}, false
	}
	c := int64(lo)
	if (d.coef < 0) != (e.coef < 0) {
		c = -c
	}
	r, err := NewDecimal(c, int(d.exp)+int(e.exp))
	return r, err == nil
}

// Shift returns d × 10^n, and false if it does not fit.
func (d Decimal) Shift(n int) (Decimal, bool) {
	if d.coef == 0 {
		return d, true
	}
	r, err := NewDecimal(d.coef, int(d.exp)+n)
	return r, err == nil
}

// Quo returns d/n for a small positive n when the quotient is a terminating
// decimal of at most 18 digits (d/4, d/8, d/5 ...), and false otherwise.
func (d Decimal) Quo(n int64) (Decimal, bool) {
	if n <= 0 {
		return Decimal{}, false
	}
	c, exp := d.coef, int(d.exp)
	for range 20 {
		if c%n == 0 {
			r, err := NewDecimal(c/n, exp)
			return r, err == nil
		}
		if abs64(c) > maxCoef/10 {
			return Decimal{}, false
		}
		c *= 10
		exp--
	}
	return Decimal{}, false
}

// Int64 returns d as an int64 and whether d is an integer that fits.
func (d Decimal) Int64() (int64, bool) {
	if d.exp < 0 {
		return 0, false
	}
	c := d.coef
	for range d.exp {
		if abs64(c) > maxCoef/10 {
			return 0, false
		}
		c *= 10
	}
	return c, true
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpInt64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// roundDigits is the precision of quotients that do not terminate: 2/3 is
// 0.666666666666667, as Recognizers-Text and most spreadsheets show it.
const roundDigits = 15

// absCoef returns |c|, MinInt64 included.
func absCoef(c int64) uint64 {
	if c < 0 {
		return -uint64(c)
	}
	return uint64(c)
}

// divSmall is div without big numbers, for a divisor below 2^59: the
// numerator scaled by tens is held in 128 bits. It returns the quotient
// coefficient and the power of ten to add to the exponent, computed the
// way divBig computes them (the quotient truncated, then rounded half up
// to roundDigits digits when it does not terminate within 18), or false
// when the quotient would not fit in 64 bits; then divBig decides.
func divSmall(num, den uint64) (q uint64, shift int, ok bool) {
	if den == 0 || den >= 1<<59 {
		return 0, 0, false
	}
	var hi, lo uint64 = 0, num
	for k := 0; hi < den; k++ {
		q, r := bits.Div64(hi, lo, den)
		n := digitCount(q)
		if r == 0 && n <= 18 {
			return q, -k, true
		}
		if n > roundDigits {
			extra := n - roundDigits
			p := uint64(1)
			for range extra {
				p *= 10
			}
			return (q + p/2) / p, extra - k, true
		}
		h, l := bits.Mul64(lo, 10)
		hi, lo = hi*10+h, l
	}
	return 0, 0, false
}

// digitCount returns the number of decimal digits of q; 1 for 0.
func digitCount(q uint64) int {
	n := 1
	for q >= 10 {
		q /= 10
		n++
	}
	return n
}

// div returns d/e: exact when the quotient terminates within 18 digits,
// otherwise rounded half away from zero to 15 significant digits. It
// reports false for a zero divisor or a result out of range.
func (d Decimal) div(e Decimal) (Decimal, bool) {
	if e.coef == 0 {
		return Decimal{}, false
	}
	if d.coef == 0 {
		return Decimal{}, true
	}
	if q, shift, ok := divSmall(absCoef(d.coef), absCoef(e.coef)); ok && q <= math.MaxInt64 {
		c := int64(q)
		if d.coef < 0 != (e.coef < 0) {
			c = -c
		}
		r, err := NewDecimal(c, int(d.exp)-int(e.exp)+shift)
		return r, err == nil
	}
	return d.divBig(e)
}

// divBig is div with big numbers, for any nonzero d and e.
func (d Decimal) divBig(e Decimal) (Decimal, bool) {
	num := new(big.Int).SetInt64(d.coef)
	den := new(big.Int).SetInt64(e.coef)
	exp := int(d.exp) - int(e.exp)
	neg := num.Sign()*den.Sign() < 0
	num.Abs(num)
	den.Abs(den)
	// Scale the numerator until the quotient has enough digits.
	ten := big.NewInt(10)
	q, r := new(big.Int), new(big.Int)
	for k := 0; ; k++ {
		q.QuoRem(num, den, r)
		if r.Sign() == 0 && len(q.String()) <= 18 {
			break
		}
		if len(q.String()) > roundDigits {
			// Round to roundDigits significant digits.
			extra := len(q.String()) - roundDigits
			p := new(big.Int).Exp(ten, big.NewInt(int64(extra)), nil)
			half := new(big.Int).Quo(p, big.NewInt(2))
			q.Add(q, half)
			q.Quo(q, p)
			exp += extra
			break
		}
		if k > 60 {
			return Decimal{}, false
		}
		num.Mul(num, ten)
		exp--
	}
	if !q.IsInt64() {
		return Decimal{}, false
	}
	c := q.Int64()
	if neg {
		c = -c
	}
	r2, err := NewDecimal(c, exp)
	return r2, err == nil
}
