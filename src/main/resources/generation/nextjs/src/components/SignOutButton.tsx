"use client";

import { useRouter } from "next/navigation";
import { words } from "@/lib/words";

export default function SignOutButton() {
  const router = useRouter();
  async function signOut() {
    await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    router.push("/");
    router.refresh();
  }
  return (
    <button type="button" className="link" onClick={signOut}>
      {words.account.signOut}
    </button>
  );
}
