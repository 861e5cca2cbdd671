/**
 * The delivery state machine: which state may follow which, and why every transition needs
 * a reason. Pure rules, no storage; {@code dispatch.store} enforces them durably.
 */
package org.lifeline.groundstation.dispatch.state;
