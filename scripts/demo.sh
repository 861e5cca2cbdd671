#!/usr/bin/env bash
# The Lifeline demo on a bare laptop: plan a delivery over the sample airspace of Fugou County
# (a two-drop tour is refused for energy, so the urgent drop is flown alone), start a simulated ArduCopter as its own process (MAVLink over TCP), upload the
# mission, fence and rally points with read-back verification, start the mission and follow
# the flight to its landing. Outputs (plan, map, tlogs, simulator log) go to ./demo-out/.
#
# The fleet bus is an MQTT broker embedded in the ground station (nothing to install) unless
# --broker names a real one (Mosquitto, EMQX); the onboard agent runs as its own process on the
# simulator's companion port and releases the parcel over the drop point.
#
#   ./lifeline demo [--speedup N] [--broker tcp://HOST:PORT]
#        (default speed-up 10: the ~12-minute flight takes ~1.5 min)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
speedup=10
broker_uri=
while [ $# -gt 0 ]; do
  case "$1" in
    --speedup) [ -n "${2:-}" ] || { echo "demo: --speedup needs a number" >&2; exit 2; }; speedup=$2; shift 2 ;;
    --broker) [ -n "${2:-}" ] || { echo "demo: --broker needs tcp://HOST:PORT" >&2; exit 2; }; broker_uri=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "demo: unknown option '$1' (expected --speedup N or --broker URI)" >&2; exit 2 ;;
  esac
done

sim_jar="$here/simulator/target/lifeline-simulator.jar"
gs="$here/lifeline"
for j in "$sim_jar" "$here/ground-station/target/lifeline.jar"; do
  [ -f "$j" ] || { echo "demo: $j is missing; build first: mvn -B -q -DskipTests package" >&2; exit 2; }
done

out="$here/demo-out"
mkdir -p "$out"
cd "$out"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() { # port pid name
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { echo "demo: $3 exited; see its log in demo-out/" >&2; exit 1; }
    sleep 0.2
  done
  echo "demo: $3 did not listen on port $1" >&2; exit 1
}
port=$(free_port)
companion=$(free_port)
link="tcp://127.0.0.1:$port"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT

airspace="$here/docs/examples/fugou-airspace.geojson"
vehicle="$here/docs/examples/sim-quad.vehicle.json"   # the simulator's airframe and battery

echo "== 0. Dispatch desk: take in the sample requests (again: nothing is added twice), show the queue"
"$gs" request import --data lifeline-data --airspace "$airspace" \
  --vehicle "$here/docs/examples/quad-2kg.vehicle.json" "$here/docs/examples/requests.csv"
"$gs" dispatch status --data lifeline-data
echo

echo "== 1. Plan two drops (elderly home, Xicheng building 12) for the small simulated quad"
if "$gs" plan --airspace "$airspace" --from launch-west --to dp-elderly-home --to dp-xicheng-12 \
     --vehicle "$vehicle" --out two-drops.plan; then
  plan=two-drops.plan
else
  echo "   -> refused (exit $?); plan the urgent drop alone instead:"
  echo
  echo "== 1b. Plan one drop: West bus depot -> Sunshine elderly home -> back"
  "$gs" plan --airspace "$airspace" --from launch-west --to dp-elderly-home \
    --vehicle "$vehicle" --out delivery.plan --map delivery.png --geojson delivery.geojson
  plan=delivery.plan
fi

echo
echo "== 2. Simulated flight controller on $link (speed-up $speedup), log in demo-out/simulator.log"
java -jar "$sim_jar" --gcs "tcpin://127.0.0.1:$port" --companion "tcpin://127.0.0.1:$companion" \
  --home 34.056,114.3745,50 --speedup "$speedup" --param GRIP_ENABLE=0 > simulator.log 2>&1 &
pids+=($!)
wait_port "$port" "${pids[-1]}" "the simulator"

agent_jar="$here/onboard-agent/target/lifeline-agent.jar"
[ -f "$agent_jar" ] || { echo "demo: $agent_jar is missing; build first: mvn -B -q -DskipTests package" >&2; exit 2; }
echo
rm -rf broker agent && mkdir -p broker agent
if [ -z "$broker_uri" ]; then
  echo "== 2b. Fleet bus: the embedded MQTT broker, the onboard agent on the companion port, the ground station listening"
  broker=$(free_port)
  "$gs" broker --port "$broker" > broker/broker.log 2>&1 &
  pids+=($!)
  wait_port "$broker" "${pids[-1]}" "the embedded broker"
  broker_uri="tcp://127.0.0.1:$broker"
else
  echo "== 2b. Fleet bus: the broker at $broker_uri, the onboard agent on the companion port, the ground station listening"
fi
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > agent/command.key
cat > agent/agent.properties <<PROPS
drone.id = demo-1
fc.uri = tcp://127.0.0.1:$companion
broker.uri = $broker_uri
commands.keyFile = command.key
data.dir = data
hardware = mock
telemetry.rateHz = 2
PROPS
java -Xmx64m -jar "$agent_jar" --config agent/agent.properties > agent/agent.log 2>&1 &
pids+=($!)
"$gs" fleet watch --broker "$broker_uri" --client-id demo-gs --until landed --seconds 600 > fleet.log 2>&1 &
fleet_watch=$!
pids+=($fleet_watch)

echo
echo "== 3. Upload mission, geofence and rally points (verified by reading them back)"
"$gs" mission upload --connect "$link" --wait 20 --type all "$plan"

echo
echo "== 4. Start: GUIDED, arm (retried through pre-arm checks), MISSION_START"
"$gs" vehicle start --connect "$link"

echo
echo "== 5. Follow the flight until it lands"
"$gs" vehicle watch --connect "$link" --every 5 --seconds 600

echo
echo "== 6. What the ground station heard from the onboard agent over MQTT"
wait "$fleet_watch" 2>/dev/null || true
cat fleet.log

echo
echo "Done. Plan, map (delivery.png), GeoJSON, the flight's .tlog files and every log are in $out"
