package dev.truecoding.project;

import dev.truecoding.account.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects", description = "Your projects: create, list, rename, delete")
class ProjectApiController {

    private final ProjectService projects;

    ProjectApiController(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping
    @Operation(summary = "Your projects, most recently updated first, with their deployment counts")
    List<ProjectSummary> list(SignedInUser user) {
        return projects.list(user.id());
    }

    @PostMapping
    @Operation(summary = "Create a project; it starts in IDEATION (Discovery)")
    ResponseEntity<Project> create(SignedInUser user, @Valid @RequestBody ProjectName request) {
        Project project = projects.create(user.id(), request.clean());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(project.id()).toUri();
        return ResponseEntity.created(location).body(project);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One project with its plans")
    Project get(SignedInUser user, @PathVariable String id) {
        return projects.get(user.id(), id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Rename a project")
    Project rename(SignedInUser user, @PathVariable String id, @Valid @RequestBody ProjectName request) {
        return projects.rename(user.id(), id, request.clean());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a project with its conversations, files and deployments")
    void delete(SignedInUser user, @PathVariable String id) {
        projects.delete(user.id(), id);
    }
}
