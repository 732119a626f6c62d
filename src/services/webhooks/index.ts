import type { Provider } from "../../db/schema";
import { freshdesk } from "./freshdesk";
import { intercom } from "./intercom";
import { mentions } from "./mentions";
import type { ProviderAdapter } from "./types";
import { zendesk } from "./zendesk";

/** Each provider's signature check and payload mapping, both pure. */
export const PROVIDER_ADAPTERS: Record<Provider, ProviderAdapter> = {
  zendesk,
  intercom,
  freshdesk,
  mentions,
};
