/**
 * The assistant port: a conversation partner that interviews a person and writes their plans. The guided
 * assistant (no network, deterministic) is the default; Anthropic, OpenAI-compatible servers and Ollama plug in
 * by configuration. Providers live in sub-packages; other modules see only this package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assistant")
package dev.truecoding.assistant;
