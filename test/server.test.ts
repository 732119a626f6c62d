import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "./db";
import { serverDatabase, startServer } from "./server";

const scratch = mkdtempSync(join(tmpdir(), "pp-server-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function post(agent: http.Agent, url: string, key: string, body: string, length = Buffer.byteLength(body)) {
  return new Promise<{ status: number; body: string; socket: unknown }>((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: {
          authorization: `Bearer ${key}`,
          "content-type": "application/json",
          "content-length": length,
        },
      },
      (res) => {
        let text = "";
        res.on("data", (c) => {
          text += c;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text, socket: req.socket }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describeEachDatabase("the Node server", (database) => {
  let env: Record<string, string>;
  let key: string;
  beforeAll(async () => {
    ({ env, adminKey: key } = await serverDatabase(database(), join(scratch, "node-server")));
  });

  it("answers 413 to an oversized body and keeps the keep-alive connection usable", async () => {
    const server = await startServer(env);
    try {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const big = JSON.stringify({
        channel: "form",
        text: "x",
        metadata: { pad: "y".repeat(2 * 1024 * 1024) },
      });
      const first = await post(agent, `${server.url}/v1/feedback`, key, big);
      expect(first.status).toBe(413);
      expect(JSON.parse(first.body)).toMatchObject({ status: 413 });
      const second = await post(
        agent,
        `${server.url}/v1/feedback`,
        key,
        JSON.stringify({ channel: "form", text: "after 413" }),
      );
      expect(second.status).toBe(201);
      expect(second.socket).toBe(first.socket);
      agent.destroy();
    } finally {
      server.process.kill("SIGTERM");
      await server.exited;
    }
  });

  it("ends cleanly on SIGTERM, finishing the requests in flight", async () => {
    const server = await startServer(env);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    const inFlight = Array.from({ length: 40 }, (_, i) =>
      post(
        agent,
        `${server.url}/v1/feedback`,
        key,
        JSON.stringify({ channel: "ticket", text: `shutdown ${i}` }),
      ),
    );
    setTimeout(() => server.process.kill("SIGTERM"), 5);
    const settled = await Promise.allSettled(inFlight);
    expect(await server.exited).toBe(0);
    const answered = settled.filter((s) => s.status === "fulfilled").map((s) => s.value.status);
    // Whatever got in was answered in full; nothing half-done.
    for (const status of answered) expect(status).toBe(201);
    agent.destroy();
  });

  it("keeps every acknowledged item when killed with SIGKILL under load", async () => {
    const server = await startServer(env);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
    const acknowledged: string[] = [];
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await post(
            agent,
            `${server.url}/v1/feedback`,
            key,
            JSON.stringify({
              channel: "social",
              source: "crash",
              externalId: `${w}-${i}`,
              text: `crash ${w}-${i}`,
            }),
          );
          if (res.status === 201) acknowledged.push(JSON.parse(res.body).id);
        } catch {
          return; // the server is gone
        }
      }
    };
    const workers = Array.from({ length: 32 }, (_, w) => worker(w));
    await new Promise((r) => setTimeout(r, 1500));
    server.process.kill("SIGKILL");
    stop = true;
    await Promise.all(workers);
    await server.exited;
    agent.destroy();
    expect(acknowledged.length).toBeGreaterThan(50);

    const again = await startServer(env);
    try {
      const res = await fetch(`${again.url}/v1/feedback?source=crash&limit=1`, {
        headers: { authorization: `Bearer ${key}` },
      });
      const { total } = (await res.json()) as { total: number };
      expect(total).toBeGreaterThanOrEqual(acknowledged.length);
      for (const id of acknowledged.slice(-20)) {
        const one = await fetch(`${again.url}/v1/feedback/${id}`, {
          headers: { authorization: `Bearer ${key}` },
        });
        expect(one.status).toBe(200);
      }
    } finally {
      again.process.kill("SIGTERM");
      await again.exited;
    }
  });
});
