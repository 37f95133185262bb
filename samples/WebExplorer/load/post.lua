-- wrk script: POST the file named by $BODY as JSON, count the answers by status, and print one
-- line that a shell can read: requests, rate, statuses, socket errors, p50 and p99 in ms.
local f = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) statuses = {} end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end

function done(summary, latency, requests)
  local total, keys = {}, {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("statuses")) do
      if total[k] == nil then table.insert(keys, k) end
      total[k] = (total[k] or 0) + v
    end
  end
  table.sort(keys)
  local parts = {}
  for _, k in ipairs(keys) do table.insert(parts, k .. ":" .. total[k]) end
  local e = summary.errors
  io.write(string.format("requests=%d rate=%.0f/s statuses=%s socket_errors=%d p50=%.1fms p99=%.1fms max=%.0fms\n",
    summary.requests, summary.requests / (summary.duration / 1e6), table.concat(parts, ","),
    e.connect + e.read + e.write + e.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
