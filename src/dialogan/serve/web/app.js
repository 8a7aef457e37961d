// The dialogan page. Everything the user or the model wrote is put in the page with
// textContent, never innerHTML, so "<script>" in a message is shown as text.
"use strict";

const T = {
  en: {
    tagline: "Talk to me in English or Chinese, and I draw.", send: "Send", upload: "Upload picture",
    placeholder: "e.g. draw a red circle in the top left", undo: "Undo", redo: "Redo", variation: "Variation",
    new: "New conversation", downloadImage: "Download image", downloadStory: "Download storyboard",
    sceneTitle: "In the picture", emptyScene: "nothing yet", drawing: "drawing…", seed: "seed",
    picture: "[picture]", keyPrompt: "This server needs an API key:", cmd_undo: "↶ undo", cmd_redo: "↷ redo",
    cmd_variation: "⟳ variation", cmd_picture: "uploaded a picture",
    examples: ["draw a red circle in the top left", "add a small blue star on the right", "make the circle green",
               "what is in the picture?"],
  },
  zh: {
    tagline: "用中文或英文和我说话，我来画。", send: "发送", upload: "上传图片",
    placeholder: "例如：在左上角画一个红色圆形", undo: "撤销", redo: "重做", variation: "换个画法",
    new: "新对话", downloadImage: "下载图片", downloadStory: "下载对话故事板",
    sceneTitle: "画面中有", emptyScene: "还没有东西", drawing: "正在画…", seed: "种子",
    picture: "[图片]", keyPrompt: "此服务器需要 API 密钥：", cmd_undo: "↶ 撤销", cmd_redo: "↷ 重做",
    cmd_variation: "⟳ 换个画法", cmd_picture: "上传了图片",
    examples: ["在左上角画一个红色圆形", "在右边加一个小的蓝色星星", "把圆形变成绿色", "画面里有什么？"],
  },
};
const ZH_WORDS = {
  small: "小", large: "大", circle: "圆形", square: "正方形", triangle: "三角形", star: "星形", diamond: "菱形",
  hexagon: "六边形", red: "红色", orange: "橙色", yellow: "黄色", green: "绿色", cyan: "青色", blue: "蓝色",
  purple: "紫色", pink: "粉色", brown: "棕色", gray: "灰色", "top-left": "左上角", top: "上方", "top-right": "右上角",
  left: "左边", center: "中间", right: "右边", "bottom-left": "左下角", bottom: "下方", "bottom-right": "右下角",
};

const $ = (id) => document.getElementById(id);
let lang = localStorage.getItem("dialogan.lang") || (navigator.language.startsWith("zh") ? "zh" : "en");
let cid = null;
let busy = false;

// 1. Talking to the server: the API key (if the server wants one) goes in a header.
async function api(path, options = {}, retry = true) {
  const headers = Object.assign({}, options.headers || {});
  const key = localStorage.getItem("dialogan.key");
  if (key) headers["Authorization"] = "Bearer " + key;
  const response = await fetch(path, Object.assign({}, options, { headers }));
  if (response.status === 401 && retry) {
    const given = window.prompt(T[lang].keyPrompt);
    if (given) { localStorage.setItem("dialogan.key", given); return api(path, options, false); }
  }
  if (!response.ok) {
    let message = response.status + " " + response.statusText;
    try { const body = await response.json(); message = body.detail || message; } catch (e) { /* not JSON */ }
    const err = new Error(message);
    err.status = response.status;
    throw err;
  }
  return response;
}
const postJSON = (path, body) => api(path, { method: "POST", headers: { "Content-Type": "application/json" },
                                             body: JSON.stringify(body || {}) });

async function imageURL(path) {
  const blob = await (await api(path)).blob();
  return URL.createObjectURL(blob);
}

function showError(message) {
  const box = $("error");
  box.textContent = message || "";
  box.hidden = !message;
}

// 2. Drawing the conversation.
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function objectName(o) {
  if (lang !== "zh") return o.name;
  return ZH_WORDS[o.color] + ZH_WORDS[o.size] + ZH_WORDS[o.shape];  // as the model says it: 红色大圆形
}

function addTurn(turn) {
  const log = $("log");
  if (turn.command && turn.command !== "picture") {
    log.append(el("li", "command", T[lang]["cmd_" + turn.command] || turn.command));
  } else {
    const bare = turn.text === T.en.picture || turn.text === T.zh.picture;
    const words = turn.command !== "picture" ? turn.text : T[lang].cmd_picture + (bare ? "" : ": " + turn.text);
    log.append(el("li", "user", words));
  }
  const bot = el("li", "bot");
  bot.dataset.turn = turn.index;
  bot.append(el("div", "reply", turn.reply));
  const img = el("img");
  img.alt = turn.scene;
  imageURL(turn.image_url).then((url) => { img.src = url; }).catch((e) => showError(e.message));
  bot.append(img, el("div", "scene-text", turn.scene));
  log.append(bot);
  log.scrollTop = log.scrollHeight;
}

