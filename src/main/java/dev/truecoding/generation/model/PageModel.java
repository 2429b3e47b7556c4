package dev.truecoding.generation.model;

import java.util.List;

/**
 * A page of the plan that is not one of the generated entity pages: it gets its own route with the plan's
 * description, its components listed as not implemented, and the latest records of the entities it relates to.
 *
 * @param directory the folder under src/app ("dashboard", "projects/[id]/settings")
 * @param params    dynamic segments of the path, in order
 */
public record PageModel(String name, String path, String directory, String description, List<String> params,
                        List<String> components, List<EntityModel> related, String functionName) {

    public String nameJs() {
        return Js.string(name);
    }

    public String descriptionJs() {
        return Js.string(description);
    }

    public List<String> componentsJs() {
        return components.stream().map(Js::string).toList();
    }

    public boolean hasParams() {
        return !params.isEmpty();
    }

    /** The params type of the page: {@code { id: string; id2: string }}. */
    public String paramsType() {
        return "{ " + String.join("; ", params.stream().map(param -> param + ": string").toList()) + " }";
    }

    public boolean hasComponents() {
        return !components.isEmpty();
    }
}
