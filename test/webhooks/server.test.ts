import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { signZendesk } from "../../src/services/webhooks/zendesk";
import { describeEachDatabase } from "../db";
import { serverDatabase, startServer } from "../server";
import { bytes, fixture } from "./helpers";

const scratch = mkdtempSync(join(tmpdir(), "pp-webhooks-server-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A body sent without Content-Length, in pieces: the chunked path of the body limit. */
function chunked(text: string): ReadableStream<Uint8Array> {
  const data = bytes(text);
  const third = Math.ceil(data.length / 3);
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < data.length; i += third) controller.enqueue(data.slice(i, i + third));
      controller.close();
    },
  });
}

describeEachDatabase("webhooks through the Node server", (database) => {
  let env: Record<string, string>;
  let adminKey: string;
  beforeAll(async () => {
    ({ env, adminKey } = await serverDatabase(database(), join(scratch, "pglite")));
  });

  it("verifies the signature over the bytes received, chunked or not, and never logs the secret", async () => {
    const server = await startServer(env);
    try {
      const secret = "zendesk-signing-secret-for-the-server-test";
      const created = await fetch(`${server.url}/v1/integrations`, {
        method: "POST",
        headers: { authorization: `Bearer ${adminKey}`, "content-type": "application/json" },
        body: JSON.stringify({ provider: "zendesk", name: "server test", secret }),
      });
      expect(created.status).toBe(201);
      const { webhookUrl } = await created.json();
      expect(webhookUrl).toContain(server.url);

      const body = fixture("zendesk-ticket-created.json").replaceAll("35436", "77001");
      const sign = async () => {
        const timestamp = new Date().toISOString();
        return {
          "content-type": "application/json",
          "x-zendesk-webhook-signature-timestamp": timestamp,
          "x-zendesk-webhook-signature": await signZendesk(secret, timestamp, bytes(body)),
        };
      };
      const first = await fetch(webhookUrl, {
        method: "POST",
        headers: await sign(),
        body: chunked(body),
        duplex: "half",
      } as RequestInit);
      expect(first.status).toBe(201);
      const second = await fetch(webhookUrl, { method: "POST", headers: await sign(), body });
      expect(second.status).toBe(200);
      expect((await second.json()).id).toBe((await first.json()).id);

      const forged = await fetch(webhookUrl, {
        method: "POST",
        headers: { ...(await sign()), "x-zendesk-webhook-signature": btoa(secret) },
        body,
      });
      expect(forged.status).toBe(401);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(server.stderr()).toContain("webhook refused");
      expect(server.stderr()).not.toContain(secret);
      expect(server.stderr()).not.toContain(btoa(secret));
    } finally {
      server.process.kill("SIGTERM");
      await server.exited;
    }
  });
});
