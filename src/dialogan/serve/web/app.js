// The dialogan page. Everything the user or the model wrote is put in the page with
// textContent, never innerHTML, so "<script>" in a message is shown as text.
"use strict";

// 1. Words, in the page's two languages. Nodes that carry data-i18n (text) or data-i18n-label
// (aria-label) are relabelled whenever the language changes; pictures keep their alt text in
// both languages (data-alt-en, data-alt-zh).
const T = {
  en: {
    tagline: "Talk to me in English or Chinese, and I draw.", send: "Send", upload: "Upload a picture",
    placeholder: "Say what to draw…", message: "Your message", undo: "Undo", redo: "Redo",
    variation: "Variation", new: "New conversation", downloadImage: "Download image",
    downloadStory: "Download storyboard", sceneTitle: "In the picture", emptyScene: "nothing yet", seedLabel: "Seed",
    drawing: "Drawing…", picture: "[picture]", cmd_undo: "↶ undo", cmd_redo: "↷ redo",
    cmd_variation: "⟳ variation", cmd_picture: "Uploaded a picture", conversations: "Conversations",
    language: "Language", chat: "Chat", details: "Details", scene: "Scene", edit: "Edit",
    noConversations: "No conversations yet.", untitled: "New conversation", rename: "Rename", delete: "Delete",
    renameTitle: "Rename this conversation", renameLabel: "Title", save: "Save", cancel: "Cancel",
    deleteTitle: "Delete this conversation?", deleteText: (t) => `“${t}” and all its pictures will be gone for good.`,
    turns: (n) => (n === 1 ? "1 turn" : `${n} turns`), notSent: "Not sent",
    keyTitle: "API key needed", keyText: "This server asks for an API key. Ask whoever runs it.",
    keyLabel: "API key", keyRefused: "The server did not accept that key. Check it and try again.", ok: "OK",
    keyNeeded: "This server needs an API key, so nothing was sent.",
    gone: "This conversation doesn't exist any more — started a new one.",
    goneNow: "This conversation doesn't exist any more.",
    offline: "Can't reach the server. Check that it is running, then try again.",
    tooLong: "That message is too long: keep it under 2,000 characters.",
    tooBig: "That picture is too big: the limit is 4 MB.",
    notPicture: "That file isn't a picture I can read. Try a PNG, JPEG, GIF, WebP or BMP file.",
    full: "This conversation is full. Start a new one to go on.",
    refused: "The server refused that request.", busyServer: "The server is busy. Try again in a moment.",
    broken: "Something went wrong on the server. Try again.", failed: "That didn't work:",
    emptyPicture: "The picture is empty.",
    welcome: "Tell me what to draw, in English or Chinese, or upload a picture and talk about it.",
    examples: ["draw a red circle in the top left", "add a small blue star on the right", "make the circle green",
               "what is in the picture?"],
  },
  zh: {
    tagline: "用中文或英文和我说话，我来画。", send: "发送", upload: "上传图片",
    placeholder: "说说要画什么…", message: "你的消息", undo: "撤销", redo: "重做",
    variation: "换个画法", new: "新对话", downloadImage: "下载图片", downloadStory: "下载对话故事板",
    sceneTitle: "画面中有", emptyScene: "还没有东西", seedLabel: "种子", drawing: "正在画…", picture: "[图片]",
    cmd_undo: "↶ 撤销", cmd_redo: "↷ 重做", cmd_variation: "⟳ 换个画法", cmd_picture: "上传了图片",
    conversations: "对话记录", language: "语言", chat: "对话", details: "详情", scene: "场景", edit: "编辑",
    noConversations: "还没有对话。", untitled: "新对话", rename: "重命名", delete: "删除",
    renameTitle: "重命名这个对话", renameLabel: "标题", save: "保存", cancel: "取消",
    deleteTitle: "删除这个对话？", deleteText: (t) => `“${t}”和其中所有图片将被永久删除。`,
    turns: (n) => `${n} 轮`, notSent: "未发送",
    keyTitle: "需要 API 密钥", keyText: "此服务器需要 API 密钥，请向服务器的管理者索取。",
    keyLabel: "API 密钥", keyRefused: "服务器没有接受这个密钥，请检查后再试。", ok: "确定",
    keyNeeded: "此服务器需要 API 密钥，所以什么也没有发送。",
    gone: "这个对话已经不存在了——已为你开始新的对话。",
    goneNow: "这个对话已经不存在了。",
    offline: "连接不上服务器。请确认它在运行，然后再试。",
    tooLong: "这条消息太长了：请少于 2000 个字符。",
    tooBig: "这张图片太大了：上限是 4 MB。",
    notPicture: "无法读取这个文件。请使用 PNG、JPEG、GIF、WebP 或 BMP 图片。",
    full: "这个对话已满。请开始新的对话继续。",
    refused: "服务器拒绝了这个请求。", busyServer: "服务器正忙，请稍后再试。",
    broken: "服务器出了问题，请再试一次。", failed: "没有成功：",
    emptyPicture: "画面是空的。",
    welcome: "告诉我要画什么（中文或英文都可以），或者上传一张图片再说说它。",
    examples: ["在左上角画一个红色圆形", "在右边加一个小的蓝色星星", "把圆形变成绿色", "画面里有什么？"],
  },
};
const ZH_WORDS = {
  small: "小", large: "大", circle: "圆形", square: "正方形", triangle: "三角形", star: "星形", diamond: "菱形",
  hexagon: "六边形", red: "红色", orange: "橙色", yellow: "黄色", green: "绿色", cyan: "青色", blue: "蓝色",
  purple: "紫色", pink: "粉色", brown: "棕色", gray: "灰色", "top-left": "左上角", top: "上方", "top-right": "右上角",
  left: "左边", center: "中间", right: "右边", "bottom-left": "左下角", bottom: "下方", "bottom-right": "右下角",
};
// Icons drawn inline (24x24 strokes), so they need no font and no other file.
const ICONS = {
  menu: "M4 6h16M4 12h16M4 18h16",
  new: "M12 5v14M5 12h14",
  picture: "M4 5h16v14H4zM4 16l5-5 4 4 3-3 4 4M15.5 9.5h.01",
  rename: "M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4",
  delete: "M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13M10 11v6M14 11v6",
};
function icon(name) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", "glyph");
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", ICONS[name]);
  svg.append(path);
  return svg;
}

