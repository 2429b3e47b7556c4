import AuthForm from "@/components/AuthForm";
import { socialProviders } from "@/lib/auth";
import { safeNext } from "@/lib/session";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LABELS: Record<string, string> = { github: "GitHub", google: "Google" };

export default async function SignUpPage({ searchParams }: Props) {
  const next = safeNext((await searchParams).next);
  const providers = Object.keys(socialProviders()).map((id) => ({ id, label: LABELS[id] ?? id }));
  return (
    <>
      <h1>Create an account</h1>
      <AuthForm mode="sign-up" next={next} providers={providers} />
    </>
  );
}
