import { asc, eq } from "drizzle-orm";
import { type TeamRow, teams } from "../../db/schema/teams";
import type { Database } from "../../db/types";
import { AppError } from "../../lib/errors";
import { isUuid, uuidv7 } from "../../lib/ids";

export interface TeamInput {
  name: string;
  slackChannel: string;
  tags?: string[] | undefined;
  painPointIds?: string[] | undefined;
}

export interface Team {
  id: string;
  name: string;
  slackChannel: string;
  tags: string[];
  painPointIds: string[];
  createdAt: string;
  updatedAt: string;
}

export function toTeam(row: TeamRow): Team {
  return {
    id: row.id,
    name: row.name,
    slackChannel: row.slackChannel,
    tags: row.tags,
    painPointIds: row.painPointIds,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const unique = (values: string[] | undefined) => [...new Set(values ?? [])].sort();

function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "23505") return true;
  }
  return false;
}

async function guardName<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", `a team named "${name}" already exists`);
    throw error;
  }
}

export async function listTeams(db: Database): Promise<Team[]> {
  return (await db.select().from(teams).orderBy(asc(teams.name))).map(toTeam);
}

export async function getTeam(db: Database, id: string): Promise<Team> {
  if (!isUuid(id)) throw new AppError("not_found", `no team with id ${id}`);
  const [row] = await db.select().from(teams).where(eq(teams.id, id));
  if (!row) throw new AppError("not_found", `no team with id ${id}`);
  return toTeam(row);
}

export async function createTeam(db: Database, input: TeamInput): Promise<Team> {
  const values = {
    id: uuidv7(),
    name: input.name,
    slackChannel: input.slackChannel,
    tags: unique(input.tags),
    painPointIds: unique(input.painPointIds),
  };
  const [row] = await guardName(input.name, () => db.insert(teams).values(values).returning());
  if (!row) throw new Error("insert returned no row");
  return toTeam(row);
}

/** Replaces a team's definition (PUT semantics: absent lists become empty). */
export async function updateTeam(db: Database, id: string, input: TeamInput): Promise<Team> {
  if (!isUuid(id)) throw new AppError("not_found", `no team with id ${id}`);
  const [row] = await guardName(input.name, () =>
    db
      .update(teams)
      .set({
        name: input.name,
        slackChannel: input.slackChannel,
        tags: unique(input.tags),
        painPointIds: unique(input.painPointIds),
        updatedAt: new Date(),
      })
      .where(eq(teams.id, id))
      .returning(),
  );
  if (!row) throw new AppError("not_found", `no team with id ${id}`);
  return toTeam(row);
}

export async function deleteTeam(db: Database, id: string): Promise<void> {
  if (!isUuid(id)) throw new AppError("not_found", `no team with id ${id}`);
  const rows = await db.delete(teams).where(eq(teams.id, id)).returning({ id: teams.id });
  if (rows.length === 0) throw new AppError("not_found", `no team with id ${id}`);
}
