"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Deletes a record through the API, then returns to the list. */
export default function DeleteButton({ url, redirectTo }: { url: string; redirectTo: string }) {
  const router = useRouter();
  const [error, setError] = useState("");

  async function onClick() {
    if (!window.confirm("Delete this record?")) return;
    const response = await fetch(url, { method: "DELETE" });
    if (!response.ok) {
      setError(`Could not delete (HTTP ${response.status})`);
      return;
    }
    router.push(redirectTo);
    router.refresh();
  }

  return (
    <>
      <button type="button" className="danger" onClick={onClick}>
        Delete
      </button>
      {error && <p className="field-error">{error}</p>}
    </>
  );
}