// A white square: the canvas before the first turn, when there is nothing to fetch.
const BLANK = "data:image/svg+xml," + encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#fff"/></svg>');

const $ = (id) => document.getElementById(id);
let lang = localStorage.getItem("dialogan.lang") || (navigator.language.startsWith("zh") ? "zh" : "en");
const t = (name) => T[lang][name];
let cid = null;      // the open conversation; null until the first thing is sent (see ensureConversation)
let turnCount = 0;
let busy = false;
let summaries = [];  // what the sidebar shows, as the server last said
const thumbs = new Map();  // conversation id -> object URL of its first picture (it never changes)

// 2. Talking to the server. The API key (if the server wants one) goes in a header; it is kept
// only once the server has accepted it, and a refused key is asked for again.
let key = localStorage.getItem("dialogan.key") || "";
let asking = null;  // the key dialog while it is open: every request refused meanwhile waits for it

class Problem extends Error {
  constructor(message, status) { super(message); this.status = status; }
}

async function api(path, options = {}) {
  for (;;) {
    const sent = key;
    const headers = Object.assign({}, options.headers || {});
    if (sent) headers["Authorization"] = "Bearer " + sent;
    let response;
    try {
      response = await fetch(path, Object.assign({}, options, { headers }));
    } catch (e) {
      throw new Problem(t("offline"), 0);
    }
    if (response.status !== 401) {
      if (response.ok && sent && localStorage.getItem("dialogan.key") !== sent) localStorage.setItem("dialogan.key", sent);
      if (!response.ok) throw await problemOf(response);
      return response;
    }
    if (localStorage.getItem("dialogan.key") === sent) localStorage.removeItem("dialogan.key");
    if (key === sent) {  // nobody has given a newer key meanwhile: ask
      if (!asking) asking = askForKey(sent !== "").finally(() => { asking = null; });
      if (!(await asking)) throw new Problem(t("keyNeeded"), 401);
    }
  }
}

