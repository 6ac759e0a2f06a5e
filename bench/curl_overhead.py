#!/usr/bin/env python3
"""Same measurement with curl: one curl process, N transfers on one kept-alive connection (a config file
with `next` between transfers), time_total per transfer minus the `time` in each reply."""
import json, subprocess, sys, tempfile, os

url, collection, n, query_file = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
endpoint = f"{url}/collections/{collection}/points/query"
with tempfile.NamedTemporaryFile("w", suffix=".cfg", delete=False) as cfg:
    for i in range(n):
        cfg.write(f'url = "{endpoint}"\nheader = "content-type: application/json"\ndata = "@{query_file}"\n'
                  'silent\nwrite-out = "\\n@@%{time_total}\\n"\n')
        if i != n - 1:
            cfg.write("next\n")
out = subprocess.run(["curl", "-K", cfg.name], capture_output=True, text=True, check=True).stdout
os.unlink(cfg.name)
overhead, total, server = [], [], []
body = None
for line in out.splitlines():
    if line.startswith("@@"):
        t = float(line[2:]) * 1e6
        s = json.loads(body)["time"] * 1e6
        total.append(t); server.append(s); overhead.append(t - s)
    elif line.strip():
        body = line
def pct(v, p):
    v = sorted(v); return v[min(len(v) - 1, round(p / 100 * (len(v) - 1)))]
assert len(overhead) == n, f"parsed {len(overhead)} of {n} replies"
print(json.dumps({"client": "curl " + subprocess.run(["curl", "--version"], capture_output=True, text=True).stdout.split()[1],
                  "queries": n, "overhead_p50_us": pct(overhead, 50), "overhead_p95_us": pct(overhead, 95),
                  "total_p50_us": pct(total, 50), "server_p50_us": pct(server, 50)}))
