/**
 * A small application that breaks each rule of {@link fi.virkaprofiili.architecture.ComponentRules}
 * on purpose, once: {@code alpha} and {@code beta} reach each other, an entity of {@code alpha}
 * reaches its control, the platform and the profile kernel reach {@code alpha}, and {@code alpha}
 * reaches the lifecycle. Test code, so the application's own architecture test never sees it.
 */
package fi.virkaprofiili.architecture.broken;
