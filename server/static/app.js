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
      part: "part", cached: "from the answer cache"
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
      part: "bagian", cached: "dari cache jawaban"
    }
  };
  var NOT_FOUND = { en: "Not found in the articles", id: "Tidak ditemukan dalam artikel" };

  var $ = function (id) { return document.getElementById(id); };
  var messagesEl = $("messages"), questionEl = $("question"), sendBtn = $("send"), form = $("composer");
  var panel = $("passage-panel"), backdrop = $("panel-backdrop");

  var lang = "en";
  try { if (localStorage.getItem("ui-lang") === "id") lang = "id"; } catch (e) { /* storage unavailable */ }
  var history = [];          // [{role, content}] sent with every question
  var busy = false;
  var lastHealth = null;
  var lastFocus = null;
  var emptyTemplate = $("empty-state").cloneNode(true);

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
    fetch("/health", { headers: { Accept: "application/json" } })
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

  function finish(m, data, elapsed) {
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
    var m = addAssistant(), t0 = Date.now(), settled = false;
    var body = JSON.stringify({ question: question, history: history.slice() });
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
          var answer = finish(m, d && typeof d === "object" ? d : { answer: String(d) }, Date.now() - t0);
          history.push({ role: "user", content: question });
          history.push({ role: "assistant", content: answer });
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
    closePanel();
    history = [];
    messagesEl.textContent = "";
    var fresh = emptyTemplate.cloneNode(true);
    messagesEl.appendChild(fresh);
    applyLang();
    questionEl.focus();
  });

  window.addEventListener("resize", autosize);
  applyLang();
  autosize();
  loadHealth();
  setInterval(loadHealth, 60000);
  questionEl.focus();
})();
