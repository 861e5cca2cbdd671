package org.lifeline.command;

import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.Scheduler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;

/**
 * Sends MAVLink commands and reports how each ended, as a {@link CompletableFuture} that always
 * completes normally with a {@link CommandResult} (protocol outcomes are results, not exceptions).
 *
 * <p><b>One command of a given id per target at a time, queued.</b> COMMAND_ACK names only the
 * command id, so two commands with the same id to the same component could not be told apart.
 * A second command with the same (target system, target component, command id) waits in a FIFO
 * queue and is sent when the first ends; commands with different ids run concurrently. Queueing
 * (rather than rejecting) keeps callers simple: a pilot pressing "arm" twice gets two answers.
 *
 * <p>Thread-safety: messages arrive on the link's reader thread and timers fire on the
 * scheduler's thread; both take one lock. Futures are completed and progress listeners called
 * after that lock is released, so callers may chain further commands from their callbacks.
 */
public final class CommandClient implements AutoCloseable {

    private record Key(int system, int component, int command) {
        static Key of(CommandRequest r) {
            return new Key(r.targetSystem(), r.targetComponent(), r.command());
        }
    }

    private record Pending(CompletableFuture<CommandResult> future, IntConsumer progress) {
    }

    private final MessageChannel channel;
    private final Scheduler scheduler;
    private final CommandSettings settings;
    private final MessageChannel.Subscription subscription;
    private final Object lock = new Object();
    private final Map<Key, Deque<CommandTransaction>> queues = new HashMap<>();
    private final Map<CommandTransaction, Pending> pending = new HashMap<>();
    private final List<Runnable> deferred = new ArrayList<>();
    private final Host host = new Host();
    private boolean closed;

    public CommandClient(MessageChannel channel, Scheduler scheduler, CommandSettings settings) {
        this.channel = channel;
        this.scheduler = scheduler;
        this.settings = settings;
        this.subscription = channel.subscribe(this::onMessage);
    }

    public CommandSettings settings() {
        return settings;
    }

    /** Sends {@code request}; the future completes when it ends. */
    public CompletableFuture<CommandResult> send(CommandRequest request) {
        return send(request, p -> { });
    }

    /**
     * Sends {@code request}, reporting each MAV_RESULT_IN_PROGRESS update's progress (0..100,
     * 255 = unknown) to {@code progress}. Cancelling the returned future stops the resends.
     */
    public CompletableFuture<CommandResult> send(CommandRequest request, IntConsumer progress) {
        CompletableFuture<CommandResult> future = new CompletableFuture<>();
        CommandTransaction[] created = new CommandTransaction[1];
        runLocked(() -> {
            CommandTransaction tx = new CommandTransaction(request, settings, channel, scheduler, host);
            created[0] = tx;
            pending.put(tx, new Pending(future, progress));
            if (closed) {
                tx.cancel();
                return;
            }
            Deque<CommandTransaction> queue = queues.computeIfAbsent(Key.of(request), k -> new ArrayDeque<>());
            queue.addLast(tx);
            if (queue.size() == 1) {
                tx.start();
            }
        });
        future.whenComplete((r, e) -> {
            if (future.isCancelled()) {
                runLocked(created[0]::cancel);
            }
        });
        return future;
    }

    /** Commands sent or queued and not yet ended. */
    public int inFlight() {
        synchronized (lock) {
            return pending.size();
        }
    }

    /** Ends every command with {@link CommandOutcome#CANCELLED} and stops listening. */
    @Override
    public void close() {
        runLocked(() -> {
            closed = true;
            for (Deque<CommandTransaction> q : List.copyOf(queues.values())) {
                for (CommandTransaction tx : List.copyOf(q)) {
                    tx.cancel();
                }
            }
        });
        subscription.close();
    }

    private void onMessage(MavMessage message) {
        DronefleetCommands.ack(message.payload()).ifPresent(ack -> runLocked(() -> {
            for (Deque<CommandTransaction> q : queues.values()) {
                CommandTransaction head = q.peekFirst();
                if (head != null && head.matches(message, ack)) {
                    head.onAck(ack);
                    return;
                }
            }
        }));
    }

    /** Runs {@code action} under the lock, then the callbacks it produced, outside the lock. */
    private void runLocked(Runnable action) {
        List<Runnable> after;
        synchronized (lock) {
            action.run();
            after = List.copyOf(deferred);
            deferred.clear();
        }
        after.forEach(Runnable::run);
    }

    private final class Host implements CommandTransaction.Host {
        @Override
        public void runLocked(Runnable action) {
            CommandClient.this.runLocked(action);
        }

        @Override
        public void progress(CommandTransaction tx, int progress) {
            Pending p = pending.get(tx);
            if (p != null) {
                deferred.add(() -> p.progress().accept(progress));
            }
        }

        @Override
        public void finished(CommandTransaction tx, CommandResult result) {
            Pending p = pending.remove(tx);
            Key key = Key.of(tx.request());
            Deque<CommandTransaction> queue = queues.get(key);
            if (queue != null) {
                boolean wasHead = queue.peekFirst() == tx;
                queue.remove(tx);
                if (queue.isEmpty()) {
                    queues.remove(key);
                } else if (wasHead && !closed) {
                    queue.peekFirst().start();
                }
            }
            if (p != null) {
                deferred.add(() -> p.future().complete(result));
            }
        }
    }
}
