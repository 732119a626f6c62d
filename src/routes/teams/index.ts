import type { Router } from "../common";
import { registerCreateTeam } from "./create";
import { registerDeleteTeam } from "./delete";
import { registerGetTeam } from "./get";
import { registerListTeams } from "./list";
import { registerPutTeam } from "./put";

export function registerTeamRoutes(app: Router) {
  registerListTeams(app);
  registerCreateTeam(app);
  registerGetTeam(app);
  registerPutTeam(app);
  registerDeleteTeam(app);
}
