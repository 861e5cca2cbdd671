package org.lifeline.fleet.mqtt;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttClientPersistence;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.eclipse.paho.client.mqttv3.persist.MqttDefaultFilePersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MQTT client connection (Paho, MQTT 3.1.1 — what every broker speaks, Moquette included).
 * Paho's automatic reconnect retries with a backoff doubling up to {@code maxReconnectDelay};
 * subscriptions are renewed after every reconnect, since a clean-session broker forgets them.
 * Handlers run on Paho's callback thread and must not block for long.
 */
public final class FleetConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FleetConnection.class);

    private record Subscription(String filter, int qos, BiConsumer<String, byte[]> handler) {
    }

    private final MqttSettings settings;
    private final MqttClient client;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final List<Consumer<Boolean>> connectionListeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService lifecycle;
    private volatile boolean closed;

    public FleetConnection(MqttSettings settings) throws FleetBusException {
        this.settings = settings;
        this.lifecycle = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mqtt-lifecycle-" + settings.clientId());
            t.setDaemon(true);
            return t;
        });
        MqttClientPersistence persistence = settings.persistenceDir()
                .<MqttClientPersistence>map(d -> new MqttDefaultFilePersistence(d.toString()))
                .orElseGet(MemoryPersistence::new);
        try {
            this.client = new MqttClient(settings.serverUri(), settings.clientId(), persistence);
        } catch (MqttException e) {
            throw wrap("cannot create MQTT client for " + settings.serverUri(), e);
        }
        client.setCallback(new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
                LOG.info("{} to {} as {}", reconnect ? "reconnected" : "connected", serverURI, settings.clientId());
                // Subscriptions made before the first connect, or forgotten by a clean-session
                // broker, are (re)made on every connect. Not on this thread: a blocking subscribe
                // or publish inside a Paho callback deadlocks while queued messages pour in.
                lifecycle.execute(() -> {
                    resubscribe();
                    connectionListeners.forEach(l -> l.accept(true));
                });
            }

            @Override
            public void connectionLost(Throwable cause) {
                LOG.warn("lost the broker {}: {}", settings.serverUri(), cause == null ? "unknown" : cause.getMessage());
                lifecycle.execute(() -> connectionListeners.forEach(l -> l.accept(false)));
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                for (Subscription s : subscriptions) {
                    if (matches(s.filter(), topic)) {
                        s.handler().accept(topic, message.getPayload());
                    }
                }
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
                // QoS 1 publishes are synchronous here: publish() returns after the PUBACK.
            }
        });
    }

    /** Connects, retrying in the background after failures; throws if the first attempt fails. */
    public void connect() throws FleetBusException {
        try {
            client.connect(options());
        } catch (MqttException e) {
            throw wrap("cannot connect to " + settings.serverUri(), e);
        }
    }

    /**
     * Connects in the background: Paho keeps trying with backoff until the broker answers (for an
     * agent that boots before the LTE link or the broker is up).
     */
    public void connectInBackground() throws FleetBusException {
        try {
            client.connectWithResult(options());
        } catch (MqttException e) {
            LOG.warn("broker {} not reachable yet ({}); retrying in the background", settings.serverUri(), e.getMessage());
            retryConnect(500);
        }
    }

    /** Tries again after {@code delayMillis}, doubling the delay up to 30 s until connected or closed. */
    private void retryConnect(long delayMillis) {
        if (closed) {
            return;
        }
        try {
            lifecycle.schedule(() -> {
                if (closed || client.isConnected()) {
                    return;
                }
                try {
                    client.connect(options());
                } catch (MqttException e) {
                    retryConnect(Math.min(delayMillis * 2, 30_000));
                }
            }, delayMillis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closedMeanwhile) {
            // close() won the race: nothing left to retry for
        }
    }

    private MqttConnectOptions options() {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        o.setCleanSession(settings.cleanSession());
        o.setAutomaticReconnect(true);
        o.setMaxReconnectDelay(30_000);
        o.setConnectionTimeout(10);
        o.setKeepAliveInterval(settings.keepAliveSeconds());
        o.setMaxInflight(100);
        settings.username().ifPresent(o::setUserName);
        settings.password().ifPresent(p -> o.setPassword(p.toCharArray()));
        settings.will().ifPresent(w -> o.setWill(w.topic(), w.payload(), w.qos(), w.retained()));
        if (settings.serverUri().startsWith("ssl://")) {
            Properties ssl = new Properties();
            settings.trustStore().ifPresent(p -> ssl.setProperty("com.ibm.ssl.trustStore", p.toString()));
            settings.trustStorePassword().ifPresent(p -> ssl.setProperty("com.ibm.ssl.trustStorePassword", p));
            settings.keyStore().ifPresent(p -> ssl.setProperty("com.ibm.ssl.keyStore", p.toString()));
            settings.keyStorePassword().ifPresent(p -> ssl.setProperty("com.ibm.ssl.keyStorePassword", p));
            if (!ssl.isEmpty()) {
                o.setSSLProperties(ssl);
            }
        }
        return o;
    }

    /** Publishes; for QoS 1 returns once the broker acknowledged (PUBACK). */
    public void publish(String topic, byte[] payload, int qos, boolean retained) throws FleetBusException {
        try {
            MqttMessage m = new MqttMessage(payload);
            m.setQos(qos);
            m.setRetained(retained);
            client.publish(topic, m);
        } catch (MqttException e) {
            throw wrap("cannot publish to " + topic, e);
        }
    }

    /** Subscribes {@code handler} to {@code filter} now and again after every reconnect. */
    public void subscribe(String filter, int qos, BiConsumer<String, byte[]> handler) throws FleetBusException {
        subscriptions.add(new Subscription(filter, qos, handler));
        if (client.isConnected()) {
            try {
                client.subscribe(filter, qos);
            } catch (MqttException e) {
                throw wrap("cannot subscribe to " + filter, e);
            }
        }
    }

    private void resubscribe() {
        for (Subscription s : subscriptions) {
            try {
                client.subscribe(s.filter(), s.qos());
            } catch (MqttException e) {
                LOG.warn("cannot renew subscription {}: {}", s.filter(), e.getMessage());
            }
        }
    }

    /** Called with true on every (re)connect and false on every loss. */
    public void onConnectionChange(Consumer<Boolean> listener) {
        connectionListeners.add(listener);
    }

    public boolean isConnected() {
        return client.isConnected();
    }

    /** Closes cleanly: the broker does not publish the Last Will. */
    @Override
    public void close() {
        closed = true;
        lifecycle.shutdownNow();
        try {
            if (client.isConnected()) {
                client.disconnect(2_000);
            }
        } catch (MqttException e) {
            LOG.debug("disconnect from {}: {}", settings.serverUri(), e.getMessage());
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("close {}: {}", settings.serverUri(), e.getMessage());
        }
    }

    /** Drops the connection without a DISCONNECT, so the broker publishes the Last Will (tests, crashes). */
    public void abort() {
        closed = true;
        lifecycle.shutdownNow();
        try {
            client.disconnectForcibly(0, 0, false);
        } catch (MqttException e) {
            LOG.debug("abort {}: {}", settings.serverUri(), e.getMessage());
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("close {}: {}", settings.serverUri(), e.getMessage());
        }
    }

    /** MQTT topic filter matching with {@code +} and {@code #}. */
    static boolean matches(String filter, String topic) {
        String[] f = filter.split("/", -1);
        String[] t = topic.split("/", -1);
        for (int i = 0; i < f.length; i++) {
            if (f[i].equals("#")) {
                return true;
            }
            if (i >= t.length) {
                return false;
            }
            if (!f[i].equals("+") && !f[i].equals(t[i])) {
                return false;
            }
        }
        return f.length == t.length;
    }

    private static FleetBusException wrap(String what, MqttException e) {
        return new FleetBusException(what + ": " + e.getMessage() + " (reason " + e.getReasonCode() + ")", e);
    }
}
