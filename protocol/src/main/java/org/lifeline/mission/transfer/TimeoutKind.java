package org.lifeline.mission.transfer;

/** Which spec timeout bounds a wait: a command's answer (1500 ms) or a requested item (250 ms). */
public enum TimeoutKind {
    COMMAND,
    ITEM
}
