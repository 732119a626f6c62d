import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli";
import { type CliWorld, DAY, seedFeedback, seedPainPoint, spread, startCliWorld } from "../digest/seed";
import { checkBlockKit, type SlackStub, textsOf } from "../slack-stub";

// The command as a user runs it, against an embedded database on disk and the Slack stand-in.
describe("cli digest", () => {
  const now = "2026-06-15T08:00:00Z";
  let world: CliWorld;
  let stub: SlackStub;
  let env: Record<string, string>;

  beforeAll(async () => {
    world = await startCliWorld("pp-digest-cli-", async (db) => {
      const p = await seedPainPoint(db, "Refund <!here> delays");
      await seedFeedback(db, [
        ...spread(9, new Date(now), 7, {
          painPointId: p,
          text: "Still waiting for my refund, mail me at a@b.co",
        }),
        { painPointId: p, at: new Date(Date.parse(now) - 9 * DAY) },
      ]);
    });
    ({ stub, env } = world);
  });
  afterAll(() => world?.close());

  it("prints the Block Kit JSON on a dry run, needing no token and sending nothing", async () => {
    const { code, stdout, stderr } = await runCli(["digest", "--dry-run", "--now", now], {
      env: { ...env, SLACK_BOT_TOKEN: "" },
    });
    expect(stderr).toBe("dry run: 1 message(s) from 1 ranked pain points, nothing sent\n");
    expect(code).toBe(0);
    const messages = JSON.parse(stdout);
    expect(messages.map((m: { channel: string }) => m.channel)).toEqual(["#product"]);
    expect(checkBlockKit(messages[0].blocks)).toEqual([]);
    expect(textsOf(messages[0]).join("\n")).toContain("*1. Refund &lt;!here&gt; delays*\n+800% vs last week");
    expect(stdout).not.toContain("a@b.co");
    expect(stub.messages).toHaveLength(0);
  });

  it("fails with a non-zero exit and one clear line when Slack is down, then sends on the next run", async () => {
    stub.down = true;
    const down = await runCli(["digest", "--now", now], { env });
    stub.down = false;
    expect(down.code).toBe(1);
    expect(down.stderr).toBe(
      "error: digest failed: Slack is unavailable: HTTP 500 after retries; 1 digest(s) left pending, the next run sends them\n",
    );
    expect(stub.messages).toHaveLength(0);

    const up = await runCli(["digest", "--now", now], { env });
    expect([up.code, up.stderr]).toEqual([
      0,
      `digest: 1 sent, 0 already sent, 0 pending (7 days to 2026-06-15T08:00:00.000Z)\n`,
    ]);
    expect(up.stdout).toBe("");
    const again = await runCli(["digest", "--now", "2026-06-15T20:00:00Z"], { env });
    expect(again.stderr).toContain("digest: 0 sent, 1 already sent");
    expect(stub.messages.map((m) => m.channel)).toEqual(["#product"]);
  });

  it("answers usage errors with exit 2", async () => {
    const bad = await runCli(["digest", "--now", "yesterday"], { env });
    expect([bad.code, bad.stderr]).toEqual([
      2,
      'error: --now must be an ISO-8601 date or instant, not "yesterday"\n',
    ]);
  });
});
