package align

import (
	"fmt"
	"os"
	"testing"
)

// TestTune is a workbench for the monotonic weights; it runs only with
// ALIGN_TUNE=1.
func TestTune(t *testing.T) {
	if os.Getenv("ALIGN_TUNE") == "" {
		t.Skip("set ALIGN_TUNE=1")
	}
	docs := readCorpus(t, corpusDir("iwslt15-ted-envi-resplit"))
	docs1 := readCorpus(t, corpusDir("iwslt15-ted-envi"))
	run := func(name string, p params) {
		s := scoreCorpus(docs, func(c *config) { c.params = &p; c.mode = Monotonic })
		s1 := scoreCorpus(docs1, func(c *config) { c.params = &p; c.mode = Monotonic })
		t.Logf("%-20s resplit strict %.4f (P %.4f R %.4f) lax %.4f | 1-1 strict %.4f", name, s.strict, s.pStrict, s.rStrict, s.lax, s1.strict)
	}
	p := tunedParams()
	run("tuned", p)
	for c := range numClasses {
		q := p
		q.reward[c] = 0
		run(fmt.Sprintf("no class %d", c), q)
	}
	q := p
	q.reward = [numClasses]float64{}
	run("no anchors", q)
}

func TestTuneErrors(t *testing.T) {
	if os.Getenv("ALIGN_TUNE") == "" {
		t.Skip("set ALIGN_TUNE=1")
	}
	docs := readCorpus(t, corpusDir("iwslt15-ted-envi-resplit"))
	if o := os.Getenv("ALIGN_ORACLE"); o != "" {
		// Score against another bead set (e.g. the gold with parallel
		// n-n beads split) instead of the gold.
		for k := range docs {
			docs[k].gold = readBeads(t, o+"/"+docs[k].name+".tsv")
		}
	}
	p := tunedParams()
	shown := 0
	conf := map[string]int{}
	for _, d := range docs {
		got := Sentences(d.a, d.b, func(c *config) { c.params = &p; c.mode = Monotonic })
		gset := map[string]bool{}
		for _, b := range d.gold {
			gset[key(b)] = true
		}
		pset := map[string]bool{}
		for _, b := range got {
			pset[key(b)] = true
		}
		for _, b := range d.gold {
			if !pset[key(b)] {
				conf[fmt.Sprintf("miss gold %d-%d", len(b.A), len(b.B))]++
			}
		}
		for _, b := range got {
			if !gset[key(b)] {
				conf[fmt.Sprintf("wrong pred %d-%d", len(b.A), len(b.B))]++
				if shown < 25 && os.Getenv("ALIGN_SHOW") != "" && fmt.Sprintf("%d-%d", len(b.A), len(b.B)) == os.Getenv("ALIGN_SHOW") {
					shown++
					t.Logf("%s pred %v %v", d.name, b.A, b.B)
					for _, i := range b.A {
						t.Logf("   A%d %s", i, d.a[i].Text)
					}
					for _, j := range b.B {
						t.Logf("   B%d %s", j, d.b[j].Text)
					}
				}
			}
		}
	}
	t.Log(conf)
}

func tunedParams() params {
	return defaultParams
}

// TestTuneSearch runs a coordinate descent over the weights and logs the
// best set found (ALIGN_TUNE=search).
func TestTuneSearch(t *testing.T) {
	if os.Getenv("ALIGN_TUNE") != "search" {
		t.Skip("set ALIGN_TUNE=search")
	}
	docs := readCorpus(t, corpusDir("iwslt15-ted-envi-resplit"))
	docs1 := readCorpus(t, corpusDir("iwslt15-ted-envi"))
	eval := func(p params) (float64, f1Scores, f1Scores) {
		opt := func(c *config) { c.params = &p; c.mode = Monotonic }
		s := scoreCorpusParallel(docs, opt)
		s1 := scoreCorpusParallel(docs1, opt)
		obj := s.strict + 10*min(0, s1.strict-0.999)
		return obj, s, s1
	}
	type knob struct {
		name string
		ptr  func(p *params) *float64
		step float64
	}
	var knobs []knob
	knobs = append(knobs, knob{"s2", func(p *params) *float64 { return &p.s2 }, 0.3})
	knobs = append(knobs, knob{"bigStep", func(p *params) *float64 { return &p.bigStep }, 0.3})
	knobs = append(knobs, knob{"mergeLen", func(p *params) *float64 { return &p.mergeLen }, 0.3})
	for a := 0; a <= maxGroup; a++ {
		for b := 0; b <= maxGroup; b++ {
			if a+b < 2 || (a == 0 || b == 0) && a+b > 1 {
				continue
			}
			knobs = append(knobs, knob{fmt.Sprintf("prior%d%d", a, b), func(p *params) *float64 { return &p.prior[a][b] }, 0.5})
		}
	}
	for c := range numClasses {
		knobs = append(knobs, knob{fmt.Sprintf("reward%d", c), func(p *params) *float64 { return &p.reward[c] }, 0.5})
	}
	best := defaultParams
	bestObj, s, s1 := eval(best)
	t.Logf("start %.4f strict %.4f lax %.4f 1-1 %.4f", bestObj, s.strict, s.lax, s1.strict)
	for round := 0; round < 4; round++ {
		improved := false
		for _, k := range knobs {
			for _, dir := range []float64{1, -1} {
				for {
					q := best
					*k.ptr(&q) += dir * k.step
					obj, s, s1 := eval(q)
					if obj <= bestObj+1e-5 {
						break
					}
					best, bestObj, improved = q, obj, true
					t.Logf("round %d %s=%.2f: %.4f strict %.4f lax %.4f 1-1 %.4f", round, k.name, *k.ptr(&q), obj, s.strict, s.lax, s1.strict)
				}
			}
		}
		if !improved {
			break
		}
		for _, k := range knobs {
			k.step /= 2
		}
	}
	t.Logf("best %+v", best)
}
