package netspec.catalog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The heading a step class's steps appear under in {@code docs/steps.md}, e.g. {@code @Topic("Bridges")}.
 * Without it the class's simple name minus "Steps" is used, split into words ({@code BridgeVlanSteps} -> "Bridge vlan").
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Topic {
    String value();
}
