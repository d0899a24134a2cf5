#!/usr/bin/env python3
"""Asks whether a report's confidence tells false conflicts from edits caught.

For each held-out set at the revision it was first scored at (blind), it
builds factcheck there, runs it on each clean pair and once per edit of
facts.json, and prints one TSV row a conflict: set, pair, FC (a conflict
on the clean pair that no listed real difference explains), real,
detected (the highest confidence of a new conflict on the edited text)
or missed, the confidence, and the reason or the edit. The matching of
conflicts to edits is looser than score-pairs' (a conflict whose text
overlaps the edited text), so its counts are close to, not equal to, the
scorer's.

    scripts/blind-confidence.py "79:530beee 80:530beee" > conf.tsv

The twenty-sixth session's run used the revisions of heldout41 to
heldout80 named in docs/HISTORY.md.
"""
import json,subprocess,sys,os,tempfile
M=dict(x.split(":") for x in sys.argv[1].split())
root=subprocess.run(["git","rev-parse","--show-toplevel"],capture_output=True,text=True,check=True).stdout.strip()
cache=os.path.join(tempfile.gettempdir(),"blind-confidence")
os.makedirs(cache,exist_ok=True)
def build(c):
    b=os.path.join(cache,f"factcheck-{c}")
    if os.path.exists(b): return b
    wt=os.path.join(cache,f"wt-{c}")
    subprocess.run(["git","-C",root,"worktree","add","--detach","-f",wt,c],capture_output=True)
    subprocess.run(["go","build","-o",b,"./examples/factcheck"],cwd=wt,check=True)
    subprocess.run(["git","-C",root,"worktree","remove","--force",wt],capture_output=True)
    return b
def run(b,vi,en):
    d=tempfile.mkdtemp()
    open(d+"/vi.txt","w").write(vi); open(d+"/en.txt","w").write(en)
    r=subprocess.run([b,"-format","json",d+"/vi.txt",d+"/en.txt"],capture_output=True,text=True)
    subprocess.run(["rm","-rf",d])
    return json.loads(r.stdout)["facts"]
def span(f,side):
    it=f.get("a" if side=="vi" else "b") or {}
    return it.get("text","")
for n,c in sorted(M.items(),key=lambda x:int(x[0])):
    b=build(c)
    sd=f"{root}/testdata/heldout{n}"
    for p in sorted(os.listdir(sd)):
        if not os.path.isdir(f"{sd}/{p}"): continue
        vi=open(f"{sd}/{p}/vi.txt").read(); en=open(f"{sd}/{p}/en.txt").read()
        j=json.load(open(f"{sd}/{p}/facts.json"))
        diff_texts=[(d[0],d[1]) for d in j.get("differ",[])]
        clean=run(b,vi,en)
        cleanconf=set()
        for f in clean:
            if f["status"]!="conflict": continue
            a,bb=span(f,"vi"),span(f,"en")
            cleanconf.add((a,bb))
            real=any((a and (a in dv or dv in a)) or (bb and (bb in de or de in bb)) for dv,de in diff_texts)
            print(f"{n}\t{p}\t{'real' if real else 'FC'}\t{f.get('confidence')}\t{f.get('why','')[:90]}")
        for e in j.get("perturb",[]):
            v2,e2=vi,en
            if e["side"]=="vi": v2=vi.replace(e["find"],e["to"],1)
            else: e2=en.replace(e["find"],e["to"],1)
            fs=run(b,v2,e2)
            best=None
            for f in fs:
                if f["status"]!="conflict": continue
                t=span(f,e["side"])
                if t and (t in e["to"] or e["to"] in t or any(w in t for w in e["to"].split() if any(ch.isdigit() for ch in w))):
                    if (span(f,"vi"),span(f,"en")) in cleanconf: continue
                    cf=f.get("confidence") or 0
                    best=cf if best is None else max(best,cf)
            print(f"{n}\t{p}\t{'detected' if best is not None else 'missed'}\t{best}\t{e['find'][:40]} -> {e['to'][:40]}")
        sys.stdout.flush()
