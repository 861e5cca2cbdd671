/**
 * Payload release, the safety-critical part of the onboard agent. A parcel leaves the drone
 * only when every {@link org.lifeline.agent.release.Interlock} holds at that instant; a refusal
 * names each interlock that failed and why. Releases are recorded durably in a
 * {@link org.lifeline.agent.release.ReleaseJournal} before and after the actuator moves, so a
 * restart never releases the same parcel twice.
 */
package org.lifeline.agent.release;
