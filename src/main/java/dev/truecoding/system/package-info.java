/**
 * Cross-cutting infrastructure no feature owns: the data directory, database connection from
 * {@code DATABASE_URL}, ids, JSON columns, the page layout and the API's problem details.
 * An open module: every feature may use it; it uses no feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.truecoding.system;
