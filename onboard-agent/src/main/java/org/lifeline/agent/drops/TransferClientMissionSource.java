package org.lifeline.agent.drops;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionType;
import org.lifeline.mission.transfer.MissionTransferClient;
import org.lifeline.mission.transfer.TransferResult;

/** Reads the mission with the mission-transfer engine's download (MISSION_REQUEST_LIST → … → MISSION_ACK). */
public final class TransferClientMissionSource implements MissionSource {

    private final MissionTransferClient client;

    public TransferClientMissionSource(MissionTransferClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<List<MissionItem>> readMission() {
        return client.download(MissionType.MISSION).thenCompose(TransferClientMissionSource::items);
    }

    private static CompletableFuture<List<MissionItem>> items(TransferResult r) {
        if (r.isSuccess() && r.downloadedPlan().isPresent()) {
            return CompletableFuture.completedFuture(r.downloadedPlan().get().items());
        }
        return CompletableFuture.failedFuture(new IOException(r.toString()));
    }
}
