import type { Role } from "./db/schema";
import type { Database } from "./db/types";
import type { Logger } from "./lib/logger";
import type { FeedbackWriter } from "./services/feedback/write";
import type { KeyVerifier } from "./services/keys/verify";

/** What a request carries through the middleware chain. */
export interface AppVariables {
  requestId: string;
  db: Database;
  writeFeedback: FeedbackWriter;
  keys: KeyVerifier;
  apiKey: { id: string; role: Role } | undefined;
  log: Logger;
}

export interface AppEnv {
  Variables: AppVariables;
  // Workers bindings (DATABASE_URL, HYPERDRIVE); empty on Node.
  Bindings: Record<string, unknown>;
}
