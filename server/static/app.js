/* Regional News Q&A chat UI. Plain JS, no dependencies.
   All server text is inserted with textContent / text nodes, never as HTML. */
(function () {
  "use strict";

  var I18N = {
    en: {
      title: "Regional News Q&A", newChat: "New chat", welcome: "Ask about regional news",
      welcomeSub: "Answers are drawn from the article archive, with numbered citations you can open to read the source passage.",
      questionLabel: "Your question", placeholder: "Ask a question in English or Indonesian…",
      send: "Send", hint: "Enter to send · Shift+Enter for a new line", sourcePassage: "Source passage",
      date: "Date", outlet: "Outlet", file: "File", quoted: "Quoted span (not located exactly in the passage)",
      close: "Close", thinking: "Thinking…", sources: "Sources", you: "You", error: "Error",
      docs: "docs", chunks: "chunks", llmDown: "LLM unreachable", healthFail: "Service unreachable",
      connecting: "Connecting…", langSwitch: "Ganti bahasa antarmuka ke Bahasa Indonesia",
      streamCut: "The connection closed before the answer was complete.", netErr: "Could not reach the server",
      unknown: "Unknown", seconds: "s",
      reading: "Reading {n} articles…", found: "Found in", why: "Why this answer", whyRefused: "Why no answer",
      checked: "Every number and name in the answer is in the cited sentences; nothing was changed.",
      refusedBy: "Refused by rule", asked: "Asked for", actions: { refused: "refused", rewrote: "rewrote", cited: "added a citation", flagged: "flagged", retried: "retried" },
      part: "part", cached: "from the answer cache",
      chats: "Chats", documents: "Documents", conversations: "Conversations", exportMd: "Export .md",
      noConversations: "Your conversations are kept in this browser.", rename: "Rename", del: "Delete",
      renamePrompt: "New name for this conversation:", deleteConfirm: "Delete this conversation from this browser?",
      noConversationsServer: "Your conversations are kept on the server, under your API key.", deleteConfirmServer: "Delete this conversation from the server?",
      keyPrompt: "Your API key, to keep your conversations on the server", keyUse: "Use key", keyWrong: "The server did not accept this key",
      convSaveFailed: "Not saved on the server", convLoadFailed: "Could not load conversations",
      you: "You", answer: "Answer", notFoundMd: "Answer (not found)", exported: "Exported",
      good: "Good answer", bad: "Wrong answer", fbReason: "Reason", fbCorrection: "The right answer is …",
      fbSend: "Send feedback", fbCancel: "Cancel", fbThanks: "Thanks, your feedback is saved.", fbFailed: "Feedback not saved",
      reasons: { wrong_number: "Wrong number", wrong_person: "Wrong person", should_have_refused: "Should have refused", wrong_source: "Wrong source", other: "Other" }
    },
    id: {
      title: "Tanya Jawab Berita Daerah", newChat: "Obrolan baru", welcome: "Tanyakan seputar berita daerah",
      welcomeSub: "Jawaban diambil dari arsip artikel, dengan kutipan bernomor yang dapat dibuka untuk membaca teks sumbernya.",
      questionLabel: "Pertanyaan Anda", placeholder: "Ajukan pertanyaan dalam Bahasa Indonesia atau Inggris…",
      send: "Kirim", hint: "Enter untuk mengirim · Shift+Enter untuk baris baru", sourcePassage: "Kutipan sumber",
      date: "Tanggal", outlet: "Media", file: "Berkas", quoted: "Kutipan (tidak ditemukan persis dalam teks)",
      close: "Tutup", thinking: "Sedang berpikir…", sources: "Sumber", you: "Anda", error: "Galat",
      docs: "dokumen", chunks: "potongan", llmDown: "LLM tidak terjangkau", healthFail: "Layanan tidak terjangkau",
      connecting: "Menghubungkan…", langSwitch: "Switch interface language to English",
      streamCut: "Koneksi terputus sebelum jawaban selesai.", netErr: "Tidak dapat menghubungi server",
      unknown: "Tidak diketahui", seconds: "dtk",
      reading: "Membaca {n} artikel…", found: "Ditemukan di", why: "Mengapa jawaban ini", whyRefused: "Mengapa tidak ada jawaban",
      checked: "Setiap angka dan nama dalam jawaban ada di kalimat yang dikutip; tidak ada yang diubah.",
      refusedBy: "Ditolak oleh aturan", asked: "Yang ditanyakan", actions: { refused: "menolak", rewrote: "mengubah", cited: "menambah kutipan", flagged: "menandai", retried: "mencoba lagi" },
      part: "bagian", cached: "dari cache jawaban",
      chats: "Obrolan", documents: "Dokumen", conversations: "Percakapan", exportMd: "Ekspor .md",
      noConversations: "Percakapan Anda disimpan di peramban ini.", rename: "Ganti nama", del: "Hapus",
      renamePrompt: "Nama baru untuk percakapan ini:", deleteConfirm: "Hapus percakapan ini dari peramban ini?",
      noConversationsServer: "Percakapan Anda disimpan di server, di bawah kunci API Anda.", deleteConfirmServer: "Hapus percakapan ini dari server?",
      keyPrompt: "Kunci API Anda, untuk menyimpan percakapan di server", keyUse: "Pakai kunci", keyWrong: "Server tidak menerima kunci ini",
      convSaveFailed: "Tidak tersimpan di server", convLoadFailed: "Percakapan tidak dapat dimuat",
      you: "Anda", answer: "Jawaban", notFoundMd: "Jawaban (tidak ditemukan)", exported: "Diekspor",
      good: "Jawaban benar", bad: "Jawaban salah", fbReason: "Alasan", fbCorrection: "Jawaban yang benar adalah …",
      fbSend: "Kirim masukan", fbCancel: "Batal", fbThanks: "Terima kasih, masukan Anda tersimpan.", fbFailed: "Masukan tidak tersimpan",
      reasons: { wrong_number: "Angka salah", wrong_person: "Orang salah", should_have_refused: "Seharusnya menolak", wrong_source: "Sumber salah", other: "Lainnya" }
    }
  };
  var NOT_FOUND = { en: "Not found in the articles", id: "Tidak ditemukan dalam artikel" };

  var $ = function (id) { return document.getElementById(id); };
  var messagesEl = $("messages"), questionEl = $("question"), sendBtn = $("send"), form = $("composer");
  var panel = $("passage-panel"), backdrop = $("panel-backdrop");

  var lang = "en";
  try { if (localStorage.getItem("ui-lang") === "id") lang = "id"; } catch (e) { /* storage unavailable */ }
  var chatHistory = [];      // [{role, content}] sent with every question
  var busy = false;
  var lastHealth = null;
  var lastFocus = null;
  var emptyTemplate = $("empty-state").cloneNode(true);

  /* ---------- conversations, kept in this browser (localStorage) or on the server ----------
     {id, title, created, updated, turns: [{role: "user", content}, {role: "assistant", content, data, ms, feedback}]}.
     The open conversation is named in the address (#c/<id>), so a reload reopens it; its answered
     turns are the history a follow-up is sent with. Where they are kept is the server's choice
     (/health's `conversations`): "server" keeps them under the API key (GET/PUT/DELETE
     /conversations), and the side list then holds summaries whose turns are fetched when opened. */
  var STORE = "conversations.v1";
  var storage = null;  // "browser" or "server" once the first /health has said; until then nothing is written
  var apiKey = "";
  var convs = [];
  var current = null;
  var saving = {};  // id -> the promise of its last PUT: saves of one conversation go in order
  try { apiKey = localStorage.getItem("api-key") || ""; } catch (e) { /* storage unavailable */ }

  function loadBrowserConvs() {
    try { convs = JSON.parse(localStorage.getItem(STORE) || "[]"); if (!Array.isArray(convs)) convs = []; } catch (e) { convs = []; }
  }

  /* The conversation API: resolves to the JSON body; rejects with an Error carrying .status. */
  function convApi(method, path, body) {
    var headers = { Accept: "application/json", "X-API-Key": apiKey };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) {
        if (!r.ok) { var err = new Error(errorText(j.detail, r.status)); err.status = r.status; throw err; }
        return j;
      });
    });
  }

  function convStatus(text, failed) {
    var p = $("conv-status");
    p.textContent = text || "";
    p.hidden = !text;
    p.classList.toggle("failed", !!failed);
  }

  function convFailed(prefix) {
    return function (err) {
      if (err.status === 401 && !apiKey) { showKeyForm(""); return; }  // no key yet: the form asks for it
      if (err.status === 401) { showKeyForm(t("keyWrong")); return; }
      convStatus(prefix + ": " + err.message, true);
    };
  }

  function showKeyForm(message) {
    $("conv-key").hidden = false;
    convStatus(message || "", !!message);
  }

  function saveConvs(conv) {
    if (storage === "server") {
      if (conv && conv.turns) {
        var body = { id: conv.id, title: conv.title, created: conv.created, updated: conv.updated, turns: conv.turns };
        var after = saving[conv.id] || Promise.resolve();
        saving[conv.id] = after.then(function () { return convApi("PUT", "/conversations/" + encodeURIComponent(conv.id), body); })
          .then(function () { convStatus(""); }, convFailed(t("convSaveFailed")));
      }
      renderConvs();
      return;
    }
    if (storage === "browser") {
      try { localStorage.setItem(STORE, JSON.stringify(convs)); } catch (e) { /* full or unavailable: kept for this page only */ }
    }
    renderConvs();
  }

  function removeConv(conv) {
    var gone = function () {
      convs = convs.filter(function (c) { return c !== conv; });
      if (current === conv) openConv(null);
      saveConvs(null);
    };
    if (storage !== "server") { gone(); return; }
    convApi("DELETE", "/conversations/" + encodeURIComponent(conv.id))
      .then(gone, function (err) { if (err.status === 404) gone(); else convFailed(t("convSaveFailed"))(err); });
  }

  /* A conversation with its turns: the one in hand, or (a server-side summary) fetched and put in its place. */
  function withTurns(conv) {
    if (conv.turns) return Promise.resolve(conv);
    return convApi("GET", "/conversations/" + encodeURIComponent(conv.id)).then(function (full) {
      convs = convs.map(function (c) { return c.id === full.id ? full : c; });
      return full;
    });
  }

  function openOpened() {
    var opened = /^#c\/(.+)$/.exec(location.hash), conv = opened && findConv(opened[1]);
    if (conv && !current) withTurns(conv).then(openConv, convFailed(t("convLoadFailed")));
  }

  /* The server's list, with the conversations this page made before it had a key saved first. */
  function loadServerConvs() {
    renderConvs();
    if (!apiKey) { showKeyForm(""); return Promise.resolve(); }
    var made = convs.filter(function (c) { return c.turns && c.turns.length; });
    made.forEach(saveConvs);
    return Promise.all(made.map(function (c) { return saving[c.id]; })).then(function () { return convApi("GET", "/conversations"); }).then(function (list) {
      var here = {};
      convs.forEach(function (c) { if (c.turns) here[c.id] = c; });
      convs = list.map(function (s) { return here[s.id] || { id: s.id, title: s.title, created: s.created, updated: s.updated, turns: null }; });
      $("conv-key").hidden = true;
      convStatus("");
      renderConvs();
      openOpened();
    }, convFailed(t("convLoadFailed")));
  }

  function findConv(id) { return convs.filter(function (c) { return c.id === id; })[0] || null; }

  function historyOf(conv) {
    var out = [], turns = conv ? conv.turns : [];
    for (var i = 0; i + 1 < turns.length; i++) {
      if (turns[i].role === "user" && turns[i + 1].role === "assistant") {
        out.push({ role: "user", content: turns[i].content }, { role: "assistant", content: turns[i + 1].content });
        i++;
      }
    }
    return out;
  }

  function startConv(question) {
    var now = Date.now();
    current = { id: now.toString(36) + Math.random().toString(36).slice(2, 8), title: question.slice(0, 80), created: now, updated: now, turns: [] };
    convs.push(current);
    history.replaceState(null, "", "#c/" + current.id);
  }

  function renderConvs() {
    var list = $("conv-list");
    list.textContent = "";
    var empty = $("conv-empty");
    empty.hidden = convs.length > 0;
    empty.setAttribute("data-i18n", storage === "server" ? "noConversationsServer" : "noConversations");
    empty.textContent = t(empty.getAttribute("data-i18n"));
    $("export-md").disabled = !current || !current.turns.length;
    convs.slice().sort(function (a, b) { return b.updated - a.updated; }).forEach(function (c) {
      var li = el("li", "conv-item" + (current && c.id === current.id ? " active" : ""));
      li.setAttribute("data-id", c.id);
      var open = li.appendChild(el("button", "conv-open", c.title || "…"));
      open.type = "button";
      open.title = new Date(c.updated).toLocaleString(lang === "id" ? "id-ID" : "en-GB");
      var rename = li.appendChild(el("button", "conv-rename", "✎"));
      rename.type = "button";
      rename.setAttribute("aria-label", t("rename") + ": " + c.title);
      var del = li.appendChild(el("button", "conv-delete", "×"));
      del.type = "button";
      del.setAttribute("aria-label", t("del") + ": " + c.title);
      list.appendChild(li);
    });
  }

  function showEmpty() {
    messagesEl.textContent = "";
    messagesEl.appendChild(emptyTemplate.cloneNode(true));
    applyLang();
  }

  function openConv(conv) {
    closePanel();
    current = conv;
    chatHistory = historyOf(conv);
    messagesEl.textContent = "";
    if (!conv) { showEmpty(); history.replaceState(null, "", location.pathname + location.search); renderConvs(); return; }
    history.replaceState(null, "", "#c/" + conv.id);
    conv.turns.forEach(function (turn) {
      if (turn.role === "user") { addUser(turn.content); return; }
      var m = addAssistant();
      finish(m, turn.data || { answer: turn.content }, turn.ms, turn);
    });
    if (!conv.turns.length) showEmpty();
    renderConvs();
    scrollToBottom(true);
  }

  function markdownOf(conv) {
    var out = ["# " + (conv.title || "Conversation"), "", "_" + t("exported") + " " + new Date().toISOString().slice(0, 16).replace("T", " ") + "_", ""];
    conv.turns.forEach(function (turn) {
      if (turn.role === "user") { out.push("**" + t("you") + ":** " + turn.content, ""); return; }
      var d = turn.data || {};
      out.push("**" + (d.found === false ? t("notFoundMd") : t("answer")) + ":** " + turn.content, "");
      (d.citations || []).forEach(function (c) {
        out.push("- [" + c.id + "] " + (c.title || c.source) + " (" + c.source + (c.date ? ", " + c.date : "") + "): \u201c" + String(c.quote || "").replace(/\s+/g, " ") + "\u201d");
      });
      if ((d.citations || []).length) out.push("");
    });
    return out.join("\n");
  }

  function exportMarkdown() {
    if (!current) return;
    var blob = new Blob([markdownOf(current)], { type: "text/markdown;charset=utf-8" });
    var a = el("a");
    a.href = URL.createObjectURL(blob);
    a.download = (current.title || "conversation").replace(/[^\w\- ]+/g, "").trim().replace(/\s+/g, "-").slice(0, 60) + ".md";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  }

  /* ---------- feedback under an answer: thumbs up, or thumbs down with a reason and a correction ---------- */
  function thumb(down) {
    var ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg"), path = document.createElementNS(ns, "path");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("aria-hidden", "true");
    if (down) svg.setAttribute("transform", "rotate(180)");
    path.setAttribute("fill", "currentColor");
    path.setAttribute("d", "M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z");
    svg.appendChild(path);
    return svg;
  }

  function feedbackBar(turn) {
    var data = turn.data || {};
    var bar = el("div", "feedback");
    var up = bar.appendChild(el("button", "fb-up"));
    var down = bar.appendChild(el("button", "fb-down"));
    up.appendChild(thumb(false));
    down.appendChild(thumb(true));
    up.type = down.type = "button";
    up.setAttribute("aria-label", t("good"));
    down.setAttribute("aria-label", t("bad"));
    var status = bar.appendChild(el("span", "fb-status"));
    status.setAttribute("role", "status");
    var form = bar.appendChild(el("form", "fb-form"));
    form.hidden = true;
    var reason = el("select", "fb-reason");
    reason.setAttribute("aria-label", t("fbReason"));
    Object.keys(I18N.en.reasons).forEach(function (key) {
      var o = reason.appendChild(el("option", null, (I18N[lang].reasons || I18N.en.reasons)[key]));
      o.value = key;
    });
    var correction = el("input", "fb-correction");
    correction.type = "text";
    correction.maxLength = 1000;
    correction.placeholder = t("fbCorrection");
    correction.setAttribute("aria-label", t("fbCorrection"));
    var send = el("button", "fb-send", t("fbSend"));
    send.type = "submit";
    var cancel = el("button", "fb-cancel ghost-btn small", t("fbCancel"));
    cancel.type = "button";
    [reason, correction, send, cancel].forEach(function (n) { form.appendChild(n); });

    function shown(state) {
      up.setAttribute("aria-pressed", state && state.rating === "up" ? "true" : "false");
      down.setAttribute("aria-pressed", state && state.rating === "down" ? "true" : "false");
      if (state) status.textContent = t("fbThanks");
    }
    function post(body) {
      status.textContent = "";
      return fetch("/feedback", { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body) })
        .then(function (r) {
          return r.json().catch(function () { return {}; }).then(function (j) {
            if (!r.ok) throw new Error(errorText(j.detail, r.status));
            turn.feedback = { rating: body.rating, id: j.id, reason: body.reason || null, correction: body.correction || null };
            if (current) { current.updated = Date.now(); saveConvs(current); }
            form.hidden = true;
            shown(turn.feedback);
          });
        })
        .catch(function (err) { bar.classList.add("fb-error"); status.textContent = t("fbFailed") + ": " + err.message; });
    }
    function base(rating) {
      var body = { rating: rating };
      if (data.answer_id) body.answer_id = data.answer_id;
      else { body.question = data.question || ""; body.answer = turn.content; body.found = data.found; body.citations = data.citations || []; body.trace = data.trace || []; }
      return body;
    }
    up.addEventListener("click", function () { post(base("up")); });
    down.addEventListener("click", function () { form.hidden = false; correction.focus(); });
    cancel.addEventListener("click", function () { form.hidden = true; });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var body = base("down");
      body.reason = reason.value;
      if (correction.value.trim()) body.correction = correction.value.trim();
      post(body);
    });
    shown(turn.feedback);
    return bar;
  }

  function t(key) { return (I18N[lang] && I18N[lang][key]) || I18N.en[key] || key; }

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;
    return n;
  }

  /* ---------- i18n ---------- */
  function applyLang() {
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-i18n]").forEach(function (n) { n.textContent = t(n.getAttribute("data-i18n")); });
    document.querySelectorAll("[data-i18n-placeholder]").forEach(function (n) {
      n.setAttribute("placeholder", t(n.getAttribute("data-i18n-placeholder")));
    });
    document.title = t("title");
    autosize();
    var tog = $("lang-toggle");
    tog.textContent = lang === "en" ? "ID" : "EN";
    tog.setAttribute("aria-label", t("langSwitch"));
    sendBtn.setAttribute("aria-label", t("send"));
    $("passage-close").setAttribute("aria-label", t("close"));
    panel.setAttribute("aria-label", t("sourcePassage"));
    document.querySelectorAll(".thinking-label").forEach(function (n) { n.textContent = t("thinking"); });
    document.querySelectorAll(".sources-label").forEach(function (n) { n.textContent = t("sources"); });
    renderHealth();
  }

  /* ---------- health ---------- */
  function renderHealth() {
    var box = $("health"), txt = $("health-text");
    box.classList.remove("ok", "warn", "bad");
    if (lastHealth === null) { txt.textContent = t("connecting"); return; }
    if (lastHealth === false) { box.classList.add("bad"); txt.textContent = t("healthFail"); return; }
    var h = lastHealth, parts = [];
    if (h.backend) parts.push(String(h.backend));
    if (h.model) parts.push(String(h.model));
    if (h.index && typeof h.index.documents === "number") {
      parts.push(h.index.documents.toLocaleString(lang === "id" ? "id-ID" : "en-US") + " " + t("docs"));
    }
    if (h.llm_reachable === false) parts.push(t("llmDown"));
    box.classList.add(h.llm_reachable === false ? "warn" : "ok");
    txt.textContent = parts.join(" · ");
    box.title = parts.join(" · ") + (h.index && h.index.chunks != null ? " · " + h.index.chunks + " " + t("chunks") : "");
  }

  function loadHealth() {
    return fetch("/health", { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (h) { lastHealth = h || {}; renderHealth(); })
      .catch(function () { lastHealth = false; renderHealth(); });
  }

  /* ---------- formatting ---------- */
  function formatDate(iso) {
    if (!iso) return "";
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso));
    if (!m) return String(iso);
    var d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (isNaN(d.getTime())) return String(iso);
    try {
      return new Intl.DateTimeFormat(lang === "id" ? "id-ID" : "en-GB",
        { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(d);
    } catch (e) { return String(iso); }
  }

  function shortLabel(c) {
    var base = (c.title && String(c.title).trim()) || c.source || ("#" + c.id);
    if (base.length > 48) base = base.slice(0, 46).trim() + "…";
    return c.date ? base + ", " + formatDate(c.date) : base;
  }

  function errorText(detail, status) {
    if (Array.isArray(detail)) {
      return detail.map(function (d) {
        if (d && typeof d === "object") {
          var loc = Array.isArray(d.loc) ? d.loc.filter(function (x) { return x !== "body"; }).join(".") : "";
          return (loc ? loc + ": " : "") + (d.msg || JSON.stringify(d));
        }
        return String(d);
      }).join("; ");
    }
    if (detail && typeof detail === "object") return detail.message || detail.detail || JSON.stringify(detail);
    if (detail != null && String(detail).trim()) return String(detail);
    return "HTTP " + (status || "?");
  }

  /* Render answer text with [n] / [n, m] markers as citation chips (only for ids we have). */
  function renderAnswer(target, text, citeMap) {
    target.textContent = "";
    var re = /\[(\d+(?:\s*[,;]\s*\d+)*)\]/g, last = 0, m;
    text = text || "";
    while ((m = re.exec(text)) !== null) {
      var ids = m[1].split(/\s*[,;]\s*/);
      if (!citeMap || !ids.every(function (i) { return citeMap[i]; })) continue;
      if (m.index > last) target.appendChild(document.createTextNode(text.slice(last, m.index)));
      ids.forEach(function (i) { target.appendChild(makeChip(i, "[" + i + "]", citeMap[i], true)); });
      last = m.index + m[0].length;
    }
    if (last < text.length) target.appendChild(document.createTextNode(text.slice(last)));
  }

  function makeChip(id, label, cite, inline) {
    var b = el("button", "cite-chip" + (inline ? " inline" : ""));
    b.type = "button";
    b.setAttribute("data-cite", String(id));
    b.textContent = label;
    b.title = shortLabel(cite);
    b.setAttribute("aria-label", (lang === "id" ? "Buka kutipan " : "Open citation ") + id + ": " + shortLabel(cite));
    b._cite = cite;
    return b;
  }

  /* ---------- messages ---------- */
  function scrollToBottom(force) {
    var near = messagesEl.scrollHeight - messagesEl.scrollTop - messagesEl.clientHeight < 140;
    if (force || near) messagesEl.scrollTop = messagesEl.scrollHeight;
  }

  function addUser(text) {
    var empty = $("empty-state");
    if (empty) empty.remove();
    var wrap = el("div", "msg user");
    wrap.appendChild(el("div", "bubble", text));
    messagesEl.appendChild(wrap);
    scrollToBottom(true);
  }

  function addAssistant() {
    var wrap = el("div", "msg assistant pending");
    var bubble = el("div", "bubble");
    var think = el("div", "thinking");
    think.setAttribute("role", "status");
    var dots = think.appendChild(el("span", "dots"));
    for (var i = 0; i < 3; i++) dots.appendChild(el("i"));
    think.appendChild(el("span", "thinking-label", t("thinking")));
    var ans = el("div", "answer-text");
    bubble.appendChild(think);
    bubble.appendChild(ans);
    wrap.appendChild(bubble);
    messagesEl.appendChild(wrap);
    scrollToBottom(true);
    return { wrap: wrap, bubble: bubble, think: think, ans: ans, text: "" };
  }

  function stopThinking(m) {
    if (m.think) { m.think.remove(); m.think = null; }
    if (m.timer) { clearInterval(m.timer); m.timer = null; }
    m.wrap.classList.remove("pending");
  }

  /* The articles retrieval found, shown as soon as they arrive (before the model has answered). */
  function showSources(m, passages) {
    if (!Array.isArray(passages) || !passages.length) return;
    var seen = {}, docs = [];
    passages.forEach(function (p) { if (p && p.source && !seen[p.source]) { seen[p.source] = true; docs.push(p); } });
    if (!m.early) {
      m.early = el("div", "sources-early");
      m.early.appendChild(el("span", "sources-label", t("found")));
      m.earlyList = m.early.appendChild(el("span", "early-list"));
      m.wrap.appendChild(m.early);
    }
    docs.forEach(function (p) {
      if (m.earlyList.querySelector('[data-source="' + CSS.escape(p.source) + '"]')) return;
      var item = el("span", "early-source", shortLabel({ title: p.title, source: p.source, date: p.date }));
      item.setAttribute("data-source", p.source);
      m.earlyList.appendChild(item);
    });
    var n = m.earlyList.children.length, t0 = Date.now();
    if (m.think) {
      var label = m.think.querySelector(".thinking-label");
      var tick = function () { label.textContent = t("reading").replace("{n}", n) + " " + Math.round((Date.now() - t0) / 1000) + " " + t("seconds"); };
      tick();
      if (!m.timer) m.timer = setInterval(tick, 1000);
    }
    scrollToBottom(false);
  }

  /* A collapsed "why": what was asked, and every rule that refused, rewrote or cited. */
  function whyPanel(data) {
    var trace = Array.isArray(data.trace) ? data.trace : [];
    var box = el("details", "why");
    box.appendChild(el("summary", null, data.found === false ? t("whyRefused") : t("why")));
    var body = box.appendChild(el("div", "why-body"));
    if (data.kind) body.appendChild(el("div", "why-kind", t("asked") + ": " + data.kind));
    if (data.cached) body.appendChild(el("div", "why-cached", t("cached")));
    if (!trace.length && data.found !== false) body.appendChild(el("div", "why-step", t("checked")));
    var list = body.appendChild(el("ol", "why-steps"));
    trace.forEach(function (s) {
      var li = list.appendChild(el("li", "why-step " + (s.action || "")));
      li.appendChild(el("code", "why-rule", s.rule));
      var action = (I18N[lang].actions || I18N.en.actions)[s.action] || s.action;
      li.appendChild(document.createTextNode(" " + action + (s.part ? " (" + t("part") + " " + s.part + ")" : "") + ": " + (s.why || "")));
      if (s.before && s.after && s.before !== s.after) li.appendChild(el("div", "why-change", s.before + " → " + s.after));
    });
    if (data.refused_by) body.appendChild(el("div", "why-refused", t("refusedBy") + ": " + data.refused_by));
    return box;
  }

  function appendToken(m, s) {
    stopThinking(m);
    m.wrap.classList.add("streaming");
    m.text += s;
    m.ans.textContent = m.text;
    scrollToBottom(false);
  }

  function finish(m, data, elapsed, turn) {
    stopThinking(m);
    m.wrap.classList.remove("streaming");
    m.wrap.classList.add("done");
    var answer = typeof data.answer === "string" ? data.answer : m.text;
    var ansLang = data.language === "id" ? "id" : "en";
    m.wrap.setAttribute("data-language", ansLang);
    var cites = Array.isArray(data.citations) ? data.citations : [];
    var found = data.found !== false;
    if (!found) {
      m.wrap.classList.add("not-found");
      var badge = el("div", "not-found-label", NOT_FOUND[ansLang]);
      m.bubble.insertBefore(badge, m.ans);
      renderAnswer(m.ans, answer, null);
    } else {
      var map = {}, seen = [];
      cites.forEach(function (c) {
        if (c && c.id != null && !map[String(c.id)]) { map[String(c.id)] = c; seen.push(c); }
      });
      renderAnswer(m.ans, answer, map);
      if (seen.length) {
        var list = el("div", "citations");
        list.appendChild(el("span", "sources-label", t("sources")));
        seen.forEach(function (c) {
          var chip = makeChip(c.id, "", c);
          chip.appendChild(el("span", "chip-num", "[" + c.id + "]"));
          chip.appendChild(el("span", "chip-label", shortLabel(c)));
          list.appendChild(chip);
        });
        m.wrap.appendChild(list);
      }
    }
    if (m.early) { m.early.remove(); m.early = null; }
    m.wrap.appendChild(whyPanel(data));
    if (turn) m.wrap.appendChild(feedbackBar(turn));
    if (elapsed) m.wrap.appendChild(el("div", "msg-meta", (elapsed / 1000).toFixed(1) + " " + t("seconds")));
    scrollToBottom(false);
    return answer;
  }

  function fail(m, msg, status) {
    stopThinking(m);
    m.wrap.classList.remove("streaming");
    m.wrap.classList.add("error");
    m.wrap.setAttribute("role", "alert");
    m.bubble.textContent = "";
    var head = el("div", "error-title", t("error") + (status ? " " + status : ""));
    m.bubble.appendChild(head);
    if (m.text) m.bubble.appendChild(el("div", "answer-partial", m.text));
    m.bubble.appendChild(el("div", "error-text", msg));
    scrollToBottom(true);
  }

  /* ---------- SSE over POST ---------- */
  function parseFrame(frame) {
    var ev = "message", data = [];
    frame.split("\n").forEach(function (line) {
      if (!line || line.charAt(0) === ":") return;
      var i = line.indexOf(":"), field = i < 0 ? line : line.slice(0, i), val = i < 0 ? "" : line.slice(i + 1);
      if (val.charAt(0) === " ") val = val.slice(1);
      if (field === "event") ev = val;
      else if (field === "data") data.push(val);
    });
    var raw = data.join("\n"), obj = raw;
    try { obj = raw ? JSON.parse(raw) : {}; } catch (e) { /* keep raw string */ }
    return { event: ev, data: obj };
  }

  function ask(question) {
    var m = addAssistant(), t0 = Date.now(), settled = false, conv = current;
    var body = JSON.stringify({ question: question, history: chatHistory.slice() });
    return fetch("/ask/stream", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: body
    }).then(function (res) {
      if (!res.ok) {
        return res.text().then(function (txt) {
          var detail = txt;
          try { detail = JSON.parse(txt).detail; } catch (e) { /* not JSON */ }
          fail(m, errorText(detail || res.statusText, res.status), res.status);
          settled = true;
        });
      }
      if (!res.body || !res.body.getReader) throw new Error("Streaming not supported");
      var reader = res.body.getReader(), dec = new TextDecoder("utf-8"), buf = "";
      function handle(frame) {
        if (settled) return;
        var f = parseFrame(frame), d = f.data;
        if (f.event === "sources") {
          showSources(m, d && d.passages);
        } else if (f.event === "token") {
          appendToken(m, typeof d === "string" ? d : (d && d.text) || "");
        } else if (f.event === "done") {
          var data = d && typeof d === "object" ? d : { answer: String(d) };
          var turn = { role: "assistant", content: typeof data.answer === "string" ? data.answer : m.text, data: data, ms: Date.now() - t0 };
          var answer = finish(m, data, turn.ms, turn);
          chatHistory.push({ role: "user", content: question });
          chatHistory.push({ role: "assistant", content: answer });
          if (conv) { conv.turns.push(turn); conv.updated = Date.now(); saveConvs(conv); }
          settled = true;
        } else if (f.event === "error") {
          var st = d && d.status;
          fail(m, errorText(d && typeof d === "object" ? d.detail : d, st), st);
          settled = true;
        }
      }
      function pump() {
        return reader.read().then(function (r) {
          if (r.value) buf += dec.decode(r.value, { stream: true });
          if (r.done) buf += dec.decode();
          buf = buf.replace(/\r\n?/g, "\n");
          var idx;
          while ((idx = buf.indexOf("\n\n")) >= 0) {
            handle(buf.slice(0, idx));
            buf = buf.slice(idx + 2);
          }
          if (r.done) {
            if (buf.trim()) handle(buf);
            if (!settled) { fail(m, t("streamCut")); settled = true; }
            return;
          }
          if (settled) { reader.cancel().catch(function () {}); return; }
          return pump();
        });
      }
      return pump();
    }).catch(function (err) {
      if (!settled) { fail(m, t("netErr") + (err && err.message ? " (" + err.message + ")" : "")); settled = true; }
      loadHealth();
    });
  }

  function setBusy(b) {
    busy = b;
    sendBtn.disabled = b;
    form.classList.toggle("busy", b);
    messagesEl.setAttribute("aria-busy", b ? "true" : "false");
  }

  function submit() {
    if (busy) return;
    var q = questionEl.value.trim();
    if (!q) { questionEl.focus(); return; }
    questionEl.value = "";
    autosize();
    if (!current) startConv(q);
    current.turns.push({ role: "user", content: q });
    current.updated = Date.now();
    saveConvs(current);
    addUser(q);
    setBusy(true);
    ask(q).then(function () { setBusy(false); questionEl.focus(); });
  }

  function autosize() {
    questionEl.style.height = "auto";
    var h = questionEl.scrollHeight;
    questionEl.style.height = Math.min(h, 180) + "px";
    questionEl.style.overflowY = h > 180 ? "auto" : "hidden";
  }

  /* ---------- passage panel ---------- */
  function norm(s, map) {
    // lower-case, unify quotes/dashes, collapse whitespace; map[i] = index in original string
    var out = "", prevSpace = true;
    for (var i = 0; i < s.length; i++) {
      var ch = s.charAt(i);
      if (/\s/.test(ch)) {
        if (prevSpace) continue;
        ch = " "; prevSpace = true;
      } else {
        prevSpace = false;
        ch = ch.replace(/[\u201C\u201D\u201E\u00AB\u00BB]/, "\"").replace(/[\u2018\u2019\u201A]/, "'")
          .replace(/[\u2013\u2014]/, "-").toLowerCase();
      }
      for (var k = 0; k < ch.length; k++) { out += ch.charAt(k); if (map) map.push(i); }
    }
    return out;
  }

  function locate(text, quote) {
    if (!quote) return null;
    var i = text.indexOf(quote);
    if (i >= 0) return [i, i + quote.length];
    var map = [], nt = norm(text, map), nq = norm(quote.trim(), null).trim();
    if (!nq) return null;
    var j = nt.indexOf(nq);
    if (j < 0) return null;
    return [map[j], map[j + nq.length - 1] + 1];
  }

  function setField(id, value) {
    var dd = $(id);
    dd.textContent = value || "";
    dd.parentNode.hidden = !value;
  }

  function openPanel(cite, id, opener) {
    if (!cite) return;
    lastFocus = opener || document.activeElement;
    $("passage-num").textContent = "[" + id + "] ";
    $("passage-title").textContent = (cite.title && String(cite.title).trim()) || cite.source || t("unknown");
    setField("passage-date", formatDate(cite.date));
    setField("passage-outlet", cite.outlet);
    setField("passage-source", cite.source);
    var text = String(cite.text || ""), quote = String(cite.quote || ""), box = $("passage-text");
    box.textContent = "";
    var span = locate(text, quote);
    if (span) {
      box.appendChild(document.createTextNode(text.slice(0, span[0])));
      box.appendChild(el("mark", null, text.slice(span[0], span[1])));
      box.appendChild(document.createTextNode(text.slice(span[1])));
    } else {
      box.textContent = text;
    }
    $("passage-quote").hidden = !!span || !quote;
    $("passage-quote-text").textContent = span ? "" : quote;
    document.querySelectorAll(".cite-chip.active").forEach(function (c) { c.classList.remove("active"); });
    var scope = opener && opener.closest(".msg");
    if (scope) scope.querySelectorAll('.cite-chip[data-cite="' + String(id).replace(/\D/g, "") + '"]')
      .forEach(function (c) { c.classList.add("active"); });
    panel.hidden = false;
    backdrop.hidden = false;
    document.body.classList.add("panel-open");
    panel.querySelector(".panel-body").scrollTop = 0;
    requestAnimationFrame(function () {
      panel.classList.add("open");
      var mk = box.querySelector("mark");
      if (mk) mk.scrollIntoView({ block: "center" });
      $("passage-close").focus({ preventScroll: true });
    });
  }

  function closePanel() {
    if (panel.hidden) return;
    panel.classList.remove("open");
    panel.hidden = true;
    backdrop.hidden = true;
    document.body.classList.remove("panel-open");
    document.querySelectorAll(".cite-chip.active").forEach(function (c) { c.classList.remove("active"); });
    if (lastFocus && document.contains(lastFocus)) lastFocus.focus();
  }

  /* ---------- events ---------- */
  form.addEventListener("submit", function (e) { e.preventDefault(); submit(); });
  questionEl.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      submit();
    }
  });
  questionEl.addEventListener("input", autosize);

  messagesEl.addEventListener("click", function (e) {
    var chip = e.target.closest(".cite-chip");
    if (chip) { openPanel(chip._cite, chip.getAttribute("data-cite"), chip); return; }
    var ex = e.target.closest(".example");
    if (ex && !busy) { questionEl.value = ex.textContent.trim(); autosize(); submit(); }
  });

  $("passage-close").addEventListener("click", closePanel);
  backdrop.addEventListener("click", closePanel);
  document.addEventListener("keydown", function (e) {
    if ((e.key === "Escape" || e.key === "Esc") && !panel.hidden) { e.preventDefault(); closePanel(); }
  });

  $("lang-toggle").addEventListener("click", function () {
    lang = lang === "en" ? "id" : "en";
    try { localStorage.setItem("ui-lang", lang); } catch (e) { /* ignore */ }
    applyLang();
  });

  $("new-chat").addEventListener("click", function () {
    if (busy) return;
    openConv(null);
    questionEl.focus();
  });

  $("conv-list").addEventListener("click", function (e) {
    var item = e.target.closest(".conv-item");
    var conv = item && findConv(item.getAttribute("data-id"));
    if (!conv || busy) return;
    if (e.target.closest(".conv-open")) {
      withTurns(conv).then(function (full) { openConv(full); document.body.classList.remove("conv-open"); }, convFailed(t("convLoadFailed")));
      return;
    }
    if (e.target.closest(".conv-rename")) {
      var name = window.prompt(t("renamePrompt"), conv.title);
      if (name && name.trim()) {
        withTurns(conv).then(function (full) { full.title = name.trim().slice(0, 120); saveConvs(full); }, convFailed(t("convSaveFailed")));
      }
      return;
    }
    if (e.target.closest(".conv-delete") && window.confirm(t(storage === "server" ? "deleteConfirmServer" : "deleteConfirm"))) removeConv(conv);
  });
  $("conv-key").addEventListener("submit", function (e) {
    e.preventDefault();
    apiKey = $("conv-key-input").value.trim();
    try { localStorage.setItem("api-key", apiKey); } catch (err) { /* kept for this page only */ }
    loadServerConvs();
  });
  $("export-md").addEventListener("click", exportMarkdown);
  $("conv-toggle").addEventListener("click", function () {
    var open = document.body.classList.toggle("conv-open");
    $("conv-toggle").setAttribute("aria-expanded", open ? "true" : "false");
  });

  window.addEventListener("resize", autosize);
  applyLang();
  autosize();
  // Where conversations are kept is the server's choice: the first /health says (unreachable: this browser).
  loadHealth().then(function () {
    if (lastHealth && lastHealth.conversations === "server") { storage = "server"; loadServerConvs(); return; }
    // A question asked before the answer came is kept with the stored conversations, not over them.
    storage = "browser";
    var made = convs;
    loadBrowserConvs();
    made.forEach(function (c) { if (!findConv(c.id)) convs.push(c); });
    if (made.length) saveConvs(null);
    openOpened();
    renderConvs();
  });
  setInterval(loadHealth, 60000);
  questionEl.focus();
})();
