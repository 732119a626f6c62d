import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-to-text";

describe("htmlToText", () => {
  it("turns paragraphs and line breaks into lines", () => {
    expect(htmlToText("<p>Hello,</p><p>The export fails.<br>Every time.</p>")).toBe(
      "Hello,\n\nThe export fails.\nEvery time.",
    );
  });

  it("ends a line at each block, however many boundaries meet", () => {
    expect(htmlToText("<div>one</div><div>two</div><ul><li>three</li><li>four</li></ul>")).toBe(
      "one\ntwo\nthree\nfour",
    );
  });

  it("decodes named and numeric entities", () => {
    expect(htmlToText("Fish &amp; chips &lt;3 &#8212; caf&#xe9; &nbsp;ok")).toBe("Fish & chips <3 — café ok");
  });

  it("keeps Arabic and Hebrew text and direction marks as they are", () => {
    expect(
      htmlToText('<p dir="rtl">لا أستطيع تسجيل الدخول</p><div dir="rtl">\u200fהכרטיס שלי נחסם</div>'),
    ).toBe("لا أستطيع تسجيل الدخول\n\n\u200fהכרטיס שלי נחסם");
  });

  it("drops scripts, styles and comments entirely", () => {
    expect(htmlToText("<style>p{color:red}</style><!-- x --><p>Hi</p><script>alert(1)</script>")).toBe("Hi");
  });

  it("leaves text without markup alone apart from outer whitespace", () => {
    expect(htmlToText("  plain text, no tags  ")).toBe("plain text, no tags");
  });

  it("keeps a less-than sign that opens no tag", () => {
    expect(htmlToText("<p>price < 5 and 3 > 2</p>")).toBe("price < 5 and 3 > 2");
  });
});
