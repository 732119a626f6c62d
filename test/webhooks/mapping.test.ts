import { describe, expect, it } from "vitest";
import { mapFreshdesk } from "../../src/services/webhooks/freshdesk";
import { mapIntercom } from "../../src/services/webhooks/intercom";
import { mapMention } from "../../src/services/webhooks/mentions";
import { mapZendesk, stripCommentHeader } from "../../src/services/webhooks/zendesk";
import { fixture } from "./helpers";

const json = (name: string) => JSON.parse(fixture(name));

describe("mapZendesk", () => {
  it("maps a ticket.created event: id, requester id, description, time, the useful rest", () => {
    expect(mapZendesk(json("zendesk-ticket-created.json"))).toEqual({
      kind: "feedback",
      event: "zen:event-type:ticket.created",
      item: {
        channel: "ticket",
        source: "zendesk",
        externalId: "35436",
        text: "لا أستطيع تحويل الأموال إلى حسابي منذ التحديث الأخير. تظهر رسالة خطأ في كل مرة.",
        customer: { id: "8447388090494" },
        createdAt: "2026-11-20T09:41:05.000Z",
        metadata: {
          event: "zen:event-type:ticket.created",
          subject: "التحويل لا يعمل",
          priority: "HIGH",
          status: "NEW",
          type: "INCIDENT",
          tags: ["transfers", "mobile_app"],
          channel: "web_form",
          zendeskEventId: "cbe4028c-7239-495d-b020-f22348516046",
        },
      },
    });
  });

  it("acknowledges other ticket events without feedback", () => {
    expect(mapZendesk(json("zendesk-status-changed.json"))).toEqual({
      kind: "ignored",
      event: "zen:event-type:ticket.status_changed",
      reason: "only ticket.created carries new feedback",
    });
  });

  it("maps the trigger template: requester details, the first comment without its header, tags as a list", () => {
    const mapped = mapZendesk(json("zendesk-trigger-ticket.json"));
    expect(mapped).toMatchObject({
      kind: "feedback",
      item: {
        externalId: "4821",
        text: "הכרטיס שלי נחסם בלי הודעה מוקדמת ואני לא מצליחה לשלם בסופר.\nאשמח לעזרה דחופה.",
        customer: { id: "902113", email: "noa.levi@example.co.il", name: "נועה לוי" },
        createdAt: "2026-11-20T11:15:00.000Z",
        metadata: { tags: ["cards", "blocked_card", "vip"], url: "acme.zendesk.com/agent/tickets/4821" },
      },
    });
    expect(mapped.kind === "feedback" && mapped.item.rating).toBeUndefined();
  });

  it("turns a bad satisfaction rating into 1 and keeps its comment", () => {
    const mapped = mapZendesk(json("zendesk-trigger-satisfaction.json"));
    expect(mapped).toMatchObject({
      kind: "feedback",
      event: "satisfaction.rated",
      item: { externalId: "4821", rating: 1, metadata: { csatComment: "לקח שלושה ימים לקבל תשובה" } },
    });
    const good = json("zendesk-trigger-satisfaction.json");
    good.satisfaction.rating = "good";
    expect(mapZendesk(good)).toMatchObject({ item: { rating: 5 } });
    good.satisfaction.rating = "offered";
    expect(mapZendesk(good)).toMatchObject({ kind: "ignored", event: "satisfaction.rated" });
  });

  it("names the missing ticket id", () => {
    const payload = json("zendesk-trigger-ticket.json");
    payload.ticket.id = "";
    expect(mapZendesk(payload)).toEqual({
      kind: "invalid",
      event: "ticket.created",
      errors: [{ path: "ticket.id", message: "the ticket id is missing" }],
    });
  });

  it("strips only a leading comment header", () => {
    expect(stripCommentHeader("-----\n\nJane, Nov 1, 2026, 10:00\n\nIt broke")).toBe("It broke");
    expect(stripCommentHeader("It broke -- again")).toBe("It broke -- again");
  });
});

