#!/usr/bin/env python3
"""Validates recorded engine traffic against Qdrant's OpenAPI spec.

Each tests/*.jsonl line (written by tests/support/EngineFixture.cpp) is one HTTP exchange. For every
exchange: the endpoint must be documented (the 1.19 spec, or the 1.18 spec for the legacy /points/search);
a JSON request the engine accepted (2xx) must match the operation's requestBody schema; a JSON response
must match the schema for its status (or 4XX/default); plain-text answers are allowed only where the spec
or qdrant.md says so (health probes, /metrics, 401/403 from authentication).

OpenAPI 3.0 is translated to JSON Schema draft 7: `nullable: true` becomes "or null".
Uses python3-jsonschema from Debian.
"""
import argparse
import json
import os
import re
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("validate_traffic: python3-jsonschema is missing (apt-get install python3-jsonschema)")

SKIP_KEYS = {"example", "description", "deprecated", "format", "title"}


def convert(node):
    if isinstance(node, list):
        return [convert(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for k, v in node.items():
        if k in SKIP_KEYS:
            continue
        if k in ("properties", "patternProperties"):
            out[k] = {name: convert(sub) for name, sub in v.items()}
        else:
            out[k] = convert(v)
    if out.pop("nullable", False):
        out = {"type": "null"} if not out else {"anyOf": [out, {"type": "null"}]}
    return out


class Spec:
    def __init__(self, path):
        with open(path) as f:
            doc = json.load(f)
        self.components = {"schemas": convert(doc["components"]["schemas"])}
        self.ops = []
        for template, methods in doc["paths"].items():
            regex = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$")
            literal = len([s for s in template.split("/") if s and not s.startswith("{")])
            for method, op in methods.items():
                self.ops.append((method.upper(), regex, literal, template, op))
        self.cache = {}

    def find(self, method, path):
        matches = [o for o in self.ops if o[0] == method and o[1].match(path)]
        if not matches:
            return None
        return max(matches, key=lambda o: o[2])

    def validator(self, key, schema):
        if key not in self.cache:
            root = dict(convert(schema))
            root["components"] = self.components
            self.cache[key] = jsonschema.Draft7Validator(root)
        return self.cache[key]


PLAIN_OK = re.compile(r"^/(healthz|livez|readyz|metrics)$")


def check(spec, legacy, rec):
    method, path, status = rec["method"], rec["path"], rec["status"]
    found = spec.find(method, path) or legacy.find(method, path)
    if not found:
        return [f"{method} {path}: endpoint not documented in the spec"]
    _, _, _, template, op = found
    where = spec if spec.find(method, path) else legacy
    errors = []
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    if "request" in rec and 200 <= status < 300:
        if body is None:
            errors.append(f"{method} {template}: the spec takes no JSON body here")
        else:
            try:
                data = json.loads(rec["request"])
                v = where.validator((template, method, "request"), body)
                for e in sorted(v.iter_errors(data), key=str)[:3]:
                    errors.append(f"{method} {template} request: {'/'.join(map(str, e.path)) or '<root>'}: {e.message[:300]}")
            except json.JSONDecodeError as e:
                errors.append(f"{method} {template} request is not JSON: {e}")
    ctype = rec.get("response_content_type", "")
    if "response" not in rec:
        return errors  # streamed file (snapshot download)
    responses = op.get("responses", {})
    resp = responses.get(str(status)) or (responses.get("4XX") if 400 <= status < 500 else None) or responses.get("default")
    if ctype.startswith("text/plain"):
        if not (PLAIN_OK.match(path) or status in (401, 403)):
            errors.append(f"{method} {template}: plain-text answer with status {status} where JSON is documented")
        return errors
    if resp is None:
        errors.append(f"{method} {template}: status {status} is not documented")
        return errors
    schema = resp.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        errors.append(f"{method} {template}: status {status} documents no JSON body")
        return errors
    try:
        data = json.loads(rec["response"])
    except json.JSONDecodeError as e:
        return errors + [f"{method} {template} response is not JSON: {e}"]
    v = where.validator((template, method, str(status)), schema)
    for e in sorted(v.iter_errors(data), key=str)[:3]:
        errors.append(f"{method} {template} response {status}: {'/'.join(map(str, e.path)) or '<root>'}: {e.message[:300]}")
    return errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--spec", required=True)
    ap.add_argument("--legacy-spec", required=True)
    ap.add_argument("--traffic", required=True)
    ap.add_argument("--expect", nargs="*", default=[])
    args = ap.parse_args()
    spec, legacy = Spec(args.spec), Spec(args.legacy_spec)
    failures, total, endpoints = [], 0, set()
    for name in args.expect:
        path = os.path.join(args.traffic, name + ".jsonl")
        if not os.path.exists(path) or os.path.getsize(path) == 0:
            failures.append(f"{name}: no traffic recorded at {path}; run that test first (ctest runs it before this one)")
    for fname in sorted(os.listdir(args.traffic)) if os.path.isdir(args.traffic) else []:
        if not fname.endswith(".jsonl"):
            continue
        with open(os.path.join(args.traffic, fname)) as f:
            for n, line in enumerate(f, 1):
                rec = json.loads(line)
                total += 1
                found = spec.find(rec["method"], rec["path"]) or legacy.find(rec["method"], rec["path"])
                if found:
                    endpoints.add(f"{found[0]} {found[3]}")
                for e in check(spec, legacy, rec):
                    failures.append(f"{fname}:{n}: {e}")
    seen = set()
    unique = [f for f in failures if not (f.split(": ", 1)[-1] in seen or seen.add(f.split(": ", 1)[-1]))]
    for f in unique[:60]:
        print(f)
    print(f"spec validation: {total} exchanges over {len(endpoints)} documented endpoints, {len(failures)} problems")
    print(f"{total - len(failures)} passed, {len(failures)} failed")
    return 1 if failures or total == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
