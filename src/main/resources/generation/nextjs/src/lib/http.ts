import { z } from "zod";

export type FieldErrors = Record<string, string[]>;

export type Paging = { page: number; pageSize: number; sort: string; order: "asc" | "desc" };

export const MAX_PAGE_SIZE = 100;

export function json(data: unknown, status = 200): Response {
  return Response.json(data, { status });
}

export function notFound(what: string): Response {
  return json({ error: `${what} not found` }, 404);
}

export function badRequest(error: string, fieldErrors: FieldErrors = {}, formErrors: string[] = []): Response {
  return json({ error, fieldErrors, formErrors }, 400);
}

export function validationError(error: z.ZodError): Response {
  const flat = z.flattenError(error);
  return badRequest("Validation failed", flat.fieldErrors as FieldErrors, flat.formErrors);
}

/** The request's JSON body, or undefined when it is not JSON (then validation reports it). */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

const idSchema = z.uuid();

/** Ids are UUIDs: anything else cannot name a record, so it is a 404 rather than a database error. */
export function isId(value: string): boolean {
  return idSchema.safeParse(value).success;
}

const pagingSchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
  order: z.enum(["asc", "desc"]).default("desc"),
});

/** Reads ?page=&pageSize=&sort=&order= from a list URL; sort must name one of the sortable fields. */
export function parsePaging(url: URL, sortable: readonly string[]): { paging: Paging } | { error: Response } {
  const query = Object.fromEntries(url.searchParams);
  const parsed = pagingSchema.safeParse(query);
  if (!parsed.success) return { error: validationError(parsed.error) };
  const sort = query.sort ?? "createdAt";
  if (!sortable.includes(sort)) {
    return { error: badRequest("Validation failed", { sort: [`Sort by one of: ${sortable.join(", ")}`] }) };
  }
  return { paging: { ...parsed.data, sort } };
}

type PgError = { code?: string; constraint?: string; cause?: unknown };

function findPgError(error: unknown): PgError | undefined {
  for (let current = error as PgError | undefined, depth = 0; current && depth < 5; depth++) {
    if (typeof current.code === "string" && /^[0-9A-Z]{5}$/.test(current.code)) return current; // a SQLSTATE
    current = current.cause as PgError | undefined;
  }
  return undefined;
}

/**
 * Runs a write and turns a unique or foreign-key violation into a response that names the field,
 * using the constraint names the migrations gave (constraint name → field).
 */
export async function withConstraints(fields: Record<string, string>, write: () => Promise<Response>): Promise<Response> {
  try {
    return await write();
  } catch (error) {
    const pg = findPgError(error);
    const field = pg?.constraint ? fields[pg.constraint] : undefined;
    if (pg?.code === "23505") {
      return json({ error: "Already exists", fieldErrors: field ? { [field]: ["Already taken"] } : {} }, 409);
    }
    if (pg?.code === "23503") {
      return badRequest("Related record not found", field ? { [field]: ["No such record"] } : {});
    }
    throw error;
  }
}
