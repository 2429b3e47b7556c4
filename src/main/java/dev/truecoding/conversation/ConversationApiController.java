package dev.truecoding.conversation;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.project.ProjectService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/projects/{id}")
@Tag(name = "Conversations", description = "The chat history of a project")
class ConversationApiController {

    private final ProjectService projects;
    private final ConversationRepository conversations;

    ConversationApiController(ProjectService projects, ConversationRepository conversations) {
        this.projects = projects;
        this.conversations = conversations;
    }

    @GetMapping("/conversations")
    @Operation(summary = "The project's conversations with their messages, oldest first")
    List<Conversation> conversations(SignedInUser user, @PathVariable String id) {
        projects.get(user.id(), id);
        return conversations.findWithMessages(id);
    }
}
