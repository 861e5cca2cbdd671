/**
 * Knowing the drops: which mission items are parcel drops ({@link org.lifeline.agent.drops.DropFinder}),
 * reading the mission again whenever it may have changed ({@link org.lifeline.agent.drops.MissionWatcher}
 * over a {@link org.lifeline.agent.drops.MissionSource}), and reconciling the mission with the drop
 * plans the ground station sends ({@link org.lifeline.agent.drops.DropBook}), reporting every
 * disagreement.
 */
package org.lifeline.agent.drops;
