/**
 * MAVLink framing written here rather than taken from the MAVLink library: a streaming
 * {@link org.lifeline.mavlink.frame.FrameParser} for MAVLink 2 and MAVLink 1 frames that
 * resynchronises after noise without losing the good frame that follows, a
 * {@link org.lifeline.mavlink.frame.FrameWriter} for MAVLink 2, the CRC, and the table of message
 * ids, CRC extras and payload lengths ({@link org.lifeline.mavlink.frame.MessageRegistry}).
 * Only payload (de)serialisation is delegated to the library, behind
 * {@link org.lifeline.mavlink.frame.PayloadCodec}.
 */
package org.lifeline.mavlink.frame;
