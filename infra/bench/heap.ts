import WebSocket from "ws";

/**
 * The V8 heap a Node.js process still uses after a full garbage collection,
 * asked through its inspector (opened on loopback by SIGUSR1 on the port of
 * its --inspect-port). Growth of this figure across a long run is what a leak
 * looks like; growth of RSS alone may be the allocator keeping freed pages.
 */
export async function heapAfterGc(pid: number, inspectPort: number): Promise<number> {
  process.kill(pid, "SIGUSR1");
  let targets: { webSocketDebuggerUrl: string }[] = [];
  for (let attempt = 0; attempt < 50 && !targets.length; attempt += 1) {
    targets = await fetch(`http://127.0.0.1:${inspectPort}/json/list`).then(
      (response) => response.json() as Promise<typeof targets>,
      () => new Promise((resolve) => setTimeout(() => resolve([]), 100)),
    );
  }
  if (!targets[0]) throw new Error(`no inspector on 127.0.0.1:${inspectPort} for process ${pid}`);
  const socket = new WebSocket(targets[0].webSocketDebuggerUrl);
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  let id = 0;
  const call = (method: string) =>
    new Promise<Record<string, number>>((resolve, reject) => {
      const sent = ++id;
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(String(data)) as { id?: number; result?: Record<string, number>; error?: unknown };
        if (message.id !== sent) return;
        socket.off("message", onMessage);
        if (message.error) reject(new Error(`${method}: ${JSON.stringify(message.error)}`));
        else resolve(message.result ?? {});
      };
      socket.on("message", onMessage);
      socket.send(JSON.stringify({ id: sent, method }));
    });
  try {
    await call("HeapProfiler.collectGarbage");
    const usage = await call("Runtime.getHeapUsage");
    return usage["usedSize"]!;
  } finally {
    socket.close();
  }
}
