package netspec.mutation;

import io.cucumber.core.backend.ObjectFactory;
import io.cucumber.picocontainer.PicoFactory;

/**
 * The mutant run's object factory: PicoContainer's, as in the normal run, and in addition the running scenario's
 * glue objects reachable from its own thread, so that {@link ChangedSteps} can call a step definition on the
 * very objects (sandbox, captures, counters) the scenario's other steps use. Chosen with
 * {@code cucumber.object-factory} in {@code RunMutantsIT}; its SPI entry is on the mutation run's classpath only
 * ({@code src/test/mutation-spi}), since two factories on the classpath of a run that names none fail it.
 */
public final class ScenarioObjects implements ObjectFactory {

    private static final ThreadLocal<ScenarioObjects> CURRENT = new ThreadLocal<>();

    private final PicoFactory pico = new PicoFactory();

    /** The objects of the scenario running on this thread. */
    static ScenarioObjects current() {
        ScenarioObjects objects = CURRENT.get();
        if (objects == null) {
            throw new IllegalStateException("no scenario runs on this thread with " + ScenarioObjects.class.getName()
                    + " as its object factory (RunMutantsIT sets cucumber.object-factory)");
        }
        return objects;
    }

    @Override
    public void start() {
        pico.start();
        CURRENT.set(this);
    }

    @Override
    public void stop() {
        CURRENT.remove();
        pico.stop();
    }

    @Override
    public boolean addClass(Class<?> glueClass) {
        return pico.addClass(glueClass);
    }

    @Override
    public <T> T getInstance(Class<T> glueClass) {
        return pico.getInstance(glueClass);
    }
}
