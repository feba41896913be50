-- Drives jdlint-language-server from Neovim's own LSP client (run by nvim.test.ts):
--   nvim --headless --clean -n -i NONE -c 'luafile nvim-client.lua'
-- with JDLINT_POSTING (the file to open), JDLINT_NODE and JDLINT_SERVER (the server command),
-- JDLINT_REPORT (where the JSON report goes) and JDLINT_WAIT_MS (each wait's bound).
-- It opens the posting, waits for diagnostics, asks for code actions on the first finding and
-- applies the preferred quick fix, then puts the title's line back by hand, recording what Neovim holds
-- (its diagnostics and the buffer's text) after each step. Every wait is bounded: a step that
-- times out is recorded as the error and Neovim exits 1.
local posting = os.getenv('JDLINT_POSTING')
local report_file = os.getenv('JDLINT_REPORT')
local wait_ms = tonumber(os.getenv('JDLINT_WAIT_MS') or '20000')
local report = { steps = {}, nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch) }

local function write_report()
  local out = assert(io.open(report_file, 'w'))
  out:write(vim.fn.json_encode(report))
  out:close()
end

-- Neovim's diagnostics of the buffer, as rule code and 0-based range, in document order.
local function diagnostics(buf)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(out, {
      code = d.code or lsp.code or vim.NIL,
      source = d.source or vim.NIL,
      range = { d.lnum, d.col, d.end_lnum, d.end_col },
      severity = d.severity,
    })
  end
  table.sort(out, function(a, b)
    for i = 1, 4 do
      if a.range[i] ~= b.range[i] then return a.range[i] < b.range[i] end
    end
    return tostring(a.code) < tostring(b.code)
  end)
  return out
end

local function text(buf)
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n') .. '\n'
end

local function has_code(buf, code)
  for _, d in ipairs(diagnostics(buf)) do
    if d.code == code then return true end
  end
  return false
end

local function wait_for(what, condition)
  if not vim.wait(wait_ms, condition, 20) then error('timed out after ' .. wait_ms .. ' ms waiting for ' .. what) end
end

local function record(name, buf, extra)
  local step = { name = name, diagnostics = diagnostics(buf), text = text(buf) }
  for k, v in pairs(extra or {}) do step[k] = v end
  table.insert(report.steps, step)
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(posting))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'markdown'
  local config = { name = 'jdlint', cmd = { os.getenv('JDLINT_NODE'), os.getenv('JDLINT_SERVER'), '--stdio' }, root_dir = vim.fn.fnamemodify(posting, ':h') }
  local client_id
  if vim.lsp.start then
    -- Neovim 0.8 and later: start (or reuse) the client and attach it to the current buffer.
    client_id = vim.lsp.start(config)
  else
    -- Neovim 0.7 (Debian bookworm's): the same in two calls.
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(buf, client_id)
  end
  assert(client_id, 'the language server did not start')
  report.client = 'vim.lsp.' .. (vim.lsp.start and 'start' or 'start_client')

  -- 1. Open: diagnostics arrive.
  wait_for('the diagnostics of the opened posting', function() return has_code(buf, 'title-duty-mismatch') end)
  record('open', buf)

  -- 2. Code actions on the title finding; apply the preferred quick fix (or the first).
  local title
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    if (d.code or lsp.code) == 'title-duty-mismatch' then title = d end
  end
  local lsp_diagnostic = (title.user_data and title.user_data.lsp) or {
    range = { start = { line = title.lnum, character = title.col }, ['end'] = { line = title.end_lnum, character = title.end_col } },
    message = title.message,
    code = title.code,
  }
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = title.lnum, character = title.col }, ['end'] = { line = title.end_lnum, character = title.end_col } },
    context = { diagnostics = { lsp_diagnostic } },
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, wait_ms)
  assert(responses, 'no answer to textDocument/codeAction in ' .. wait_ms .. ' ms')
  local actions = {}
  for _, response in pairs(responses) do
    assert(not response.err, 'textDocument/codeAction failed: ' .. vim.inspect(response.err))
    for _, action in ipairs(response.result or {}) do table.insert(actions, action) end
  end
  local chosen
  for _, action in ipairs(actions) do
    if action.kind == 'quickfix' and (chosen == nil or (action.isPreferred and not chosen.isPreferred)) then chosen = action end
  end
  assert(chosen and chosen.edit, 'no quick fix with an edit among ' .. #actions .. ' code actions')
  local titles = {}
  for _, action in ipairs(actions) do table.insert(titles, action.title) end
  local title_line = vim.api.nvim_buf_get_lines(buf, title.lnum, title.lnum + 1, false)[1]
  local client = vim.lsp.get_client_by_id(client_id)
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16')
  wait_for('the diagnostics after the quick fix', function() return not has_code(buf, 'title-duty-mismatch') end)
  record('quick fix', buf, { actions = titles, applied = chosen.title })

  -- 3. Edit by hand: the title's line back to what it was, a title the duties do not describe.
  vim.api.nvim_buf_set_lines(buf, title.lnum, title.lnum + 1, false, { title_line })
  wait_for('the diagnostics after the edit', function() return has_code(buf, 'title-duty-mismatch') end)
  record('edit', buf)

  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(run)
if not ok then report.error = tostring(err) end
write_report()
vim.cmd(ok and 'qall!' or 'cquit 1')
