import { describe, expect, it } from "vitest";
import { pickQuotes, type QuoteCandidate } from "./quotes";

function candidate(id: string, text: string, over: Partial<QuoteCandidate> = {}): QuoteCandidate {
  return { id, text, lang: "en", channel: "ticket", rating: null, customerKey: id, ...over };
}

describe("pickQuotes", () => {
  it("prefers readable lengths and one quote per customer", () => {
    const picked = pickQuotes([
      candidate("a", "bad"),
      candidate("b", "My card still has not arrived after two weeks", { customerKey: "c1" }),
      candidate("c", "The card I ordered never came, what is going on?", { customerKey: "c1" }),
      candidate("d", "Still no card in the mail after ordering it last month"),
    ]);
    expect(picked.map((q) => q.id)).toEqual(["b", "d"]);
  });

  it("shows a second language when the pain point is heard in one", () => {
    const picked = pickQuotes([
      candidate("a", "My card still has not arrived after two weeks"),
      candidate("b", "Still no card in the mail after ordering it last month"),
      candidate("c", "لم تصل بطاقتي بعد أسبوعين من الطلب", { lang: "ar" }),
    ]);
    expect(picked.map((q) => q.id)).toEqual(["a", "c"]);
  });

  it("skips repeated texts and mostly redacted ones", () => {
    const picked = pickQuotes([
      candidate("a", "call me a@b.co +1 555 123 4567 now"),
      candidate("b", "The app crashes when I open my statements"),
      candidate("c", "the app crashes when I open my statements"),
      candidate("d", "Crashes every time I look at my statements page"),
    ]);
    expect(picked.map((q) => q.id)).toEqual(["b", "d"]);
  });
});