function showScene(objects, seed, imagePath) {
  const list = $("scene");
  list.replaceChildren();
  if (!objects.length) list.append(el("li", "none", T[lang].emptyScene));
  for (const o of objects) {
    const item = el("li", null, objectName(o) + " ");
    item.append(el("span", "where", "(" + (lang === "zh" ? ZH_WORDS[o.region] : o.region) + ")"));
    list.append(item);
  }
  $("seed").textContent = T[lang].seed + " " + seed;
  imageURL(imagePath).then((url) => { $("current").src = url; });
}

async function refresh() {
  const conv = await (await api("/api/conversations/" + cid)).json();
  showScene(conv.objects, conv.seed, conv.image_url);
  $("undo").disabled = busy || !conv.can_undo;
  $("redo").disabled = busy || !conv.can_redo;
  return conv;
}

// 3. Conversations: kept in the URL and in localStorage so a reload continues.
async function openConversation(id) {
  cid = id;
  localStorage.setItem("dialogan.cid", cid);
  history.replaceState(null, "", "#c=" + cid);
  $("log").replaceChildren();
  const conv = await refresh();
  conv.turns.forEach(addTurn);
}

async function newConversation() {
  const created = await (await postJSON("/api/conversations")).json();
  await openConversation(created.id);
}

async function start() {
  const fromURL = (location.hash.match(/^#c=([A-Za-z0-9_-]+)$/) || [])[1];
  const saved = fromURL || localStorage.getItem("dialogan.cid");
  if (saved) {
    try { await openConversation(saved); return; } catch (e) { if (e.status !== 404) throw e; }
  }
  await newConversation();
}

// 4. Actions. One at a time: the buttons wait while the model draws.
function setBusy(on) {
  busy = on;
  for (const b of document.querySelectorAll("button, #message, #upload")) b.disabled = on;
}

async function act(work) {
  if (busy) return;
  showError("");
  setBusy(true);
  const pending = el("li", "bot pending", T[lang].drawing);
  $("log").append(pending);
  try {
    await work();
  } catch (e) {
    showError(e.message);
  } finally {
    pending.remove();
    setBusy(false);
    if (cid) await refresh().catch((e) => showError(e.message));
  }
}

async function send(text) {
  const turn = await (await postJSON("/api/conversations/" + cid + "/messages", { text })).json();
  addTurn(turn);
}

function button(id, action) {
  $(id).addEventListener("click", () => act(async () => {
    const words = { undo: T[lang].undo, redo: T[lang].redo, variation: T[lang].variation }[action];
    addTurn(await (await postJSON("/api/conversations/" + cid + "/" + action, { text: words })).json());
  }));
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

function applyLanguage() {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  localStorage.setItem("dialogan.lang", lang);
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = T[lang][node.dataset.i18n];
  $("message").placeholder = T[lang].placeholder;
  $("lang-en").setAttribute("aria-pressed", lang === "en");
  $("lang-zh").setAttribute("aria-pressed", lang === "zh");
  const examples = $("examples");
  examples.replaceChildren();
  for (const text of T[lang].examples) {
    const b = el("button", null, text);
    b.type = "button";
    b.addEventListener("click", () => { $("message").value = text; $("message").focus(); });
    examples.append(b);
  }
  if (cid) refresh().catch(() => {});
}

document.addEventListener("DOMContentLoaded", () => {
  applyLanguage();
  $("lang-en").addEventListener("click", () => { lang = "en"; applyLanguage(); });
  $("lang-zh").addEventListener("click", () => { lang = "zh"; applyLanguage(); });
  $("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = $("message").value;
    if (!text.trim()) return;
    act(async () => { await send(text); $("message").value = ""; });
  });
  $("message").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $("composer").requestSubmit();
    }
  });
  button("undo", "undo");
  button("redo", "redo");
  button("variation", "variation");
  $("new").addEventListener("click", () => act(newConversation));
  $("download-image").addEventListener("click", () =>
    download("/api/conversations/" + cid + "/image.png", "dialogan-" + cid.slice(0, 8) + ".png").catch((e) => showError(e.message)));
  $("download-story").addEventListener("click", () =>
    download("/api/conversations/" + cid + "/storyboard.png", "dialogan-" + cid.slice(0, 8) + "-storyboard.png").catch((e) => showError(e.message)));
  // "Here is my picture, make the circle blue": the detector reads the picture into the scene,
  // then the words (if any) are sent as a message about it.
  $("upload").addEventListener("change", () => {
    const file = $("upload").files[0];
    $("upload").value = "";
    if (!file) return;
    const words = $("message").value.trim();
    act(async () => {
      const form = new FormData();
      form.append("file", file);
      form.append("text", words || T[lang].picture);
      addTurn(await (await api("/api/conversations/" + cid + "/picture", { method: "POST", body: form })).json());
      if (words) { await send(words); $("message").value = ""; }
    });
  });
  start().catch((e) => showError(e.message));
});
