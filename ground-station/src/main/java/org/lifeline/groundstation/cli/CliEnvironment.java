package org.lifeline.groundstation.cli;

import org.lifeline.groundstation.session.SessionOpener;
import picocli.CommandLine;

import java.lang.reflect.Constructor;
import java.time.Clock;

/**
 * What the commands get from outside: how sessions are opened (a real link in production, an
 * in-process vehicle in tests) and the wall clock that names tlog files. Handed to every
 * command class that has a constructor taking it, by picocli's factory.
 */
record CliEnvironment(SessionOpener opener, Clock clock) {

    /** A picocli factory that passes this environment to command constructors that accept it. */
    CommandLine.IFactory factory() {
        CommandLine.IFactory fallback = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                for (Constructor<?> c : cls.getDeclaredConstructors()) {
                    if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliEnvironment.class) {
                        c.setAccessible(true);
                        return cls.cast(c.newInstance(CliEnvironment.this));
                    }
                }
                return fallback.create(cls);
            }
        };
    }
}
