// textrepair review report: filters, the detail panel and decisions.
// Decisions live in memory and in this page's localStorage (so a reload keeps
// them), and leave as the JSON file `textrepair fix --decisions` reads.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("data").textContent);
  var findings = data.findings;
  var marks = Array.prototype.slice.call(document.querySelectorAll(".f[data-id]"));
  var byId = {};
  marks.forEach(function (m) {
    byId[m.getAttribute("data-id")] = m;
    m.tabIndex = 0;
    m.setAttribute("role", "button");
  });
  findings.forEach(function (f, id) {
    f.id = id;
    f.path = data.files[f.file];
    f.name = data.rules[f.rule] || "";
    if (f.safe === undefined) { f.safe = true; }
  });
  var decisions = {}; // finding id -> "accept" | "reject"
  var storeKey = "textrepair-review:" + data.digest;
  var current = null;
  var panel = document.getElementById("panel");
  var body = panel.querySelector(".panel-body");
  var exportButton = document.getElementById("export");
  var offRules = {};

  try {
    var saved = JSON.parse(window.localStorage.getItem(storeKey) || "{}");
    Object.keys(saved).forEach(function (id) { if (findings[id]) { decisions[id] = saved[id]; } });
  } catch (e) { /* storage may be off for file:// pages; decisions then last as long as the page */ }

  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; });
  }
  function shown(s) {
    if (s === "") { return "∅"; }
    if (!s.trim()) { return s.replace(/ /g, "␣").replace(/\t/g, "⇥").replace(/\n/g, "↵"); }
    return s;
  }

  function paint(id) {
    var m = byId[id];
    if (!m) { return; }
    var d = decisions[id];
    m.classList.toggle("acc", d === "accept");
    m.classList.toggle("rej", d === "reject");
  }

  function count() {
    var n = Object.keys(decisions).length;
    var accepted = 0;
    Object.keys(decisions).forEach(function (id) { if (decisions[id] === "accept") { accepted += 1; } });
    document.getElementById("decided").textContent = n
      ? n + " decided: " + accepted + " accepted, " + (n - accepted) + " rejected"
      : "no decisions yet";
    exportButton.disabled = n === 0;
    try { window.localStorage.setItem(storeKey, JSON.stringify(decisions)); } catch (e) { /* see above */ }
  }

  function decide(id, verdict) {
    if (verdict === null || decisions[id] === verdict) { delete decisions[id]; } else { decisions[id] = verdict; }
    paint(id);
    count();
    if (current === id) { open(id); }
  }

  function open(id) {
    var f = findings[id];
    if (!f) { return; }
    if (current !== null && byId[current]) { byId[current].classList.remove("cur"); }
    current = id;
    byId[id].classList.add("cur");
    var d = decisions[id];
    var kind = f.kind === "edit" ? "applied edit" : "suggestion (not applied)";
    var html = '<h3><code>' + esc(f.rule) + '</code>' + esc(f.name) + '</h3>' +
      '<div class="change"><del>' + esc(shown(f.before)) + '</del><span class="arrow">→</span><ins>' + esc(shown(f.after)) + '</ins></div>' +
      '<dl><dt>kind</dt><dd>' + kind + (f.safe ? "" : ", report-only") + '</dd>' +
      '<dt>confidence</dt><dd><span class="meter"><i style="width:' + Math.round(f.confidence * 100) + '%"></i></span>' + f.confidence.toFixed(2) + '</dd>' +
      (f.source ? '<dt>source</dt><dd>' + esc(f.source) + '</dd>' : "") +
      '<dt>where</dt><dd>' + esc(f.path) + ':' + f.line + ':' + f.column + '</dd>' +
      (f.steps ? '<dt>steps</dt><dd>' + esc(f.steps.join(" then ")) + '</dd>' : "") + '</dl>' +
      '<p class="why">' + esc(f.message) + '</p>';
    if (f.evidence) {
      html += '<dl><dt>fingerprint</dt><dd>' + esc(f.evidence.kind) + (f.evidence.weight !== undefined ? ", weight " + f.evidence.weight : "") +
        '</dd><dt>paragraph</dt><dd>spin score ' + Number(f.evidence.paragraph_score).toFixed(2) + '</dd></dl>';
    }
    if (f.candidates && f.candidates.length) {
      var top = Math.max.apply(null, f.candidates.map(function (c) { return Math.abs(c.log_odds); })) || 1;
      html += '<table><thead><tr><th>candidate the model weighed</th><th class="lo">log-odds</th></tr></thead><tbody>' +
        f.candidates.map(function (c) {
          var chosen = c.original.toLowerCase() === f.after.toLowerCase() ? ' class="chosen"' : "";
          var w = Math.round(Math.max(0, c.log_odds) / top * 60);
          return '<tr' + chosen + '><td>' + esc(c.original) + '</td><td class="lo" style="--w:' + w + '%">' +
            (c.log_odds > 0 ? "+" : "") + Number(c.log_odds).toFixed(1) + '</td></tr>';
        }).join("") + '</tbody></table>';
    }
    html += '<div class="buttons"><button type="button" class="accept" aria-pressed="' + (d === "accept") + '">' +
      (f.kind === "edit" ? "Keep" : "Accept") + '</button><button type="button" class="reject" aria-pressed="' + (d === "reject") + '">Reject</button></div>' +
      '<p class="state">' + (d ? "Decided: " + d + "." : (f.kind === "edit" ? "Applied unless you reject it." : "Left alone unless you accept it.")) + '</p>';
    body.innerHTML = html;
    body.querySelector(".accept").onclick = function () { decide(id, "accept"); };
    body.querySelector(".reject").onclick = function () { decide(id, "reject"); };
    panel.hidden = false;
    document.body.classList.add("with-panel");
    // On a phone the panel is a bottom sheet: keep the mark above it.
    var rect = byId[id].getBoundingClientRect();
    var free = window.innerHeight - panel.getBoundingClientRect().height;
    if (rect.bottom > free - 8 || rect.top < 0) { window.scrollBy(0, rect.top - Math.max(16, (free - rect.height) / 2)); }
  }

  function close() {
    panel.hidden = true;
    document.body.classList.remove("with-panel");
    if (current !== null && byId[current]) { byId[current].classList.remove("cur"); }
    current = null;
  }

  function visible(m) { return !m.classList.contains("hidden"); }

  function applyFilters() {
    var edits = document.getElementById("show-edits").checked;
    var suggestions = document.getElementById("show-suggestions").checked;
    var min = parseFloat(document.getElementById("min-conf").value);
    document.getElementById("min-conf-value").textContent = min.toFixed(2);
    var n = 0;
    marks.forEach(function (m) {
      var f = findings[m.getAttribute("data-id")];
      var on = !offRules[f.rule] && (f.kind === "edit" ? edits : suggestions) && f.confidence >= min - 1e-9;
      m.classList.toggle("hidden", !on);
      if (on) { n += 1; }
    });
    document.querySelectorAll(".para").forEach(function (p) {
      p.classList.toggle("hidden", !p.querySelector(".f:not(.hidden)"));
    });
    document.querySelectorAll("article.file").forEach(function (a) {
      a.classList.toggle("hidden", !a.querySelector(".f:not(.hidden)"));
    });
    document.querySelectorAll(".chart .row").forEach(function (r) {
      r.classList.toggle("off", !!offRules[r.getAttribute("data-rule")]);
    });
    document.getElementById("shown").textContent = "showing " + n + " of " + marks.length;
  }

  function toggleRule(rule) {
    offRules[rule] = !offRules[rule];
    document.querySelectorAll('.chip[data-rule="' + rule + '"]').forEach(function (c) {
      c.setAttribute("aria-pressed", String(!offRules[rule]));
    });
    applyFilters();
  }

  function exportDecisions() {
    var out = Object.keys(decisions).sort(function (a, b) { return a - b; }).map(function (id) {
      var f = findings[id];
      return { path: f.path, rule: f.rule, before: f.before, after: f.after, left: f.left, right: f.right, line: f.line, decision: decisions[id] };
    });
    var text = JSON.stringify({ schema: 1, decisions: out }, null, 1) + "\n";
    var a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    a.download = "textrepair-decisions.json";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    return text;
  }

  function step(delta) {
    var shownMarks = marks.filter(visible);
    if (!shownMarks.length) { return; }
    var i = current === null ? -1 : shownMarks.indexOf(byId[current]);
    var next = shownMarks[(i + delta + shownMarks.length) % shownMarks.length];
    open(next.getAttribute("data-id"));
    next.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  document.addEventListener("click", function (ev) {
    var m = ev.target.closest(".f[data-id]");
    if (m && visible(m)) { open(m.getAttribute("data-id")); return; }
    var chip = ev.target.closest(".chip, .chart .row");
    if (chip) { toggleRule(chip.getAttribute("data-rule")); }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.target.tagName === "INPUT" && ev.target.type !== "checkbox") { return; }
    var m = ev.target.closest ? ev.target.closest(".f[data-id]") : null;
    if (m && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); open(m.getAttribute("data-id")); return; }
    if (ev.key === "j") { step(1); } else if (ev.key === "k") { step(-1); }
    else if (ev.key === "Escape") { close(); }
    else if (current !== null && ev.key === "a") { decide(current, "accept"); }
    else if (current !== null && ev.key === "r") { decide(current, "reject"); }
    else if (current !== null && ev.key === "u") { decide(current, null); }
  });
  panel.querySelector(".close").onclick = close;
  ["show-edits", "show-suggestions", "min-conf"].forEach(function (id) {
    document.getElementById(id).addEventListener("input", applyFilters);
  });
  exportButton.onclick = exportDecisions;
  window.textrepairReview = { decisions: decisions, exportDecisions: exportDecisions, decide: decide };

  Object.keys(decisions).forEach(paint);
  count();
  applyFilters();
}());
