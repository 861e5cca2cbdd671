package org.lifeline.agent.drops;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.lifeline.mission.MissionItem;

/**
 * Where the mission on the vehicle is read from (the mission protocol's download, sequence =
 * index, item 0 = home). The future fails with a message when the read did not succeed.
 */
public interface MissionSource {

    CompletableFuture<List<MissionItem>> readMission();
}
