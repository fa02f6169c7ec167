#!/usr/bin/env python3
# Generates a large random model for timing the threat analysis:
#   python3 scripts/generate-threat-load.py ELEMENTS FLOWS > big.dfd
import random, sys
random.seed(7)
n_el, n_fl = int(sys.argv[1]), int(sys.argv[2])
kinds = ["sensor","camera","lighting-node","gateway","service","api","web-app","database","cms","plc","citizen","staff","supplier","mobile-app","data-platform","timeseries-db","ev-charger","network-server"]
out = ['model "Generated" [version: "1"]']
out += ['data d%d [classification: %s, type: %s]' % (i, random.choice(["public","personal","confidential","internal"]), random.choice(["telemetry","command","firmware","credentials"])) for i in range(40)]
els = []
nb = n_el // 50
for b in range(nb):
    btype = random.choice(["physical","network","cloud","organisation","internet"])
    out.append('boundary b%d [type: %s, owner: "Org %d"] {' % (b, btype, b % 7))
    out.append('  boundary b%di [exposure: %s] {' % (b, random.choice(["public","restricted","internal"])))
    for i in range(50):
        e = "e%d" % (b*50+i)
        els.append(e)
        kind = random.choice(kinds)
        attrs = ["mfa"] if kind in ("citizen","staff","supplier") else random.sample(["logging","monitored","redundant","safety-critical","internet-facing"], 2)
        out.append('    %s %s "Element %s" [%s]' % (kind, e, e, ", ".join(attrs)))
    out.append('  }')
    out.append('}')
seen=set()
protos=["https","mqtt","lorawan","modbus","http","ssh","nb-iot","postgres"]
for f in range(n_fl):
    while True:
        a, b = random.choice(els), random.choice(els)
        if a != b and (a,b) not in seen: break
    seen.add((a,b))
    out.append('%s -> %s "F%d" [protocol: %s, data: [d%d]]' % (a, b, f, random.choice(protos), random.randrange(40)))
print("\n".join(out))
