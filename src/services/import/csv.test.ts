import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";

async function parse(text: string, chunkSize = text.length || 1) {
  async function* chunks() {
    for (let i = 0; i < text.length; i += chunkSize) yield text.slice(i, i + chunkSize);
  }
  const out: Array<[number, string[]]> = [];
  for await (const r of parseCsv(chunks())) out.push([r.line, r.fields]);
  return out;
}

describe("parseCsv", () => {
  const messy =
    '\ufeffchannel,text,rating\r\nticket,"He said ""no"", twice",2\r\n\r\nform,"line one\nline two",\nsocial,unquoted "inner" quote,5';

  it("reads quotes, doubled quotes, embedded line breaks, CRLF and a BOM, with each record's first line", async () => {
    expect(await parse(messy)).toEqual([
      [1, ["channel", "text", "rating"]],
      [2, ["ticket", 'He said "no", twice', "2"]],
      [4, ["form", "line one\nline two", ""]],
      [6, ["social", 'unquoted "inner" quote', "5"]],
    ]);
  });

  it("gives the same records whatever the chunk boundaries", async () => {
    const whole = await parse(messy);
    for (const size of [1, 2, 3, 7]) expect(await parse(messy, size)).toEqual(whole);
  });

  it("keeps Arabic and Hebrew fields intact", async () => {
    expect(await parse('form,"لا يعمل، أبداً"\nform,"לא עובד, בכלל"')).toEqual([
      [1, ["form", "لا يعمل، أبداً"]],
      [2, ["form", "לא עובד, בכלל"]],
    ]);
  });
});
