import { describe, expect, it } from "vitest";
import { toPageErrors } from "./field-errors";
import { MESSAGES } from "./messages";

const en = MESSAGES.en;

describe("toPageErrors", () => {
  it("tells blank text from text that is too long", () => {
    expect(toPageErrors([{ path: "text", message: "must not be blank" }], { text: "  " }, en)).toEqual({
      fields: { text: en.textBlank },
      general: en.fixField,
    });
    const long = "ب".repeat(10_001);
    expect(toPageErrors([{ path: "text", message: "x" }], { text: long }, en).fields.text).toBe(
      en.textTooLong,
    );
  });

  it("counts characters, not UTF-16 units: 10,000 emoji are not too long", () => {
    const emoji = "😀".repeat(10_000);
    expect(toPageErrors([{ path: "text", message: "x" }], { text: emoji }, en).fields.text).toBe(
      en.fieldInvalid,
    );
  });

  it("keeps one message per field, in the page's language", () => {
    const errors = [
      { path: "email", message: "a" },
      { path: "email", message: "b" },
      { path: "rating", message: "c" },
    ];
    expect(toPageErrors(errors, {}, MESSAGES.ar).fields).toEqual({
      email: MESSAGES.ar.emailInvalid,
      rating: MESSAGES.ar.ratingInvalid,
    });
  });

  it("says the sending failed when only a field the person cannot see is wrong", () => {
    expect(toPageErrors([{ path: "submissionId", message: "bad" }], {}, en)).toEqual({
      fields: {},
      general: en.failed,
    });
  });
});
