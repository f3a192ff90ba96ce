/// The page at `GET /`: paste a text or drop a file, and see the summary sentences and keywords
/// marked in the article. One self-contained document (no scripts, fonts or styles from elsewhere).
/// Generated from Server/page.html by `make serve-sources` (Server/embed.py): edit that file.
enum Page {
    static let html = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Precis: summary and keywords in the article</title>
<style>
:root {
  --ink: #1d2330; --muted: #5f6b7a; --line: #e3e7ee; --paper: #ffffff; --ground: #f4f6f9;
  --accent: #3557d4; --summary: #fff1b8; --summary-edge: #f0c419; --title: #dfe8ff;
  font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic",
    "Noto Sans CJK SC", "Noto Sans Thai", "Noto Sans Hebrew", sans-serif;
  color: var(--ink); background: var(--ground);
}
* { box-sizing: border-box; }
body { margin: 0; }
header { background: var(--ink); color: #fff; padding: 14px 28px; display: flex; align-items: baseline; gap: 16px; }
header h1 { margin: 0; font-size: 20px; letter-spacing: .5px; }
header span { color: #b8c2d6; font-size: 14px; }
main { max-width: 1240px; margin: 0 auto; padding: 20px 24px 40px; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 16px 18px; box-shadow: 0 1px 2px rgba(20,30,50,.04); }
#input textarea { width: 100%; min-height: 150px; resize: vertical; border: 1px dashed #b9c3d3; border-radius: 8px; padding: 10px 12px;
  font: inherit; font-size: 15px; line-height: 1.5; background: #fbfcfe; }
#input.dragging textarea { border-color: var(--accent); background: #eef2ff; }
.controls { display: flex; flex-wrap: wrap; gap: 14px 22px; align-items: center; margin-top: 12px; font-size: 14px; color: var(--muted); }
.controls label { display: flex; align-items: center; gap: 8px; }
.controls input[type=range] { width: 120px; accent-color: var(--accent); }
.controls output { min-width: 1.6em; font-weight: 600; color: var(--ink); font-variant-numeric: tabular-nums; }
.controls select { font: inherit; padding: 3px 6px; border-radius: 6px; border: 1px solid var(--line); }
button { font: inherit; font-size: 14px; border-radius: 7px; border: 1px solid var(--line); background: #fff; padding: 6px 12px; cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; padding: 7px 18px; }
button:hover { filter: brightness(.96); }
.samples { display: flex; gap: 6px; align-items: center; }
#file { display: none; }
#status { margin-inline-start: auto; font-size: 13px; }
#status.error { color: #b42318; }
#results { display: grid; grid-template-columns: minmax(0, 1.9fr) minmax(280px, 1fr); gap: 18px; margin-top: 18px; }
#results[hidden] { display: none; }
@media (max-width: 900px) { #results { grid-template-columns: 1fr; } }
.facts { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 12px; }
.fact { background: var(--ground); border-radius: 999px; padding: 3px 11px; font-size: 13px; color: var(--muted); }
.fact b { color: var(--ink); font-weight: 600; }
#article { white-space: pre-wrap; font-size: 16.5px; line-height: 1.75; overflow-wrap: anywhere; line-break: strict; }
#article:lang(zh), #article:lang(ja) { line-height: 1.9; letter-spacing: .02em; }
#article[dir=rtl] { font-size: 18px; line-height: 1.9; }
mark.summary { background: var(--summary); box-shadow: inset 0 -2px 0 var(--summary-edge); border-radius: 3px; padding: 1px 0; color: inherit; }
mark.title { background: var(--title); border-radius: 3px; color: inherit; font-weight: 600; }
mark.summary.title { background: linear-gradient(var(--summary), var(--summary)); }
.kw { border-bottom: 2.5px solid hsl(var(--h) 65% 50%); background: hsl(var(--h) 80% 94% / .7); border-radius: 2px; }
mark.summary .kw { background: hsl(var(--h) 80% 88% / .8); }
.kw.lit, #keywords li.lit { background: hsl(var(--h) 85% 80%); }
aside h2, .summary-list h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .8px; color: var(--muted); margin: 0 0 10px; }
#keywords { list-style: none; margin: 0; padding: 0; }
#keywords li { display: grid; grid-template-columns: 1fr auto; gap: 2px 10px; padding: 7px 8px; border-radius: 7px; cursor: default; }
#keywords li + li { border-top: 1px solid var(--line); }
#keywords .phrase { font-weight: 600; overflow-wrap: anywhere; }
#keywords .phrase::before { content: ""; display: inline-block; width: 9px; height: 9px; border-radius: 50%; background: hsl(var(--h) 65% 50%); margin-inline-end: 7px; }
#keywords .name { font-size: 11px; color: #7a4d00; background: #fff1d6; border-radius: 4px; padding: 0 5px; margin-inline-start: 6px; font-weight: 500; }
#keywords .latin { grid-column: 1 / -1; font-size: 13px; color: var(--muted); }
#keywords .score { font-variant-numeric: tabular-nums; font-size: 13px; color: var(--muted); }
#keywords .bar { grid-column: 1 / -1; height: 7px; background: var(--ground); border-radius: 4px; overflow: hidden; }
#keywords .bar i { display: block; height: 100%; background: hsl(var(--h) 65% 55%); border-radius: 4px; }
.summary-list { margin-top: 18px; }
.summary-list ol { margin: 0; padding-inline-start: 22px; line-height: 1.6; }
.summary-list li { margin-bottom: 6px; }
.legend { display: flex; gap: 14px; font-size: 12.5px; color: var(--muted); margin-bottom: 10px; }
.legend span::before { content: ""; display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-inline-end: 5px; vertical-align: -2px; }
.legend .l-summary::before { background: var(--summary); box-shadow: inset 0 -2px 0 var(--summary-edge); }
.legend .l-title::before { background: var(--title); }
.legend .l-kw::before { background: hsl(210 80% 94%); border-bottom: 2.5px solid hsl(210 65% 50%); }
</style>
</head>
<body>
<header><h1>Precis</h1><span>the summary and the keywords, in the article itself</span></header>
<main>
  <section id="input" class="card">
    <textarea id="text" dir="auto" placeholder="Paste an article here, or drop a text file (any encoding) on this box."></textarea>
    <div class="controls">
      <button class="primary" id="analyze">Analyse</button>
      <label>Summary <input type="range" id="sentences" min="1" max="12" value="3"><output id="sentences-out">3</output> sentences</label>
      <label>Keywords <input type="range" id="keywords-count" min="0" max="30" value="10"><output id="keywords-out">10</output></label>
      <label>Language <select id="lang"><option value="auto">detect</option></select></label>
      <span class="samples">Try: <button data-sample="en">English</button><button data-sample="ar" lang="ar">العربية</button><button data-sample="zh" lang="zh">中文</button><button id="open">Open file…</button><input type="file" id="file"></span>
      <span id="status" role="status"></span>
    </div>
  </section>
  <section id="results" hidden>
    <article class="card">
      <div class="facts" id="facts"></div>
      <div class="legend"><span class="l-summary">summary sentence</span><span class="l-title">title</span><span class="l-kw">keyword</span></div>
      <div id="article"></div>
    </article>
    <aside>
      <div class="card"><h2>Keywords</h2><ol id="keywords"></ol></div>
      <div class="card summary-list"><h2>Summary</h2><ol id="summary"></ol></div>
    </aside>
  </section>
</main>
<script>
"use strict";
const SAMPLES = {
  en: `Town votes to bring Lake Marrow back to life

ELMSTEAD — The town council of Elmstead voted on Tuesday to spend $4.2 million on restoring Lake Marrow, the shallow lake that has turned green with algae every summer since 2015. The plan, drawn up by Dr. Helen Okafor of the regional water authority, will cut the phosphate that runs off nearby farms into the lake.

Work starts in April. Crews will plant a ten-metre strip of reeds along the northern shore and dig a settling pond where Miller's Brook enters the lake. Okafor said the water should be clear enough for swimming within three summers if the farms keep to the new limits on fertiliser.

Not everyone on the council agreed. Councillor Dave Pruitt argued that the money would be better spent on the town's roads, and two members voted against. Fishermen, who have watched the lake's perch die off in the hot months, welcomed the vote.

"The lake was the heart of this town," said Mayor Rosa Lindqvist. "Our children should be able to swim in it again."`,
  ar: `مدينة الواحة تصوّت لإحياء بحيرة المرجان

صوّت مجلس مدينة الواحة يوم الثلاثاء على إنفاق أربعة ملايين دولار لإحياء بحيرة المرجان، البحيرة الضحلة التي تتحول إلى اللون الأخضر بسبب الطحالب كل صيف منذ عام 2015. وقد وضعت الخطة الدكتورة هالة عمر من هيئة المياه الإقليمية، وهي تهدف إلى خفض الفوسفات الذي يتسرب من المزارع المجاورة إلى البحيرة. وقالت عمر إن مياه البحيرة ستصبح صافية خلال ثلاث سنوات إذا التزم المزارعون بالخطة.

وسيزرع العمال شريطاً من القصب على طول الضفة الشمالية للبحيرة، كما سيُنشأ حوض ترسيب عند مصب الجدول. وكان الصيادون قد اشتكوا من نفوق الأسماك في البحيرة خلال الصيف الماضي. وقال رئيس المجلس سامي حداد إن البحيرة كانت قلب المدينة، وإن السكان يريدون أن يعود الأطفال إلى السباحة فيها.

ولم يوافق جميع الأعضاء على الخطة، إذ رأى بعضهم أن المال يجب أن يذهب إلى إصلاح الطرق. لكن المجلس أقر الخطة بأغلبية سبعة أصوات مقابل صوتين، ومن المقرر أن يبدأ العمل في الربيع المقبل.`,
  zh: `湖滨镇投票决定让马罗湖重获生机

湖滨镇议会周二投票通过，拨款四百二十万美元修复马罗湖。这座浅水湖自二〇一五年以来每年夏天都被藻类染成绿色。修复计划由地区水务局的奥卡福博士制定，目的是减少附近农场流入湖中的磷酸盐。奥卡福博士说，如果农场遵守新的化肥限制，湖水将在三年内恢复清澈。

工人们将在马罗湖北岸种植一条芦苇带，并在溪流入湖处修建一个沉淀池。去年夏天，渔民曾抱怨湖中大量鲈鱼死亡。镇长林德奎斯特表示，马罗湖一直是小镇的中心，居民希望孩子们能够重新在湖里游泳。

并非所有议员都支持这项计划，一些议员认为这笔钱应该用于修路。但议会最终以七票对两票通过了修复计划，工程预计明年四月开始。`
};
const RTL = new Set(["ar", "he", "fa", "ur", "ps", "yi", "sd", "ug", "dv", "ckb"]);
const LANGUAGES = [/*LANGUAGES*/];  // the codes the server knows, filled in when served
const $ = (id) => document.getElementById(id);
const names = (() => { try { return new Intl.DisplayNames(["en"], { type: "language" }); } catch { return null; } })();
const languageName = (code) => { try { return (names && names.of(code)) || code; } catch { return code; } };
let source = null;         // {text} or {base64, name}
let pending = null;        // debounce timer
let generation = 0;        // answers to older requests are dropped

for (const code of LANGUAGES) {
  const option = document.createElement("option");
  option.value = code;
  option.textContent = `${languageName(code)} (${code})`;
  $("lang").append(option);
}

function escapeHTML(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function setStatus(text, state) {
  const status = $("status");
  status.textContent = text;
  status.className = state === "error" ? "error" : "";
  status.dataset.state = state;
}

function toBase64(buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function analyze() {
  if (!source) {
    const text = $("text").value;
    if (!text.trim()) { setStatus("Paste a text or drop a file first.", "error"); return; }
    source = { text };
  }
  const body = Object.assign({}, source.text !== undefined ? { text: source.text } : { base64: source.base64 }, {
    sentences: +$("sentences").value, keywords: +$("keywords-count").value, lang: $("lang").value,
    occurrences: true, includeText: true,
  });
  delete body.name;
  const mine = ++generation;
  setStatus("Analysing…", "busy");
  const started = performance.now();
  try {
    const response = await fetch("/v1/analyze", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const report = await response.json();
    if (mine !== generation) return;
    if (!response.ok || report.error) {
      setStatus((source.name ? source.name + ": " : "") + (report.error || response.statusText), "error");
      return;
    }
    render(report);
    setStatus(`Done in ${Math.round(performance.now() - started)} ms`, "done");
  } catch (error) {
    if (mine === generation) setStatus("The service did not answer: " + error.message, "error");
  }
}

function hue(index) { return (index * 137.508 + 200) % 360; }

function render(report) {
  const bytes = new TextEncoder().encode(report.text);
  const decoder = new TextDecoder();
  const piece = (a, b) => escapeHTML(decoder.decode(bytes.subarray(a, b)));
  const keywords = report.keywords || [];
  // Keyword occurrences overlap ("Lake Marrow" and "lake", "湖滨镇投票" and "投票"): the text is cut at
  // every occurrence's ends, and each piece is marked with the shortest keyword covering it (its
  // colour) and every keyword covering it (data-ks, for hovering).
  const occurrences = [];
  keywords.forEach((keyword, k) => (keyword.occurrences || [[keyword.firstStart, keyword.firstEnd]]).forEach(([s, e]) => { if (e > s) occurrences.push([s, e, k]); }));
  occurrences.sort((x, y) => x[0] - y[0]);
  const points = [...new Set(occurrences.flatMap(([s, e]) => [s, e]))].sort((x, y) => x - y);
  const pieces = [];
  let active = [], next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    while (next < occurrences.length && occurrences[next][0] <= a) active.push(occurrences[next++]);
    active = active.filter(([, e]) => e > a);
    if (!active.length) continue;
    const inner = active.reduce((x, y) => (y[1] - y[0] < x[1] - x[0] || (y[1] - y[0] === x[1] - x[0] && y[2] < x[2]) ? y : x));
    const ks = [...new Set(active.map((o) => o[2]))].sort((x, y) => x - y).join(" ");
    const last = pieces[pieces.length - 1];
    if (last && last[1] === a && last[2] === inner[2] && last[3] === ks) last[1] = b;
    else pieces.push([a, b, inner[2], ks]);
  }
  const span = (a, b) => {
    let html = "", at = a;
    for (const [s, e, k, ks] of pieces) {
      if (e <= a || s >= b) continue;
      const from = Math.max(s, at), to = Math.min(e, b);
      if (from >= to) continue;
      html += piece(at, from) + `<span class="kw" data-k="${k}" data-ks="${ks}" style="--h:${hue(k)}">${piece(from, to)}</span>`;
      at = to;
    }
    return html + piece(at, b);
  };
  const title = report.title;
  const marks = (report.summary || []).map((s) => ({ start: s.start, end: s.end, index: s.index, kind: "summary" + (title && title.index === s.index ? " title" : "") }));
  if (title && !marks.some((m) => m.index === title.index)) marks.push({ start: title.start, end: title.end, index: title.index, kind: "title" });
  marks.sort((x, y) => x.start - y.start);
  let html = "", at = 0;
  for (const mark of marks) {
    html += span(at, mark.start) + `<mark class="${mark.kind}" data-index="${mark.index}">${span(mark.start, mark.end)}</mark>`;
    at = mark.end;
  }
  html += span(at, bytes.length);
  const article = $("article");
  article.innerHTML = html;
  article.lang = report.language || "";
  article.dir = RTL.has(report.language) ? "rtl" : "auto";

  const facts = [
    ["Language", `${languageName(report.language)} (${report.language})`],
    ["Encoding", report.encoding || "UTF-8 (text)"],
    ["Characters", report.characters.toLocaleString("en")],
    ["Sentences", report.sentences],
    ["Summary", `${(report.summary || []).length} of ${report.sentences}`],
    ["Keywords", keywords.length],
  ];
  $("facts").innerHTML = facts.map(([name, value]) => `<span class="fact">${name} <b>${escapeHTML(String(value))}</b></span>`).join("");

  const best = Math.max(...keywords.map((k) => k.score), 1e-9);
  $("keywords").innerHTML = keywords.map((keyword, k) => `
    <li data-k="${k}" style="--h:${hue(k)}" title="${escapeHTML(keyword.surfaceForms.join(" · "))}">
      <span class="phrase" dir="auto" lang="${report.language}">${escapeHTML(keyword.phrase)}${keyword.name ? '<span class="name">name</span>' : ""}</span>
      <span class="score">${keyword.score.toFixed(keyword.score < 10 ? 2 : 1)} · ×${keyword.count}</span>
      ${keyword.latin ? `<span class="latin" dir="ltr">${escapeHTML(keyword.latin)}</span>` : ""}
      <span class="bar"><i style="width:${Math.max(2, 100 * keyword.score / best).toFixed(1)}%"></i></span>
    </li>`).join("");
  $("summary").innerHTML = (report.summary || []).map((s) => `<li dir="auto" lang="${report.language}">${escapeHTML(s.text)}</li>`).join("");
  $("summary").dir = RTL.has(report.language) ? "rtl" : "ltr";
  $("results").hidden = false;
}

function light(k, on) {
  document.querySelectorAll(`#keywords [data-k="${k}"], #article [data-ks~="${k}"]`).forEach((element) => element.classList.toggle("lit", on));
}
$("keywords").addEventListener("mouseover", (event) => { const li = event.target.closest("li"); if (li) light(li.dataset.k, true); });
$("keywords").addEventListener("mouseout", (event) => { const li = event.target.closest("li"); if (li) light(li.dataset.k, false); });
$("article").addEventListener("mouseover", (event) => { const kw = event.target.closest(".kw"); if (kw) light(kw.dataset.k, true); });
$("article").addEventListener("mouseout", (event) => { const kw = event.target.closest(".kw"); if (kw) light(kw.dataset.k, false); });

function later() { clearTimeout(pending); pending = setTimeout(() => { if (source || $("text").value.trim()) analyze(); }, 250); }
for (const [input, output] of [["sentences", "sentences-out"], ["keywords-count", "keywords-out"]]) {
  $(input).addEventListener("input", () => { $(output).textContent = $(input).value; later(); });
}
$("lang").addEventListener("change", later);
$("text").addEventListener("input", () => { source = null; });
$("analyze").addEventListener("click", () => { if (source && source.text !== undefined) source = null; analyze(); });

function loadSample(code) {
  $("text").value = SAMPLES[code];
  source = null;
  analyze();
}
document.querySelectorAll("[data-sample]").forEach((button) => button.addEventListener("click", () => loadSample(button.dataset.sample)));

async function loadFile(file) {
  const buffer = await file.arrayBuffer();
  source = { base64: toBase64(buffer), name: file.name };
  // Show what was read: the server decodes the bytes (any encoding) and returns the text.
  $("text").value = "";
  $("text").placeholder = `${file.name} (${buffer.byteLength.toLocaleString("en")} bytes)`;
  analyze();
}
$("open").addEventListener("click", () => $("file").click());
$("file").addEventListener("change", () => { if ($("file").files[0]) loadFile($("file").files[0]); });
const zone = $("input");
zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("dragging"); });
zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
zone.addEventListener("drop", (event) => {
  event.preventDefault();
  zone.classList.remove("dragging");
  const file = event.dataTransfer.files[0];
  if (file) loadFile(file);
  else if (event.dataTransfer.getData("text")) { $("text").value = event.dataTransfer.getData("text"); source = null; analyze(); }
});

// ?sample=en|ar|zh loads a sample and analyses it (links, and the browser test).
const wanted = new URLSearchParams(location.search);
if (wanted.get("sentences")) { $("sentences").value = wanted.get("sentences"); $("sentences-out").textContent = $("sentences").value; }
if (wanted.get("keywords")) { $("keywords-count").value = wanted.get("keywords"); $("keywords-out").textContent = $("keywords-count").value; }
if (SAMPLES[wanted.get("sample")]) loadSample(wanted.get("sample"));
</script>
</body>
</html>

"""#
}
