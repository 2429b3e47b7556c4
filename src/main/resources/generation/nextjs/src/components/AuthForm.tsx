"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { words } from "@/lib/words";

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
      const result = (await response.json().catch(() => ({}))) as { code?: string };
      setMessage(failure(mode, result.code));
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
    else setMessage(words.account.couldNotSignIn);
  }

  const query = next === "/" ? "" : `?next=${encodeURIComponent(next)}`;
  return (
    <>
      <form className="record-form" onSubmit={onSubmit}>
        {mode === "sign-up" && (
          <label>
            {words.account.name} <span className="required" aria-hidden="true">*</span>
            <input name="name" autoComplete="name" required maxLength={100} />
          </label>
        )}
        <label>
          {words.account.email} <span className="required" aria-hidden="true">*</span>
          <input name="email" type="email" autoComplete="email" required />
        </label>
        <label>
          {words.account.password} <span className="required" aria-hidden="true">*</span>
          <input
            name="password"
            type="password"
            autoComplete={mode === "sign-in" ? "current-password" : "new-password"}
            required
            minLength={8}
          />
          {mode === "sign-up" && <span className="muted">{words.account.atLeast(8)}</span>}
        </label>
        {message && <p className="form-error">{message}</p>}
        <div className="toolbar">
          <button type="submit" disabled={busy}>
            {busy ? words.account.pleaseWait : mode === "sign-in" ? words.account.signIn : words.account.createAccount}
          </button>
          {providers.map((provider) => (
            <button key={provider.id} type="button" className="secondary" onClick={() => withProvider(provider.id)}>
              {words.account.continueWith(provider.label)}
            </button>
          ))}
        </div>
      </form>
      <p className="muted">
        {mode === "sign-in" ? (
          <>
            {words.account.noAccountYet} <Link href={`/sign-up${query}`}>{words.account.createOne}</Link>
          </>
        ) : (
          <>
            {words.account.alreadyHaveOne} <Link href={`/sign-in${query}`}>{words.account.signIn}</Link>
          </>
        )}
      </p>
    </>
  );
}

/**
 * What went wrong, in the app's words: Better Auth's own messages are English, so only its error code is read
 * (a wrong password and an email already taken are worth telling apart; anything else says it did not work).
 */
function failure(mode: "sign-in" | "sign-up", code: string | undefined) {
  if (mode === "sign-in") return code === "INVALID_EMAIL_OR_PASSWORD" ? words.account.wrongEmailOrPassword : words.account.couldNotSignIn;
  return code?.startsWith("USER_ALREADY_EXISTS") ? words.account.emailTaken : words.account.couldNotCreate;
}
