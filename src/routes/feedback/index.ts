import type { Router } from "../common";
import { registerBatchFeedback } from "./batch";
import { registerCreateFeedback } from "./create";
import { registerGetFeedback } from "./get";
import { registerListFeedback } from "./list";
import { registerPutTags } from "./put-tags";

export function registerFeedbackRoutes(app: Router) {
  registerCreateFeedback(app);
  registerBatchFeedback(app);
  registerListFeedback(app);
  registerGetFeedback(app);
  registerPutTags(app);
}