describe("mapIntercom", () => {
  it("maps a customer's new conversation: HTML to text, author as customer, tags and url", () => {
    expect(mapIntercom(json("intercom-conversation-user-created.json"))).toEqual({
      kind: "feedback",
      event: "conversation.user.created",
      item: {
        channel: "ticket",
        source: "intercom",
        externalId: "147000031024",
        text: "مرحبا، التطبيق يتوقف عند فتح صفحة الفواتير.\n\nجربت إعادة التثبيت & لم ينفع.",
        customer: { id: "5ba682d23d7cf92bef87bfd4", email: "layla@example.com", name: "ليلى حداد" },
        createdAt: "2025-11-20T10:00:00.000Z",
        metadata: {
          event: "conversation.user.created",
          url: "https://app.example.com/billing",
          deliveredAs: "customer_initiated",
          priority: "not_priority",
          state: "open",
          tags: ["billing"],
          appId: "tx2p130c",
          notificationId: "notif_5f6c8a40-c6a7-11f0-9b8d-2b6e1a7c9d11",
        },
      },
    });
  });

  it("takes the rating from any conversation topic that carries one", () => {
    expect(mapIntercom(json("intercom-conversation-rated.json"))).toMatchObject({
      kind: "feedback",
      event: "conversation.admin.closed",
      item: { externalId: "147000031024", rating: 2, metadata: { csatComment: "The fix took two days" } },
    });
  });

  it("acknowledges a conversation opened with an attachment alone instead of refusing it", () => {
    const payload = json("intercom-conversation-user-created.json");
    payload.data.item.source.body =
      '<div class="intercom-container"><img src="https://example.com/a.png"></div>';
    expect(mapIntercom(payload)).toEqual({
      kind: "ignored",
      event: "conversation.user.created",
      reason: "the first message has no text (attachments only)",
    });
  });

  it("ignores the ping and staff topics without a rating", () => {
    expect(mapIntercom(json("intercom-ping.json"))).toMatchObject({ kind: "ignored", event: "ping" });
    const replied = json("intercom-conversation-user-created.json");
    replied.topic = "conversation.admin.replied";
    expect(mapIntercom(replied)).toMatchObject({ kind: "ignored", event: "conversation.admin.replied" });
  });
});

describe("mapFreshdesk", () => {
  it("maps the Simple content payload, HTML description to text", () => {
    expect(mapFreshdesk(json("freshdesk-simple.json"))).toEqual({
      kind: "feedback",
      event: "ticket.created",
      item: {
        channel: "ticket",
        source: "freshdesk",
        externalId: "1187",
        text: "שלום,\nההזמנה שלי הגיעה עם מסך שבור.\n\nמצרף תמונה.\nOrder #A-5521",
        customer: { id: "77012003", email: "david.cohen@example.co.il", name: "דוד כהן" },
        metadata: {
          event: "ticket.created",
          subject: "ההזמנה הגיעה שבורה",
          priority: "High",
          status: "Open",
          type: "Problem",
          tags: ["shipping", "damaged"],
          url: "https://acme.freshdesk.com/helpdesk/tickets/1187",
          channel: "Email",
          triggeredEvent: "{ticket_action:created}",
        },
      },
    });
  });

  it("maps Freshdesk's survey scale onto 1–5", () => {
    const payload = json("freshdesk-template-rated.json");
    expect(mapFreshdesk(payload)).toMatchObject({
      item: { rating: 1, createdAt: "2026-11-18T08:30:00.000Z" },
    });
    for (const [given, expected] of [
      ["103", 5],
      ["100", 3],
      ["Just okay", 3],
      ["4", 4],
    ] as const) {
      payload.satisfaction.rating = given;
      expect(mapFreshdesk(payload)).toMatchObject({ item: { rating: expected } });
    }
  });
});

describe("mapMention", () => {
  it("maps a post: platform as source, author as customer, url in metadata", () => {
    expect(mapMention(json("mention-arabic.json"))).toEqual({
      kind: "feedback",
      event: "mention",
      item: {
        channel: "social",
        source: "twitter",
        externalId: "1859933722314420225",
        text: "@acme_bank تطبيقكم لا يعمل منذ الصباح ولا أستطيع دفع الفواتير 😡",
        createdAt: "2026-11-20T07:12:44Z",
        customer: { id: "1501123987", name: "عمر خالد" },
        metadata: {
          likes: 14,
          reposts: 3,
          url: "https://x.com/omar_k/status/1859933722314420225",
          handle: "omar_k",
        },
      },
    });
  });

  it("names each missing or malformed field", () => {
    const mapped = mapMention({ platform: "reddit", text: "hi", url: "not a url" });
    expect(mapped.kind).toBe("invalid");
    const paths = mapped.kind === "invalid" ? mapped.errors.map((e) => e.path).sort() : [];
    expect(paths).toEqual(["id", "postedAt", "url"]);
  });
});
