/**
 * Error messages in words for the validation schemas: "Title is required", "Servings must be a whole number",
 * instead of zod's "Invalid input: expected string, received null".
 */
export function says(label: string, expected: string) {
  return {
    error: (issue: { code?: string; input?: unknown }) =>
      issue.input === undefined || issue.input === null || issue.input === ""
        ? `${label} is required`
        : issue.code === "too_big"
          ? `${label} is too large`
          : issue.code === "too_small"
            ? `${label} is too small`
            : `${label} must be ${expected}`,
  };
}
