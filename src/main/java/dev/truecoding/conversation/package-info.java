/**
 * Conversations with the assistant, one per phase of a project (the seed's Conversation and Message), the chat
 * stream ({@code POST /api/chat}, Server-Sent Events of the seed's ChatStreamEvent), and the review and approval
 * of the plans they produce. Flow: conversation → assistant, plan, project, change (an iteration chat proposes a change).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversations")
package dev.truecoding.conversation;
