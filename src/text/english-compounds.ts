import { stemEnglish } from "./english";

/**
 * Verb + particle compounds that customers write open, hyphenated and closed alike: "top up",
 * "top-up" and "topup"; "log in" and "login"; "set up" and "setup". Apart, the particle is a
 * stopword and the verb alone names the problem ("top", "log", "set"): labels read "top / pending"
 * and the closed spelling is another term. Together they are one word, in any tense of the verb
 * ("topped up", "signing in") and with the particle's plural ("top-ups"). Only pairs whose open
 * form is hardly ever anything else: "check in the app" and "add on my card" are not compounds.
 */
const COMPOUNDS = [
  "top up",
  "log in",
  "log out",
  "sign in",
  "sign up",
  "sign out",
  "set up",
  "check out",
  "cash back",
  "charge back",
  "pay out",
  "pick up",
  "back up",
  "follow up",
  "opt in",
  "opt out",
  "cut off",
  "shut down",
  "break down",
  "drop off",
  "pop up",
  "plug in",
  "work around",
  "print out",
];

const PARTICLES = new Set(COMPOUNDS.map((compound) => compound.split(" ")[1] as string));
let byStemAndParticle: ReadonlyMap<string, string> | undefined;

/**
 * The closed form of `word particle` when the two make one of the compounds ("topped", "up" →
 * "topup"); undefined otherwise. Both lowercase.
 */
export function englishCompound(word: string, particle: string | undefined): string | undefined {
  if (particle === undefined) return undefined;
  const bare = particle.endsWith("s") ? particle.slice(0, -1) : particle;
  if (!PARTICLES.has(bare)) return undefined;
  byStemAndParticle ??= new Map(
    COMPOUNDS.map((compound) => {
      const [verb, part] = compound.split(" ") as [string, string];
      return [`${stemEnglish(verb)} ${part}`, verb + part];
    }),
  );
  return byStemAndParticle.get(`${stemEnglish(word)} ${bare}`);
}