async function askForKey(refused) {
  const given = await ask({ title: t("keyTitle"), text: t("keyText"), label: t("keyLabel"), secret: true,
                            problem: refused ? t("keyRefused") : "", ok: t("ok") });
  if (given) key = given.trim();
  return Boolean(given && given.trim());
}

// The server's answers name fields and headers for programmers; the page says what happened in its own words.
async function problemOf(response) {
  let detail = "";
  try { detail = String((await response.json()).detail || ""); } catch (e) { /* not JSON */ }
  const s = response.status;
  if (s === 404) return new Problem(t("goneNow"), s);
  if (s === 409) return new Problem(t("full"), s);
  if (s === 413) return new Problem(detail.startsWith("message") ? t("tooLong") : t("tooBig"), s);
  if (s === 400 && detail.startsWith("not a readable picture")) return new Problem(t("notPicture"), s);
  if (s === 403 || s === 415) return new Problem(t("refused"), s);
  if (s === 429 || s === 503) return new Problem(t("busyServer"), s);
  if (s >= 500) return new Problem(t("broken"), s);
  return new Problem(t("failed") + " " + (detail || s), s);
}

const postJSON = async (path, body) => (await api(path, {
  method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body || {}) })).json();

async function imageURL(path) {
  const blob = await (await api(path)).blob();
  return URL.createObjectURL(blob);
}

function showError(message) {
  $("error").textContent = message || "";
  $("error").hidden = !message;
}

function showNotice(message) {
  $("notice").textContent = message || "";
  $("notice").hidden = !message;
}

// 3. One dialog for every question the page asks: the API key, a new title, "delete?".
// Resolves to the text typed (or true without a field), or null when cancelled.
function ask({ title, text = "", label = "", value = "", secret = false, problem = "", ok, danger = false }) {
  const dialog = $("ask");
  $("ask-title").textContent = title;
  $("ask-text").textContent = text;
  $("ask-field").hidden = !label;
  $("ask-label").textContent = label;
  const input = $("ask-input");
  input.type = secret ? "password" : "text";
  input.value = value;
  $("ask-problem").textContent = problem;
  $("ask-problem").hidden = !problem;
  $("ask-ok").textContent = ok;
  $("ask-ok").classList.toggle("danger", danger);
  $("ask-cancel").textContent = t("cancel");
  return new Promise((resolve) => {
    const done = (answer) => {
      $("ask-form").removeEventListener("submit", submit);
      $("ask-cancel").removeEventListener("click", cancel);
      dialog.removeEventListener("cancel", cancel);
      if (dialog.open) dialog.close();
      resolve(answer);
    };
    const submit = (event) => { event.preventDefault(); done(label ? input.value : true); };
    const cancel = (event) => { event.preventDefault(); done(null); };
    $("ask-form").addEventListener("submit", submit);
    $("ask-cancel").addEventListener("click", cancel);
    dialog.addEventListener("cancel", cancel);  // Escape
    dialog.showModal();
    (label ? input : $("ask-ok")).focus();
    if (label) input.select();
  });
}

// 4. Drawing the conversation.
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function labelled(tag, className, name) {  // a node whose words follow the page's language
  const node = el(tag, className, t(name));
  node.dataset.i18n = name;
  return node;
}

function describe(img, described) {
  img.dataset.altEn = described.en;
  img.dataset.altZh = described.zh;
  img.alt = described[lang];
}

