/**
 * Time as an injected dependency. Protocol state machines ask a {@link org.lifeline.time.Scheduler}
 * for the time and for timers, so tests drive them with a {@link org.lifeline.time.ManualScheduler}
 * (advance fake time, no sleeps) and production uses {@link org.lifeline.time.SystemScheduler}.
 */
package org.lifeline.time;
