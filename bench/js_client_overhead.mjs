// Same measurement with the official @qdrant/js-client-rest: client.api().queryPoints() is the call that
// client.query() makes, kept one level down so the server's `time` is visible.
// Usage: node js_client_overhead.mjs URL COLLECTION N QUERY_JSON_FILE
import { QdrantClient } from "@qdrant/js-client-rest";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const [url, collection, nText, queryFile] = process.argv.slice(2);
const n = Number(nText);
const body = JSON.parse(readFileSync(queryFile, "utf8"));
const u = new URL(url);
const client = new QdrantClient({ host: u.hostname, port: Number(u.port), https: false, checkCompatibility: false });
const api = client.api();
const overhead = [], total = [], server = [];
for (let i = 0; i < n; ++i) {
  const t0 = performance.now();
  const r = await api.queryPoints({ collection_name: collection, ...body });
  const dt = (performance.now() - t0) * 1000;
  if (r.data.result.points.length !== body.limit) throw new Error("unexpected result");
  total.push(dt);
  server.push(r.data.time * 1e6);
  overhead.push(dt - r.data.time * 1e6);
}
const pct = (v, p) => { const s = [...v].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.round((p / 100) * (s.length - 1)))]; };
console.log(JSON.stringify({ client: "@qdrant/js-client-rest", queries: n, overhead_p50_us: pct(overhead, 50), overhead_p95_us: pct(overhead, 95),
  total_p50_us: pct(total, 50), server_p50_us: pct(server, 50) }));
