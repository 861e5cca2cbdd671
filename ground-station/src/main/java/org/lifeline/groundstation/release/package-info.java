/**
 * One release path per airframe, checked on the ground before a flight: the vehicle file says
 * whether the onboard agent or the autopilot's gripper lets each parcel go
 * ({@link org.lifeline.groundstation.planning.vehicle.VehicleProfile#releaseOwner()}); the mission
 * marks the drops for that owner; and before upload or start the autopilot's gripper parameters
 * are read ({@link GripperParameters}) to refuse a flight in which the autopilot would release by
 * itself as well ({@link ReleasePathCheck}).
 */
package org.lifeline.groundstation.release;
