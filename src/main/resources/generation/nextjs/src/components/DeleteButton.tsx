"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { words } from "@/lib/words";

/** Deletes a record through the API, then returns to the list. */
export default function DeleteButton({ url, redirectTo }: { url: string; redirectTo: string }) {
  const router = useRouter();
  const [error, setError] = useState("");

  async function onClick() {
    if (!window.confirm(words.confirmDelete)) return;
    const response = await fetch(url, { method: "DELETE" });
    if (!response.ok) {
      // The API says why in words when it can ("This recipe still has ingredients: delete them first").
      const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
      setError(typeof body?.error === "string" ? body.error : words.couldNotDelete(response.status));
      return;
    }
    router.push(redirectTo);
    router.refresh();
  }

  return (
    <>
      <button type="button" className="danger" onClick={onClick}>
        {words.delete}
      </button>
      {error && <p className="field-error">{error}</p>}
    </>
  );
}
