import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { type AlertJobDeps, runAlertJob } from "../../jobs/alerts";
import { alerts } from "../../src/db/schema";
import { createTeam } from "../../src/services/teams/teams";
import { describeEachDatabase } from "../db";
import { textsOf } from "../slack-stub";
import { DAY, seedFeedback, seedPainPoint, slackStubForFile, spread, stubJobDeps } from "./seed";

const stub = await slackStubForFile();

let nextRange = 0;
function testNow(): Date {
  nextRange += 1;
  return new Date(Date.UTC(2030, 0, 1) + nextRange * 60 * DAY + 15 * 3_600_000);
}

function jobDeps(db: AlertJobDeps["db"], now: Date): AlertJobDeps {
  return stubJobDeps(stub, db, now, {
    defaultChannel: `#alerts-${now.getTime()}`,
    publicUrl: "https://x.example",
  });
}

describeEachDatabase("spike alert job", (database) => {
  it("alerts once for a spike, in the team's channel, and never twice for the same spike", async () => {
    const { db } = database();
    const now = testNow();
    const spiking = await seedPainPoint(db, "Payments failing");
    const steady = await seedPainPoint(db, "Slow app");
    const team = await createTeam(db, {
      name: `Payments ${now.getTime()}`,
      slackChannel: `#payments-${now.getTime()}`,
      painPointIds: [spiking],
    });
    await seedFeedback(db, [
      ...spread(14, new Date(now.getTime() - DAY), 14, { painPointId: spiking }),
      ...spread(20, now, 1, { painPointId: spiking, text: "My payment failed three times today" }),
      ...spread(14 * 10 + 11, now, 15, { painPointId: steady }),
    ]);
    const deps = jobDeps(db, now);
    const first = await runAlertJob(deps);
    expect(first).toMatchObject({ spikes: 1, recorded: 1, sent: 1, suppressed: 0 });
    const posted = stub.messages.filter((m) => m.channel === team.slackChannel);
    expect(posted).toHaveLength(1);
    expect(textsOf(posted[0] ?? { text: "" }).join("\n")).toContain(
      "*Spike: Payments failing*\n20 reports in the last 24 hours (usually about 1 a day) · 20 customers",
    );
    expect(stub.messages.filter((m) => m.channel === deps.defaultChannel)).toHaveLength(0);

    const sameHour = await runAlertJob(deps);
    const nextDay = await seedFeedback(
      db,
      spread(25, new Date(now.getTime() + DAY), 1, { painPointId: spiking }),
    ).then(() => runAlertJob({ ...deps, now: new Date(now.getTime() + DAY) }));
    expect(sameHour).toMatchObject({ spikes: 1, recorded: 0, sent: 0, suppressed: 1 });
    expect(nextDay).toMatchObject({ recorded: 0, sent: 0, suppressed: 1 });
    expect(stub.messages.filter((m) => m.channel === team.slackChannel)).toHaveLength(1);
  });

  it("keeps an alert pending through an outage and sends it on the next run", async () => {
    const { db } = database();
    const now = testNow();
    const p = await seedPainPoint(db, "Card machine offline");
    await seedFeedback(db, spread(9, now, 1, { painPointId: p }));
    const deps = jobDeps(db, now);
    stub.down = true;
    await expect(runAlertJob(deps)).rejects.toThrow(
      "Slack is unavailable: HTTP 500 after retries; 1 alert(s) left pending",
    );
    stub.down = false;
    const [row] = await db.select().from(alerts).where(eq(alerts.painPointId, p));
    expect(row?.status).toBe("pending");
    const retry = await runAlertJob({ ...deps, now: new Date(now.getTime() + 3_600_000) });
    expect(retry).toMatchObject({ sent: 1, suppressed: 1 });
    const [sent] = await db.select().from(alerts).where(eq(alerts.painPointId, p));
    expect(sent).toMatchObject({ status: "sent", slackTs: stub.messages.at(-1)?.ts });
  });
});
