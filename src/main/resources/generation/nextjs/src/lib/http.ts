import { z } from "zod";

export type FieldErrors = Record<string, string[]>;

/** A list request: the page, its size, the sort, and optionally a search text and equality filters. */
export type Paging = {
  page: number;
  pageSize: number;
  sort: string;
  order: "asc" | "desc";
  q?: string;
  filters?: Record<string, string>;
};

export const MAX_PAGE_SIZE = 100;

export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(data, { status, headers });
}

/** A page of a list, with its total also in X-Total-Count as GitHub and JSON:API clients expect. */
export function listJson(page: { total: number }): Response {
  return json(page, 200, { "x-total-count": String(page.total) });
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
  page: z.coerce.number().int("Page must be a whole number").min(1, "Page must be 1 or more").default(1),
  pageSize: z.coerce
    .number()
    .int("Page size must be a whole number")
    .min(1, "Page size must be 1 or more")
    .max(MAX_PAGE_SIZE, `Page size must be at most ${MAX_PAGE_SIZE}`)
    .optional(),
  limit: z.coerce
    .number()
    .int("Limit must be a whole number")
    .min(1, "Limit must be 1 or more")
    .max(MAX_PAGE_SIZE, `Limit must be at most ${MAX_PAGE_SIZE}`)
    .optional(),
  order: z.enum(["asc", "desc"], "Order must be asc or desc").optional(),
  q: z.string().trim().max(200, "Search text must be at most 200 characters").optional(),
});

/**
 * Reads a list URL: ?page= with ?pageSize= (or ?limit=), ?sort=field (ascending) or ?sort=-field (descending;
 * ?order=asc|desc also works), ?q= to search the text fields, and ?<field>=value for the given filters.
 * Sort must name one of the sortable fields.
 */
export function parsePaging(
  url: URL,
  sortable: readonly string[],
  filterable: readonly string[] = [],
): { paging: Paging } | { error: Response } {
  const query = Object.fromEntries(url.searchParams);
  const parsed = pagingSchema.safeParse(query);
  if (!parsed.success) return { error: validationError(parsed.error) };
  const { page, pageSize, limit, order, q } = parsed.data;
  const sortParam = query.sort ?? "-createdAt";
  const descending = sortParam.startsWith("-");
  const sort = descending ? sortParam.slice(1) : sortParam;
  if (!sortable.includes(sort)) {
    return { error: badRequest("Validation failed", { sort: [`Sort by one of: ${sortable.join(", ")}`] }) };
  }
  const filters: Record<string, string> = {};
  for (const key of filterable) {
    if (query[key]) filters[key] = query[key];
  }
  return {
    paging: {
      page,
      pageSize: limit ?? pageSize ?? 20,
      sort,
      order: order ?? (descending ? "desc" : "asc"),
      q: q || undefined,
      filters,
    },
  };
}

/** A LIKE pattern that finds `text` anywhere, its own % and _ taken literally. */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** A value the request may not use, found while writing (a related record that is not the caller's): a 400. */
export class FieldProblem extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
  }
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
 * Whether a delete failed because other records still point at this one: 23001 from an ON DELETE RESTRICT key,
 * 23503 from one that checks at the end of the statement (NO ACTION).
 */
export function isStillReferenced(error: unknown): boolean {
  const code = findPgError(error)?.code;
  return code === "23001" || code === "23503";
}

/**
 * Runs a write and turns a unique or foreign-key violation (or a {@link FieldProblem}) into a response that
 * names the field, using the constraint names the migrations gave (constraint name → field).
 */
export async function withConstraints(fields: Record<string, string>, write: () => Promise<Response>): Promise<Response> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof FieldProblem) return badRequest("Validation failed", { [error.field]: [error.message] });
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
