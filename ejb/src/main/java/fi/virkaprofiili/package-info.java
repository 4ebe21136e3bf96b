/**
 * Virkaprofiili: the life of a public organisation's official social media profiles.
 *
 * <p>Packages are business components ({@code proposal}, {@code decision}, {@code registry}, {@code
 * worklist}, ...), each layered into {@code boundary} (the only entry points, called from the web
 * module, REST and process delegates) and {@code entity}. {@code platform} holds what every
 * component stands on: database migration, the process engine, identity and health.
 */
package fi.virkaprofiili;