function isPictureWords(text) { return text === T.en.picture || text === T.zh.picture; }

function userBubble(turnOrText, pictureURL) {
  const text = typeof turnOrText === "string" ? turnOrText : turnOrText.text;
  const command = typeof turnOrText === "string" ? "" : turnOrText.command;
  if (command && command !== "picture") return labelled("li", "command", "cmd_" + command);
  const li = el("li", "user");
  if (command === "picture" || pictureURL) {
    if (pictureURL) {
      const img = el("img", "upload-preview");
      img.src = pictureURL;
      img.alt = "";
      li.append(img);
    }
    li.append(labelled("div", "upload-note", "cmd_picture"));
    if (!isPictureWords(text)) li.append(el("div", "words", text));
  } else {
    li.append(el("div", "words", text));
  }
  return li;
}

function pendingBubble() {
  const li = el("li", "bot pending");
  const dots = el("span", "typing");
  dots.append(el("i"), el("i"), el("i"));
  li.append(dots, labelled("span", "visually-hidden", "drawing"));
  return li;
}

let detailsCount = 0;
function botBubble(turn) {
  const li = el("li", "bot");
  li.dataset.turn = turn.index;
  const img = el("img");
  describe(img, turn.described);
  imageURL(turn.image_url).then((url) => { img.src = url; }).catch((e) => showError(e.message));
  const toggle = labelled("button", "details-toggle", "details");
  toggle.type = "button";
  const details = el("dl", "details");
  details.id = "details-" + (++detailsCount);
  details.hidden = true;
  toggle.setAttribute("aria-expanded", "false");
  toggle.setAttribute("aria-controls", details.id);
  toggle.addEventListener("click", () => {
    details.hidden = !details.hidden;
    toggle.setAttribute("aria-expanded", String(!details.hidden));
  });
  const rows = [["scene", turn.scene], ["seedLabel", String(turn.seed)]];
  if (turn.edit) rows.push(["edit", turn.edit]);
  for (const [name, value] of rows) details.append(labelled("dt", null, name), el("dd", null, value));
  li.append(img, el("div", "reply", turn.reply), toggle, details);
  return li;
}

function scrollDown() { const log = $("log"); log.scrollTop = log.scrollHeight; }

function showExamples() { $("examples").hidden = $("welcome").hidden = $("log").children.length > 0; }

function objectName(o) {
  if (lang !== "zh") return o.name;
  return ZH_WORDS[o.color] + ZH_WORDS[o.size] + ZH_WORDS[o.shape];  // as the model says it: 红色大圆形
}

function showCanvas(conv) {
  const list = $("scene");
  list.replaceChildren();
  const objects = conv ? conv.objects : [];
  if (!objects.length) list.append(labelled("li", "none", "emptyScene"));
  for (const o of objects) {
    const item = el("li", null, objectName(o) + " ");
    item.append(el("span", "where", "(" + (lang === "zh" ? ZH_WORDS[o.region] : o.region) + ")"));
    list.append(item);
  }
  const current = $("current");
  describe(current, conv ? conv.described : { en: T.en.emptyPicture, zh: T.zh.emptyPicture });
  if (!conv) current.src = BLANK;
  else imageURL(conv.image_url).then((url) => { current.src = url; }).catch((e) => showError(e.message));
  $("undo").disabled = busy || !(conv && conv.can_undo);
  $("redo").disabled = busy || !(conv && conv.can_redo);
  for (const id of ["variation", "download-image", "download-story"]) $(id).disabled = busy || !cid;
}

async function refresh() {
  if (!cid) { showCanvas(null); return null; }
  const conv = await (await api("/api/conversations/" + cid)).json();
  showCanvas(conv);
  return conv;
}

