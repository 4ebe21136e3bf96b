package fi.virkaprofiili.platform.engine;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The method runs as one engine command: its engine calls share one command context, so that the
 * engine reads each row once (the task a boundary checks is the task it then completes, without
 * reading it again) and writes all it changed when the method returns.
 *
 * <p>Only for methods whose engine calls end with the ones that write, as a task completion does: a
 * query after a write in the same method would not see it yet.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface OneEngineCommand {}
