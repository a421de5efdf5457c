/* The documents page: list the indexed articles, upload by drag-and-drop (with progress and a clear
   error), delete an upload after confirmation, open an article's cleaned text and the lines cleaning
   removed. Plain JS over the JSON API (GET/POST/DELETE /documents); server text goes in as text. */
(function () {
  "use strict";

  var $ = function (id) { return document.getElementById(id); };

  /* Labels in the language the chat page was switched to (its "ui-lang" choice). */
  var I18N = {
    en: {
      title: "Documents", apiKey: "API key", keyHint: "RAG_API_KEY, to upload and delete", chat: "Chat",
      drop: "Drop article files here", dropKinds: "(.txt or .md, UTF-8) or", choose: "choose files",
      colTitle: "Title", outlet: "Outlet", government: "Government", date: "Date", chunks: "Chunks", file: "File",
      cleaned: "Cleaned text", removedTitle: "Removed by cleaning", del: "Delete", articles: "articles", article: "article",
      uploading: "uploading…", rejected: "Rejected", unreachable: "Could not reach the server.", inferred: "inferred",
      listFailed: "Could not list the documents", openFailed: "Could not open", deleteFailed: "Could not delete",
      confirmDelete: "Delete {id} from the index? This cannot be undone.", gone: "The source file is gone or has changed since it was indexed.",
      nothingRemoved: "Nothing was removed.", why: { junk: "junk", duplicate: "duplicate" },
      managed: "rag ingest", managedHint: "Managed by `rag ingest` on the server: remove the file there and run rag ingest --prune."
    },
    id: {
      title: "Dokumen", apiKey: "Kunci API", keyHint: "RAG_API_KEY, untuk mengunggah dan menghapus", chat: "Obrolan",
      drop: "Letakkan berkas artikel di sini", dropKinds: "(.txt atau .md, UTF-8) atau", choose: "pilih berkas",
      colTitle: "Judul", outlet: "Media", government: "Pemerintah", date: "Tanggal", chunks: "Potongan", file: "Berkas",
      cleaned: "Teks yang dibersihkan", removedTitle: "Dibuang saat pembersihan", del: "Hapus", articles: "artikel", article: "artikel",
      uploading: "mengunggah…", rejected: "Ditolak", unreachable: "Tidak dapat menghubungi server.", inferred: "disimpulkan",
      listFailed: "Gagal memuat daftar dokumen", openFailed: "Gagal membuka", deleteFailed: "Gagal menghapus",
      confirmDelete: "Hapus {id} dari indeks? Ini tidak dapat dibatalkan.", gone: "Berkas sumber sudah tidak ada atau berubah sejak diindeks.",
      nothingRemoved: "Tidak ada yang dibuang.", why: { junk: "sampah", duplicate: "duplikat" },
      managed: "rag ingest", managedHint: "Dikelola `rag ingest` di server: hapus berkasnya di sana lalu jalankan rag ingest --prune."
    }
  };
  var lang = "en";
  try { if (localStorage.getItem("ui-lang") === "id") lang = "id"; } catch (e) { /* storage unavailable */ }
  function t(key) { return I18N[lang][key] || I18N.en[key] || key; }
  document.documentElement.lang = lang;
  document.title = t("title") + " · Regional News Q&A";
  document.querySelectorAll("[data-i18n]").forEach(function (n) { n.textContent = t(n.getAttribute("data-i18n")); });
  document.querySelectorAll("[data-i18n-placeholder]").forEach(function (n) { n.setAttribute("placeholder", t(n.getAttribute("data-i18n-placeholder"))); });
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
    return d.date + (d.date_how ? " (" + d.date_how + ")" : d.date_inferred ? " (" + t("inferred") + ")" : "");
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
      .catch(function (err) { showError(t("listFailed") + ": " + err.message); });
  }

  function render(docs) {
    var body = $("docs-body");
    body.textContent = "";
    $("doc-count").textContent = docs.length + " " + (docs.length === 1 ? t("article") : t("articles"));
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
      if (d.origin === "ingest") {
        actions.appendChild(el("span", "doc-managed", t("managed"))).title = t("managedHint");
      } else {
        var del = actions.appendChild(el("button", "doc-delete ghost-btn small", t("del")));
        del.type = "button";
        del.setAttribute("aria-label", t("del") + " " + d.id);
      }
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
    var status = item.appendChild(el("span", "upload-status", t("uploading")));
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
        status.textContent = body.status + ": " + (body.title || body.id) + (body.chunks != null ? " (" + body.chunks + " " + t("chunks").toLowerCase() + ")" : "");
        load();
      } else {
        item.classList.add("failed");
        item.setAttribute("role", "alert");
        status.textContent = t("rejected") + " (" + xhr.status + "): " + detailOf(body, xhr.status);
      }
    };
    xhr.onerror = function () { item.classList.add("failed"); status.textContent = t("unreachable"); };
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
        meta(dl, t("file"), d.id);
        meta(dl, t("outlet"), d.outlet);
        meta(dl, t("government"), d.government);
        meta(dl, t("date"), d.date ? dateCell(d) : "");
        meta(dl, t("chunks"), String(d.chunks));
        $("detail-text").textContent = d.text;
        var list = $("detail-removed");
        list.textContent = "";
        if (d.removed === null || d.removed === undefined) {
          list.appendChild(el("li", "removed-none", t("gone")));
        } else if (!d.removed.length) {
          list.appendChild(el("li", "removed-none", t("nothingRemoved")));
        } else {
          d.removed.forEach(function (r) {
            var li = list.appendChild(el("li", "removed-line"));
            li.appendChild(el("span", "removed-why", (I18N[lang].why || {})[r.why] || r.why));
            li.appendChild(el("span", "removed-text", r.line));
          });
        }
        $("removed-title").textContent = t("removedTitle") + (d.removed && d.removed.length ? " (" + d.removed.length + ")" : "");
        $("doc-detail").hidden = false;
        $("doc-detail").scrollIntoView({ block: "start" });
      })
      .catch(function (err) { showError(t("openFailed") + " " + id + ": " + err.message); });
  }

  function deleteDoc(id, row) {
    if (!window.confirm(t("confirmDelete").replace("{id}", id))) return;
    fetch("/documents/" + encodeURIComponent(id), { method: "DELETE", headers: Object.assign({ Accept: "application/json" }, keyHeaders()) })
      .then(function (r) { return r.json().catch(function () { return {}; }).then(function (j) { if (!r.ok) throw new Error(detailOf(j, r.status)); }); })
      .then(function () { showError(""); row.remove(); load(); })
      .catch(function (err) { showError(t("deleteFailed") + " " + id + ": " + err.message); });
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
