-- wrk script of bench/soak.sh: each request is one of the scenarios in the file given as the
-- script's first argument, picked at random; every response must match the status and
-- Content-Length measured for some scenario of the mix beforehand, and the rest are counted as
-- unexpected. wrk cannot tell which request a response answers, so each scenario's answer is
-- recognised by that pair; done() also compares, per scenario, requests sent with matching
-- answers received (the difference is at most the requests still in flight at the end).

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  requests, names, signatures = {}, {}, {}
  sent, matched = {}, {}
  unexpected, checked, samples = 0, 0, ""
  for line in io.lines(args[1]) do
    local name, method, path, ctype, body, signature =
      line:match("^([^|]*)|([^|]*)|([^|]*)|([^|]*)|([^|]*)|([^|]*)$")
    if name then
      local headers = {}
      if ctype ~= "" then headers["Content-Type"] = ctype end
      table.insert(requests, wrk.format(method, path, headers, body ~= "" and body or nil))
      table.insert(names, name)
      signatures[signature] = name
      sent[name], matched[name] = 0, 0
    end
  end
  math.randomseed(os.time() * 100 + id)
end

function request()
  local i = math.random(#requests)
  sent[names[i]] = sent[names[i]] + 1
  return requests[i]
end

function response(status, headers, body)
  checked = checked + 1
  local length = headers["Content-Length"] or "-"
  local name = signatures[status .. ":" .. length]
  if name then
    matched[name] = matched[name] + 1
  else
    unexpected = unexpected + 1
    if unexpected <= 5 then samples = samples .. string.format("  %d with Content-Length %s\n", status, length) end
  end
end

function done(summary, latency, requests)
  local total_unexpected, total_checked, shown = 0, 0, ""
  local per_sent, per_matched = {}, {}
  for _, thread in ipairs(threads) do
    total_unexpected = total_unexpected + thread:get("unexpected")
    total_checked = total_checked + thread:get("checked")
    shown = shown .. thread:get("samples")
    for name, n in pairs(thread:get("sent")) do per_sent[name] = (per_sent[name] or 0) + n end
    for name, n in pairs(thread:get("matched")) do per_matched[name] = (per_matched[name] or 0) + n end
  end
  local worst = 0
  for name, n in pairs(per_sent) do
    local missing = n - (per_matched[name] or 0)
    if math.abs(missing) > worst then worst = math.abs(missing) end
  end
  local e = summary.errors
  io.write(string.format("soak-result requests=%d checked=%d unexpected=%d connect=%d read=%d write=%d timeout=%d status=%d worst_scenario_gap=%d\n",
    summary.requests, total_checked, total_unexpected, e.connect, e.read, e.write, e.timeout, e.status, worst))
  if shown ~= "" then io.write("first unexpected answers:\n" .. shown) end
end
