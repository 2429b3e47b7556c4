/**
 * The person's Vercel: connecting an account (Vercel integration OAuth flow, or a pasted access token, either with a
 * team), its token encrypted at rest with {@link dev.truecoding.connection.TokenCipher}, and
 * {@link dev.truecoding.vercel.VercelDeployments}, which links a Vercel project to a GitHub repository, sets its
 * environment variables, deploys a commit and follows the build to READY or ERROR. Everything else here is
 * package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vercel")
package dev.truecoding.vercel;