// 5. Conversations. The page keeps the ids it made (most recent first) in localStorage and asks the
// server for their summaries: the server lists only conversations whose ids it is given.
function savedIds() {
  try { return JSON.parse(localStorage.getItem("dialogan.conversations") || "[]").filter((x) => typeof x === "string"); }
  catch (e) { return []; }
}

function remember(id) {
  localStorage.setItem("dialogan.conversations", JSON.stringify([id, ...savedIds().filter((x) => x !== id)].slice(0, 100)));
}

function forget(id) {
  localStorage.setItem("dialogan.conversations", JSON.stringify(savedIds().filter((x) => x !== id)));
}

async function loadSidebar() {
  const ids = savedIds();
  if (!ids.length) { summaries = []; renderSidebar(); return; }
  const answer = await (await api("/api/conversations?ids=" + ids.join(","))).json();
  summaries = answer.conversations.sort((a, b) => b.updated - a.updated);
  const alive = new Set(summaries.map((s) => s.id));
  for (const id of ids) if (!alive.has(id) && id !== cid) forget(id);  // expired or deleted elsewhere
  renderSidebar();
}

function titleOf(s) {
  if (!s.title) return t("untitled");
  return isPictureWords(s.title) ? t("cmd_picture") : s.title;
}

function whenOf(seconds) {
  const d = new Date(seconds * 1000);
  const sameDay = d.toDateString() === new Date().toDateString();
  return d.toLocaleString(lang === "zh" ? "zh-CN" : "en", sameDay ? { timeStyle: "short" } : { dateStyle: "medium" });
}

function renderSidebar() {
  const list = $("conversations");
  list.replaceChildren();
  if (!summaries.length) list.append(labelled("li", "none", "noConversations"));
  for (const s of summaries) {
    const li = el("li", "conversation");
    li.dataset.id = s.id;
    const open = el("button", "open");
    open.type = "button";
    if (s.id === cid) open.setAttribute("aria-current", "page");
    const thumb = el("img", "thumb");
    thumb.alt = "";  // the title beside it names the conversation
    thumb.width = thumb.height = 48;
    thumb.src = thumbs.get(s.id) || BLANK;
    if (s.first_image_url && !thumbs.has(s.id)) {
      imageURL(s.first_image_url).then((url) => { thumbs.set(s.id, url); thumb.src = url; }).catch(() => {});
    }
    const words = el("span", "words");
    words.append(el("span", "title", titleOf(s)), el("span", "meta", T[lang].turns(s.turns) + " · " + whenOf(s.updated)));
    open.append(thumb, words);
    open.addEventListener("click", () => { if (!busy) openConversation(s.id).then(closeDrawer).catch(fail); });
    const rename = iconButton("rename", titleOf(s), () => renameConversation(s));
    const del = iconButton("delete", titleOf(s), () => deleteConversation(s));
    li.append(open, rename, del);
    list.append(li);
  }
}

function iconButton(name, title, onClick) {
  const b = el("button", "icon " + name);
  b.type = "button";
  b.setAttribute("aria-label", t(name) + ": " + title);
  b.title = t(name);
  b.append(icon(name));
  b.addEventListener("click", () => onClick().catch(fail));
  return b;
}

async function renameConversation(s) {
  const title = await ask({ title: t("renameTitle"), label: t("renameLabel"), value: titleOf(s), ok: t("save") });
  if (title === null) return;
  await api("/api/conversations/" + s.id, { method: "PATCH", headers: { "Content-Type": "application/json" },
                                             body: JSON.stringify({ title }) });
  await loadSidebar();
}

async function deleteConversation(s) {
  const sure = await ask({ title: t("deleteTitle"), text: T[lang].deleteText(titleOf(s)), ok: t("delete"), danger: true });
  if (!sure) return;
  try {
    await api("/api/conversations/" + s.id, { method: "DELETE" });
  } catch (e) {
    if (e.status !== 404) throw e;  // already gone: forget it all the same
  }
  forget(s.id);
  if (s.id === cid) startFresh();
  await loadSidebar();
  $("new").focus();  // the button that had focus is gone with its row
}

