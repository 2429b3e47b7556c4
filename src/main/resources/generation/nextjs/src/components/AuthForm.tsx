"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

type Props = { mode: "sign-in" | "sign-up"; next: string; providers: { id: string; label: string }[] };

/** Signs in or creates an account with email and password through the app's /api/auth endpoints. */
export default function AuthForm({ mode, next, providers }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body =
      mode === "sign-up"
        ? { name: String(form.get("name") ?? "").trim(), email: form.get("email"), password: form.get("password") }
        : { email: form.get("email"), password: form.get("password") };
    setBusy(true);
    const response = await fetch(`/api/auth/${mode}/email`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    setBusy(false);
    if (!response.ok) {
      const result = (await response.json().catch(() => ({}))) as { message?: string };
      setMessage(result.message ?? (mode === "sign-in" ? "Could not sign in" : "Could not create the account"));
      return;
    }
    router.push(next);
    router.refresh();
  }

  async function withProvider(provider: string) {
    const response = await fetch("/api/auth/sign-in/social", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ provider, callbackURL: next }),
    });
    const result = (await response.json().catch(() => ({}))) as { url?: string; message?: string };
    if (result.url) window.location.href = result.url;
    else setMessage(result.message ?? "Could not sign in");
  }

  const query = next === "/" ? "" : `?next=${encodeURIComponent(next)}`;
  return (
    <>
      <form className="record-form" onSubmit={onSubmit}>
        {mode === "sign-up" && (
          <label>
            Name <span className="required" aria-hidden="true">*</span>
            <input name="name" autoComplete="name" required maxLength={100} />
          </label>
        )}
        <label>
          Email <span className="required" aria-hidden="true">*</span>
          <input name="email" type="email" autoComplete="email" required />
        </label>
        <label>
          Password <span className="required" aria-hidden="true">*</span>
          <input
            name="password"
            type="password"
            autoComplete={mode === "sign-in" ? "current-password" : "new-password"}
            required
            minLength={8}
          />
          {mode === "sign-up" && <span className="muted">At least 8 characters.</span>}
        </label>
        {message && <p className="form-error">{message}</p>}
        <div className="toolbar">
          <button type="submit" disabled={busy}>
            {busy ? "Please wait…" : mode === "sign-in" ? "Sign in" : "Create account"}
          </button>
          {providers.map((provider) => (
            <button key={provider.id} type="button" className="secondary" onClick={() => withProvider(provider.id)}>
              Continue with {provider.label}
            </button>
          ))}
        </div>
      </form>
      <p className="muted">
        {mode === "sign-in" ? (
          <>
            No account yet? <Link href={`/sign-up${query}`}>Create one</Link>
          </>
        ) : (
          <>
            Already have an account? <Link href={`/sign-in${query}`}>Sign in</Link>
          </>
        )}
      </p>
    </>
  );
}
