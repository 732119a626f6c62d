import type { FeedbackInput } from "../feedback/types";

/** What a provider's verifier sees of a delivery: the headers and the body exactly as received. */
export interface SignedDelivery {
  headers: { get(name: string): string | null };
  body: Uint8Array;
  /** The integration's secret. */
  secret: string;
  now: Date;
}

export type Verification = { ok: true } | { ok: false; reason: string };

/**
 * What a delivery means for the feedback store: an item to store (with, for rating events, the
 * rating to record on an item already stored), an event that carries no feedback, or a relevant event
 * whose payload lacks what the item needs. A ticket without text (an attachment alone) is "ignored",
 * not "invalid": refusing it would only make the helpdesk retry it and, in the end, disable the hook.
 */
export type MappedDelivery =
  | { kind: "feedback"; event: string; item: FeedbackInput }
  | { kind: "ignored"; event: string; reason: string }
  | { kind: "invalid"; event: string; errors: Array<{ path: string; message: string }> };

export interface ProviderAdapter {
  verify(delivery: SignedDelivery): Promise<Verification>;
  /** Pure: the parsed JSON body in, the meaning out. */
  map(payload: unknown): MappedDelivery;
}

/** Signatures older or newer than this are refused, so a captured delivery cannot be replayed later. */
export const REPLAY_WINDOW_MS = 5 * 60 * 1000;

/** The refusal of a signature made more than 5 minutes before or after `now`; undefined when fresh. */
export function staleSignature(now: Date, signedAtMs: number): Verification | undefined {
  if (Math.abs(now.getTime() - signedAtMs) <= REPLAY_WINDOW_MS) return undefined;
  return { ok: false, reason: "the signature timestamp is more than 5 minutes away from now" };
}