async function openConversation(id) {
  const conv = await (await api("/api/conversations/" + id)).json();
  cid = id;
  turnCount = conv.turns.length;
  remember(id);
  history.replaceState(null, "", "#c=" + id);
  showNotice("");
  showError("");
  const log = $("log");
  log.replaceChildren();
  for (const turn of conv.turns) log.append(userBubble(turn), botBubble(turn));
  showExamples();
  showCanvas(conv);
  scrollDown();
  renderSidebar();
}

function startFresh() {
  cid = null;
  turnCount = 0;
  history.replaceState(null, "", location.pathname + location.search);
  $("log").replaceChildren();
  showExamples();
  showCanvas(null);
  renderSidebar();
}

// Nothing is ever posted to a conversation that does not exist yet: the first action makes it.
async function ensureConversation() {
  if (cid) return;
  const created = await postJSON("/api/conversations");
  cid = created.id;
  remember(cid);
  history.replaceState(null, "", "#c=" + cid);
}

async function start() {
  const fromURL = (location.hash.match(/^#c=([A-Za-z0-9_-]+)$/) || [])[1];
  const saved = fromURL || savedIds()[0] || localStorage.getItem("dialogan.cid");
  localStorage.removeItem("dialogan.cid");  // kept by earlier versions of the page: now in the list
  if (saved) {
    try {
      await openConversation(saved);
    } catch (e) {
      if (e.status !== 404) throw e;
      forget(saved);
      startFresh();
      if (fromURL) showNotice(t("gone"));
    }
  } else {
    startFresh();
  }
  await loadSidebar();
}

// 6. Actions. One at a time: what was sent shows at once, with a bubble that waits for the reply.
function setBusy(on) {
  busy = on;
  for (const node of document.querySelectorAll("#send, #upload-button, #examples button, #new, #new-top, #conversations .open")) {
    node.disabled = on;
  }
  for (const id of ["undo", "redo", "variation"]) if (on) $(id).disabled = true;
}

function fail(e) { showError(e && e.message ? e.message : String(e)); }

async function act(mine, post) {
  if (busy) return false;
  showError("");
  showNotice("");
  setBusy(true);
  const pending = pendingBubble();
  $("log").append(mine, pending);
  showExamples();
  scrollDown();
  let ok = true;
  try {
    await ensureConversation();
    const turn = await post();
    turnCount += 1;
    pending.replaceWith(botBubble(turn));
    scrollDown();
  } catch (e) {
    ok = false;
    pending.remove();
    if (mine.classList.contains("command")) mine.remove();
    else { mine.classList.add("failed"); mine.append(labelled("div", "failed-note", "notSent")); }
    fail(e);
  } finally {
    setBusy(false);
    await refresh().catch(fail);
    loadSidebar().catch(() => {});
  }
  return ok;
}

async function send(text) {
  $("message").value = "";
  fitMessage();
  const sent = await act(userBubble(text), () => postJSON("/api/conversations/" + cid + "/messages", { text }));
  if (!sent && !$("message").value) { $("message").value = text; fitMessage(); }
}

function button(id, action) {
  $(id).addEventListener("click", () => act(userBubble({ text: "", command: action }), () =>
    postJSON("/api/conversations/" + cid + "/" + action, { text: t(action) })));
}

// "Here is my picture, make the circle blue": the detector reads the picture into the scene,
// then the words (if any) are sent as a message about it.
async function uploadPicture(file) {
  const words = $("message").value.trim();
  const preview = URL.createObjectURL(file);
  const uploaded = await act(userBubble(t("picture"), preview), async () => {
    const form = new FormData();
    form.append("file", file);
    form.append("text", words || t("picture"));
    return (await api("/api/conversations/" + cid + "/picture", { method: "POST", body: form })).json();
  });
  if (uploaded && words) await send(words);
}

async function download(path, filename) {
  const url = await imageURL(path);
  const a = el("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
}

function fitMessage() {  // the box grows with what is typed, up to a few lines
  const box = $("message");
  box.style.height = "auto";
  box.style.height = Math.min(box.scrollHeight + 2, 140) + "px";
}

// 7. The drawer (phones): the list of conversations slides over the page.
const narrow = window.matchMedia("(max-width: 760px)");

function openDrawer() {
  document.body.classList.add("drawer-open");
  document.querySelector("main").inert = true;  // the page behind the drawer is out of reach until it closes
  $("drawer-toggle").setAttribute("aria-expanded", "true");
  $("backdrop").hidden = false;
  $("new").focus();
}

function closeDrawer() {
  if (!document.body.classList.contains("drawer-open")) return;
  document.body.classList.remove("drawer-open");
  document.querySelector("main").inert = false;
  $("drawer-toggle").setAttribute("aria-expanded", "false");
  $("backdrop").hidden = true;
  if (narrow.matches) $("drawer-toggle").focus();
}

function applyLanguage() {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  localStorage.setItem("dialogan.lang", lang);
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-label]")) {
    node.setAttribute("aria-label", t(node.dataset.i18nLabel));
    if (node.matches("button")) node.title = t(node.dataset.i18nLabel);
  }
  for (const node of document.querySelectorAll("img[data-alt-en]")) node.alt = lang === "zh" ? node.dataset.altZh : node.dataset.altEn;
  $("message").placeholder = t("placeholder");
  $("lang-en").setAttribute("aria-pressed", lang === "en");
  $("lang-zh").setAttribute("aria-pressed", lang === "zh");
  const examples = $("examples");
  examples.replaceChildren();
  for (const text of t("examples")) {
    const b = el("button", null, text);
    b.type = "button";
    b.addEventListener("click", () => { $("message").value = text; fitMessage(); $("message").focus(); });
    examples.append(b);
  }
  renderSidebar();
  if (cid) refresh().catch(() => {});
}

document.addEventListener("DOMContentLoaded", () => {
  for (const node of document.querySelectorAll("[data-icon]")) node.append(icon(node.dataset.icon));
  applyLanguage();
  showCanvas(null);
  $("lang-en").addEventListener("click", () => { lang = "en"; applyLanguage(); });
  $("lang-zh").addEventListener("click", () => { lang = "zh"; applyLanguage(); });
  $("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = $("message").value;
    if (!text.trim() || busy) return;
    send(text);
  });
  $("message").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $("composer").requestSubmit();
    }
  });
  $("message").addEventListener("input", fitMessage);
  button("undo", "undo");
  button("redo", "redo");
  button("variation", "variation");
  for (const id of ["new", "new-top"]) {
    $(id).addEventListener("click", () => {
      if (busy) return;
      if (turnCount) startFresh();
      showNotice("");
      closeDrawer();
      $("message").focus();
    });
  }
  $("drawer-toggle").addEventListener("click", () =>
    (document.body.classList.contains("drawer-open") ? closeDrawer() : openDrawer()));
  $("backdrop").addEventListener("click", closeDrawer);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !$("ask").open) closeDrawer();
  });
  narrow.addEventListener("change", () => { if (!narrow.matches) closeDrawer(); });
  $("download-image").addEventListener("click", () =>
    download("/api/conversations/" + cid + "/image.png", "dialogan-" + cid.slice(0, 8) + ".png").catch(fail));
  $("download-story").addEventListener("click", () =>
    download("/api/conversations/" + cid + "/storyboard.png", "dialogan-" + cid.slice(0, 8) + "-storyboard.png").catch(fail));
  $("upload-button").addEventListener("click", () => $("upload").click());
  $("upload").addEventListener("change", () => {
    const file = $("upload").files[0];
    $("upload").value = "";
    if (file) uploadPicture(file);
  });
  start().catch(fail).finally(() => { document.body.dataset.ready = "true"; });
});
