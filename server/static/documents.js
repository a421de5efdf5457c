/* The documents page: list the indexed articles, upload by drag-and-drop (with progress and a clear
   error), delete an upload after confirmation, open an article's cleaned text and the lines cleaning
   removed. Plain JS over the JSON API (GET/POST/DELETE /documents); server text goes in as text. */
(function () {
  "use strict";

  var $ = function (id) { return document.getElementById(id); };
  var keyInput = $("api-key");
  try { keyInput.value = localStorage.getItem("api-key") || ""; } catch (e) { /* storage unavailable */ }
  keyInput.addEventListener("input", function () {
    try { localStorage.setItem("api-key", keyInput.value.trim()); } catch (e) { /* ignore */ }
  });

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;
    return n;
  }

  function detailOf(body, status) {
    var d = body && body.detail;
    if (Array.isArray(d)) return d.map(function (x) { return x && x.msg ? x.msg : JSON.stringify(x); }).join("; ");
    return d ? String(d) : "HTTP " + status;
  }

  function keyHeaders() {
    var key = keyInput.value.trim();
    return key ? { "X-API-Key": key } : {};
  }

  /* The date, and how ingest found it when it was not read off a sound dateline. */
  function dateCell(d) {
    if (!d.date) return "–";
    return d.date + (d.date_how ? " (" + d.date_how + ")" : d.date_inferred ? " (inferred)" : "");
  }

  function showError(text) {
    var box = $("docs-error");
    box.textContent = text || "";
    box.hidden = !text;
  }

  function load() {
    return fetch("/documents", { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json().then(function (j) { if (!r.ok) throw new Error(detailOf(j, r.status)); return j; }); })
      .then(render)
      .catch(function (err) { showError("Could not list the documents: " + err.message); });
  }

  function render(docs) {
    var body = $("docs-body");
    body.textContent = "";
    $("doc-count").textContent = docs.length + (docs.length === 1 ? " article" : " articles");
    docs.slice().sort(function (a, b) { return String(b.date || "").localeCompare(String(a.date || "")); }).forEach(function (d) {
      var tr = el("tr", "doc-row");
      tr.setAttribute("data-id", d.id);
      var title = tr.appendChild(el("td", "doc-title"));
      var open = title.appendChild(el("button", "doc-open", d.title || d.id));
      open.type = "button";
      title.appendChild(el("div", "doc-id mono", d.id));
      tr.appendChild(el("td", null, d.outlet || "–"));
      tr.appendChild(el("td", null, d.government || "–"));
      tr.appendChild(el("td", "doc-date", dateCell(d)));
      tr.appendChild(el("td", "num", d.chunks == null ? "–" : String(d.chunks)));
      var actions = tr.appendChild(el("td", "doc-actions"));
      var del = actions.appendChild(el("button", "doc-delete ghost-btn small", "Delete"));
      del.type = "button";
      del.setAttribute("aria-label", "Delete " + d.id);
      body.appendChild(tr);
    });
  }

  /* ---------- upload: drag-and-drop or the file picker, one XHR per file for its progress ---------- */
  function upload(file) {
    var item = el("li", "upload");
    item.appendChild(el("span", "upload-name", file.name));
    var bar = item.appendChild(el("progress", "upload-bar"));
    bar.max = 100;
    bar.value = 0;
    var status = item.appendChild(el("span", "upload-status", "uploading…"));
    $("uploads").prepend(item);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "/documents");
    var headers = keyHeaders();
    Object.keys(headers).forEach(function (k) { xhr.setRequestHeader(k, headers[k]); });
    xhr.upload.onprogress = function (e) { if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total); };
    xhr.onload = function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
      if (xhr.status >= 200 && xhr.status < 300) {
        bar.value = 100;
        item.classList.add("ok");
        status.textContent = body.status + ": " + (body.title || body.id) + (body.chunks != null ? " (" + body.chunks + " chunks)" : "");
        load();
      } else {
        item.classList.add("failed");
        item.setAttribute("role", "alert");
        status.textContent = "Rejected (" + xhr.status + "): " + detailOf(body, xhr.status);
      }
    };
    xhr.onerror = function () { item.classList.add("failed"); status.textContent = "Could not reach the server."; };
    var form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  }

  var drop = $("drop");
  ["dragenter", "dragover"].forEach(function (type) {
    drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (type) {
    drop.addEventListener(type, function () { drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (e) {
    e.preventDefault();
    Array.prototype.forEach.call((e.dataTransfer && e.dataTransfer.files) || [], upload);
  });
  $("file-input").addEventListener("change", function (e) {
    Array.prototype.forEach.call(e.target.files || [], upload);
    e.target.value = "";
  });

  /* ---------- open, delete ---------- */
  function meta(dl, label, value) {
    if (!value) return;
    var div = dl.appendChild(el("div"));
    div.appendChild(el("dt", null, label));
    div.appendChild(el("dd", null, value));
  }

  function openDoc(id) {
    fetch("/documents/" + encodeURIComponent(id), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json().then(function (j) { if (!r.ok) throw new Error(detailOf(j, r.status)); return j; }); })
      .then(function (d) {
        $("detail-title").textContent = d.title || d.id;
        var dl = $("detail-meta");
        dl.textContent = "";
        meta(dl, "File", d.id);
        meta(dl, "Outlet", d.outlet);
        meta(dl, "Government", d.government);
        meta(dl, "Date", d.date ? dateCell(d) : "");
        meta(dl, "Chunks", String(d.chunks));
        $("detail-text").textContent = d.text;
        var list = $("detail-removed");
        list.textContent = "";
        if (d.removed === null || d.removed === undefined) {
          list.appendChild(el("li", "removed-none", "The source file is gone or has changed since it was indexed."));
        } else if (!d.removed.length) {
          list.appendChild(el("li", "removed-none", "Nothing was removed."));
        } else {
          d.removed.forEach(function (r) {
            var li = list.appendChild(el("li", "removed-line"));
            li.appendChild(el("span", "removed-why", r.why));
            li.appendChild(el("span", "removed-text", r.line));
          });
        }
        $("removed-title").textContent = "Removed by cleaning" + (d.removed && d.removed.length ? " (" + d.removed.length + ")" : "");
        $("doc-detail").hidden = false;
        $("doc-detail").scrollIntoView({ block: "start" });
      })
      .catch(function (err) { showError("Could not open " + id + ": " + err.message); });
  }

  function deleteDoc(id, row) {
    if (!window.confirm("Delete " + id + " from the index? This cannot be undone.")) return;
    fetch("/documents/" + encodeURIComponent(id), { method: "DELETE", headers: Object.assign({ Accept: "application/json" }, keyHeaders()) })
      .then(function (r) { return r.json().catch(function () { return {}; }).then(function (j) { if (!r.ok) throw new Error(detailOf(j, r.status)); }); })
      .then(function () { showError(""); row.remove(); load(); })
      .catch(function (err) { showError("Could not delete " + id + ": " + err.message); });
  }

  $("docs-body").addEventListener("click", function (e) {
    var row = e.target.closest(".doc-row");
    if (!row) return;
    var id = row.getAttribute("data-id");
    if (e.target.closest(".doc-open")) openDoc(id);
    else if (e.target.closest(".doc-delete")) deleteDoc(id, row);
  });
  $("detail-close").addEventListener("click", function () { $("doc-detail").hidden = true; });

  load();
})();
