import net from "node:net";
import { LocalNeo4jError } from "./errors.js";

export const HOST = "127.0.0.1";

/** Fails fast, before a JVM starts, when something already listens on the port. */
export async function assertPortFree(port: number): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ host: HOST, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
  if (!free) {
    throw new LocalNeo4jError(
      "PORT_BUSY",
      `port ${port} is busy (something already listens on ${HOST}:${port}): stop the program using it or choose another port`,
    );
  }
}

/** True when a TCP connection to the port succeeds within `timeoutMs`. */
export function canConnect(port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: HOST, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** Polls until the port accepts connections or the deadline passes. */
export async function waitForConnect(port: number, deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    if (await canConnect(port)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

export function parsePort(raw: string, source: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || port > 65535) {
    throw new LocalNeo4jError("BAD_CONFIG", `${source}=${raw} is not a port: use a number from 0 to 65535 (0 = any free)`);
  }
  return port;
}
