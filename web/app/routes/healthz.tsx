// Liveness only: the start script polls this to know the web server is up, and it must not fail
// just because the API is still starting (pages already show a 503 for that).
export function loader() {
  return new Response("ok", {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
