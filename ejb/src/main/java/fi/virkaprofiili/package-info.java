/**
 * Virkaprofiili: the life of a public organisation's official social media profiles.
 *
 * <p>Packages are business components ({@code proposal}, {@code decision}, {@code registry}, {@code
 * worklist}, ...), each layered into {@code boundary} (the only entry points, called from the web
 * module, REST and process delegates), {@code control} and {@code entity}. {@code platform} holds
 * what every component stands on: database migration, the process engine, identity and health; the
 * kernels {@code profile} and {@code task} hold what every step shares; {@code lifecycle}, the
 * process delegates, is the top. Which may use which, and the tests that keep it so:
 * docs/architecture.md.
 */
package fi.virkaprofiili;
