import { describe, expect, it } from "vitest";
import { tokenTerms } from "./analyze";
import { detectLanguage } from "./detect-language";
import { messageBody } from "./message-body";

const GMAIL_REPLY = [
  "The refund still hasn't arrived.",
  "",
  "On Mon, 3 Nov 2026 at 09:12, Acme Support <help@acme.example> wrote:",
  "> We have issued your refund. It takes 5 to 10 working days.",
  "> Acme Support",
].join("\n");

const OUTLOOK_REPLY = [
  "My card was charged twice.",
  "",
  "Best regards,",
  "Sarah Cohen",
  "Head of Finance, Example Ltd",
  "+44 20 7946 0958",
  "",
  "________________________________",
  "From: Acme Support <support@acme.example>",
  "Sent: Monday, November 3, 2026 9:12 AM",
  "Subject: Re: charge",
].join("\n");

describe("messageBody", () => {
  it("leaves the quoted reply of Gmail and Outlook out, and the signature above it", () => {
    expect(messageBody(GMAIL_REPLY)).toBe("The refund still hasn't arrived.");
    expect(messageBody(OUTLOOK_REPLY)).toBe("My card was charged twice.");
    expect(messageBody("The app is slow.\n-- \nJohn Smith | CTO")).toBe("The app is slow.");
    expect(
      messageBody(
        "L'application plante.\n\nLe lun. 3 nov. 2026 à 09:12, Acme <help@acme.example> a écrit :\n> Bonjour",
      ),
    ).toBe("L'application plante.");
    expect(
      messageBody(
        "Die App stürzt ab.\n\nAm Mo., 3. Nov. 2026 um 09:12 Uhr schrieb Acme <help@acme.example>:\n> Hallo",
      ),
    ).toBe("Die App stürzt ab.");
    expect(
      messageBody(
        "This receipt is wrong, I paid twice\n\n---------- Forwarded message ---------\nFrom: Shop <no-reply@shop.example>\nYour receipt",
      ),
    ).toBe("This receipt is wrong, I paid twice");
  });

  it("leaves out a company's e-mail disclaimer, and the signature above it", () => {
    const ticket = [
      "Our invoices for October show the wrong VAT number.",
      "",
      "Kind regards,",
      "Sarah Cohen",
      "",
      "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the",
      "intended recipient(s) and may contain confidential and privileged information. If you are not the",
      "intended recipient, please contact the sender by reply e-mail and destroy all copies.",
    ].join("\n");
    expect(messageBody(ticket)).toBe("Our invoices for October show the wrong VAT number.");
    const printing = "The export is empty.\n\nPlease consider the environment before printing this e-mail.";
    expect(messageBody(printing)).toBe("The export is empty.");
    // A customer who says their message is confidential is still heard.
    const own =
      "My account was hacked.\nThis message is confidential: all my money is gone.\nPlease call me.";
    expect(messageBody(own)).toBe(own);
    const charged =
      "My account was hacked.\nThis message is confidential: I was charged in error.\nPlease call me.";
    expect(messageBody(charged)).toBe(charged);
  });

  it("leaves out a mail app's line, named with its device, on its own line or at the end", () => {
    expect(messageBody("App crashes on login\n\nSent from my iPhone")).toBe("App crashes on login");
    expect(messageBody("App crashes on login Sent from my iPhone")).toBe("App crashes on login");
    expect(messageBody("Card declined again\nGet Outlook for Android")).toBe("Card declined again");
    // Words of the complaint that look like one stay.
    expect(messageBody("I sent from my savings account 200 EUR and it never arrived")).toBe(
      "I sent from my savings account 200 EUR and it never arrived",
    );
    expect(messageBody("Refund please\nSent from my account twice")).toBe(
      "Refund please\nSent from my account twice",
    );
    expect(messageBody("The app is slow\nSent from my Samsung phone, and it crashes")).toBe(
      "The app is slow\nSent from my Samsung phone, and it crashes",
    );
  });

  it("reads the reply headers, mail apps and sign-offs of Arabic and Hebrew mail", () => {
    const arabicReply =
      "لم يصلني المبلغ بعد\n\n\u202bفي الاثنين، 3 نوفمبر 2026 في 9:12 ص، كتب Acme <help@acme.example>:\u202c\n> تم إرسال المبلغ";
    expect(messageBody(arabicReply)).toBe("لم يصلني المبلغ بعد");
    expect(messageBody("لم يصلني المبلغ بعد\n\nأُرسلت من الـ iPhone")).toBe("لم يصلني المبلغ بعد");
    expect(messageBody("البطاقة لا تعمل\nمع تحياتي،\nأحمد خالد")).toBe("البطاقة لا تعمل");
    const hebrewReply =
      "ההזמנה לא הגיעה\n\n\u202bבתאריך יום ב׳, 3 בנוב׳ 2026 ב-9:12 מאת \u202aAcme\u202c <help@acme.example>:\u202c\n> שלום";
    expect(messageBody(hebrewReply)).toBe("ההזמנה לא הגיעה");
    expect(messageBody("ההזמנה לא הגיעה\n\nבברכה,\nדנה כהן")).toBe("ההזמנה לא הגיעה");
    expect(messageBody("הכרטיס נחסם\nנשלח מה-iPhone שלי")).toBe("הכרטיס נחסם");
  });

  it("leaves out a greeting on a line of its own, with the name in it", () => {
    expect(messageBody("Hi Sarah,\n\nThe export to CSV fails every time.")).toBe(
      "The export to CSV fails every time.",
    );
    expect(messageBody("مرحبا أحمد،\nالبطاقة لا تعمل")).toBe("البطاقة لا تعمل");
    expect(messageBody("שלום דנה,\nההזמנה לא הגיעה")).toBe("ההזמנה לא הגיעה");
    // A greeting that goes on to say something stays.
    expect(messageBody("Hello, my card was declined twice today\nplease help")).toBe(
      "Hello, my card was declined twice today\nplease help",
    );
    expect(messageBody("Hi Sarah, the export fails")).toBe("Hi Sarah, the export fails");
    expect(messageBody("Hello, app broken\nplease fix")).toBe("Hello, app broken\nplease fix");
    expect(messageBody("مرحبا، البطاقة معطلة\nأرجو المساعدة")).toBe("مرحبا، البطاقة معطلة\nأرجو المساعدة");
    expect(messageBody("Hello team,\nplease fix the app")).toBe("please fix the app");
  });

  it("keeps a thank-you that no name follows, and a message that is all quote", () => {
    expect(messageBody("Thanks for nothing, the app is broken again")).toBe(
      "Thanks for nothing, the app is broken again",
    );
    expect(messageBody("The export fails.\nThank you\nplease fix it before Friday")).toBe(
      "The export fails.\nThank you\nplease fix it before Friday",
    );
    expect(messageBody("> the old answer")).toBe("> the old answer");
    // A dash line or a rule inside a long message is the customer's own divider.
    const divided = [
      "Two problems:",
      "--",
      "1. the app logs me out",
      "2. the export is empty",
      "3. no reply",
      "4. charged twice",
      "5. no refund",
      "6. slow",
      "7. crashes",
    ].join("\n");
    expect(messageBody(divided)).toBe(divided);
    // ... and does not hide the signature under it.
    expect(messageBody(`${divided}\n-- \nJohn Smith | CTO`)).toBe(divided);
    expect(
      messageBody(
        "On the app I wrote:\nthe export fails\n\nOn Mon, 3 Nov 2026, Acme <a@acme.example> wrote:\n> ok",
      ),
    ).toBe("On the app I wrote:\nthe export fails");
    expect(messageBody("First issue\n____________\nSecond issue")).toBe(
      "First issue\n____________\nSecond issue",
    );
    // "On 3 November I wrote to you:" in Arabic, with the customer's complaint under it.
    expect(messageBody("مرحبا\nفي 3 نوفمبر كتبت لكم:\nالبطاقة لا تعمل")).toBe(
      "في 3 نوفمبر كتبت لكم:\nالبطاقة لا تعمل",
    );
    expect(messageBody("line one\nline two")).toBe("line one\nline two");
  });

  it("is what the clustering reads and what the language is detected from", () => {
    expect(tokenTerms(OUTLOOK_REPLY)).toEqual(["card", "charg", "twice"]);
    expect(tokenTerms("App crashes on login\n\nSent from my iPhone")).not.toContain("iphon");
    const hebrewQuotingEnglish = `הכסף לא הוחזר\n\nOn Mon, 3 Nov 2026 at 09:12, Acme <help@acme.example> wrote:\n> We have issued your refund and it should reach your account within ten working days.`;
    expect(detectLanguage(hebrewQuotingEnglish)).toBe("he");
  });
});
