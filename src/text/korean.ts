import { type CorpusStats, seenAsAWord } from "./corpus-stats";

/**
 * Korean particles (josa), written onto the noun they follow: 카드가, 카드를, 카드는 are all "card".
 * Longest first, so that 에서 is tried before 서 would be, were it listed.
 */
const PARTICLES = [
  "에서는",
  "으로는",
  "에게서",
  "까지",
  "부터",
  "에서",
  "에게",
  "한테",
  "으로",
  "께서",
  "이랑",
  "처럼",
  "보다",
  "만큼",
  "이나",
  "은",
  "는",
  "이",
  "가",
  "을",
  "를",
  "의",
  "에",
  "로",
  "와",
  "과",
  "도",
  "만",
  "랑",
];

/**
 * A Korean word without its particle, on the batch's evidence, as Hebrew prefixes are: the rest
 * occurs twice on its own, or once and with another particle too (카드 beside 카드가 and 카드를).
 * Many nouns end in a syllable that is also a particle (고양이 "cat", 마을 "village"): without
 * evidence nothing is cut, and 고양 never occurs on its own to cut 고양이 to.
 */
export function stripKoreanParticle(word: string, corpus: CorpusStats | undefined): string {
  if (!corpus) return word;
  for (const particle of PARTICLES) {
    if (!word.endsWith(particle) || word.length - particle.length < 1) continue;
    const rest = word.slice(0, -particle.length);
    if (seenAsAWord(corpus, rest, () => PARTICLES.filter((p) => p !== particle).map((p) => rest + p)))
      return rest;
  }
  return word;
}
