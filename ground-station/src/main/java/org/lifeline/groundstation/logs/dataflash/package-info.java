/**
 * ArduPilot DataFlash ({@code .bin}) logs, the autopilot's own record of a flight, read with the
 * formats the file itself declares: FMT records define each message's name, field types and
 * labels; FMTU, UNIT and MULT attach units and multipliers. No message table is built in, so logs
 * of any firmware version read alike. Streaming in constant memory; damaged stretches are skipped
 * (resynchronising on the next message header that is followed by another) and reported in a
 * {@link org.lifeline.groundstation.logs.dataflash.DataflashSummary}, never thrown.
 */
package org.lifeline.groundstation.logs.dataflash;
