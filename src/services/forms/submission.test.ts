import { describe, expect, it } from "vitest";
import { isHoneypotFilled, toFeedbackInput } from "./submission";

const form = { id: "0192aaaa-bbbb-7ccc-8ddd-eeeeffff0001", source: "website-form" };

describe("toFeedbackInput", () => {
  it("makes a form item with the customer, rating, submission id and form id", () => {
    expect(
      toFeedbackInput(form, {
        text: "Add dark mode",
        email: "a@example.com",
        name: "Ana",
        rating: 5,
        submissionId: "s-12345678",
        locale: "he",
      }),
    ).toEqual({
      channel: "form",
      source: "website-form",
      text: "Add dark mode",
      externalId: "s-12345678",
      customer: { email: "a@example.com", name: "Ana" },
      rating: 5,
      metadata: { formId: form.id, locale: "he" },
    });
  });

  it("leaves out what was not given", () => {
    expect(toFeedbackInput({ ...form, source: "in-app" }, { text: "hi" })).toEqual({
      channel: "form",
      source: "in-app",
      text: "hi",
      metadata: { formId: form.id },
    });
  });
});

describe("isHoneypotFilled", () => {
  it("is true only when the hidden field carries something", () => {
    expect(isHoneypotFilled({ website: "http://spam.example" })).toBe(true);
    expect(isHoneypotFilled({ website: 1 })).toBe(true);
    expect(isHoneypotFilled({ website: "" })).toBe(false);
    expect(isHoneypotFilled({ website: "  " })).toBe(false);
    expect(isHoneypotFilled({ text: "hi" })).toBe(false);
    expect(isHoneypotFilled(null)).toBe(false);
  });
});
