// Helpers of the generated forms: read FormData into the JSON the API validates, and back.

export type Option = { id: string; label: string | null };

export type FieldErrors = Record<string, string[] | undefined>;

/** Text as typed, or null when empty so optional fields are stored empty rather than as "". */
export function readText(form: FormData, name: string): string | null {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

/** A number, or the text itself when it is not one, so the API answers with a field error. */
export function readNumber(form: FormData, name: string): number | string | null {
  const text = readText(form, name);
  if (text === null) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : text;
}

export function readCheckbox(form: FormData, name: string): boolean {
  return form.get(name) === "on";
}

/** A datetime-local input holds local time without a zone: send it as an ISO instant. */
export function readDateTime(form: FormData, name: string): string | null {
  const text = readText(form, name);
  if (text === null) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

/** JSON typed in a textarea; invalid JSON throws a message the form shows on the field. */
export function readJsonText(form: FormData, name: string): unknown {
  const text = readText(form, name);
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new FieldInputError(name, "Not valid JSON");
  }
}

export class FieldInputError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

/** A stored value as the default value of a form control of the given type. */
export function toInputValue(value: unknown, control: string): string {
  if (value === null || value === undefined) return "";
  if (control === "datetime-local") {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) return "";
    const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
    return local.toISOString().slice(0, 16);
  }
  if (control === "json") return JSON.stringify(value, null, 2);
  return String(value);
}

/** Sends the form's JSON to the API; resolves to the saved record or to the API's field errors. */
export async function submitJson(
  url: string,
  method: "POST" | "PUT",
  body: unknown,
): Promise<{ ok: true; id: string } | { ok: false; error: string; fieldErrors: FieldErrors }> {
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const result = (await response.json().catch(() => ({}))) as { id?: string; error?: string; fieldErrors?: FieldErrors };
  if (response.ok && result.id) return { ok: true, id: result.id };
  const fieldErrors = result.fieldErrors ?? {};
  const error = Object.keys(fieldErrors).length
    ? "Please correct the fields marked below."
    : (result.error ?? `Could not save (HTTP ${response.status})`);
  return { ok: false, error, fieldErrors };
}
