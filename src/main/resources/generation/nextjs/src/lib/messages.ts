import { words } from "@/lib/words";

/**
 * Error messages in words for the validation schemas: "Title is required", "Servings must be a whole number",
 * instead of zod's "Invalid input: expected string, received null".
 */
export function says(label: string, expected: string) {
  return {
    error: (issue: { code?: string; input?: unknown }) =>
      issue.input === undefined || issue.input === null || issue.input === ""
        ? words.isRequired(label)
        : issue.code === "too_big"
          ? words.tooLarge(label)
          : issue.code === "too_small"
            ? words.tooSmall(label)
            : words.mustBe(label, expected),
  };
}
