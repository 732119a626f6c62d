import { describe, expect, it } from "vitest";
import { utf8 } from "./crypto";
import { verifyFreshdesk } from "./freshdesk";
import { signIntercom, verifyIntercom } from "./intercom";
import { signMention, verifyMention } from "./mentions";
import { signZendesk, verifyZendesk } from "./zendesk";

const headersOf = (entries: Record<string, string>) => new Headers(entries);

describe("verifyZendesk", () => {
  // The worked example of Zendesk's "Verifying webhook authenticity" (Event Connectors) page.
  const secret = "HRkRd4BeOAoUkfZr-mhauJT64rvBASlJRoIyPsd3zeA=";
  const body = utf8('{"say": "hello"}');
  const timestamp = "2021-07-25T10:00:00Z";
  const at = new Date("2021-07-25T10:02:00Z");

  it("accepts the signature of Zendesk's documented example", async () => {
    const headers = headersOf({
      "X-Zendesk-Webhook-Signature": "tRDSF7URY8BLCDlaBcQ7FHu051Zk+aAB0NKMP53teMw=",
      "X-Zendesk-Webhook-Signature-Timestamp": timestamp,
    });
    expect(await verifyZendesk({ headers, body, secret, now: at })).toEqual({ ok: true });
  });

  it("accepts timestamp + body, the order the documentation's formula gives", async () => {
    const signature = await signZendesk(secret, timestamp, body);
    const headers = headersOf({
      "X-Zendesk-Webhook-Signature": signature,
      "X-Zendesk-Webhook-Signature-Timestamp": timestamp,
    });
    expect(await verifyZendesk({ headers, body, secret, now: at })).toEqual({ ok: true });
  });

  it("refuses a changed body, another secret, and a timestamp over 5 minutes away", async () => {
    const signature = await signZendesk(secret, timestamp, body);
    const headers = headersOf({
      "X-Zendesk-Webhook-Signature": signature,
      "X-Zendesk-Webhook-Signature-Timestamp": timestamp,
    });
    expect((await verifyZendesk({ headers, body: utf8('{"say": "hullo"}'), secret, now: at })).ok).toBe(
      false,
    );
    expect((await verifyZendesk({ headers, body, secret: "other", now: at })).ok).toBe(false);
    const late = new Date("2021-07-25T10:05:01Z");
    expect(await verifyZendesk({ headers, body, secret, now: late })).toEqual({
      ok: false,
      reason: "the signature timestamp is more than 5 minutes away from now",
    });
    const early = new Date("2021-07-25T09:54:59Z");
    expect((await verifyZendesk({ headers, body, secret, now: early })).ok).toBe(false);
  });
});

describe("verifyIntercom", () => {
  const secret = "d6e3b2a1c0f9e8d7";
  const body = utf8('{"type":"notification_event","topic":"ping"}');

  it("accepts sha1=<hex HMAC-SHA1 of the body>", async () => {
    const signature = await signIntercom(secret, body);
    expect(signature).toMatch(/^sha1=[0-9a-f]{40}$/);
    const headers = headersOf({ "X-Hub-Signature": signature });
    expect(await verifyIntercom({ headers, body, secret, now: new Date() })).toEqual({ ok: true });
  });

  it("refuses a missing header, another algorithm's prefix and a wrong digest", async () => {
    const now = new Date();
    expect((await verifyIntercom({ headers: headersOf({}), body, secret, now })).ok).toBe(false);
    const hex = (await signIntercom(secret, body)).slice(5);
    const sha256 = headersOf({ "X-Hub-Signature": `sha256=${hex}` });
    expect((await verifyIntercom({ headers: sha256, body, secret, now })).ok).toBe(false);
    const wrong = headersOf({ "X-Hub-Signature": `sha1=${"0".repeat(40)}` });
    expect((await verifyIntercom({ headers: wrong, body, secret, now })).ok).toBe(false);
  });
});

describe("verifyFreshdesk", () => {
  const secret = "whsec_freshdesk_shared";
  const body = utf8("{}");
  const now = new Date();
  const check = (headers: Record<string, string>) =>
    verifyFreshdesk({ headers: headersOf(headers), body, secret, now });

  it("accepts the secret as Basic auth password or user, as Bearer token or as X-Webhook-Secret", async () => {
    expect(await check({ authorization: `Basic ${btoa(`freshdesk:${secret}`)}` })).toEqual({ ok: true });
    expect(await check({ authorization: `Basic ${btoa(`${secret}:X`)}` })).toEqual({ ok: true });
    expect(await check({ authorization: `Bearer ${secret}` })).toEqual({ ok: true });
    expect(await check({ "x-webhook-secret": secret })).toEqual({ ok: true });
  });

  it("refuses no secret, a wrong one and a prefix of the right one", async () => {
    expect((await check({})).ok).toBe(false);
    expect((await check({ authorization: "Bearer nope" })).ok).toBe(false);
    expect((await check({ "x-webhook-secret": secret.slice(0, -1) })).ok).toBe(false);
  });
});

describe("verifyMention", () => {
  const secret = "whsec_mentions";
  const body = utf8('{"id":"1"}');
  const now = new Date("2026-11-20T12:00:00Z");
  const timestamp = String(now.getTime() / 1000);

  it("accepts a Bearer secret or a fresh sha256 signature over timestamp.body", async () => {
    const bearer = headersOf({ authorization: `Bearer ${secret}` });
    expect(await verifyMention({ headers: bearer, body, secret, now })).toEqual({ ok: true });
    const signature = await signMention(secret, timestamp, body);
    const signed = headersOf({ "x-painpoint-timestamp": timestamp, "x-painpoint-signature": signature });
    expect(await verifyMention({ headers: signed, body, secret, now })).toEqual({ ok: true });
  });

  it("refuses a stale signature even when it matches", async () => {
    const old = String(now.getTime() / 1000 - 301);
    const signature = await signMention(secret, old, body);
    const headers = headersOf({ "x-painpoint-timestamp": old, "x-painpoint-signature": signature });
    expect((await verifyMention({ headers, body, secret, now })).ok).toBe(false);
  });
});
