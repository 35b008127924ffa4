// The web app's production server: the built browser assets, then the Remix app.
//
// It stands in for `remix-serve` for one reason. Remix refuses a form post whose Origin header names
// another host before any of the app's code runs, and answers with a bare 500. A forged cross-site
// post is the visitor's browser being misused, not our failure: it deserves a 403 that says what
// happened. So the app's own cross-site rule (crossSiteRefusalPage in app/session.server.ts, exported
// by app/entry.server.tsx) is asked first, and Remix only sees requests it lets through.

import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { constants as zlib, createGzip } from "node:zlib";

import { createRequestHandler } from "@remix-run/node";

const buildDir = resolve(import.meta.dirname, "build");
const build = await import(join(buildDir, "server", "index.js"));
const handleRequest = createRequestHandler(build, process.env.NODE_ENV);
const clientDir = resolve(import.meta.dirname, build.assetsBuildDirectory);

const CONTENT_TYPES = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|atom\+xml|manifest\+json)|image\/svg)/;

/** A file under build/client, or null: never a path outside it. */
async function staticFile(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const path = resolve(clientDir, `.${decoded}`);
  if (!path.startsWith(clientDir + sep)) return null;
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? { path, size: info.size } : null;
}

/** Gzip when the browser takes it and the content is text; streamed pages are flushed chunk by chunk. */
function encodingFor(req, contentType) {
  return /\bgzip\b/.test(req.headers["accept-encoding"] ?? "") && COMPRESSIBLE.test(contentType ?? "") ? "gzip" : null;
}

async function send(req, res, status, headers, body) {
  const encoding = body && req.method !== "HEAD" ? encodingFor(req, headers["content-type"]) : null;
  if (encoding) {
    delete headers["content-length"];
    headers["content-encoding"] = encoding;
    headers["vary"] = headers["vary"] ? `${headers["vary"]}, Accept-Encoding` : "Accept-Encoding";
  }
  res.writeHead(status, headers);
  if (!body || req.method === "HEAD") return void res.end();
  await (encoding ? pipeline(body, createGzip({ flush: zlib.Z_SYNC_FLUSH }), res) : pipeline(body, res));
}

async function serveStatic(req, res, pathname) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const file = await staticFile(pathname);
  if (!file) return false;
  // Vite puts a content hash in every name under assets/, so those never change.
  const immutable = pathname.startsWith(`${build.publicPath}assets/`);
  const headers = {
    "content-type": CONTENT_TYPES[extname(file.path)] ?? "application/octet-stream",
    "content-length": String(file.size),
    "cache-control": immutable ? "public, max-age=31536000, immutable" : "public, max-age=3600",
  };
  await send(req, res, 200, headers, createReadStream(file.path));
  return true;
}

function toFetchRequest(req, res) {
  const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : [value]) if (value !== undefined) headers.append(name, one);
  }
  const controller = new AbortController();
  res.on("close", () => controller.abort());
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(url, {
    method: req.method,
    headers,
    signal: controller.signal,
    ...(hasBody ? { body: Readable.toWeb(req), duplex: "half" } : {}),
  });
}

async function sendFetchResponse(req, res, response) {
  const headers = {};
  for (const [name, value] of response.headers) {
    if (name !== "set-cookie") headers[name] = value;
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers["set-cookie"] = cookies;
  await send(req, res, response.status, headers, response.body ? Readable.fromWeb(response.body) : null);
}

const server = createServer(async (req, res) => {
  const started = performance.now();
  res.on("finish", () => {
    const took = (performance.now() - started).toFixed(1);
    console.log(`${req.method} ${req.url} ${res.statusCode} ${took} ms`);
  });
  try {
    const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    if (await serveStatic(req, res, pathname)) return;
    const request = toFetchRequest(req, res);
    const response = build.entry.module.crossSiteRefusalPage(request) ?? (await handleRequest(request));
    await sendFetchResponse(req, res, response);
  } catch (error) {
    // A visitor who went away mid-answer is not an error worth a log line.
    if (error?.code === "ERR_STREAM_PREMATURE_CLOSE" || error?.name === "AbortError") return;
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Something went wrong on our side. Please try again in a few minutes.");
  }
});

const port = Number(process.env.PORT ?? 3000);
server.listen(port, process.env.HOST, () => console.log(`[web] http://localhost:${port}`));
for (const signal of ["SIGTERM", "SIGINT"]) process.once(signal, () => server.close());
