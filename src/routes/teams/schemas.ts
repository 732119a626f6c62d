import { z } from "@hono/zod-openapi";
import { isUuid } from "../../lib/ids";
import { CleanString, Tag } from "../feedback/schemas";

export const TeamInput = z
  .object({
    name: CleanString.pipe(z.string().trim().min(1).max(100)),
    slackChannel: z
      .string()
      .regex(
        /^(#[a-z0-9][a-z0-9._-]{0,79}|[CGD][A-Z0-9]{6,20})$/,
        "must be a channel id (C0123ABCD) or #name",
      )
      .openapi({ example: "#team-cards" }),
    tags: z
      .array(Tag)
      .max(100)
      .default([])
      .openapi({ description: "Feedback with any of these tags routes here" }),
    painPointIds: z
      .array(z.string().refine(isUuid, "must be a pain point id"))
      .max(500)
      .default([])
      .openapi({ description: "Pain points this team owns" }),
  })
  .openapi("TeamInput");
export type TeamInput = z.infer<typeof TeamInput>;

export const Team = z
  .object({
    id: z.string(),
    name: z.string(),
    slackChannel: z.string(),
    tags: z.array(z.string()),
    painPointIds: z.array(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Team");

export const TeamIdParam = z.object({ id: z.string().openapi({ param: { name: "id", in: "path" } }) });
