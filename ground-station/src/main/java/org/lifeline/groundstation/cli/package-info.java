/**
 * The pilot's command line ({@code lifeline ...}): picocli commands that parse arguments,
 * call the capability packages and print results. No protocol or planning logic lives here.
 * Exit codes: 0 success, 1 the operation failed (vehicle refused, transfer failed, no route),
 * 2 bad usage or bad input file, 3 no vehicle / link problem.
 */
package org.lifeline.groundstation.cli;
