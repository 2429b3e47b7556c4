/**
 * The code writer's internals: which files the model is shown and may write ({@code FilePolicy}), the prompts,
 * reading its answer and applying it to the app.
 */
package dev.truecoding.generation.writer;
