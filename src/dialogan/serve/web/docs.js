// A plain reader of the OpenAPI schema: FastAPI's own /docs pulls Swagger UI from a CDN,
// which an offline server cannot offer. Text goes in with textContent only.
"use strict";

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function schemaText(schema, spec) {
  // Inline the referenced component schemas one level deep, enough to read a request body.
  const resolve = (s) => (s && s.$ref ? spec.components.schemas[s.$ref.split("/").pop()] : s);
  const s = resolve(schema);
  if (!s || !s.properties) return JSON.stringify(s, null, 1);
  const lines = Object.entries(s.properties).map(([name, p]) => {
    const type = p.type || (p.anyOf || []).map((a) => a.type || (a.$ref || "").split("/").pop()).join(" | ")
      || (p.$ref || "").split("/").pop() || (p.items ? "array" : "");
    return "  " + name + ": " + type + (p.description ? "  // " + p.description : "");
  });
  return "{\n" + lines.join("\n") + "\n}";
}

async function main() {
  const spec = await (await fetch("/openapi.json")).json();
  document.getElementById("intro").append(el("p", null, spec.info.description || ""));
  const groups = {};
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = (op.tags || ["other"])[0];
      (groups[tag] = groups[tag] || []).push([method, path, op]);
    }
  }
  const root = document.getElementById("endpoints");
  for (const [tag, ops] of Object.entries(groups)) {
    root.append(el("h2", null, tag));
    for (const [method, path, op] of ops) {
      const box = el("section");
      const head = el("div");
      head.append(el("span", "method", method.toUpperCase()), el("code", null, path));
      box.append(head, el("p", null, op.summary || ""));
      const body = op.requestBody && op.requestBody.content;
      for (const [kind, media] of Object.entries(body || {})) {
        box.append(el("div", null, "request body (" + kind + "):"), el("pre", null, schemaText(media.schema, spec)));
      }
      const ok = (op.responses || {})["200"] || (op.responses || {})["201"];
      const json = ok && ok.content && ok.content["application/json"];
      if (json && json.schema && json.schema.$ref) {
        box.append(el("div", null, "response:"), el("pre", null, schemaText(json.schema, spec)));
      }
      root.append(box);
    }
  }
}

document.addEventListener("DOMContentLoaded", () => main().catch((e) => {
  document.getElementById("endpoints").textContent = "could not read /openapi.json: " + e.message;
}));
