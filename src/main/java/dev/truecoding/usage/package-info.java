/**
 * What the AI models cost: every request to a model (a chat reply, a code writer's write or fix) is one row of
 * {@code model_usage} (V22) with its tokens in and out and the model; {@link dev.truecoding.usage.Prices} turns
 * tokens into an estimated cost from the price table in settings ({@code truecoding.ai.prices.<model>}), and
 * {@link dev.truecoding.usage.UsageText} says both in the person's language and number format. A model without a
 * price shows its tokens and "cost unknown", never a made-up figure. Depends on nothing but {@code system}, so
 * conversations, generation and the project page can all use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Model usage and cost", allowedDependencies = "system")
package dev.truecoding.usage;
