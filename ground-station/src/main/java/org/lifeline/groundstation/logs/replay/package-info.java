/**
 * Replay: a recorded {@code .tlog} served as a live vehicle. {@link org.lifeline.groundstation.logs.replay.RecordedLog}
 * reads the log once (time span, seek points, the vehicle's ids, the mission, fence and rally and
 * the parameters it recorded); {@link org.lifeline.groundstation.logs.replay.Playback} re-emits the
 * vehicle's frames byte for byte at the recorded pace times a speed, with pause and seek, on an
 * injected {@link org.lifeline.time.Scheduler}; {@link org.lifeline.groundstation.logs.replay.Responder}
 * answers the attached ground station from the log as the vehicle would (mission download,
 * parameters, requested messages) and politely refuses everything a replay cannot do (commands,
 * uploads, parameter changes); {@link org.lifeline.groundstation.logs.replay.ReplayControls} turns
 * terminal lines into pause, speed and seek.
 */
package org.lifeline.groundstation.logs.replay;
