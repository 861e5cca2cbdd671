/**
 * What a sortie will fly, before anything is uploaded: {@link
 * org.lifeline.groundstation.dispatch.preview.SortiePlans} finds a sortie's {@code .plan} from
 * the store, and {@link org.lifeline.groundstation.dispatch.preview.PlanPreviews} turns it into
 * the route, the fence, the altitude profile and the energy against the drone's battery and
 * reserve — the same {@code EnergyEstimator} as {@code lifeline plan}, run on the mission
 * items that would be uploaded.
 */
package org.lifeline.groundstation.dispatch.preview;
