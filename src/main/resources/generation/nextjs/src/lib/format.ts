/**
 * How a stored value reads on a page: dates in ISO form, JSON as text, money with two decimals, an id that names a
 * record by its first 8 characters, empty as a dash.
 */
export function formatValue(value: unknown, kind?: "money" | "id"): string {
  if (value === null || value === undefined || value === "") return "—";
  if (kind === "money" && typeof value === "number") return value.toFixed(2);
  if (kind === "id" && typeof value === "string") return value.slice(0, 8);
  if (value instanceof Date) return value.toISOString().replace("T", " ").slice(0, 16);
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Reads ?page= and ?sort= of a list page, with the same defaults as the API. */
export function listParams(
  searchParams: Record<string, string | string[] | undefined>,
  sortable: readonly string[],
): { page: number; pageSize: number; sort: string; order: "asc" | "desc"; q?: string } {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const page = Math.max(1, Number.parseInt(first(searchParams.page) ?? "1", 10) || 1);
  const sortParam = first(searchParams.sort) ?? "-createdAt";
  const descending = sortParam.startsWith("-");
  const sortName = descending ? sortParam.slice(1) : sortParam;
  const sort = sortable.includes(sortName) ? sortName : "createdAt";
  const order = sortable.includes(sortName) ? (descending ? "desc" : "asc") : "desc";
  const q = first(searchParams.q)?.trim().slice(0, 200) || undefined;
  return { page, pageSize: 20, sort, order, q };
}

/** The list URL for the given state, so search, sort and page stay in the address bar. */
export function listHref(state: { page?: number; sort: string; order: "asc" | "desc"; q?: string }): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (!(state.sort === "createdAt" && state.order === "desc")) {
    params.set("sort", `${state.order === "desc" ? "-" : ""}${state.sort}`);
  }
  if (state.page && state.page > 1) params.set("page", String(state.page));
  const query = params.toString();
  return query ? `?${query}` : "?";
}
