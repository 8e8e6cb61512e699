-- The request a wrk run repeats, and the figures it prints at the end, for bench_http.py.
-- The method, the body (a file) and the bearer token come from the environment.
wrk.method = os.getenv("BENCH_METHOD") or "GET"
local body_path = os.getenv("BENCH_BODY") or ""
if body_path ~= "" then
  local file = assert(io.open(body_path, "rb"))
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
end
wrk.headers["Accept"] = "application/graphql-response+json"
local token = os.getenv("BENCH_TOKEN") or ""
if token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

-- One line of JSON (latencies in microseconds); non-2xx/3xx answers and socket errors apart.
function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "non_2xx": %d, "socket_errors": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), errors.status,
    errors.connect + errors.read + errors.write + errors.timeout))
end
